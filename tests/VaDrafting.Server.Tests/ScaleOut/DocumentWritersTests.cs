using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Tests.ScaleOut;

public sealed class DocumentWritersTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Leases that record when they are taken and given back, and refuse the documents named.</summary>
    private sealed class RecordingLeases(params string[] refused) : IDocumentLeases
    {
        public List<string> Log { get; } = [];

        public Task<IAsyncDisposable> AcquireAsync(string documentId, CancellationToken cancellationToken)
        {
            lock (Log)
            {
                if (refused.Contains(documentId)) throw new InvalidDraftingRequestException($"No lease for {documentId}.");
                Log.Add($"take {documentId}");
            }
            return Task.FromResult<IAsyncDisposable>(new Given(this, documentId));
        }

        private sealed class Given(RecordingLeases leases, string documentId) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                lock (leases.Log) leases.Log.Add($"give {documentId}");
                return ValueTask.CompletedTask;
            }
        }
    }

    [Fact]
    public async Task Turns_OfOneDocument_FollowEachOther_EachHoldingTheLeaseOnlyDuringItsTurn()
    {
        var leases = new RecordingLeases();
        var writers = new DocumentWriters(leases);

        var first = await writers.EnterAsync("doc", Cancel);
        var second = writers.EnterAsync("doc", Cancel);
        var other = await writers.EnterAsync("other", Cancel);
        await Task.Delay(50, Cancel);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(5), Cancel)).DisposeAsync();
        await other.DisposeAsync();

        Assert.Equal(["take doc", "take other", "give doc", "take doc", "give doc", "give other"], leases.Log);
    }

    [Fact]
    public async Task ALeaseThatCannotBeHad_EndsTheProcessTurn_SoTheNextWriterIsNotBlocked()
    {
        var writers = new DocumentWriters(new RecordingLeases("doc"));

        var refused = await Assert.ThrowsAsync<InvalidDraftingRequestException>(() => writers.EnterAsync("doc", Cancel));

        Assert.Equal("No lease for doc.", refused.Message);
        var again = writers.EnterAsync("doc", Cancel);
        await Assert.ThrowsAsync<InvalidDraftingRequestException>(() => again.WaitAsync(TimeSpan.FromSeconds(5), Cancel));
    }

    [Fact]
    public async Task WithoutLeases_TurnsAreThoseOfTheProcessOnly()
    {
        var writers = new DocumentWriters();
        var first = await writers.EnterAsync("doc", Cancel);
        var second = writers.EnterAsync("doc", Cancel);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(5), Cancel)).DisposeAsync();
    }
}
