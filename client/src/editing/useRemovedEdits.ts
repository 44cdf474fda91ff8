import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../api/types';
import { sessionDraftStore, type DraftStore } from './draftStore';
import { hasUnsavedText } from './editOutcome';
import type { InsertBlockRequest } from './types';
import type { EditSession } from './useBlockEditing';

/** Unsaved text of a block that someone else removed while it was being edited here. */
export interface RemovedEdit {
  blockId: string;
  text: string;
  /** The block that came before it, where it was last seen (null when it was first). */
  afterBlockId: string | null;
}

export interface RemovedEdits {
  removed: readonly RemovedEdit[];
  /** Inserts the text as a new paragraph where the block was (at the top when that place is gone). */
  addBack(edit: RemovedEdit): Promise<boolean>;
  /** Forgets the text, also in the tab's stored drafts. */
  discard(edit: RemovedEdit): void;
}

interface Options {
  documentId: string;
  /** The blocks the page shows. */
  blocks: readonly Block[];
  /** The page shows the latest version (only there can a block be missing because it was removed). */
  active: boolean;
  session: EditSession | null;
  /** Ends the edit of a block; its stored draft is dropped when asked. */
  leave(blockId: string, dropDraft: boolean): void;
  insert(request: InsertBlockRequest): Promise<boolean>;
  drafts?: DraftStore | null;
}

/**
 * Watches the block being edited: when it is no longer in the document (deleted or merged away by someone
 * else), the edit ends and its unsaved text is kept here, to be added back or discarded by the person.
 */
export function useRemovedEdits({ documentId, blocks, active, session, leave, insert, drafts: given }: Options): RemovedEdits {
  const drafts = useMemo(() => (given !== undefined ? given : sessionDraftStore()), [given]);
  const [removed, setRemoved] = useState<RemovedEdit[]>([]);
  const lastSeen = useRef<{ blockId: string; afterBlockId: string | null } | null>(null);

  useEffect(() => {
    if (!active || session === null) return;
    const blockId = session.blockId;
    const index = blocks.findIndex((block) => block.id === blockId);
    if (index >= 0) {
      lastSeen.current = { blockId, afterBlockId: blocks[index - 1]?.id ?? null };
      return;
    }
    // While the block's text is loading, only the stored draft knows what was typed.
    const text =
      session.state !== null ? (hasUnsavedText(session.state) ? session.state.text : null) : (drafts?.load(documentId, blockId)?.text ?? null);
    const afterBlockId = lastSeen.current?.blockId === blockId ? lastSeen.current.afterBlockId : null;
    leave(blockId, text === null);
    if (text === null) return;
    setRemoved((list) => [...list.filter((edit) => edit.blockId !== blockId), { blockId, text, afterBlockId }]);
  }, [active, blocks, session, leave, drafts, documentId]);

  const forget = useCallback(
    (edit: RemovedEdit) => {
      drafts?.remove(documentId, edit.blockId);
      setRemoved((list) => list.filter((candidate) => candidate.blockId !== edit.blockId));
    },
    [drafts, documentId],
  );

  const blocksRef = useRef(blocks);
  blocksRef.current = blocks;
  const addBack = useCallback(
    async (edit: RemovedEdit) => {
      const afterBlockId =
        edit.afterBlockId !== null && blocksRef.current.some((block) => block.id === edit.afterBlockId) ? edit.afterBlockId : null;
      const stored = await insert({ afterBlockId, kind: 'paragraph', text: edit.text });
      if (stored) forget(edit);
      return stored;
    },
    [insert, forget],
  );

  return { removed, addBack, discard: forget };
}
