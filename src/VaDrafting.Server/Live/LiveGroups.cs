namespace VaDrafting.Server.Live;

/// <summary>Names of the SignalR groups of a document.</summary>
public static class LiveGroups
{
    /// <summary>Everyone who joined the document.</summary>
    public static string Document(string documentId) => $"doc:{documentId}";

    /// <summary>Those of one organisation who joined the document.</summary>
    public static string Organisation(string documentId, string organisationId) => $"doc:{documentId}:org:{organisationId}";

    /// <summary>The document's coordinators who joined it.</summary>
    public static string Coordinators(string documentId) => $"doc:{documentId}:coordinators";
}
