namespace VaDrafting.Core.Anchoring;

/// <summary>An anchor that cannot be created or used: unknown block, range outside the text, or text that moved away.</summary>
public sealed class AnchorException(string message) : Exception(message);
