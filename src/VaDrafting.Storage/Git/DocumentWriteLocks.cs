using System.Collections.Concurrent;

namespace VaDrafting.Storage.Git;

/// <summary>One writer per document inside this process: an async gate per document id.</summary>
internal sealed class DocumentWriteLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string documentId, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(documentId, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Holder(gate);
    }

    private sealed class Holder(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
