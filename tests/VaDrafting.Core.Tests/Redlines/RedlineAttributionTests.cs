using CsCheck;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Core.Tests.Markdown;
using Xunit;
using static VaDrafting.Core.Tests.Redlines.RedlineDocs;

namespace VaDrafting.Core.Tests.Redlines;

public class RedlineAttributionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly RevisionStamp Base = Stamp("c0", "Coordinator", "Australia", 0);
    private static readonly RevisionStamp Amal = Stamp("c1", "Amal", "Iraq", 1);
    private static readonly RevisionStamp Bounmy = Stamp("c2", "Bounmy", "Lao PDR", 2);
    private static readonly RevisionStamp Carla = Stamp("c3", "Carla", "Chile", 3);

    private static RevisionStamp Stamp(string commit, string name, string organisation, int day) =>
        new(commit, name.ToLowerInvariant(), name, organisation, Start.AddDays(day), $"Edit by {name}");

    /// <summary>Versions of a document in order and the history of every block and footnote between the first and the last.</summary>
    private static Dictionary<string, BlockHistory> Histories(params (RevisionStamp Stamp, DraftDocument Document)[] versions)
    {
        var keys = versions.SelectMany(v => v.Document.Blocks.Select(b => b.Id).Concat(v.Document.Footnotes.Select(f => RedlineAttribution.FootnoteKey(f.Id)))).Distinct();
        return keys.ToDictionary(key => key, key =>
        {
            var history = new List<BlockVersion>();
            foreach (var (stamp, document) in versions)
            {
                var block = key.StartsWith(RedlineAttribution.FootnotePrefix, StringComparison.Ordinal)
                    ? document.Footnotes.Where(f => RedlineAttribution.FootnoteKey(f.Id) == key).Select(f => (Block)new ParagraphBlock(f.Id, f.Content)).FirstOrDefault()
                    : document.Blocks.FirstOrDefault(b => b.Id == key);
                if (history.Count == 0 || !Equals(history[^1].Block, block)) history.Add(new BlockVersion(stamp, block));
            }
            return new BlockHistory(key, history);
        });
    }

    private static Redline Attributed(params (RevisionStamp Stamp, DraftDocument Document)[] versions) =>
        RedlineAttribution.Attribute(RedlineBuilder.Build(versions[0].Document, versions[^1].Document), Histories(versions), versions[^1].Stamp);

    [Fact]
    public void Map_PassesEveryStampOfBlocksSegmentsAndFootnotesThroughTheFunctionAndKeepsTheText()
    {
        var v0 = Doc(P("p1", "States Parties should report annually."), P("p2", "Kept as it was."));
        var v1 = Doc(P("p1", "States Parties should report on plans."), P("p3", "A new paragraph."));
        var redline = Attributed((Base, v0), (Amal, v1));

        var masked = RedlineStamps.Map(redline, stamp => stamp with { AuthorName = "A participant", Organisation = null });

        var stamps = masked.Blocks.SelectMany(b => b.Segments.Select(s => s.By).Append(b.By)).OfType<RevisionStamp>().ToList();
        Assert.NotEmpty(stamps);
        Assert.All(stamps, s => Assert.Equal(("A participant", (string?)null), (s.AuthorName, s.Organisation)));
        Assert.All(masked.Blocks.SelectMany(b => b.Segments).Where(s => s.Kind == SegmentKind.Equal), s => Assert.Null(s.By));
        RedlinePropertyTests.AssertAcceptAndReject(v0, v1, masked);
    }

    [Fact]
    public void Attribute_GivesEachWordTheVersionThatChangedIt_AcrossThreeAuthors()
    {
        var v0 = Doc(P("p1", "States Parties should report annually."));
        var v1 = Doc(P("p1", "States Parties should report annually on national plans."));
        var v2 = Doc(P("p1", "States Parties should report on national plans."));
        var v3 = Doc(P("p1", new TextInline("States Parties should "), new TextInline("report", TextMarks.Bold), new TextInline(" on plans.")));

        var redline = Attributed((Base, v0), (Amal, v1), (Bounmy, v2), (Carla, v3));

        var segments = redline.Block("p1").Segments;
        Assert.Equal("on plans", segments.Text(SegmentKind.Inserted).Trim());
        Assert.All(segments.Where(s => s.Kind == SegmentKind.Inserted), s => Assert.Equal(Amal, s.By));
        Assert.Equal("annually", string.Concat(segments.Where(s => s.Kind == SegmentKind.Deleted && s.By == Bounmy).Select(s => s.Text)).Trim());
        var format = Assert.Single(segments, s => s.Kind == SegmentKind.FormatChanged);
        Assert.Equal(("report", Carla), (format.Text, format.By));
        Assert.DoesNotContain(segments, s => s.Text.Contains("national"));
        Assert.All(segments.Where(s => s.Kind == SegmentKind.Equal), s => Assert.Null(s.By));
        RedlinePropertyTests.AssertAcceptAndReject(v0, v3, redline);
    }

    [Fact]
    public void Attribute_GivesInsertedDeletedAndMovedBlocksTheVersionThatDidIt()
    {
        var v0 = Doc(P("a", "Alpha"), P("b", "Bravo"), P("c", "Charlie"));
        var v1 = Doc(P("a", "Alpha"), P("n", "New text"), P("b", "Bravo"), P("c", "Charlie"));
        var v2 = Doc(P("n", "New text and more"), P("b", "Bravo"), P("c", "Charlie"));
        var v3 = Doc(P("n", "New text and more"), P("c", "Charlie"), P("b", "Bravo"));

        var redline = Attributed((Base, v0), (Amal, v1), (Bounmy, v2), (Carla, v3));

        Assert.Equal(Bounmy, redline.Block("a").By);
        Assert.Equal("Alpha", string.Concat(redline.Block("a").Segments.Where(s => s.By == Bounmy).Select(s => s.Text)));
        var inserted = redline.Block("n");
        Assert.Equal(Amal, inserted.By);
        Assert.Equal("New text", string.Concat(inserted.Segments.Where(s => s.By == Amal).Select(s => s.Text)));
        Assert.Equal(" and more", string.Concat(inserted.Segments.Where(s => s.By == Bounmy).Select(s => s.Text)));
        var moved = redline.Blocks.Single(b => b.Change == BlockChange.MovedHere);
        Assert.Equal(Carla, moved.By);
        Assert.Equal(Carla, redline.Blocks.Single(b => b.Change == BlockChange.MovedAway).By);
        Assert.Null(redline.Blocks.Single(b => b.Change == BlockChange.Unchanged).By);
    }

    [Fact]
    public void Attribute_WithoutHistory_FallsBackToTheNewVersion()
    {
        var from = Doc(P("p1", "Plans"), P("gone", "Old"));
        var to = Doc(P("p1", "Plans and budgets"), P("new", "Fresh"));

        var redline = RedlineAttribution.Attribute(RedlineBuilder.Build(from, to), new Dictionary<string, BlockHistory>(), Carla);

        Assert.All(redline.Blocks.SelectMany(b => b.Segments).Where(s => s.Kind != SegmentKind.Equal), s => Assert.Equal(Carla, s.By));
        Assert.Equal(Carla, redline.Block("gone").By);
        Assert.Equal(Carla, redline.Block("new").By);
    }

    [Fact]
    public void Attribute_FootnotesAndTableCells_ByTheirOwnHistory()
    {
        var v0 = new DraftDocument([Table("t", ["State", "Plan"], Row("r1", "Chad", "Draft"))], [new Footnote("f1", InlineContent.FromText("Report of 2024."))]);
        var v1 = new DraftDocument([Table("t", ["State", "Plan"], Row("r1", "Chad", "Adopted"))], [new Footnote("f1", InlineContent.FromText("Report of 2024."))]);
        var v2 = new DraftDocument([Table("t", ["State", "Plan"], Row("r1", "Chad", "Adopted"), Row("r2", "Iraq", "Draft"))], [new Footnote("f1", InlineContent.FromText("Report of 2025."))]);

        var redline = Attributed((Base, v0), (Amal, v1), (Bounmy, v2));

        var rows = redline.Block("t").Rows!;
        Assert.All(rows.Single(r => r.RowId == "r1").Cells[1].Where(s => s.Kind != SegmentKind.Equal), s => Assert.Equal(Amal, s.By));
        Assert.All(rows.Single(r => r.RowId == "r2").Cells.SelectMany(c => c), s => Assert.Equal(Bounmy, s.By));
        Assert.All(redline.Footnotes.Single().Segments.Where(s => s.Kind != SegmentKind.Equal), s => Assert.Equal(Bounmy, s.By));
        RedlinePropertyTests.AssertAcceptAndReject(v0, v2, redline);
    }

    [Fact]
    public void Attribute_OfRandomVersionChains_KeepsTheRedlineExact_AndNamesAnAuthorOfEveryChange()
    {
        var authors = new[] { Amal, Bounmy, Carla };
        Gen.Select(DocumentGenerators.Document, DocumentEdits.Edits.Array[1, 4]).Sample((start, editRounds) =>
        {
            var versions = new List<(RevisionStamp, DraftDocument)> { (Base, start) };
            for (var i = 0; i < editRounds.Length; i++)
                versions.Add((authors[i % authors.Length] with { CommitId = $"c{i + 1}" }, DocumentEdits.Apply(versions[^1].Item2, editRounds[i], $"v{i}n")));
            var redline = Attributed([.. versions]);
            RedlinePropertyTests.AssertAcceptAndReject(start, versions[^1].Item2, redline);
            var commits = versions.Skip(1).Select(v => v.Item1.CommitId).ToHashSet();
            foreach (var block in redline.Blocks)
            {
                var segments = block.Segments.Concat(block.Rows?.SelectMany(r => r.Cells).SelectMany(c => c) ?? []);
                Assert.All(segments, s => Assert.True(s.Kind == SegmentKind.Equal ? s.By is null : s.By is not null && commits.Contains(s.By.CommitId)));
                Assert.True(block.Change == BlockChange.Unchanged ? block.By is null : block.By is not null && commits.Contains(block.By.CommitId));
            }
        }, iter: 300);
    }
}
