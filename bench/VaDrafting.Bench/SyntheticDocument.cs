using System.Text;

namespace VaDrafting.Bench;

/// <summary>One paragraph of <c>document.md</c>: its text and its stable block id.</summary>
internal sealed record SyntheticParagraph(string Id, string Text)
{
    public string ToLine() => $"{Text} {{#{Id}}}";
}

/// <summary>
/// A deterministic stand-in for the guidance document: one-line paragraphs of about 300 characters with
/// <c>{#id}</c> suffixes, made from a fixed word list and a seeded random generator.
/// </summary>
internal sealed class SyntheticDocument(IReadOnlyList<SyntheticParagraph> paragraphs)
{
    private const int ParagraphLength = 300;

    private static readonly string[] Words =
    [
        "victims", "survivors", "assistance", "national", "focal", "point", "plan", "action", "coordination",
        "ministry", "health", "rehabilitation", "psychological", "support", "social", "inclusion", "economic",
        "education", "employment", "data", "collection", "needs", "assessment", "referral", "services", "access",
        "rural", "areas", "persons", "with", "disabilities", "rights", "convention", "states", "parties",
        "implementation", "report", "transparency", "measures", "budget", "resources", "capacity", "training",
        "community", "organisations", "participation", "meaningful", "gender", "age", "sensitive", "approach",
        "integrated", "framework", "policy", "legislation", "monitoring", "progress", "indicators", "annual",
        "review", "cooperation", "partners", "donors", "technical", "expertise", "peer", "exchange", "guidance",
        "emergency", "medical", "care", "prosthetics", "orthotics", "physiotherapy", "peer-to-peer", "counselling",
        "livelihoods", "micro-grants", "schooling", "families", "affected", "communities", "clearance", "risk",
        "reduction", "should", "ensure", "establish", "strengthen", "promote", "develop", "consider", "include",
        "the", "and", "of", "to", "in", "for", "by", "through", "within", "across", "at", "least", "every",
        "relevant", "sustainable", "timely", "equal", "basis", "others", "long-term", "short-term", "effective",
    ];

    public IReadOnlyList<SyntheticParagraph> Paragraphs { get; } = paragraphs;

    public static SyntheticDocument Generate(int paragraphs, int seed)
    {
        var random = new Random(seed);
        var list = new List<SyntheticParagraph>(paragraphs);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (list.Count < paragraphs)
        {
            var id = NewId(random);
            if (ids.Add(id)) list.Add(new SyntheticParagraph(id, Sentence(random)));
        }
        return new SyntheticDocument(list);
    }

    /// <summary>The same document with paragraph <paramref name="index"/> given new text; <paramref name="variant"/> picks the text.</summary>
    public SyntheticDocument WithParagraphRewritten(int index, int variant)
    {
        var random = new Random(HashCode.Combine(index, variant));
        var copy = Paragraphs.ToArray();
        copy[index] = copy[index] with { Text = Sentence(random) };
        return new SyntheticDocument(copy);
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder(Paragraphs.Count * (ParagraphLength + 12));
        foreach (var paragraph in Paragraphs) text.Append(paragraph.ToLine()).Append('\n');
        return text.ToString();
    }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(ToMarkdown());

    private static string NewId(Random random)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> id = stackalloc char[5];
        id[0] = 'b';
        for (var i = 1; i < id.Length; i++) id[i] = alphabet[random.Next(alphabet.Length)];
        return new string(id);
    }

    private static string Sentence(Random random)
    {
        var text = new StringBuilder(ParagraphLength + 20);
        while (text.Length < ParagraphLength)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(Words[random.Next(Words.Length)]);
        }
        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }
}
