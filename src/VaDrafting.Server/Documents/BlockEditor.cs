using System.Collections.Concurrent;
using System.Text;
using VaDrafting.Core.Access;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Serialization;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Live;
using VaDrafting.Storage;

namespace VaDrafting.Server.Documents;

/// <summary>
/// Coordinators' edits of one block's text. An edit names the version it started from; the block at that version is
/// the ancestor of a three-way merge with the block at the latest version (<see cref="BlockMerge"/>), so edits of other
/// words made meanwhile are kept and edits of the same words are reported, not overwritten. Edits of one document are
/// made one at a time, and each commit is a compare-and-swap on the version it merged with: a commit made meanwhile
/// by another part of the service makes the edit merge again.
/// </summary>
public sealed class BlockEditor(IDocumentStore store, DocumentService documents, IDocumentEvents events, DocumentWriters writers)
{
    /// <summary>The longest text a block may be given, in UTF-16 code units.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>How many times an edit merges again when the document changed between reading and committing.</summary>
    public const int MaxAttempts = 5;

    private const int MaxSectionNameLength = 80;

    // The text of each document's version read last: an edit reads its base and the head, which are usually the same
    // version, and the next edit of the same person starts from the version this one made. Versions never change.
    private readonly ConcurrentDictionary<string, (string CommitId, DraftDocument Content)> _lastRead = new(StringComparer.Ordinal);

    /// <summary>The text block <paramref name="blockId"/> at the latest version, for a coordinator to edit.</summary>
    public BlockSourceView Read(string documentId, string blockId, Actor actor)
    {
        documents.RequireRole(documentId, actor, DocumentAction.EditText);
        var head = store.Resolve(documentId, "HEAD");
        var block = FindBlock(ReadContent(documentId, head.CommitId), blockId)
            ?? throw new BlockNotFoundException($"There is no block '{Shorten(blockId)}' in the latest version of the document.");
        var content = TextContent(block)
            ?? throw new InvalidDraftingRequestException($"Block '{block.Id}' is a {DocumentViewMapper.KindName(block)}; only headings, paragraphs, list items and quotes are edited as text.");
        return new BlockSourceView(block.Id, DocumentViewMapper.KindName(block), DocumentViewMapper.LevelOf(block), DocumentViewMapper.ListKindOf(block), InlineMarkdown.Write(content), BlockRevision.Of(block), head.CommitId);
    }

    /// <summary>Stores <paramref name="request"/>'s text in its block, merged with what changed since its base version.</summary>
    public async Task<EditResultView> EditAsync(string documentId, BlockEditRequest? request, Actor actor, CancellationToken cancellationToken)
    {
        documents.RequireRole(documentId, actor, DocumentAction.EditText);
        var (blockId, baseCommitId, text) = Validated(request);
        var baseVersion = ResolveBase(documentId, baseCommitId);
        var baseDocument = ReadContent(documentId, baseVersion.CommitId);
        var ancestor = FindBlock(baseDocument, blockId)
            ?? throw new BlockNotFoundException($"There is no block '{Shorten(blockId)}' in the version the edit started from.");
        var mine = FindBlock(BlockEdits.ReplaceContent(baseDocument, blockId, InlineMarkdown.Parse(text)), blockId)!;

        await using (await writers.EnterAsync(documentId, cancellationToken))
        {
            for (var attempt = 1; ; attempt++)
            {
                var head = store.Resolve(documentId, "HEAD");
                var headDocument = ReadContent(documentId, head.CommitId);
                var theirs = FindBlock(headDocument, blockId)
                    ?? throw new BlockNotFoundException($"Block '{blockId}' was deleted meanwhile; nothing was stored.");
                var decision = Decide(ancestor, mine, theirs);
                if (decision.Outcome is EditOutcome.Conflict or EditOutcome.Unchanged) return Answer(decision, theirs, null);

                var updated = BlockEdits.ReplaceContent(headDocument, blockId, TextContent(decision.Block)!);
                var changes = new Dictionary<string, byte[]?> { [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(updated)) };
                VersionInfo version;
                try
                {
                    version = await store.CommitAsync(documentId, head.CommitId, changes, actor.AsCommitAuthor(), Message(headDocument, blockId), cancellationToken);
                }
                catch (StaleHeadException) when (attempt < MaxAttempts)
                {
                    continue;
                }
                catch (StaleHeadException)
                {
                    throw new InvalidDraftingRequestException("The document kept changing while the edit was saved; nothing was stored. Try again.");
                }
                // What was written is what that version reads as (Parse(Write(d)) == d): the next edit starts from it unparsed.
                _lastRead[documentId] = (version.CommitId, updated);
                // BlockChanged stands for the version as well: one message per reader per edit.
                await events.BlockChangedAsync(documentId, version, updated, blockId);
                return Answer(decision, FindBlock(updated, blockId)!, version);
            }
        }
    }

    private sealed record Decision(EditOutcome Outcome, Block Block, EditConflictView? Conflict);

