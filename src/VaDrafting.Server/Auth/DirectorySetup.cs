using System.Text.Json;
using System.Text.Json.Serialization;

namespace VaDrafting.Server.Auth;

/// <summary>Loads the people directory: the embedded demo people in local development, configuration otherwise.</summary>
public static class DirectorySetup
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IHostApplicationBuilder AddPeopleDirectory(this IHostApplicationBuilder builder)
    {
        var useDemo = DevelopmentSignIn.IsEnabled(builder);
        builder.Services.AddSingleton(_ => new PeopleDirectory(useDemo ? LoadDemoDirectory() : LoadConfigured(builder.Configuration)));
        return builder;
    }

    public static DirectoryData LoadDemoDirectory()
    {
        using var stream = typeof(DirectorySetup).Assembly.GetManifestResourceStream("VaDrafting.Server.Auth.demo-directory.json")
            ?? throw new InvalidOperationException("The demo directory is missing from the server assembly.");
        return JsonSerializer.Deserialize<DirectoryData>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The demo directory is empty.");
    }

    private static DirectoryData LoadConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection("Directory");
        var organisations = section.GetSection("Organisations").Get<List<Organisation>>() ?? [];
        var people = section.GetSection("People").Get<List<Person>>() ?? [];
        return new DirectoryData(organisations, people);
    }
}
