using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;

namespace VaDrafting.Bench.Consultation;

/// <summary>
/// Comment threads on random passages of a document, the same for the same seed: each anchored on 3–12 whole words
/// of a random block, a third with a proposed change, about 40% with one to three replies, some already decided.
/// </summary>
internal sealed class ThreadGenerator(int seed, DraftDocument document, string roundId)
{
    private static readonly string[] Organisations =
    [
        "Afghanistan", "Albania", "Chad", "Colombia", "Croatia", "Iraq", "Lao PDR", "Lebanon", "Montenegro",
        "Sierra Leone", "Somalia", "ICRC", "Handicap International", "ICBL-CMC",
    ];

    private static readonly string[] People =
    [
        "Amina Diallo", "Jonas Berg", "Lucía Romero", "Kenji Sato", "Mariam Haddad", "Piotr Nowak", "Grace Mensah",
        "Tomás Ferreira", "Leila Karimi", "Samuel Okoro", "Ingrid Holm", "Nadia Petrović",
    ];

    private static readonly string[] Openers =
    [
        "We suggest tightening this wording.", "This passage could be clearer for national focal points.",
        "Our delegation supports the intent here but not the phrasing.", "Please align this with the agreed action plan language.",
        "The current text may be read as limiting the scope of services.", "We would welcome a reference to survivors' own priorities.",
        "This seems to duplicate an earlier paragraph.", "Could the coordinators explain the source of this formulation?",
    ];

    private static readonly string[] Reasons =
    [
        "Several States Parties reported difficulties applying it at district level.",
        "In our experience, rehabilitation services in rural areas depend on this point.",
        "The wording should not suggest that funding is the responsibility of survivors.",
        "Data collection practices differ widely between ministries, so flexibility matters.",
        "Survivors' organisations raised the same concern during the last intersessional meeting.",
        "The obligation under the Convention is broader than this sentence implies.",
        "A shorter sentence would be easier to translate into French and Spanish.",
    ];

    private static readonly string[] ReplyTexts =
    [
        "We agree with this comment.", "Our delegation prefers the original text.", "Noted; we can support a compromise.",
        "Could the proposal keep the reference to the Lausanne Action Plan?", "This concern is shared by our ministry of health.",
        "We suggest discussing this point at the next coordination call.",
    ];

    private static readonly string[] Insertions = ["national", "effective", "inclusive", "sustainable", "appropriate", "timely"];

    private readonly Random _random = new(seed);
    private readonly DateTimeOffset _opens = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<CommentThread> Generate(int count)
    {
        var candidates = document.Blocks
            .Select(block => (block.Id, Words: WordSpans(AnchorText.Of(block))))
            .Where(candidate => candidate.Words.Count >= 3)
            .ToList();
        var threads = new List<CommentThread>(count);
        for (var i = 1; i <= count; i++)
        {
            var (blockId, words) = candidates[_random.Next(candidates.Count)];
            var length = Math.Min(_random.Next(3, 13), words.Count);
            var first = _random.Next(words.Count - length + 1);
            var anchor = TextAnchor.Create(document, blockId, words[first].Start, words[first + length - 1].End);
            threads.Add(Thread(i, anchor));
        }
        return threads;
    }

    private CommentThread Thread(int number, TextAnchor anchor)
    {
        var id = $"t{number:D4}";
        var created = _opens.AddMinutes(number * 7);
        var opening = NewComment($"{id}c0", created, Sentences(Openers, Reasons));
        var proposal = _random.Next(3) == 0 ? ProposedChange.Create(Reworded(anchor.Exact)) : null;
        var stage = _random.Next(10) == 0 ? ThreadStage.Draft : ThreadStage.Submitted;
        var thread = CommentThread.Create(id, roundId, anchor, (CommentType)_random.Next(3), opening, proposal, stage);
        if (_random.Next(5) < 2)
        {
            var replies = _random.Next(1, 4);
            for (var r = 1; r <= replies; r++) thread = thread.WithReply(NewComment($"{id}c{r}", created.AddHours(r * 5), Sentences(ReplyTexts, Reasons)));
        }
        if (stage == ThreadStage.Submitted && _random.Next(8) == 0)
        {
            thread = thread.Decide(Decision.Create((Disposition)_random.Next(4), "The coordinators have revised the paragraph to reflect this comment.",
                "coordinator-1", "Ana Moreno", created.AddDays(10)));
        }
        return thread;
    }

    private Comment NewComment(string id, DateTimeOffset created, string text)
    {
        var person = _random.Next(People.Length);
        var organisation = Organisations[person % Organisations.Length];
        return Comment.Create(id, $"user-{person}", People[person], organisation, created, text);
    }

    /// <summary>One to three sentences: an opening line, then reasons.</summary>
    private string Sentences(string[] first, string[] rest)
    {
        var sentences = new List<string> { first[_random.Next(first.Length)] };
        var more = _random.Next(3);
        for (var i = 0; i < more; i++) sentences.Add(rest[_random.Next(rest.Length)]);
        return string.Join(' ', sentences);
    }

    /// <summary>The quote with one word added after its first word, on one line.</summary>
    private string Reworded(string exact)
    {
        var singleLine = exact.Replace('\n', ' ').Replace('\t', ' ');
        var space = singleLine.IndexOf(' ', StringComparison.Ordinal);
        var word = Insertions[_random.Next(Insertions.Length)];
        return space < 0 ? $"{word} {singleLine}" : $"{singleLine[..space]} {word}{singleLine[space..]}";
    }

    /// <summary>Start and end offsets of every run of non-whitespace characters.</summary>
    public static List<(int Start, int End)> WordSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isSpace = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!isSpace && start < 0) start = i;
            else if (isSpace && start >= 0)
            {
                spans.Add((start, i));
                start = -1;
            }
        }
        return spans;
    }
}
