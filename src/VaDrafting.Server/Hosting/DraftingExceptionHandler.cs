using Microsoft.AspNetCore.Diagnostics;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Consultation;
using VaDrafting.Docx;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Storage;

namespace VaDrafting.Server.Hosting;

/// <summary>Turns the errors of a request into problem details with a status and a message a person can act on.</summary>
public sealed class DraftingExceptionHandler(IProblemDetailsService problems, ILogger<DraftingExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = Classify(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        }
        else
        {
            logger.LogInformation("Request {Method} {Path} refused with {Status}: {Reason}", context.Request.Method, context.Request.Path, status, exception.Message);
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = status >= 500 ? "The server could not complete the request. Nothing was changed." : exception.Message,
            },
        });
    }

    private static (int Status, string Title) Classify(Exception exception) => exception switch
    {
        DocumentNotFoundException => (StatusCodes.Status404NotFound, "Document not found"),
        VersionNotFoundException => (StatusCodes.Status404NotFound, "Version not found"),
        InvalidStorageNameException => (StatusCodes.Status400BadRequest, "Invalid name"),
        StaleHeadException => (StatusCodes.Status409Conflict, "The document changed meanwhile"),
        TagExistsException => (StatusCodes.Status409Conflict, "Name already used"),
        DocumentExistsException => (StatusCodes.Status409Conflict, "Document already exists"),
        DocxRejectedException => (StatusCodes.Status400BadRequest, "The file could not be imported"),
        UploadTooLargeException => (StatusCodes.Status413PayloadTooLarge, "File too large"),
        InvalidDraftingRequestException => (StatusCodes.Status400BadRequest, "Invalid request"),
        RoundNotFoundException => (StatusCodes.Status404NotFound, "Round not found"),
        ThreadNotFoundException => (StatusCodes.Status404NotFound, "Thread not found"),
        ConsultationConflictException => (StatusCodes.Status409Conflict, "Not possible at this stage of the consultation"),
        ConsultationException => (StatusCodes.Status400BadRequest, "Invalid consultation input"),
        AnchorException => (StatusCodes.Status400BadRequest, "The passage cannot be found"),
        BlockNotFoundException => (StatusCodes.Status404NotFound, "Block not found"),
        BlockEditException => (StatusCodes.Status400BadRequest, "The block cannot be changed so"),
        ActionForbiddenException => (StatusCodes.Status403Forbidden, "Not allowed"),
        Export.ExportUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Export not available"),
        BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request"),
        _ => (StatusCodes.Status500InternalServerError, "Server error"),
    };
}
