namespace VaDrafting.Server.Export;

/// <summary>An exported file, whole in memory (exports of a guidance document are at most a few megabytes).</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>The export asked for cannot be made on this server now (PDF without LibreOffice, or every converter busy).</summary>
public sealed class ExportUnavailableException(string message) : Exception(message);
