namespace VaDrafting.Server.Documents;

/// <summary>The person may see the document but not do this.</summary>
public sealed class ActionForbiddenException(string message) : Exception(message);

/// <summary>A request that is well-formed HTTP but asks for something invalid.</summary>
public sealed class InvalidDraftingRequestException(string message) : Exception(message);

/// <summary>The document has no block with this id (at the version asked for).</summary>
public sealed class BlockNotFoundException(string message) : Exception(message);
