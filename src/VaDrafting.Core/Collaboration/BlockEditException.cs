namespace VaDrafting.Core.Collaboration;

/// <summary>A block edit that cannot be made: unknown block, offset outside the text, or a block kind the edit does not apply to.</summary>
public sealed class BlockEditException(string message) : Exception(message);
