using VaDrafting.Server.Auth;

namespace VaDrafting.Server.Export;

public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}/export",
                async (string id, string? format, string? version, string? from, string? to, string? round, HttpContext http,
                    CurrentActor current, ExportService exports, CancellationToken cancellationToken) =>
                {
                    var file = await exports.ExportAsync(id, new ExportRequest(format, version, from, to, round), current.Get(), cancellationToken);
                    http.Response.Headers.CacheControl = "private, no-store";
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                })
            .WithTags("Export")
            .RequireAuthorization()
            .WithName("ExportDocument")
            .WithSummary("The document as a file. format=docx: the clean text of a version (version: a commit id, a circulated version's name "
                + "or 'head', the default) as Word; pdf: the same through LibreOffice; redline: the changes between from and to "
                + "(defaults as for the redline; from must be older) as Word tracked changes by their authors, so that Accept All gives "
                + "the newer version and Reject All the older; review: the consolidated review copy of a consultation round (round: its id) — "
                + "the round's base text with every proposal you may see as a tracked change by its organisation and every comment as a "
                + "Word comment with its replies and the coordinators' decision; matrix-docx, matrix-xlsx, csv: the round's comment matrix "
                + "(no., organisation, section and passage, type, comment, proposed change, response, disposition) in document order.")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormat.WordType, additionalContentTypes: ["application/pdf", ExportFormat.SpreadsheetType, "text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
