import { useCallback, useRef, useState } from 'react';
import type { Block } from '../api/types';
import { hubErrorMessage } from '../live/connectionState';
import { OfflineError, type LiveConnection } from '../live/LiveConnection';
import type { InsertBlockRequest, StructureResultView } from './types';

/** One structure change this person asked for, as the page reports it once it is stored. */
export type StructureChange =
  | { kind: 'inserted'; request: InsertBlockRequest }
  | { kind: 'deleted'; block: Block; focusBlockId: string | null }
  | { kind: 'moved'; block: Block; direction: 'up' | 'down' }
  | { kind: 'split'; block: Block }
  | { kind: 'merged'; block: Block };

export interface BlockStructure {
  /** A change is on its way to the server. */
  busy: boolean;
  /** The server's refusal, in its words, or the connection being down. */
  error: string | null;
  offline: boolean;
  insert(request: InsertBlockRequest): Promise<boolean>;
  remove(block: Block, focusBlockId: string | null): Promise<boolean>;
  move(block: Block, direction: 'up' | 'down', afterBlockId: string | null): Promise<boolean>;
  split(block: Block, offset: number): Promise<boolean>;
  mergeWithNext(block: Block): Promise<boolean>;
}

interface Options {
  documentId: string;
  live: LiveConnection | null;
  /** The change is stored as a new version. */
  onDone(result: StructureResultView, change: StructureChange): void;
  /** The server refused (the block changed meanwhile, or is gone): the page loads the document again. */
  onRefused(): void;
}

/**
 * Coordinators' structure changes over the hub. Each names the revision of the block as the page shows it, so
 * that a block changed meanwhile is refused rather than guessed at; one change at a time.
 */
export function useBlockStructure({ documentId, live, onDone, onRefused }: Options): BlockStructure {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [offline, setOffline] = useState(false);
  const running = useRef(false);
  const callbacks = useRef({ onDone, onRefused });
  callbacks.current = { onDone, onRefused };

  const run = useCallback(
    async (method: string, payload: object, change: StructureChange): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      try {
        if (live === null) throw new OfflineError();
        const result = await live.call<StructureResultView>(method, documentId, payload);
        setError(null);
        setOffline(false);
        callbacks.current.onDone(result, change);
        return true;
      } catch (failure) {
        const isOffline = failure instanceof OfflineError;
        setOffline(isOffline);
        setError(isOffline ? null : hubErrorMessage(failure));
        if (!isOffline) callbacks.current.onRefused();
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [documentId, live],
  );

  const insert = useCallback((request: InsertBlockRequest) => run('InsertBlock', request, { kind: 'inserted', request }), [run]);
  const remove = useCallback(
    (block: Block, focusBlockId: string | null) =>
      run('DeleteBlock', { blockId: block.id, revision: block.revision ?? '' }, { kind: 'deleted', block, focusBlockId }),
    [run],
  );
  const move = useCallback(
    (block: Block, direction: 'up' | 'down', afterBlockId: string | null) =>
      run('MoveBlock', { blockId: block.id, revision: block.revision ?? '', afterBlockId }, { kind: 'moved', block, direction }),
    [run],
  );
  const split = useCallback(
    (block: Block, offset: number) => run('SplitBlock', { blockId: block.id, revision: block.revision ?? '', offset }, { kind: 'split', block }),
    [run],
  );
  const mergeWithNext = useCallback(
    (block: Block) => run('MergeBlocks', { blockId: block.id, revision: block.revision ?? '' }, { kind: 'merged', block }),
    [run],
  );
  return { busy, error, offline, insert, remove, move, split, mergeWithNext };
}