    private static Decision Decide(Block ancestor, Block mine, Block theirs)
    {
        if (mine.Equals(theirs)) return new Decision(EditOutcome.Unchanged, theirs, null);
        if (theirs.Equals(ancestor)) return new Decision(EditOutcome.Saved, mine, null);
        return BlockMerge.Merge(ancestor, mine, theirs) switch
        {
            BlockMergeResult.Clean clean when clean.Block.Equals(theirs) => new Decision(EditOutcome.Unchanged, theirs, null),
            BlockMergeResult.Clean clean => new Decision(EditOutcome.Merged, clean.Block, null),
            BlockMergeResult.Conflict conflict => new Decision(EditOutcome.Conflict, theirs, new EditConflictView(
                conflict.Reason.ToString(), TextOf(ancestor), TextOf(mine), TextOf(theirs),
                [.. conflict.Regions.Select(r => new ConflictRegionView(r.AncestorOffset, r.Ancestor, r.Mine, r.Theirs))])),
            _ => throw new InvalidOperationException("Unknown block merge outcome."),
        };
    }

    private static EditResultView Answer(Decision decision, Block stored, VersionInfo? version) =>
        new(decision.Outcome, stored.Id, BlockRevision.Of(stored), TextOf(stored), version is null ? null : DocumentViewMapper.ToView(version), decision.Conflict);

    private static (string BlockId, string BaseCommitId, string Text) Validated(BlockEditRequest? request)
    {
        if (request is null) throw new InvalidDraftingRequestException("An edit needs a block id, the version it started from and the new text.");
        if (string.IsNullOrWhiteSpace(request.BlockId)) throw new InvalidDraftingRequestException("An edit needs the id of the block it changes.");
        if (string.IsNullOrWhiteSpace(request.BaseCommitId)) throw new InvalidDraftingRequestException("An edit needs the version it started from (baseCommitId).");
        if (request.Text is null) throw new InvalidDraftingRequestException("An edit needs the block's new text.");
        if (request.Text.Length > MaxTextLength)
            throw new InvalidDraftingRequestException($"A block's text may have at most {MaxTextLength:N0} characters; this one has {request.Text.Length:N0}.");
        return (request.BlockId, request.BaseCommitId, request.Text);
    }

    /// <summary>The base must be a full commit id of this document: a tag, "HEAD" or an abbreviation could name another version later.</summary>
    private VersionInfo ResolveBase(string documentId, string baseCommitId)
    {
        var unknown = new InvalidDraftingRequestException($"The version '{Shorten(baseCommitId)}' the edit started from is not a version of this document; reload the document.");
        if (baseCommitId.Length != 40 || !baseCommitId.All(char.IsAsciiHexDigitLower)) throw unknown;
        try
        {
            var version = store.Resolve(documentId, baseCommitId);
            return version.CommitId == baseCommitId ? version : throw unknown;
        }
        catch (VersionNotFoundException)
        {
            throw unknown;
        }
    }

    private DraftDocument ReadContent(string documentId, string commitId)
    {
        if (_lastRead.TryGetValue(documentId, out var last) && last.CommitId == commitId) return last.Content;
        var content = DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(documentId, commitId, DocumentJson.DocumentPath) ?? []));
        _lastRead[documentId] = (commitId, content);
        return content;
    }

    private static Block? FindBlock(DraftDocument document, string blockId) => document.Blocks.FirstOrDefault(b => b.Id == blockId);

    /// <summary>"Edit “Section” (blockId)".</summary>
    private static string Message(DraftDocument document, string blockId) => $"Edit “{SectionName(document, blockId)}” ({blockId})";

    /// <summary>The heading the block belongs to (or is), as plain text for a commit message; "Opening" before the first heading.</summary>
    internal static string SectionName(DraftDocument document, string blockId)
    {
        var index = document.Blocks.ToList().FindIndex(b => b.Id == blockId);
        var heading = document.Blocks.Take(index + 1).OfType<HeadingBlock>().LastOrDefault();
        var section = heading is null ? "Opening" : PlainText(heading.Content);
        if (section.Length == 0) section = "Untitled section";
        return section.Length > MaxSectionNameLength ? section[..(MaxSectionNameLength - 1)].TrimEnd() + "…" : section;
    }

    private static string PlainText(InlineContent content) =>
        string.Concat(content.Select(inline => inline switch { TextInline text => text.Text, LineBreakInline => " ", _ => "" })).Trim();

    private static InlineContent? TextContent(Block block) => block switch
    {
        HeadingBlock heading => heading.Content,
        ParagraphBlock paragraph => paragraph.Content,
        ListItemBlock item => item.Content,
        QuoteBlock quote => quote.Content,
        _ => null,
    };

    private static string TextOf(Block block) => TextContent(block) is { } content ? InlineMarkdown.Write(content) : "";

    private static string Shorten(string text) => LiveSessions.Shorten(text);
}
