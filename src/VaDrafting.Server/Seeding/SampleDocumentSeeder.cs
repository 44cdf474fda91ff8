using VaDrafting.Core.Markdown;
using VaDrafting.Core.Serialization;
using VaDrafting.Server.Auth;
using VaDrafting.Storage;

namespace VaDrafting.Server.Seeding;

/// <summary>Settings of the first-start sample (section <c>Sample</c>).</summary>
public sealed class SampleOptions
{
    /// <summary>Load the sample guidance when the data folder has no documents yet.</summary>
    public bool LoadOnFirstStart { get; set; }

    /// <summary>Also circulate the sample and open a consultation round on it with a few comments and an answer of the demo people.</summary>
    public bool OpenConsultation { get; set; }
}

/// <summary>On first start, stores the sample guidance so that a new installation has something to read.</summary>
public sealed class SampleDocumentSeeder(
    IDocumentStore store, PeopleDirectory directory, SampleConsultation consultation,
    Microsoft.Extensions.Options.IOptions<SampleOptions> options, ILogger<SampleDocumentSeeder> logger) : IHostedService
{
    public const string SampleDocumentId = "integrated-approach-guidance";
    private static readonly CommitAuthor Loader = new("va-drafting", "VA Drafting", null);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnFirstStart || store.ListDocumentIds().Count > 0) return;

        var markdown = ReadResource("integrated-approach-guidance.md");
        var document = DocumentMarkdown.Parse(System.Text.Encoding.UTF8.GetString(markdown));
        var meta = DocumentJson.DeserializeMeta(ReadResource("meta.json"));
        var files = new Dictionary<string, byte[]>
        {
            [DocumentJson.DocumentPath] = System.Text.Encoding.UTF8.GetBytes(DocumentMarkdown.Write(document)),
            [DocumentJson.MetaPath] = DocumentJson.Serialize(meta),
            [DocumentJson.AccessPath] = DocumentJson.Serialize(directory.DefaultAccess()),
        };
        await store.CreateAsync(SampleDocumentId, files, Loader, "Load the sample guidance", cancellationToken);
        logger.LogInformation("Loaded the sample guidance as document {DocumentId} ({Blocks} blocks)", SampleDocumentId, document.Blocks.Count);
        if (options.Value.OpenConsultation && consultation.CanPlay)
        {
            await consultation.PlayAsync(SampleDocumentId, cancellationToken);
            logger.LogInformation("Opened a sample consultation round on {DocumentId}", SampleDocumentId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(SampleDocumentSeeder).Assembly.GetManifestResourceStream($"VaDrafting.Server.Sample.{name}")
            ?? throw new InvalidOperationException($"The sample file {name} is missing from the server assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
