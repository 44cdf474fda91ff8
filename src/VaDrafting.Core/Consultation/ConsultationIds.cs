using VaDrafting.Core.Model;

namespace VaDrafting.Core.Consultation;

/// <summary>Ids of rounds, threads, comments and questions follow the rules of block ids (<see cref="BlockIds"/>).</summary>
public static class ConsultationIds
{
    public static string Ensure(string? id, string what) =>
        BlockIds.IsValid(id) ? id : throw new ConsultationException($"The {what} id '{id}' is not 4–16 lowercase letters or digits.");

    /// <summary>A user or organisation id: 1..200 characters without control characters (they come from the identity provider).</summary>
    public static string EnsureExternal(string? id, string what) => ConsultationText.EnsureSingleLine(id, what + " id", ConsultationText.MaxNameLength);
}
