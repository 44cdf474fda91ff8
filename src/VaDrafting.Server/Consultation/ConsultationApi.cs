using Microsoft.AspNetCore.Http.HttpResults;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Hosting;

namespace VaDrafting.Server.Consultation;

public static class ConsultationApi
{
    public static IEndpointRouteBuilder MapConsultationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents/{id}").WithTags("Consultation").RequireAuthorization();

        group.MapGet("/rounds", (string id, CurrentActor current, ConsultationService consultation) =>
                TypedResults.Ok(consultation.ListRounds(id, current.Get())))
            .WithName("ListRounds")
            .WithSummary("The document's consultation rounds, oldest first, with their phase now.");

        Write(group.MapPost("/rounds", async Task<Created<RoundView>> (string id, OpenRoundRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
            {
                var round = await consultation.OpenRoundAsync(id, request, current.Get(), cancellationToken);
                return TypedResults.Created($"/api/documents/{id}/rounds/{round.Id}", round);
            }))
            .WithName("OpenRound")
            .WithSummary("Opens a consultation round on a circulated version, with its deadline, invited organisations, visibility and questions. Coordinators only.");

        group.MapGet("/rounds/{roundId}", (string id, string roundId, CurrentActor current, ConsultationService consultation) =>
                TypedResults.Ok(consultation.GetRound(id, roundId, current.Get())))
            .WithName("GetRound")
            .WithSummary("One consultation round.");

        Write(group.MapPost("/rounds/{roundId}/extend", async Task<Ok<RoundView>> (string id, string roundId, DeadlineRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.ExtendRoundAsync(id, roundId, request.Closes, current.Get(), cancellationToken))))
            .WithName("ExtendRound")
            .WithSummary("Moves the deadline of a round that has not closed to a later date. Coordinators only.");

        Write(group.MapPost("/rounds/{roundId}/close", async Task<Ok<RoundView>> (string id, string roundId, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.CloseRoundAsync(id, roundId, current.Get(), cancellationToken))))
            .WithName("CloseRound")
            .WithSummary("Closes an open round before its deadline. Coordinators only.");

        Write(group.MapPost("/rounds/{roundId}/reopen", async Task<Ok<RoundView>> (string id, string roundId, DeadlineRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.ReopenRoundAsync(id, roundId, request.Closes, current.Get(), cancellationToken))))
            .WithName("ReopenRound")
            .WithSummary("Opens a closed round again until a new deadline. Coordinators only.");

        group.MapGet("/rounds/{roundId}/answers", (string id, string roundId, CurrentActor current, ConsultationService consultation) =>
                TypedResults.Ok(consultation.ListAnswers(id, roundId, current.Get())))
            .WithName("ListAnswers")
            .WithSummary("The answers to the round's questions that the signed-in person may see.");

        Write(group.MapPut("/rounds/{roundId}/answers", async Task<Ok<AnswerView>> (string id, string roundId, AnswerRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.PutAnswerAsync(id, roundId, request, current.Get(), cancellationToken))))
            .WithName("PutAnswer")
            .WithSummary("Writes or replaces the signed-in person's organisation's answer to one question of the round.");

        group.MapGet("/rounds/{roundId}/matrix", (string id, string roundId, string? organisation, CommentType? type, ThreadStatus? status, string? section,
                CurrentActor current, ConsultationService consultation) =>
                TypedResults.Ok(consultation.Matrix(id, roundId, new MatrixFilter(organisation, type, status, section), current.Get())))
            .WithName("GetCommentMatrix")
            .WithSummary("The comment matrix of the round in document order, with counts per organisation and disposition; filters: organisation, type, status, section.");

        group.MapGet("/threads", (string id, string? round, CurrentActor current, ConsultationService consultation) =>
                TypedResults.Ok(consultation.ListThreads(id, round, current.Get())))
            .WithName("ListThreads")
            .WithSummary("The comment threads the signed-in person may see (?round= for one round), anchored in the latest version.");

        Write(group.MapPost("/threads", async Task<Created<ThreadView>> (string id, NewThreadRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
            {
                var thread = await consultation.OpenThreadAsync(id, request, current.Get(), cancellationToken);
                return TypedResults.Created($"/api/documents/{id}/threads/{thread.Id}", thread);
            }))
            .WithName("OpenThread")
            .WithSummary("Comments on a passage (blockId, start..end of the latest version), optionally proposing replacement text; draft: true keeps it within the organisation.");

        group.MapGet("/threads/{threadId}", (string id, string threadId, CurrentActor current, ConsultationService consultation) =>
                TypedResults.Ok(consultation.GetThread(id, threadId, current.Get())))
            .WithName("GetThread")
            .WithSummary("One comment thread with its replies and decision.");

        Write(group.MapPost("/threads/{threadId}/replies", async Task<Ok<ThreadView>> (string id, string threadId, CommentTextRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.ReplyAsync(id, threadId, request.Text, current.Get(), cancellationToken))))
            .WithName("ReplyToThread")
            .WithSummary("Adds a reply to a thread.");

        Write(group.MapPut("/threads/{threadId}/comments/{commentId}", async Task<Ok<ThreadView>> (string id, string threadId, string commentId, CommentTextRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.EditCommentAsync(id, threadId, commentId, request.Text, current.Get(), cancellationToken))))
            .WithName("EditComment")
            .WithSummary("Changes the text of a comment while the round is open — one's own, or as focal point any comment of an organisation's draft; the earlier text is kept.");

        Write(group.MapPost("/threads/{threadId}/submit", async Task<Ok<ThreadView>> (string id, string threadId, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.SubmitAsync(id, threadId, current.Get(), cancellationToken))))
            .WithName("SubmitThread")
            .WithSummary("Submits an organisation's draft thread to the round.");

        Write(group.MapPost("/threads/{threadId}/anchor", async Task<Ok<ThreadView>> (string id, string threadId, AnchorRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.ReattachAsync(id, threadId, request, current.Get(), cancellationToken))))
            .WithName("AttachThread")
            .WithSummary("Confirms where a moved or fuzzy-matched thread was found (empty body), or attaches the thread to another passage (blockId, start, end of the latest version). Coordinators only.");

        Write(group.MapPost("/threads/{threadId}/drop", async Task<NoContent> (string id, string threadId, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
            {
                await consultation.DropAsync(id, threadId, current.Get(), cancellationToken);
                return TypedResults.NoContent();
            }))
            .WithName("DropDraft")
            .WithSummary("Drops a draft of an organisation (its author or the organisation's focal point, while the round is open); the history keeps it.");

        Write(group.MapPost("/threads/{threadId}/merge", async Task<Ok<ThreadView>> (string id, string threadId, MergeRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.MergeAsync(id, threadId, request.IntoThreadId, current.Get(), cancellationToken))))
            .WithName("MergeDraft")
            .WithSummary("Merges this draft into another draft of the same organisation (intoThreadId): its comments become replies there, with their drafters. Focal points only.");

        group.MapGet("/focal-points", (string id, CurrentActor current, FocalPointRegister register) =>
                TypedResults.Ok(register.List(id, current.Get())))
            .WithName("ListFocalPoints")
            .WithSummary("The organisations taking part in the document's rounds, their people and which are focal points.");

        Write(group.MapPut("/focal-points/{organisationId}", async Task<Ok<OrganisationFocalPointsView>> (string id, string organisationId, FocalPointsRequest request, CurrentActor current, FocalPointRegister register, CancellationToken cancellationToken) =>
                TypedResults.Ok(await register.PutAsync(id, organisationId, request.UserIds, current.Get(), cancellationToken))))
            .WithName("PutFocalPoints")
            .WithSummary("Sets the focal points of one organisation (userIds, members of it; an empty list removes them). Coordinators only.");

        Write(group.MapPost("/threads/{threadId}/decision", async Task<Ok<DecisionOutcomeView>> (string id, string threadId, DecisionRequest request, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.DecideAsync(id, threadId, request, current.Get(), cancellationToken))))
            .WithName("DecideThread")
            .WithSummary("Records the coordinators' disposition and response; an accepted proposal is applied to the text in the same commit. Coordinators only.");

        Write(group.MapPost("/threads/{threadId}/resolve", async Task<Ok<ThreadView>> (string id, string threadId, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.ResolveAsync(id, threadId, current.Get(), cancellationToken))))
            .WithName("ResolveThread")
            .WithSummary("Marks a decided thread resolved again. Coordinators only.");

        Write(group.MapPost("/threads/{threadId}/reopen", async Task<Ok<ThreadView>> (string id, string threadId, CurrentActor current, ConsultationService consultation, CancellationToken cancellationToken) =>
                TypedResults.Ok(await consultation.ReopenThreadAsync(id, threadId, current.Get(), cancellationToken))))
            .WithName("ReopenThread")
            .WithSummary("Opens a resolved thread again. Coordinators only.");

        return app;
    }

    private static RouteHandlerBuilder Write(RouteHandlerBuilder endpoint) =>
        endpoint
            .RequireRateLimiting(RateLimits.Writes)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
