using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace VaDrafting.Server.Live;

/// <summary>
/// Limits each connection to a bounded rate of hub calls (<see cref="LiveOptions"/>); a call over the limit is refused
/// with a message the client can show, and the connection stays usable. One budget per open connection, removed when
/// it closes.
/// </summary>
public sealed class HubCallRateLimitFilter(IOptions<LiveOptions> options, TimeProvider time, ILogger<HubCallRateLimitFilter> logger) : IHubFilter
{
    public const string TooFastMessage = "You are sending updates too fast; wait a moment and try again.";

    private readonly ConcurrentDictionary<string, CallBudget> _budgets = new(StringComparer.Ordinal);

    /// <summary>Whether the filter holds a budget for the connection (only while it is open).</summary>
    public bool Holds(string connectionId) => _budgets.ContainsKey(connectionId);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        _budgets[context.Context.ConnectionId] = NewBudget();
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            _budgets.TryRemove(context.Context.ConnectionId, out _);
        }
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connectionId = invocationContext.Context.ConnectionId;
        // A call always comes from a connected connection, whose budget exists; the fallback only guards a race with its close.
        if (!_budgets.TryGetValue(connectionId, out var budget) || !budget.TryTake())
        {
            logger.LogDebug("Hub call {Method} of connection {ConnectionId} refused: over the call rate", invocationContext.HubMethodName, connectionId);
            throw new HubException(TooFastMessage);
        }
        return await next(invocationContext);
    }

    private CallBudget NewBudget() => new(options.Value.CallsPerSecond, options.Value.CallBurst, time);
}
