import { useCallback, useMemo, useRef, useState } from 'react';
import type { Block, DocumentView } from '../api/types';
import type { BlockChanged } from './types';

/** Replaces blocks by id, keeping every other block and the order. */
export function withBlocks(blocks: readonly Block[], updates: ReadonlyMap<string, Block>): Block[] {
  return updates.size === 0 ? [...blocks] : blocks.map((block) => updates.get(block.id) ?? block);
}

export interface BlockUpdates {
  /** The loaded document with the blocks saved since. */
  view: DocumentView;
  /** Shows a saved block in place; false when the change does not carry the block (the text must be loaded again). */
  apply(change: BlockChanged): boolean;
  /** A version whose text change is already on the page. */
  markApplied(commitId: string): void;
  wasApplied(commitId: string): boolean;
}

/** Blocks changed over the hub since the document was loaded; a fresh load starts again from the server's text. */
export function useBlockUpdates(loaded: DocumentView): BlockUpdates {
  const [updates, setUpdates] = useState<{ source: DocumentView; blocks: Map<string, Block> }>({ source: loaded, blocks: new Map() });
  const applied = useRef(new Set<string>());
  const current = updates.source === loaded ? updates.blocks : new Map<string, Block>();
  const view = useMemo(() => (current.size === 0 ? loaded : { ...loaded, blocks: withBlocks(loaded.blocks, current) }), [loaded, current]);

  const markApplied = useCallback((commitId: string) => void applied.current.add(commitId), []);
  const wasApplied = useCallback((commitId: string) => applied.current.has(commitId), []);
  const apply = useCallback(
    (change: BlockChanged) => {
      const block = change.block;
      if (block == null || block.id !== change.blockId) return false;
      applied.current.add(change.version.commitId);
      setUpdates((previous) => {
        const blocks = new Map(previous.source === loaded ? previous.blocks : []);
        blocks.set(block.id, block);
        return { source: loaded, blocks };
      });
      return true;
    },
    [loaded],
  );
  return { view, apply, markApplied, wasApplied };
}
