using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Identity.Web;

namespace VaDrafting.Server.Hosting;

/// <summary>Limits on how fast one person can write (section <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public int WritesPerMinute { get; set; } = 120;
}

public static class RateLimits
{
    public const string Writes = "writes";

    public static IHostApplicationBuilder AddDraftingRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.GetObjectId() ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.WritesPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many changes",
                        Detail = "You are saving changes faster than allowed. Wait a minute and try again.",
                    },
                });
            };
        });
        return builder;
    }
}
