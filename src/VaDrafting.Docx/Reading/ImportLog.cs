using System.Globalization;

namespace VaDrafting.Docx.Reading;

/// <summary>Collects what one import noticed, and turns it into the report's sentences.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportIssue> _unsupported = [];
    private readonly SortedDictionary<string, int> _fieldKinds = new(StringComparer.Ordinal);
    private int _nestedTables;
    private int _missingNotes;
    private int _unknownSymbols;
    private int _tablesOfContents;

    public bool TrackedChanges { get; set; }

    public bool EndnotesImported { get; set; }

    public int Comments { get; set; }

    public void Unsupported(string kind, string description, string? blockId) => _unsupported.Add(new ImportIssue(kind, description, blockId));

    public void FieldResultImported(string fieldKind) =>
        _fieldKinds[fieldKind] = _fieldKinds.GetValueOrDefault(fieldKind) + 1;

    public void TableOfContentsReplaced() => _tablesOfContents++;

    public void NestedTableFlattened() => _nestedTables++;

    public void MissingNote() => _missingNotes++;

    public void UnknownSymbol() => _unknownSymbols++;

    public ImportReport ToReport(int blockCount, int footnoteCount) =>
        new(blockCount, footnoteCount, [.. _unsupported], Warnings());

    private List<string> Warnings()
    {
        var warnings = new List<string>();
        if (TrackedChanges)
            warnings.Add("The document contains tracked changes; its text was imported as if all changes were accepted.");
        if (Comments > 0)
            warnings.Add(Count(Comments, "Word comment was", "Word comments were") + " not imported.");
        if (_fieldKinds.Count > 0)
        {
            var total = _fieldKinds.Values.Sum();
            warnings.Add($"{Count(total, "field was", "fields were")} imported as the text Word last displayed for them ({string.Join(", ", _fieldKinds.Keys)}).");
        }
        if (_tablesOfContents > 0)
            warnings.Add("The table of contents was replaced by a placeholder; it is rebuilt from the headings when exporting.");
        if (_nestedTables > 0)
            warnings.Add(Count(_nestedTables, "table inside a table cell was", "tables inside table cells were") + " flattened to text.");
        if (EndnotesImported)
            warnings.Add("Endnotes were imported as footnotes.");
        if (_missingNotes > 0)
            warnings.Add(Count(_missingNotes, "footnote reference to a note missing from the file was", "footnote references to notes missing from the file were") + " left out.");
        if (_unknownSymbols > 0)
            warnings.Add(Count(_unknownSymbols, "symbol-font character was", "symbol-font characters were") + " not recognised and imported as \uFFFD.");
        return warnings;
    }

    private static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
