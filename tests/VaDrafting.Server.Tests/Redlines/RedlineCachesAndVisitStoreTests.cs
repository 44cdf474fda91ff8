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
    public void VisitStore_KeepsVisitsAcrossInstancesInOneFilePerPerson()
    {
        Store().Record("guidance", "ana-moreno", "abc1234", Start, NeverEarlier);
        Store().Record("guidance", "tomas-reyes", "def5678", Start, NeverEarlier);

        var visit = Store().Get("guidance", "ana-moreno");

        Assert.Equal(new Visit("abc1234", Start), visit);
        Assert.Null(Store().Get("guidance", "lena-berg"));
        Assert.Null(Store().Get("other-document", "ana-moreno"));
        Assert.Equal(2, Directory.EnumerateFiles(Path.Combine(dataPath, "visits", "guidance"), "*.json").Count());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(dataPath, "visits", "guidance"), "*.tmp"));
    }

    [Fact]
    public void VisitStore_ReadsTheEarlierOneFilePerDocumentLayoutUntilThePersonMovesOn()
    {
        Directory.CreateDirectory(Path.Combine(dataPath, "visits"));
        File.WriteAllText(Path.Combine(dataPath, "visits", "guidance.json"),
            """{"ana-moreno":{"lastSeenCommitId":"abc1234","seenAt":"2026-03-02T09:00:00+00:00"}}""");

        Assert.Equal(new Visit("abc1234", Start), Store().Get("guidance", "ana-moreno"));
        var kept = Store().Record("guidance", "ana-moreno", "aaa0000", Start.AddHours(1), (candidate, recorded) => candidate == "aaa0000" && recorded == "abc1234");
        Assert.Equal(new Visit("abc1234", Start), kept);

        Store().Record("guidance", "ana-moreno", "fff9999", Start.AddHours(2), NeverEarlier);
        Assert.Equal(new Visit("fff9999", Start.AddHours(2)), Store().Get("guidance", "ana-moreno"));
    }

    [Fact]
    public async Task VisitStore_TwoInstancesRecordingDifferentPeopleAtOnceLoseNothing()
    {
        var first = Store();
        var second = Store();
        var people = Enumerable.Range(0, 40).Select(i => $"person{i:00}").ToList();

        await Task.WhenAll(people.Select((person, i) => Task.Run(() =>
            (i % 2 == 0 ? first : second).Record("guidance", person, $"abc{i:0000}", Start.AddMinutes(i), NeverEarlier),
            TestContext.Current.CancellationToken)));

        Assert.All(people.Select((person, i) => (person, i)), p =>
            Assert.Equal($"abc{p.i:0000}", Store().Get("guidance", p.person)?.LastSeenCommitId));
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
        Store().Record("guidance", "ana-moreno", "fff9999", Start, NeverEarlier);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dataPath, "visits", "guidance"))) File.WriteAllText(file, "{ not json");
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
