using System.Security.Cryptography;
using System.Text;
using VaDrafting.Core.Access;
using VaDrafting.Core.Editing;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Serialization;
using VaDrafting.Docx;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Live;
using VaDrafting.Storage;

namespace VaDrafting.Server.Documents;

/// <summary>A document as stored at one version, with the reader's role and whether they are a focal point of their organisation on it.</summary>
public sealed record DocumentSnapshot(string Id, VersionInfo Version, bool IsHead, DocumentMeta Meta, DraftDocument Content, DocumentRole Role, bool FocalPoint);

/// <summary>A document in the list, with the reader's role.</summary>
public sealed record DocumentListing(string Id, DocumentMeta Meta, DocumentRole Role, VersionInfo Head);

/// <summary>The result of turning a Word file into a stored version.</summary>
public sealed record ImportOutcome(string DocumentId, VersionInfo Version, ImportReport Report);

/// <summary>A circulated version as people see it: a label, a note, who circulated it and when.</summary>
public sealed record CirculatedView(string Name, string Label, string Note, string CommitId, string TaggerId, string TaggerName, DateTimeOffset When);

/// <summary>
/// Reading, importing and circulating documents, with the permission checks of each. Access is always
/// decided by the current <c>access.json</c>, whichever version is read.
/// </summary>
public sealed class DocumentService(
    IDocumentStore store, PeopleDirectory directory, DocxLimits docxLimits, VersionDisclosure disclosure, IDocumentEvents events)
{
    public IReadOnlyList<DocumentListing> List(Actor actor)
    {
        var listings = new List<DocumentListing>();
        foreach (var id in store.ListDocumentIds())
        {
            var role = RoleAtHead(id, actor);
            if (role is null) continue;
            listings.Add(new DocumentListing(id, ReadMeta(id, "HEAD"), role.Value, disclosure.For(id, actor)(store.Resolve(id, "HEAD"))));
        }
        return listings;
    }

    public DocumentRole RequireRole(string documentId, Actor actor, DocumentAction action)
    {
        var role = RoleAtHead(documentId, actor);
        if (role is null) throw new DocumentNotFoundException(documentId);
        if (!DocumentPermissions.Allows(role, action))
        {
            throw new ActionForbiddenException($"As {role} of this document you cannot {Describe(action)}.");
        }
        return role.Value;
    }

    public DocumentSnapshot Read(string documentId, string revision, Actor actor)
    {
        var role = RequireRole(documentId, actor, DocumentAction.Read);
        var version = store.Resolve(documentId, revision);
        var head = store.Resolve(documentId, "HEAD");
        var text = store.ReadFile(documentId, version.CommitId, DocumentJson.DocumentPath) ?? [];
        var content = DocumentMarkdown.Parse(Encoding.UTF8.GetString(text));
        var isHead = version.CommitId == head.CommitId;
        return new DocumentSnapshot(documentId, disclosure.For(documentId, actor)(version), isHead, ReadMeta(documentId, version.CommitId), content, role,
            IsFocalPoint(documentId, actor));
    }

    public HistoryPage History(string documentId, int page, int pageSize, Actor actor)
    {
        RequireRole(documentId, actor, DocumentAction.Read);
        if (page < 1) throw new InvalidDraftingRequestException("The page number starts at 1.");
        if (pageSize is < 1 or > 200) throw new InvalidDraftingRequestException("The page size must be between 1 and 200.");
        var history = store.History(documentId, page, pageSize);
        var disclose = disclosure.For(documentId, actor);
        return history with { Items = [.. history.Items.Select(disclose)] };
    }

    public IReadOnlyList<CirculatedView> Circulated(string documentId, Actor actor)
    {
        RequireRole(documentId, actor, DocumentAction.Read);
        return [.. store.Tags(documentId).Select(ToView)];
    }

    public bool CanCreateDocuments(Actor actor) =>
        directory.FindOrganisation(actor.OrganisationId)?.DefaultRole == DocumentRole.Coordinator;

    public async Task<ImportOutcome> CreateFromDocxAsync(Stream docx, string fileName, string? title, Actor actor, CancellationToken cancellationToken)
    {
        if (!CanCreateDocuments(actor))
        {
            throw new ActionForbiddenException("Only the working group's coordinators and its secretariat can add documents.");
        }
        var imported = DocxImporter.Import(docx, docxLimits);
        var meta = MetaFor(imported, title, fileName);
        var documentId = NewDocumentId(meta.Title);
        var access = directory.DefaultAccess().WithMember(actor.UserId, DocumentRole.Coordinator);
        var files = new Dictionary<string, byte[]>
        {
            [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(imported.Document)),
            [DocumentJson.MetaPath] = DocumentJson.Serialize(meta),
            [DocumentJson.AccessPath] = DocumentJson.Serialize(access),
        };
        var version = await store.CreateAsync(documentId, files, actor.AsCommitAuthor(),
            $"Import “{SafeFileName(fileName)}” as a new document", cancellationToken);
        await events.VersionAddedAsync(documentId, version, textChanged: true);
        return new ImportOutcome(documentId, version, imported.Report);
    }

    public async Task<ImportOutcome> ImportVersionAsync(string documentId, Stream docx, string fileName, Actor actor, CancellationToken cancellationToken)
    {
        RequireRole(documentId, actor, DocumentAction.ImportVersion);
        var head = store.Resolve(documentId, "HEAD");
        var imported = DocxImporter.Import(docx, docxLimits);
        var previous = DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(documentId, head.CommitId, DocumentJson.DocumentPath) ?? []));
        var content = BlockIdReconciler.Reconcile(previous, imported.Document);
        var changes = new Dictionary<string, byte[]?>
        {
            [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(content)),
        };
        var version = await store.CommitAsync(documentId, head.CommitId, changes, actor.AsCommitAuthor(),
            $"Import “{SafeFileName(fileName)}” as a new version", cancellationToken);
        await events.VersionAddedAsync(documentId, version, textChanged: true);
        return new ImportOutcome(documentId, version, imported.Report with { BlockCount = content.Blocks.Count });
    }

    public async Task<CirculatedView> CirculateAsync(string documentId, string label, string? note, string? revision, Actor actor, CancellationToken cancellationToken)
    {
        RequireRole(documentId, actor, DocumentAction.TagVersion);
        label = label.Trim();
        if (label.Length is 0 or > 120) throw new InvalidDraftingRequestException("A circulated version needs a label of 1 to 120 characters.");
        if ((note?.Length ?? 0) > 4000) throw new InvalidDraftingRequestException("The note may have at most 4,000 characters.");
        var name = Slugs.From(label);
        if (!Slugs.IsValid(name)) throw new InvalidDraftingRequestException("The label must contain letters or digits.");
        var message = string.IsNullOrWhiteSpace(note) ? label : $"{label}\n\n{note.Trim()}";
        var tag = await store.TagAsync(documentId, revision ?? "HEAD", name, message, actor.AsCommitAuthor(), cancellationToken);
        return ToView(tag);
    }

    public const string ParticipantName = VersionDisclosure.ParticipantName;
    public const string ParticipantMessage = VersionDisclosure.ParticipantMessage;

    /// <summary>True when the register of <c>access.json</c> names the person a focal point of their organisation.</summary>
    public bool IsFocalPoint(string documentId, Actor actor) =>
        actor.OrganisationId is not null && (AccessAtHead(documentId)?.FocalPointsOf(actor.OrganisationId).Contains(actor.UserId) ?? false);

    /// <summary>The current <c>access.json</c>, null when the document has none (nobody may read it).</summary>
    public AccessList? AccessAtHead(string documentId)
    {
        var json = store.ReadFile(documentId, "HEAD", DocumentJson.AccessPath);
        return json is null ? null : DocumentJson.DeserializeAccess(json);
    }

    private DocumentRole? RoleAtHead(string documentId, Actor actor) => AccessAtHead(documentId)?.RoleOf(actor.UserId, actor.OrganisationId);

    private DocumentMeta ReadMeta(string documentId, string revision)
    {
        var json = store.ReadFile(documentId, revision, DocumentJson.MetaPath);
        return json is null ? new DocumentMeta(documentId, null, ["en"]) : DocumentJson.DeserializeMeta(json);
    }

    private static CirculatedView ToView(CirculatedVersion tag)
    {
        var parts = tag.Note.Split("\n\n", 2);
        return new CirculatedView(tag.Name, parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : "", tag.CommitId, tag.TaggerId, tag.TaggerName, tag.When);
    }

    private static DocumentMeta MetaFor(DocxImportResult imported, string? title, string fileName)
    {
        var chosenTitle = !string.IsNullOrWhiteSpace(title) ? title.Trim()
            : !string.IsNullOrWhiteSpace(imported.Meta?.Title) ? imported.Meta.Title.Trim()
            : Path.GetFileNameWithoutExtension(SafeFileName(fileName));
        if (chosenTitle.Length > 300) throw new InvalidDraftingRequestException("The title may have at most 300 characters.");
        return new DocumentMeta(chosenTitle, imported.Meta?.Symbol, imported.Meta?.Languages ?? ["en"]);
    }

    private string NewDocumentId(string title)
    {
        var stem = Slugs.From(title);
        if (stem.Length > 48) stem = stem[..48].TrimEnd('-');
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var suffix = Convert.ToHexString(RandomNumberGenerator.GetBytes(2)).ToLowerInvariant();
            var id = stem.Length == 0 ? $"document-{suffix}" : $"{stem}-{suffix}";
            if (!store.Exists(id)) return id;
        }
        throw new InvalidOperationException("Could not find a free document id.");
    }

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length switch { 0 => "document.docx", > 200 => clean[..200], _ => clean };
    }

    private static string Describe(DocumentAction action) => action switch
    {
        DocumentAction.ImportVersion => "import a new version",
        DocumentAction.TagVersion => "circulate a version",
        DocumentAction.EditText => "edit the text",
        DocumentAction.ManageAccess => "change who has access",
        _ => "do this",
    };
}
