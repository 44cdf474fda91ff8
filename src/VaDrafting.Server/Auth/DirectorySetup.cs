using System.Text.Json;
using System.Text.Json.Serialization;

namespace VaDrafting.Server.Auth;

/// <summary>
/// Loads the people directory: the embedded demo people in local development (with any people and organisations
/// configuration adds, e.g. the many readers of a load benchmark), configuration otherwise.
/// </summary>
public static class DirectorySetup
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IHostApplicationBuilder AddPeopleDirectory(this IHostApplicationBuilder builder)
    {
        var useDemo = DevelopmentSignIn.IsEnabled(builder);
        builder.Services.AddSingleton(_ => new PeopleDirectory(useDemo
            ? Extend(LoadDemoDirectory(), LoadConfigured(builder.Configuration))
            : LoadConfigured(builder.Configuration)));
        return builder;
    }

    public static DirectoryData LoadDemoDirectory()
    {
        using var stream = typeof(DirectorySetup).Assembly.GetManifestResourceStream("VaDrafting.Server.Auth.demo-directory.json")
            ?? throw new InvalidOperationException("The demo directory is missing from the server assembly.");
        return JsonSerializer.Deserialize<DirectoryData>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The demo directory is empty.");
    }

    /// <summary>The demo directory with the configured people and organisations added; an id both define is refused.</summary>
    public static DirectoryData Extend(DirectoryData demo, DirectoryData added)
    {
        var clash = added.People.Select(p => p.Id).Intersect(demo.People.Select(p => p.Id), StringComparer.Ordinal)
            .Concat(added.Organisations.Select(o => o.Id).Intersect(demo.Organisations.Select(o => o.Id), StringComparer.Ordinal))
            .FirstOrDefault();
        if (clash is not null) throw new InvalidOperationException($"The configured directory defines '{clash}', which the demo directory defines already.");
        return new DirectoryData([.. demo.Organisations, .. added.Organisations], [.. demo.People, .. added.People]);
    }

    private static DirectoryData LoadConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection("Directory");
        var organisations = section.GetSection("Organisations").Get<List<Organisation>>() ?? [];
        var people = section.GetSection("People").Get<List<Person>>() ?? [];
        return new DirectoryData(organisations, people);
    }
}
