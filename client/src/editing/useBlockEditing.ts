import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { hubErrorMessage, type LiveState } from '../live/connectionState';
import { OfflineError, type LiveConnection } from '../live/LiveConnection';
import { getBlockSource } from './blockEndpoints';
import { resolveConflict, type ConflictChoice } from './conflictChoices';
import { sessionDraftStore } from './draftStore';
import { handleOutcome, hasUnsavedText, type EditNotice, type EditState } from './editOutcome';
import { SaveScheduler } from './saveScheduler';
import type { BlockChanged, EditConflict, EditResultView } from './types';

/** One block being edited, as the editor shows it. */
export interface EditSession {
  blockId: string;
  /** null while the block's source is loading. */
  state: EditState | null;
  saving: boolean;
  notice: EditNotice | 'offline' | null;
  /** A refusal of the server, in its words. */
  error: string | null;
  loadError: unknown;
  conflict: EditConflict | null;
}

export interface BlockEditing {
  session: EditSession | null;
  start(blockId: string): void;
  change(text: string): void;
  /** Save now: focus left the block. */
  flush(): void;
  finish(): void;
  resolve(choice: ConflictChoice): void;
  /** Another save reached the block being edited. */
  blockChanged(change: BlockChanged): void;
  /** Stops editing a block that is no longer in the document; its unsaved text stays stored unless dropped. */
  leave(blockId: string, dropDraft: boolean): void;
}

interface Options {
  documentId: string;
  live: LiveConnection | null;
  liveState: LiveState | null;
  enabled: boolean;
  /** A save of this person made a new version (its text needs no reload). */
  onVersionSaved(commitId: string): void;
}

/**
 * The coordinators' edit mode: one block at a time, saved through the hub once typing pauses or focus leaves,
 * kept in session storage until saved, and saved again once the connection returns.
 */
