using VaDrafting.Core.Access;
using VaDrafting.Core.Consultation;
using VaDrafting.Docx;
using VaDrafting.Docx.Review;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Redlines;
using VaDrafting.Storage;
using VaDrafting.Storage.History;

namespace VaDrafting.Server.Export;

/// <summary>What to export: the format, and the version, pair of versions or round it is made from.</summary>
public sealed record ExportRequest(string? Format, string? Version, string? From, string? To, string? Round);

/// <summary>
/// Files of a document: the clean text of a version (Word, PDF), the redline between two versions as Word tracked
/// changes, and for a consultation round its consolidated review copy and its comment matrix (Word, spreadsheet, CSV).
/// Every file is made from what the caller may read: the document's Read role, authors as the history shows them to
/// the caller, and only the round's threads the caller may see.
/// </summary>
public sealed class ExportService(
    IDocumentStore store, DocumentService documents, RedlineService redlines, ConsultationService consultation, PdfConverter pdf, PeopleDirectory directory)
{
    public async Task<ExportFile> ExportAsync(string documentId, ExportRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var format = ExportFormat.Parse(request.Format);
        documents.RequireRole(documentId, actor, DocumentAction.Read);
        if (format == ExportFormat.Redline) return Redline(documentId, request, actor);
        if (format == ExportFormat.Review) return ReviewCopyOf(documentId, request, actor);
        if (format.NeedsRound) return MatrixOf(documentId, format, request, actor);
        if (request.Round is not null)
            throw new InvalidDraftingRequestException($"The {format.Name} export is of a version, not of a round; round is for the review copy.");
        if (request.From is not null || request.To is not null)
            throw new InvalidDraftingRequestException($"The {format.Name} export is of one version (version); from and to are for the redline.");
        var clean = Clean(documentId, request.Version, actor, format);
        return format == ExportFormat.Pdf ? clean with { Content = await pdf.ConvertAsync(clean.Content, cancellationToken) } : clean;
    }

    private ExportFile Clean(string documentId, string? version, Actor actor, ExportFormat format)
    {
        var snapshot = documents.Read(documentId, Revision(version), actor);
        var tags = DocumentsApi.TagsByCommit(store, documentId);
        using var output = new MemoryStream();
        DocxWriter.Write(snapshot.Content, snapshot.Meta, output, Options(documentId, snapshot.Version, tags, tableOfContents: true));
        var label = ExportFileNames.VersionLabel(snapshot.Version.CommitId, tags);
        return new ExportFile(output.ToArray(), format.ContentType, ExportFileNames.For(snapshot.Meta.Symbol, documentId, format.Kind, label, format.Extension));
    }

    private ExportFile Redline(string documentId, ExportRequest request, Actor actor)
    {
        if (request.Version is not null || request.Round is not null)
            throw new InvalidDraftingRequestException("The redline export compares two versions: give from and to (version is for the clean text, round for the review copy).");
        var redline = redlines.RedlineForExport(documentId, request.From, request.To, actor);
        var meta = documents.Read(documentId, redline.To.CommitId, actor).Meta;
        var tags = DocumentsApi.TagsByCommit(store, documentId);
        var options = Options(documentId, redline.To, tags, tableOfContents: false) with
        {
            VersionLabel = $"changes from {VersionName(redline.From, tags)} to {VersionName(redline.To, tags)}",
        };
        using var output = new MemoryStream();
        DocxRedlineWriter.Write(redline.Redline, meta, output, options, IndexedAttribution.Stamp(redline.To));
        var label = $"{ExportFileNames.VersionLabel(redline.From.CommitId, tags)}-to-{ExportFileNames.VersionLabel(redline.To.CommitId, tags)}";
        return new ExportFile(output.ToArray(), ExportFormat.Redline.ContentType,
            ExportFileNames.For(meta.Symbol, documentId, ExportFormat.Redline.Kind, label, ExportFormat.Redline.Extension));
    }

    private static string RoundOf(ExportFormat format, ExportRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Round))
            throw new InvalidDraftingRequestException($"The {format.Name} export is of a consultation round: give its id (round).");
        if (request.Version is not null || request.From is not null || request.To is not null)
            throw new InvalidDraftingRequestException($"The {format.Name} export is made from the round's base version; leave out version, from and to.");
        return request.Round.Trim();
    }

    private ExportFile MatrixOf(string documentId, ExportFormat format, ExportRequest request, Actor actor)
    {
        var roundId = RoundOf(format, request);
        var matrix = consultation.Matrix(documentId, roundId, new MatrixFilter(null, null, null, null), actor);
        var (round, _, _) = consultation.RoundForReview(documentId, roundId, actor);
        var snapshot = documents.Read(documentId, round.BaseVersion, actor);
        var rows = matrix.Rows.Select(row => new MatrixRow(
            row.Number, row.OrganisationName ?? row.OrganisationId ?? "", row.SectionHeading ?? "", row.Quote, row.Type.ToString(), row.Comment,
            row.ProposedChange, row.Response, row.Disposition is { } disposition ? DispositionName(disposition) : null)).ToList();
        var title = $"Comment matrix: {round.Title}";
        using var output = new MemoryStream();
        if (format == ExportFormat.MatrixDocx)
        {
            var tags = DocumentsApi.TagsByCommit(store, documentId);
            var options = Options(documentId, snapshot.Version, tags, tableOfContents: false) with
            {
                VersionLabel = $"comments on {VersionName(snapshot.Version, tags)}",
            };
            CommentMatrixExport.WriteDocx(title, rows, snapshot.Meta, output, options);
        }
        else if (format == ExportFormat.MatrixXlsx) CommentMatrixExport.WriteXlsx(title, rows, output);
        else CommentMatrixExport.WriteCsv(rows, output);
        return new ExportFile(output.ToArray(), format.ContentType, ExportFileNames.For(snapshot.Meta.Symbol, documentId, format.Kind, round.Id, format.Extension));
    }

    private static string DispositionName(Disposition disposition) => disposition switch
    {
        Disposition.Accepted => "Accepted",
        Disposition.AcceptedInPart => "Accepted in part",
        Disposition.Noted => "Noted",
        _ => "Not accepted",
    };

    private ExportFile ReviewCopyOf(string documentId, ExportRequest request, Actor actor)
    {
        var (round, threads, organisationName) = consultation.RoundForReview(documentId, RoundOf(ExportFormat.Review, request), actor);
        var snapshot = documents.Read(documentId, round.BaseVersion, actor);
        var tags = DocumentsApi.TagsByCommit(store, documentId);
        var options = Options(documentId, snapshot.Version, tags, tableOfContents: false) with
        {
            VersionLabel = $"consolidated review copy of {round.Title} on {VersionName(snapshot.Version, tags)}",
        };
        using var output = new MemoryStream();
        ReviewCopy.Write(snapshot.Content, threads, new ReviewNames(organisationName), snapshot.Meta, output, options);
        return new ExportFile(output.ToArray(), ExportFormat.Review.ContentType,
            ExportFileNames.For(snapshot.Meta.Symbol, documentId, ExportFormat.Review.Kind, round.Id, ExportFormat.Review.Extension));
    }

    /// <summary>The cover of an export: the version's name and date, and the coordinators' organisations as submitters.</summary>
    private DocxWriteOptions Options(string documentId, VersionInfo version, ILookup<string, string> tags, bool tableOfContents) =>
        new(documentId, version.CommitId, Date: DateOnly.FromDateTime(version.When.UtcDateTime), SubmittedBy: Submitters(documentId),
            TableOfContents: tableOfContents, VersionLabel: VersionName(version, tags));

    private static string VersionName(VersionInfo version, ILookup<string, string> tags) =>
        tags[version.CommitId].LastOrDefault() ?? $"working version {version.CommitId[..7]}";

    private string? Submitters(string documentId)
    {
        if (documents.AccessAtHead(documentId) is not { } access) return null;
        var names = access.Organisations.Where(grant => grant.Role == DocumentRole.Coordinator).Select(grant => grant.OrganisationId)
            .Concat(access.Members.Where(grant => grant.Role == DocumentRole.Coordinator).Select(grant => directory.FindPerson(grant.UserId)?.OrganisationId))
            .Select(organisation => directory.FindOrganisation(organisation)?.Name)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? null : $"the coordinators ({string.Join(", ", names)})";
    }

    private static string Revision(string? version)
    {
        var trimmed = version?.Trim();
        return string.IsNullOrEmpty(trimmed) || string.Equals(trimmed, "head", StringComparison.OrdinalIgnoreCase) ? "HEAD" : trimmed;
    }
}
