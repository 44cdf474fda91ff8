import { useCallback, useMemo, useRef, useState } from 'react';
import type { Block, DocumentView } from '../api/types';
import type { BlockChanged } from './types';

/** Replaces blocks by id, keeping every other block and the order. */
export function withBlocks(blocks: readonly Block[], updates: ReadonlyMap<string, Block>): Block[] {
  return updates.size === 0 ? [...blocks] : blocks.map((block) => updates.get(block.id) ?? block);
}

/**
 * Whether a changed block can be shown by replacing it where it is: it is on the page already, after the same
 * block, and the document has as many blocks as the page. Otherwise the change inserted, split, joined or moved
 * blocks (or the page missed a change) and the text must be loaded again.
 */
export function fitsInPlace(blocks: readonly Pick<Block, 'id'>[], change: BlockChanged): boolean {
  const block = change.block;
  if (block == null || block.id !== change.blockId) return false;
  const index = blocks.findIndex((candidate) => candidate.id === change.blockId);
  if (index < 0) return false;
  // An older server does not say where the block sits: only its id can be checked.
  if (change.blockCount === undefined || change.blockCount === 0) return true;
  return blocks.length === change.blockCount && (blocks[index - 1]?.id ?? null) === (change.afterBlockId ?? null);
}

/** What became of a block change: shown in place, the text must be loaded again, or the page already has (or reloads for) it. */
export type BlockChangeResult = 'inPlace' | 'reload' | 'known';

export interface BlockUpdates {
  /** The loaded document with the blocks saved since. */
  view: DocumentView;
  /** Shows a saved block in place when it fits there; otherwise says whether the text must be loaded again. */
  apply(change: BlockChanged): BlockChangeResult;
  /** A version whose text change is already on the page, or is being loaded. */
  markApplied(commitId: string): void;
  wasApplied(commitId: string): boolean;
}

/** Blocks changed over the hub since the document was loaded; a fresh load starts again from the server's text. */
export function useBlockUpdates(loaded: DocumentView): BlockUpdates {
  const [updates, setUpdates] = useState<{ source: DocumentView; blocks: Map<string, Block> }>({ source: loaded, blocks: new Map() });
  const applied = useRef(new Set<string>());
  const current = updates.source === loaded ? updates.blocks : new Map<string, Block>();
  const view = useMemo(() => (current.size === 0 ? loaded : { ...loaded, blocks: withBlocks(loaded.blocks, current) }), [loaded, current]);
  const shownBlocks = useRef(view.blocks);
  shownBlocks.current = view.blocks;

  const markApplied = useCallback((commitId: string) => void applied.current.add(commitId), []);
  const wasApplied = useCallback((commitId: string) => applied.current.has(commitId), []);
  const apply = useCallback(
    (change: BlockChanged): BlockChangeResult => {
      const commitId = change.version.commitId;
      const block = change.block;
      if (block == null || !fitsInPlace(shownBlocks.current, change)) {
        if (applied.current.has(commitId)) return 'known';
        applied.current.add(commitId);
        return 'reload';
      }
      applied.current.add(commitId);
      setUpdates((previous) => {
        const blocks = new Map(previous.source === loaded ? previous.blocks : []);
        blocks.set(block.id, block);
        return { source: loaded, blocks };
      });
      return 'inPlace';
    },
    [loaded],
  );
  return { view, apply, markApplied, wasApplied };
}
