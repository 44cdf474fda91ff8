namespace VaDrafting.Storage;

/// <summary>Base of the errors the store reports for requests that cannot be met; nothing was written.</summary>
public abstract class StorageException(string message) : Exception(message);

public sealed class DocumentNotFoundException(string documentId)
    : StorageException($"Document '{documentId}' does not exist.");

public sealed class DocumentExistsException(string documentId)
    : StorageException($"Document '{documentId}' already exists.");

public sealed class VersionNotFoundException(string documentId, string revision)
    : StorageException($"Document '{documentId}' has no version '{revision}'.");

public sealed class TagExistsException(string documentId, string name)
    : StorageException($"Document '{documentId}' already has a circulated version named '{name}'.");

public sealed class StaleHeadException(string documentId, string expected, string actual)
    : StorageException($"Document '{documentId}' changed meanwhile: expected version {expected}, found {actual}.")
{
    public string Actual { get; } = actual;
}

public sealed class InvalidStorageNameException(string what, string value)
    : StorageException($"'{value}' is not a valid {what}.");
