using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VaDrafting.Core.Access;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Hosting;
using VaDrafting.Storage;

namespace VaDrafting.Server.Documents;

public static class DocumentsApi
{
    public sealed record MeView(string Id, string Name, string? OrganisationId, string? OrganisationName, bool CanCreateDocuments);

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (CurrentActor current, DocumentService documents) =>
            {
                var actor = current.Get();
                return TypedResults.Ok(new MeView(actor.UserId, actor.Name, actor.OrganisationId, actor.OrganisationName, documents.CanCreateDocuments(actor)));
            })
            .RequireAuthorization()
            .WithTags("People")
            .WithName("GetMe")
            .WithSummary("The signed-in person and their organisation.");

        app.MapGet("/api/organisations", (PeopleDirectory directory) => TypedResults.Ok(directory.Organisations))
            .RequireAuthorization()
            .WithTags("People")
            .WithName("ListOrganisations")
            .WithSummary("The organisations of the working group: States, secretariat, survivors' organisations, NGOs, other conventions.");

        var group = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization();

        group.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("Documents the signed-in person can read, with their role and last change.");

        group.MapPost("/", CreateDocument)
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Writes)
            .WithName("ImportDocument")
            .WithSummary("Imports a Word file (.docx, multipart field 'file') as a new document. Coordinators only.")
            .Produces<CreatedDocumentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/{id}", (string id, string? version, CurrentActor current, DocumentService documents, IDocumentStore store) =>
                ReadDocument(id, version ?? "HEAD", current, documents, store))
            .WithName("GetDocument")
            .WithSummary("The document's blocks and footnotes at its latest version (or ?version=commit-or-tag).");

        group.MapGet("/{id}/versions", (string id, int? page, int? pageSize, CurrentActor current, DocumentService documents, IDocumentStore store) =>
            {
                var actor = current.Get();
                var history = documents.History(id, page ?? 1, pageSize ?? 30, actor);
                var tags = TagsByCommit(store, id);
                return TypedResults.Ok(new HistoryView(
                    [.. history.Items.Select(v => DocumentViewMapper.ToView(v, tags))], history.Page, history.PageSize, history.HasMore));
            })
            .WithName("ListVersions")
            .WithSummary("The document's history, newest first, a page at a time.");

        group.MapGet("/{id}/versions/{revision}", (string id, string revision, CurrentActor current, DocumentService documents, IDocumentStore store) =>
                ReadDocument(id, revision, current, documents, store))
            .WithName("GetVersion")
            .WithSummary("The document as it was at a version: a commit id or a circulated version's name.");

        group.MapPost("/{id}/versions", ImportVersion)
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Writes)
            .WithName("ImportVersion")
            .WithSummary("Imports a Word file (.docx, multipart field 'file') as a new version. Coordinators only.")
            .Produces<NewVersionView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id}/blocks/{blockId}", (string id, string blockId, CurrentActor current, BlockEditor editor) =>
                TypedResults.Ok(editor.Read(id, blockId, current.Get())))
            .WithName("GetBlockSource")
            .WithSummary("A text block's inline Markdown at the latest version, with its revision and that version, to edit it. Coordinators only.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/tags", (string id, CurrentActor current, DocumentService documents) =>
                TypedResults.Ok(documents.Circulated(id, current.Get())))
            .WithName("ListCirculatedVersions")
            .WithSummary("Versions circulated to the participants (annotated tags), oldest first.");

        group.MapPost("/{id}/tags", async Task<Created<CirculatedView>> (string id, CirculateRequest request, CurrentActor current, DocumentService documents, CancellationToken cancellationToken) =>
            {
                var tag = await documents.CirculateAsync(id, request.Label ?? "", request.Note, request.Version, current.Get(), cancellationToken);
                return TypedResults.Created($"/api/documents/{id}/versions/{tag.Name}", tag);
            })
            .RequireRateLimiting(RateLimits.Writes)
            .WithName("CirculateVersion")
            .WithSummary("Marks a version (default: the latest) as circulated, with a label and a note. Coordinators only.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    private static Ok<List<DocumentSummaryView>> ListDocuments(CurrentActor current, DocumentService documents, IDocumentStore store) =>
        TypedResults.Ok(documents.List(current.Get())
            .Select(d => new DocumentSummaryView(d.Id, d.Meta.Title, d.Meta.Symbol, d.Role, DocumentViewMapper.ToView(d.Head, TagsByCommit(store, d.Id))))
            .ToList());

    private static Ok<DocumentView> ReadDocument(string id, string revision, CurrentActor current, DocumentService documents, IDocumentStore store)
    {
        var snapshot = documents.Read(id, revision, current.Get());
        return TypedResults.Ok(DocumentViewMapper.ToView(snapshot, TagsByCommit(store, id)));
    }

    private static async Task<Created<CreatedDocumentView>> CreateDocument(
        HttpRequest request, CurrentActor current, DocumentService documents, IOptions<UploadOptions> limits, CancellationToken cancellationToken)
    {
        var upload = await WordUpload.ReadAsync(request, limits.Value, cancellationToken);
        var outcome = await documents.CreateFromDocxAsync(upload.Content, upload.FileName, upload.Title, current.Get(), cancellationToken);
        return TypedResults.Created($"/api/documents/{outcome.DocumentId}",
            new CreatedDocumentView(outcome.DocumentId, DocumentViewMapper.ToView(outcome.Version), DocumentViewMapper.ToView(outcome.Report)));
    }

    private static async Task<Created<NewVersionView>> ImportVersion(
        string id, HttpRequest request, CurrentActor current, DocumentService documents, IOptions<UploadOptions> limits, CancellationToken cancellationToken)
    {
        var actor = current.Get();
        documents.RequireRole(id, actor, DocumentAction.ImportVersion);
        var upload = await WordUpload.ReadAsync(request, limits.Value, cancellationToken);
        var outcome = await documents.ImportVersionAsync(id, upload.Content, upload.FileName, actor, cancellationToken);
        return TypedResults.Created($"/api/documents/{id}/versions/{outcome.Version.CommitId}",
            new NewVersionView(DocumentViewMapper.ToView(outcome.Version), DocumentViewMapper.ToView(outcome.Report)));
    }

    /// <summary>The names of the circulated versions, by commit.</summary>
    internal static ILookup<string, string> TagsByCommit(IDocumentStore store, string id) =>
        store.Tags(id).ToLookup(t => t.CommitId, t => t.Name, StringComparer.Ordinal);
}
