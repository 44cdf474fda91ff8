namespace VaDrafting.Server.Documents;

/// <summary>The right to write one document, held by one server instance at a time among several (see <see cref="RedisDocumentLeases"/>).</summary>
public interface IDocumentLeases
{
    /// <summary>Waits (bounded) for the document's lease; disposing the result gives it back.</summary>
    Task<IAsyncDisposable> AcquireAsync(string documentId, CancellationToken cancellationToken);
}