export function useBlockEditing({ documentId, live, liveState, enabled, onVersionSaved }: Options): BlockEditing {
  const [session, setSession] = useState<EditSession | null>(null);
  const current = useRef<EditSession | null>(null);
  const drafts = useMemo(() => sessionDraftStore(), []);
  const liveRef = useRef(live);
  liveRef.current = live;
  const onSaved = useRef(onVersionSaved);
  onSaved.current = onVersionSaved;

  const update = useCallback((next: EditSession | null) => {
    current.current = next;
    setSession(next);
  }, []);
  const patch = useCallback(
    (blockId: string, fields: Partial<EditSession>) => {
      const now = current.current;
      if (now === null || now.blockId !== blockId) return;
      update({ ...now, ...fields });
    },
    [update],
  );

  const keepDraft = useCallback(
    (state: EditState) => {
      if (hasUnsavedText(state)) drafts?.save(documentId, { blockId: state.blockId, text: state.text, baseCommitId: state.baseCommitId });
      else drafts?.remove(documentId, state.blockId);
    },
    [drafts, documentId],
  );

  const save = useCallback(async () => {
    const now = current.current;
    const connection = liveRef.current;
    if (now === null || now.state === null || now.conflict !== null || !hasUnsavedText(now.state)) return;
    const blockId = now.blockId;
    const sent = { text: now.state.text, baseCommitId: now.state.baseCommitId };
    patch(blockId, { saving: true, error: null });
    let result: EditResultView;
    try {
      if (connection === null) throw new OfflineError();
      result = await connection.call<EditResultView>('EditBlock', documentId, { blockId, ...sent });
    } catch (error) {
      const offline = error instanceof OfflineError;
      patch(blockId, { saving: false, notice: offline ? 'offline' : null, error: offline ? null : hubErrorMessage(error) });
      return;
    }
    if (result.version) onSaved.current(result.version.commitId);
    const latest = current.current;
    if (latest === null || latest.blockId !== blockId || latest.state === null) {
      // The person moved on to another block while this one was saved.
      if (result.outcome !== 'Conflict' && drafts?.load(documentId, blockId)?.text === sent.text) drafts.remove(documentId, blockId);
      return;
    }
    const handled = handleOutcome(latest.state, sent, result);
    keepDraft(handled.state);
    patch(blockId, { state: handled.state, saving: false, notice: handled.notice, error: null, conflict: handled.conflict });
    if (handled.notice !== 'conflict' && hasUnsavedText(handled.state)) scheduler.current?.changed();
  }, [documentId, drafts, keepDraft, patch]);

  const scheduler = useRef<SaveScheduler | null>(null);
  useEffect(() => {
    const created = new SaveScheduler(save);
    scheduler.current = created;
    return () => created.dispose();
  }, [save]);

  const load = useCallback(
    async (blockId: string) => {
      try {
        const source = await getBlockSource(documentId, blockId);
        const draft = drafts?.load(documentId, blockId) ?? null;
        const state: EditState = {
          blockId,
          text: draft?.text ?? source.text,
          baseCommitId: draft?.baseCommitId ?? source.commitId,
          savedText: source.text,
        };
        patch(blockId, { state });
        if (hasUnsavedText(state)) void scheduler.current?.flush();
      } catch (error) {
        patch(blockId, { loadError: error });
      }
    },
    [documentId, drafts, patch],
  );

  const start = useCallback(
    (blockId: string) => {
      if (!enabled || current.current?.blockId === blockId) return;
      void scheduler.current?.flush();
      update({ blockId, state: null, saving: false, notice: null, error: null, loadError: null, conflict: null });
      void load(blockId);
    },
    [enabled, load, update],
  );

  const change = useCallback(
    (text: string) => {
      const now = current.current;
      if (now === null || now.state === null) return;
      const state = { ...now.state, text };
      keepDraft(state);
      update({ ...now, state, notice: null });
      scheduler.current?.changed();
    },
    [keepDraft, update],
  );

  const flush = useCallback(() => void scheduler.current?.flush(), []);

  const finish = useCallback(() => {
    void (async () => {
      await scheduler.current?.flush();
      const now = current.current;
      // An edit that could not be saved stays open (and stored) until it is.
      if (now === null || now.conflict !== null || (now.state !== null && hasUnsavedText(now.state))) return;
      update(null);
    })();
  }, [update]);

  const resolve = useCallback(
    (choice: ConflictChoice) => {
      const now = current.current;
      if (now === null || now.conflict === null) return;
      const blockId = now.blockId;
      const conflict = now.conflict;
      void (async () => {
        try {
          // The choice is saved on top of the latest version, read again now.
          const source = await getBlockSource(documentId, blockId);
          const resolution = resolveConflict(choice, { ...conflict, theirs: source.text });
          const state: EditState = { blockId, text: resolution.text, baseCommitId: source.commitId, savedText: source.text };
          keepDraft(state);
          patch(blockId, { state, conflict: null, notice: null, error: null });
          if (resolution.save) void scheduler.current?.flush();
        } catch (error) {
          patch(blockId, { error: hubErrorMessage(error) });
        }
      })();
    },
    [documentId, keepDraft, patch],
  );

  const blockChanged = useCallback(
    (changed: BlockChanged) => {
      const now = current.current;
      if (now === null || now.blockId !== changed.blockId || now.state === null || now.saving) return;
      if (hasUnsavedText(now.state) || now.state.baseCommitId === changed.version.commitId) return;
      // Nothing typed since the last save: follow the other person's change.
      void load(changed.blockId);
    },
    [load],
  );

  const leave = useCallback(
    (blockId: string, dropDraft: boolean) => {
      if (dropDraft) drafts?.remove(documentId, blockId);
      if (current.current?.blockId === blockId) update(null);
    },
    [drafts, documentId, update],
  );

  // The connection is back: save what waited for it.
  useEffect(() => {
    if (liveState !== 'connected' && liveState !== 'reconnected') return;
    const now = current.current;
    if (now?.state != null && hasUnsavedText(now.state)) void scheduler.current?.flush();
  }, [liveState]);

  // An edit left unsaved in this tab (the page was reloaded before the connection returned) opens again.
  const restored = useRef(false);
  useEffect(() => {
    if (!enabled || restored.current) return;
    restored.current = true;
    const waiting = drafts?.list(documentId)[0];
    if (waiting !== undefined) start(waiting.blockId);
  }, [enabled, drafts, documentId, start]);

  return { session, start, change, flush, finish, resolve, blockChanged, leave };
}
