using System.Collections.Concurrent;

namespace VaDrafting.Server.Documents;

/// <summary>
/// One writer at a time per document for the live edits: each merges with the latest version and commits on it, so
/// edits made at once wait for each other instead of failing their compare-and-swap over and over.
/// </summary>
public sealed class DocumentWriters
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the document's turn; disposing the result ends it.</summary>
    public async Task<IDisposable> EnterAsync(string documentId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(documentId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) gate.Release();
        }
    }
}
