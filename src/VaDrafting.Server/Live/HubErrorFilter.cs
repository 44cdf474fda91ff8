using Microsoft.AspNetCore.SignalR;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Storage;

namespace VaDrafting.Server.Live;

/// <summary>
/// Turns the refusals of the services into <see cref="HubException"/>s, whose message reaches the client (other
/// exceptions reach it as a generic error). An unknown document and one the person may not read get the same answer.
/// </summary>
public sealed class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refused)
        {
            logger.LogInformation("Hub call {Method} refused: {Reason}", invocationContext.HubMethodName, refused.Message);
            throw;
        }
        catch (Exception refused) when (MessageFor(refused, invocationContext) is { } message)
        {
            logger.LogInformation("Hub call {Method} refused: {Reason}", invocationContext.HubMethodName, message);
            throw new HubException(message, refused);
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Hub call {Method} failed", invocationContext.HubMethodName);
            throw;
        }
    }

    private static string? MessageFor(Exception exception, HubInvocationContext invocation) => exception switch
    {
        DocumentNotFoundException or InvalidStorageNameException =>
            $"There is no document '{LiveSessions.Shorten(invocation.HubMethodArguments.FirstOrDefault() as string ?? "")}' that you can read.",
        ActionForbiddenException or InvalidDraftingRequestException or RoundNotFoundException or ThreadNotFoundException
            or ConsultationConflictException or ConsultationException or AnchorException or VersionNotFoundException
            or BlockNotFoundException or BlockEditException => exception.Message,
        _ => null,
    };
}
