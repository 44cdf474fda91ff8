using Microsoft.Extensions.Options;
using VaDrafting.Server.Redlines;
using VaDrafting.Storage;

namespace VaDrafting.Server.Tests.Redlines;

public sealed class RedlineCachesAndVisitStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "va-visit-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
    }

    private VisitStore Store(int maxPeople = VisitStore.MaxPeoplePerDocument) =>
        new(Options.Create(new StorageOptions { DataPath = dataPath }), maxPeople);

    private static bool NeverEarlier(string candidate, string recorded) => false;

    [Fact]
    public void BoundedCache_DropsTheLeastRecentlyUsedEntry()
    {
        var cache = new BoundedCache<string, int>(2);
        var made = 0;
        int Make(string key) => ++made;

        cache.GetOrAdd("a", Make);
        cache.GetOrAdd("b", Make);
        cache.GetOrAdd("a", Make);
        cache.GetOrAdd("c", Make);
        var again = cache.GetOrAdd("a", Make);
        cache.GetOrAdd("b", Make);

        Assert.Equal(1, again);
        Assert.Equal(4, made);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void VisitStore_KeepsVisitsAcrossInstancesInOneFilePerDocument()
    {
        Store().Record("guidance", "ana-moreno", "abc1234", Start, NeverEarlier);

        var visit = Store().Get("guidance", "ana-moreno");

        Assert.Equal(new Visit("abc1234", Start), visit);
        Assert.Null(Store().Get("guidance", "tomas-reyes"));
        Assert.Equal(["guidance.json"], Directory.EnumerateFiles(Path.Combine(dataPath, "visits")).Select(Path.GetFileName));
    }

    [Fact]
    public void VisitStore_LeavesTheRecordWhenTheVersionIsEarlier()
    {
        var store = Store();
        store.Record("guidance", "ana-moreno", "bbb2222", Start, NeverEarlier);

        var kept = store.Record("guidance", "ana-moreno", "aaa1111", Start.AddHours(1), (candidate, recorded) => candidate == "aaa1111" && recorded == "bbb2222");

        Assert.Equal(new Visit("bbb2222", Start), kept);
    }

    [Fact]
    public void VisitStore_KeepsTheMostRecentlySeenPeopleWithinItsBound()
    {
        var store = Store(maxPeople: 3);
        for (var i = 0; i < 5; i++) store.Record("guidance", $"person{i}", "abc1234", Start.AddMinutes(i), NeverEarlier);

        Assert.Null(store.Get("guidance", "person0"));
        Assert.Null(store.Get("guidance", "person1"));
        Assert.NotNull(store.Get("guidance", "person4"));
        Assert.NotNull(Store(maxPeople: 3).Get("guidance", "person2"));
    }

    [Fact]
    public void VisitStore_TreatsADamagedFileAsNoVisits()
    {
        Directory.CreateDirectory(Path.Combine(dataPath, "visits"));
        File.WriteAllText(Path.Combine(dataPath, "visits", "guidance.json"), "{ not json");

        Assert.Null(Store().Get("guidance", "ana-moreno"));
        Assert.Equal("abc1234", Store().Record("guidance", "ana-moreno", "abc1234", Start, NeverEarlier).LastSeenCommitId);
    }

    [Fact]
    public void VisitStore_RefusesADocumentIdThatIsNotASlug()
    {
        Assert.Throws<DocumentNotFoundException>(() => Store().Get("../etc", "ana-moreno"));
    }
}
