using System.Collections.Concurrent;

namespace VaDrafting.Server.Documents;

/// <summary>
/// One writer at a time per document for the live edits: each merges with the latest version and commits on it, so
/// edits made at once wait for each other instead of failing their compare-and-swap over and over. Within the process
/// a gate per document; across server instances, when <paramref name="leases"/> are given, also the document's lease,
/// taken once the process's own turn has come so that only one waiter per instance asks for it.
/// </summary>
public sealed class DocumentWriters(IDocumentLeases? leases)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Writers of this process only.</summary>
    public DocumentWriters() : this(null)
    {
    }

    /// <summary>Waits for the document's turn; disposing the result ends it.</summary>
    public async Task<IAsyncDisposable> EnterAsync(string documentId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(documentId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var lease = leases is null ? null : await leases.AcquireAsync(documentId, cancellationToken);
            return new Turn(gate, lease);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private sealed class Turn(SemaphoreSlim gate, IAsyncDisposable? lease) : IAsyncDisposable
    {
        private int _ended;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0) return;
            try
            {
                if (lease is not null) await lease.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
