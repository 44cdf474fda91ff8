using System.Text.RegularExpressions;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Storage.History;

/// <summary>An attributed redline and, for each commit that recorded a decision, the one thread that commit changed.</summary>
public sealed record AttributedRedline(Redline Redline, IReadOnlyDictionary<string, string> DecisionThreads);

/// <summary>
/// Attribution of a redline through <see cref="IBlockHistoryIndex"/>: the changed blocks' lines are read at the commits
/// that touched them between the two versions and replayed by <see cref="RedlineAttribution"/>. When <c>from</c> is not
/// on <c>to</c>'s first-parent line (a comparison backwards) every change goes to the <c>to</c> version.
/// </summary>
public static partial class IndexedAttribution
{
    public static RevisionStamp Stamp(VersionInfo version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.CommitId, version.AuthorId, version.AuthorName, version.Organisation, version.When, version.Message);
    }

    /// <param name="documentAt">The parsed document at a commit id (callers cache it).</param>
    public static AttributedRedline Attribute(
        IBlockHistoryIndex index, string documentId, VersionInfo from, VersionInfo to, Redline redline, Func<string, DraftDocument> documentAt)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(redline);
        ArgumentNullException.ThrowIfNull(documentAt);
        var keys = ChangedKeys(redline);
        var range = index.Read(documentId, from.CommitId, to.CommitId, keys);
        var histories = new Dictionary<string, BlockHistory>(StringComparer.Ordinal);
        if (range.FromOnMainLine)
        {
            var fromDocument = documentAt(from.CommitId);
            var fromStamp = Stamp(from);
            foreach (var (key, changes) in range.Changes)
            {
                if (changes.Count == 0) continue;
                var versions = new List<BlockVersion> { new(fromStamp, BlockOf(fromDocument, key)) };
                versions.AddRange(changes.Select(change => new BlockVersion(
                    Stamp(range.Commits[change.CommitId].Version),
                    change.Line is null ? null : ParseLine(change.Line, key, () => documentAt(change.CommitId)))));
                histories[key] = new BlockHistory(key, versions);
            }
        }
        var attributed = RedlineAttribution.Attribute(redline, histories, Stamp(to));
        var decisions = range.Commits
            .Where(commit => commit.Value.ChangedThreadIds.Count == 1)
            .ToDictionary(commit => commit.Key, commit => commit.Value.ChangedThreadIds[0], StringComparer.Ordinal);
        return new AttributedRedline(attributed, decisions);
    }

    /// <summary>The history keys of every block and footnote the redline shows as changed.</summary>
    public static IReadOnlyList<string> ChangedKeys(Redline redline) =>
        redline.Blocks.Where(b => b.Change != BlockChange.Unchanged).Select(b => b.BlockId)
            .Concat(redline.Footnotes.Where(f => f.Change != BlockChange.Unchanged).Select(f => BlockHistoryKeys.Footnote(f.FootnoteId)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The block (or footnote, as a paragraph) a history key names in a document; null when absent.</summary>
    private static Block? BlockOf(DraftDocument document, string key) =>
        key.StartsWith(BlockHistoryKeys.FootnotePrefix, StringComparison.Ordinal)
            ? document.Footnotes.FirstOrDefault(f => f.Id == key[BlockHistoryKeys.FootnotePrefix.Length..]) is { } note
                ? new ParagraphBlock(note.Id, note.Content)
                : null
            : document.Blocks.FirstOrDefault(b => b.Id == key);

    /// <summary>
    /// A block from its stored line alone. Its footnote references get stand-in definitions so the line reads on its own;
    /// a line that still does not read alone is taken from the whole document of that commit.
    /// </summary>
    private static Block? ParseLine(string line, string key, Func<DraftDocument> wholeDocument)
    {
        try
        {
            var isFootnote = key.StartsWith(BlockHistoryKeys.FootnotePrefix, StringComparison.Ordinal);
            var text = isFootnote
                ? line
                : line + string.Concat(FootnoteReference().Matches(line).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
                    .Select(id => $"\n[^{id}]: -"));
            return BlockOf(DocumentMarkdown.Parse(text + "\n"), key) ?? BlockOf(wholeDocument(), key);
        }
        catch (DocumentFormatException)
        {
            return BlockOf(wholeDocument(), key);
        }
    }

    [GeneratedRegex(@"\[\^([a-z0-9]{1,64})\]")]
    private static partial Regex FootnoteReference();
}
