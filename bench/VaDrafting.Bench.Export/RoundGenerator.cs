using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;

namespace VaDrafting.Bench.Export;

/// <summary>
/// A consultation round on a document, the same for the same seed: comments on random passages of prose blocks by ten
/// organisations, some with a proposed replacement of the passage, a third answered by a reply and a quarter decided.
/// </summary>
internal sealed class RoundGenerator(int seed)
{
    private static readonly string[] Organisations = ["albania", "chile", "iraq", "lao-pdr", "lebanon", "afghanistan", "bih", "colombia", "mozambique", "hrw"];
    private readonly Random _random = new(seed);

    public static string? OrganisationName(string? id) => id is null ? null : id.ToUpperInvariant();

    public IReadOnlyList<CommentThread> Make(DraftDocument document, int comments, int proposals)
    {
        var prose = document.Blocks.Where(b => b is ParagraphBlock or ListItemBlock).Select(b => (b.Id, Text: AnchorText.Of(b))).Where(b => b.Text.Length > 40).ToList();
        var start = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        var threads = new List<CommentThread>(comments);
        for (var i = 0; i < comments; i++)
        {
            var (blockId, text) = prose[_random.Next(prose.Count)];
            var from = _random.Next(text.Length - 20);
            var to = from + _random.Next(5, 20);
            while (from > 0 && text[from - 1] != ' ') from--;
            while (to < text.Length && text[to] != ' ') to++;
            var organisation = Organisations[i % Organisations.Length];
            var when = start.AddMinutes(i);
            var thread = CommentThread.Create($"t{i:D5}", "round001", TextAnchor.Create(document, blockId, from, to), (CommentType)(i % 3),
                Comment.Create($"c{i:D5}", $"person{i % 40}", $"Delegate {i % 40}", organisation, when, $"Comment {i} on this passage: please make it clearer for survivors."),
                i < proposals ? ProposedChange.Create($"revised wording {i}") : null, ThreadStage.Submitted);
            if (i % 3 == 0) thread = thread.WithReply(Comment.Create($"r{i:D5}", "coord", "Maria Keller", "switzerland", when.AddHours(2), "Thank you, we will look at it."));
            if (i % 4 == 0) thread = thread.Decide(Decision.Create((Disposition)(i % 4 / 4 + (i % 16 == 0 ? 2 : 0)), "Taken into account.", "coord", "Maria Keller", when.AddDays(1)));
            threads.Add(thread);
        }
        return threads;
    }
}
