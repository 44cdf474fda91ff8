import type { EditConflict, EditResultView } from './types';

/** Where an edit stands: the text in the editor, the version it builds on and the text the server holds there. */
export interface EditState {
  blockId: string;
  text: string;
  baseCommitId: string;
  /** The block's text at baseCommitId as the server stored it; the edit is unsaved while text differs. */
  savedText: string;
}

/** What was sent to the hub. */
export interface SentEdit {
  text: string;
  baseCommitId: string;
}

export type EditNotice = 'saved' | 'merged' | 'unchanged' | 'conflict';

export interface HandledOutcome {
  state: EditState;
  notice: EditNotice;
  conflict: EditConflict | null;
}

export const hasUnsavedText = (state: EditState): boolean => state.text !== state.savedText;

/**
 * The editor's state after the hub answered a save. Text typed while the save was under way is kept. When
 * the server merged in another change and more was typed meanwhile, the edit stays on its old base, so that
 * the next save merges again from there and loses neither change.
 */
export function handleOutcome(state: EditState, sent: SentEdit, result: EditResultView): HandledOutcome {
  const typedMeanwhile = state.text !== sent.text;
  const newBase = result.version?.commitId ?? sent.baseCommitId;
  switch (result.outcome) {
    case 'Saved':
      return {
        state: { ...state, baseCommitId: newBase, savedText: result.text, text: typedMeanwhile ? state.text : result.text },
        notice: 'saved',
        conflict: null,
      };
    case 'Merged':
      return {
        state: typedMeanwhile
          ? { ...state, baseCommitId: sent.baseCommitId }
          : { ...state, baseCommitId: newBase, savedText: result.text, text: result.text },
        notice: 'merged',
        conflict: null,
      };
    case 'Unchanged':
      return {
        state: typedMeanwhile ? state : { ...state, savedText: result.text, text: result.text },
        notice: 'unchanged',
        conflict: null,
      };
    case 'Conflict':
      return {
        state,
        notice: 'conflict',
        conflict: result.conflict ?? { ancestor: state.savedText, mine: sent.text, theirs: result.text, regions: [] },
      };
  }
}
