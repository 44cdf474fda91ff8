using System.Text;
using VaDrafting.Core.Model;

namespace VaDrafting.Bench.Docx;

/// <summary>
/// Generates a guidance-like document of about a hundred pages, the same for the same seed: chapters,
/// sections and subsections, numbered paragraphs, bulleted lists (some nested), quotes, ten tables,
/// sixty footnotes, and bold, italic and linked phrases.
/// </summary>
internal sealed class GuidanceGenerator(int seed)
{
    private const int Chapters = 8;
    private const int SectionsPerChapter = 4;
    private const int SubsectionsPerSection = 2;
    private const int TableCount = 10;
    private const int FootnoteCount = 60;

    private static readonly string[] Subjects =
    [
        "States Parties", "National focal points", "The coordinators", "Ministries of health", "Service providers",
        "Survivors' organisations", "Local authorities", "Donors and partners", "Rehabilitation centres",
        "Mine action centres", "Disabled persons' organisations", "Social protection agencies",
    ];

    private static readonly string[] Verbs =
    [
        "should strengthen", "are encouraged to integrate", "need to ensure", "should take steps to improve",
        "are invited to report on", "should coordinate", "can build on", "should allocate resources for",
        "are expected to monitor", "should remove barriers to",
    ];

    private static readonly string[] Objects =
    [
        "access to emergency and continuing medical care", "physical rehabilitation and assistive devices",
        "psychological and psychosocial support", "social and economic inclusion of survivors",
        "casualty data disaggregated by sex, age and disability", "referral pathways between services",
        "inclusive education for children with disabilities", "vocational training and livelihood programmes",
        "the participation of survivors in decision-making", "a national disability and victim assistance plan",
        "peer support networks in rural and remote areas", "the capacity of health workers at district level",
    ];

    private static readonly string[] Complements =
    [
        "in line with the Convention on the Rights of Persons with Disabilities",
        "across all relevant sectors and levels of government",
        "with attention to the needs of women, girls, boys and men",
        "through existing national systems rather than parallel structures",
        "as set out in the Lausanne Action Plan",
        "in close consultation with survivors and their representative organisations",
        "while ensuring sustainable national funding",
        "so that no one is left behind",
    ];

    private static readonly string[] Topics =
    [
        "Medical care", "Rehabilitation", "Psychological support", "Socio-economic inclusion", "Data collection",
        "Laws and policies", "Coordination", "Participation of survivors", "Capacity building", "Funding",
        "Accessibility", "Education", "Employment", "Monitoring and reporting",
    ];

    private static readonly string[] States =
    [
        "Afghanistan", "Albania", "Bosnia and Herzegovina", "Chad", "Colombia", "Croatia", "Guinea-Bissau", "Iraq",
        "Lao PDR", "Lebanon", "Montenegro", "Sierra Leone", "Somalia",
    ];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<Block> _blocks = [];
    private readonly List<Footnote> _footnotes = [];
    private int _tables;

    public DraftDocument Generate()
    {
        for (var chapter = 1; chapter <= Chapters; chapter++)
        {
            _blocks.Add(new HeadingBlock(NewId(), 1, Plain($"{chapter}. {Pick(Topics)} and the integrated approach")));
            AddParagraphs(2);
            for (var section = 1; section <= SectionsPerChapter; section++)
            {
                _blocks.Add(new HeadingBlock(NewId(), 2, Plain($"{chapter}.{section} {Pick(Topics)}")));
                AddParagraphs(2);
                for (var subsection = 1; subsection <= SubsectionsPerSection; subsection++)
                {
                    _blocks.Add(new HeadingBlock(NewId(), 3, Plain($"{chapter}.{section}.{subsection} {Pick(Topics)} in practice")));
                    AddParagraphs(2);
                    AddNumberedParagraphs(3);
                    AddBulletList();
                    if ((section + subsection) % 3 == 0) _blocks.Add(new QuoteBlock(NewId(), Plain(Sentence())));
                    AddParagraphs(1);
                }
                if (_tables < TableCount && ((chapter - 1) * SectionsPerChapter + section) % 3 == 0) AddTable();
            }
        }
        return new DraftDocument([.. _blocks], [.. _footnotes]);
    }

