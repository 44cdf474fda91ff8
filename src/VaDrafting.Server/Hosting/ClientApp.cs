using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace VaDrafting.Server.Hosting;

/// <summary>Serves the built web client (client/dist) with a fallback to index.html for its routes.</summary>
public static class ClientApp
{
    public static WebApplication MapClientApp(this WebApplication app)
    {
        var root = FindClientRoot(app);
        if (root is null)
        {
            app.Logger.LogWarning("The web client is not built (no client/dist/index.html); only the API is served.");
            return app;
        }

        app.Logger.LogInformation("Serving the web client from {Path}", root);
        var files = new PhysicalFileProvider(root);
        var staticFiles = new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var isHashedAsset = context.Context.Request.Path.StartsWithSegments("/assets");
                context.Context.Response.Headers[HeaderNames.CacheControl] =
                    isHashedAsset ? "public, max-age=31536000, immutable" : "no-cache";
            },
        };
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(staticFiles);
        // The client's own routes fall back to index.html; unknown API paths stay 404 (problem details).
        app.MapFallbackToFile("{*path:nonfile:regex(^(?!api/|api$|hubs/|openapi/).*$)}", "index.html", staticFiles);
        return app;
    }

    private static string? FindClientRoot(WebApplication app)
    {
        var configured = app.Configuration["Client:Path"];
        string[] candidates = configured is not null
            ? [Path.GetFullPath(configured, app.Environment.ContentRootPath)]
            :
            [
                Path.Combine(AppContext.BaseDirectory, "wwwroot"),
                Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, "..", "..", "client", "dist")),
                Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, "client", "dist")),
            ];
        return candidates.FirstOrDefault(path => File.Exists(Path.Combine(path, "index.html")));
    }
}
