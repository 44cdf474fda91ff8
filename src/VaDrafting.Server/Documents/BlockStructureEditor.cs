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
/// Coordinators' changes of a document's structure: inserting, deleting, moving, splitting and joining blocks. Each
/// names the revision of the block it touches as the editor saw it; a block that changed meanwhile is refused rather
/// than guessed at. One commit per change, made on the version it was checked against.
/// </summary>
public sealed class BlockStructureEditor(IDocumentStore store, DocumentService documents, IDocumentEvents events, DocumentWriters writers)
{
    /// <summary>One change of the document at the latest version: the new document, the blocks it made or changed, the commit message.</summary>
    private sealed record Change(DraftDocument Document, IReadOnlyList<string> BlockIds, string Message);

    public Task<StructureResultView> InsertAsync(string documentId, InsertBlockRequest? request, Actor actor, CancellationToken cancellationToken)
    {
        if (request is null) throw new InvalidDraftingRequestException("An insert needs the kind and text of the new block.");
        var block = NewBlock(request);
        return ChangeAsync(documentId, actor, document =>
        {
            var inserted = BlockEdits.InsertAfter(document, request.AfterBlockId, block);
            var index = request.AfterBlockId is null ? 0 : inserted.Blocks.ToList().FindIndex(b => b.Id == request.AfterBlockId) + 1;
            var id = inserted.Blocks[index].Id;
            return new Change(inserted, [id], $"Insert a block in “{BlockEditor.SectionName(inserted, id)}” ({id})");
        }, cancellationToken);
    }

    public Task<StructureResultView> DeleteAsync(string documentId, DeleteBlockRequest? request, Actor actor, CancellationToken cancellationToken)
    {
        var (blockId, revision) = Named(request?.BlockId, request?.Revision);
        return ChangeAsync(documentId, actor, document =>
        {
            RequireRevision(document, blockId, revision);
            return new Change(BlockEdits.Delete(document, blockId), [blockId], $"Delete a block of “{BlockEditor.SectionName(document, blockId)}” ({blockId})");
        }, cancellationToken);
    }

    public Task<StructureResultView> MoveAsync(string documentId, MoveBlockRequest? request, Actor actor, CancellationToken cancellationToken)
    {
        var (blockId, revision) = Named(request?.BlockId, request?.Revision);
        return ChangeAsync(documentId, actor, document =>
        {
            RequireRevision(document, blockId, revision);
            var moved = BlockEdits.Move(document, blockId, request!.AfterBlockId);
            return new Change(moved, [blockId], $"Move a block to “{BlockEditor.SectionName(moved, blockId)}” ({blockId})");
        }, cancellationToken);
    }

    public Task<StructureResultView> SplitAsync(string documentId, SplitBlockRequest? request, Actor actor, CancellationToken cancellationToken)
    {
        var (blockId, revision) = Named(request?.BlockId, request?.Revision);
        return ChangeAsync(documentId, actor, document =>
        {
            RequireRevision(document, blockId, revision);
            var split = BlockEdits.Split(document, blockId, request!.Offset);
            var second = split.Blocks[split.Blocks.ToList().FindIndex(b => b.Id == blockId) + 1].Id;
            return new Change(split, [blockId, second], $"Split a block of “{BlockEditor.SectionName(document, blockId)}” ({blockId})");
        }, cancellationToken);
    }

    public Task<StructureResultView> MergeAsync(string documentId, MergeBlocksRequest? request, Actor actor, CancellationToken cancellationToken)
    {
        var (blockId, revision) = Named(request?.BlockId, request?.Revision);
        return ChangeAsync(documentId, actor, document =>
        {
            RequireRevision(document, blockId, revision);
            return new Change(BlockEdits.MergeWithNext(document, blockId), [blockId], $"Join a block of “{BlockEditor.SectionName(document, blockId)}” with the next ({blockId})");
        }, cancellationToken);
    }

    private async Task<StructureResultView> ChangeAsync(string documentId, Actor actor, Func<DraftDocument, Change> change, CancellationToken cancellationToken)
    {
        documents.RequireRole(documentId, actor, DocumentAction.EditText);
        await using (await writers.EnterAsync(documentId, cancellationToken))
        {
            for (var attempt = 1; ; attempt++)
            {
                var head = store.Resolve(documentId, "HEAD");
                var document = DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(documentId, head.CommitId, DocumentJson.DocumentPath) ?? []));
                var made = change(document);
                var changes = new Dictionary<string, byte[]?> { [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(made.Document)) };
                VersionInfo version;
                try
                {
                    version = await store.CommitAsync(documentId, head.CommitId, changes, actor.AsCommitAuthor(), made.Message, cancellationToken);
                }
                catch (StaleHeadException) when (attempt < BlockEditor.MaxAttempts)
                {
                    continue;
                }
                catch (StaleHeadException)
                {
                    throw new InvalidDraftingRequestException("The document kept changing while the change was saved; nothing was stored. Try again.");
                }
                foreach (var id in made.BlockIds.Where(id => made.Document.Blocks.Any(b => b.Id == id)))
                {
                    await events.BlockChangedAsync(documentId, version, made.Document, id);
                }
                await events.VersionAddedAsync(documentId, version, textChanged: true);
                return new StructureResultView(DocumentViewMapper.ToView(version), made.BlockIds);
            }
        }
    }

    private static (string BlockId, string Revision) Named(string? blockId, string? revision)
    {
        if (string.IsNullOrWhiteSpace(blockId)) throw new InvalidDraftingRequestException("Name the block to change (blockId).");
        if (string.IsNullOrWhiteSpace(revision)) throw new InvalidDraftingRequestException("Name the revision of the block you saw (revision).");
        return (blockId, revision);
    }

    private static void RequireRevision(DraftDocument document, string blockId, string revision)
    {
        var block = document.Blocks.FirstOrDefault(b => b.Id == blockId)
            ?? throw new BlockNotFoundException($"There is no block '{LiveSessions.Shorten(blockId)}' in the latest version of the document.");
        if (BlockRevision.Of(block) != revision)
            throw new InvalidDraftingRequestException($"Block '{blockId}' changed meanwhile; reload it and try again. Nothing was stored.");
    }

    private static Block NewBlock(InsertBlockRequest request)
    {
        var text = request.Text ?? "";
        if (text.Length > BlockEditor.MaxTextLength)
            throw new InvalidDraftingRequestException($"A block's text may have at most {BlockEditor.MaxTextLength:N0} characters; this one has {text.Length:N0}.");
        var content = InlineMarkdown.Parse(text);
        // The id is replaced by a fresh one on insertion.
        const string placeholderId = "new";
        return request.Kind switch
        {
            "heading" => new HeadingBlock(placeholderId, request.Level ?? 1, content),
            "paragraph" => new ParagraphBlock(placeholderId, content),
            "listItem" => new ListItemBlock(placeholderId, request.ListKind switch
            {
                "numbered" => ListKind.Numbered,
                "bulleted" or null => ListKind.Bulleted,
                _ => throw new InvalidDraftingRequestException("A list item's listKind is numbered or bulleted."),
            }, request.Level ?? 0, content),
            "quote" => new QuoteBlock(placeholderId, content),
            _ => throw new InvalidDraftingRequestException("A new block's kind is heading, paragraph, listItem or quote."),
        };
    }
}
