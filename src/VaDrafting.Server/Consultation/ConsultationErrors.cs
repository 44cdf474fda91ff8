using VaDrafting.Core.Consultation;

namespace VaDrafting.Server.Consultation;

/// <summary>No round with this id, or the viewer cannot see it.</summary>
public sealed class RoundNotFoundException(string roundId) : Exception($"The document has no consultation round '{roundId}'.");

/// <summary>No thread or comment with this id that the viewer may see (another organisation's hidden thread reads as absent).</summary>
public sealed class ThreadNotFoundException(string message) : Exception(message);

/// <summary>The request is valid but the round or thread is not in a state that allows it: the round is not open, the thread is already submitted.</summary>
public sealed class ConsultationConflictException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Runs a state change of the Core model, reporting a refusal as a conflict rather than bad input.</summary>
    public static T Guard<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (ConsultationException refused)
        {
            throw new ConsultationConflictException(refused.Message, refused);
        }
    }
}
