namespace VaDrafting.Bench;

/// <summary>How much work each part does, and the share of the time limit it may use.</summary>
internal sealed record BenchSettings(
    int Paragraphs,
    int WarmupCommits,
    int MeasuredCommits,
    int HistoryVersions,
    int HistoryPageSize,
    int ColdRepeats,
    int WarmRepeats,
    TimeSpan CommitBudget,
    TimeSpan CliBudget,
    TimeSpan HistoryBudget)
{
    public static readonly BenchSettings Full = new(
        Paragraphs: 800, WarmupCommits: 20, MeasuredCommits: 200, HistoryVersions: 10_000, HistoryPageSize: 50,
        ColdRepeats: 5, WarmRepeats: 20,
        CommitBudget: TimeSpan.FromSeconds(25), CliBudget: TimeSpan.FromSeconds(20), HistoryBudget: TimeSpan.FromSeconds(40));

    public static readonly BenchSettings Quick = Full with
    {
        WarmupCommits = 5, MeasuredCommits = 40, HistoryVersions = 2_000, ColdRepeats = 3, WarmRepeats = 5,
    };
}
