using Microsoft.AspNetCore.Http.HttpResults;
using VaDrafting.Server.Auth;

namespace VaDrafting.Server.Redlines;

public static class RedlinesApi
{
    public static IEndpointRouteBuilder MapRedlinesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents/{id}").WithTags("Redlines").RequireAuthorization();

        group.MapGet("/redline", (string id, string? from, string? to, bool? attribution, CurrentActor current, RedlineService redlines) =>
                TypedResults.Ok(redlines.Redline(id, from, to, attribution ?? true, current.Get())))
            .WithName("GetRedline")
            .WithSummary("What changed between two versions (from, to: a commit id of 7 to 40 digits, a circulated version's name, or 'head'; "
                + "to defaults to head, from to the latest version circulated before it), block by block and word by word, "
                + "with who made each change and, for an accepted proposal, the thread decided (attribution=false leaves authors out).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/redline/summary", (string id, string? from, string? to, CurrentActor current, RedlineService redlines) =>
                TypedResults.Ok(redlines.Summary(id, from, to, current.Get())))
            .WithName("GetRedlineSummary")
            .WithSummary("The summary of changes between two versions (as for the redline): counts per section, per organisation whose proposals were accepted, and every change with its reasons.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/visit", Results<Ok<VisitView>, NoContent> (string id, CurrentActor current, RedlineService redlines) =>
                redlines.LastVisit(id, current.Get()) is { } visit
                    ? TypedResults.Ok(new VisitView(visit.LastSeenCommitId, visit.SeenAt))
                    : TypedResults.NoContent())
            .WithName("GetLastVisit")
            .WithSummary("The version of the document you last saw and when; 204 when you have not opened it yet.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/visit", (string id, VisitRequest request, CurrentActor current, RedlineService redlines) =>
            {
                var visit = redlines.RecordVisit(id, request.CommitId, current.Get());
                return TypedResults.Ok(new VisitView(visit.LastSeenCommitId, visit.SeenAt));
            })
            .WithName("PutLastVisit")
            .WithSummary("Records that you saw a version ({ commitId }); a version older than the one recorded leaves the record as it is.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