    private void AddParagraphs(int count)
    {
        for (var i = 0; i < count; i++) _blocks.Add(new ParagraphBlock(NewId(), Prose(sentences: _random.Next(2, 6))));
    }

    private void AddNumberedParagraphs(int count)
    {
        for (var i = 0; i < count; i++) _blocks.Add(new ListItemBlock(NewId(), ListKind.Numbered, 0, Prose(sentences: _random.Next(2, 4))));
    }

    private void AddBulletList()
    {
        var items = _random.Next(3, 5);
        for (var i = 0; i < items; i++)
        {
            var level = i > 0 && _random.Next(4) == 0 ? 1 : 0;
            _blocks.Add(new ListItemBlock(NewId(), ListKind.Bulleted, level, Prose(sentences: 1)));
        }
    }

    private void AddTable()
    {
        _tables++;
        var tableId = NewId();
        var header = new TableRow(tableId, [Plain("State Party"), Plain("Survivors recorded"), Plain("Focal point"), Plain("Services mapped")]);
        var rows = Enumerable.Range(0, _random.Next(6, 9)).Select(_ => new TableRow(NewId(),
        [
            Plain(Pick(States)),
            Plain(_random.Next(40, 12_000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            InlineContent.Of(new TextInline("Ministry of " + Pick(["Health", "Social Affairs", "Labour", "Defence"]), TextMarks.Bold), new TextInline(" with " + Pick(Subjects).ToLowerInvariant())),
            Plain(Pick(Objects)),
        ])).ToList();
        _blocks.Add(new TableBlock(tableId, header, rows));
    }

    /// <summary>Sentences with some bold, italic and linked phrases, and now and then a new footnote.</summary>
    private InlineContent Prose(int sentences)
    {
        var items = new List<Inline>();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) items.Add(new TextInline(" "));
            var (subject, verb, obj, complement) = (Pick(Subjects), Pick(Verbs), Pick(Objects), Pick(Complements));
            items.Add(new TextInline($"{subject} {verb} "));
            items.Add(_random.Next(12) switch
            {
                0 => new TextInline(obj, TextMarks.Bold),
                1 => new TextInline(obj, TextMarks.Italic),
                2 => new TextInline(obj, Href: $"https://example.org/guidance/{Slug(obj)}"),
                _ => new TextInline(obj),
            });
            items.Add(new TextInline($" {complement}."));
            if (_footnotes.Count < FootnoteCount && _random.Next(9) == 0) items.Add(new FootnoteRefInline(NewFootnote()));
        }
        return InlineContent.Of(items);
    }

    private string NewFootnote()
    {
        var id = NewId();
        _footnotes.Add(new Footnote(id, InlineContent.Of(
            new TextInline("See the report of the " + Pick(["Ninth", "Tenth", "Eleventh", "Twelfth"]) + " Meeting of States Parties, "),
            new TextInline("paragraphs " + _random.Next(10, 90) + "–" + _random.Next(91, 140), TextMarks.Italic),
            new TextInline(", and " + Sentence()))));
        return id;
    }

    private string Sentence() => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Complements)}.";

    private static InlineContent Plain(string text) => InlineContent.FromText(text);

    private T Pick<T>(IReadOnlyList<T> options) => options[_random.Next(options.Count)];

    private string NewId()
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        const string alphabet = letters + "0123456789";
        while (true)
        {
            var id = new StringBuilder().Append(letters[_random.Next(letters.Length)]);
            for (var i = 1; i < 6; i++) id.Append(alphabet[_random.Next(alphabet.Length)]);
            if (_ids.Add(id.ToString())) return id.ToString();
        }
    }

    private static string Slug(string text) => VaDrafting.Core.Model.Slugs.From(text);

    /// <summary>Words in blocks and footnotes, counted as runs of non-space characters.</summary>
    public static int CountWords(DraftDocument document)
    {
        var words = 0;
        foreach (var content in document.Blocks.SelectMany(b => b.InlineContents()).Concat(document.Footnotes.Select(f => f.Content)))
            words += content.PlainText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words;
    }
}
