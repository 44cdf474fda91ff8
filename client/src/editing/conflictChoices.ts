import type { EditConflict } from './types';

/** How a person settles a conflict: their text, the other text, or a text they combined themselves. */
export type ConflictChoice = { kind: 'mine' } | { kind: 'theirs' } | { kind: 'combined'; text: string };

export interface ConflictResolution {
  /** The text the editor continues with. */
  text: string;
  /** Whether that text must be saved on top of the latest version (taking the other text needs no save). */
  save: boolean;
}

/** The text to continue with and whether to save it; nothing is overwritten without the person choosing so. */
export function resolveConflict(choice: ConflictChoice, conflict: EditConflict): ConflictResolution {
  switch (choice.kind) {
    case 'mine':
      return { text: conflict.mine, save: conflict.mine !== conflict.theirs };
    case 'theirs':
      return { text: conflict.theirs, save: false };
    case 'combined':
      return { text: choice.text, save: choice.text !== conflict.theirs };
  }
}

/** Where a combined text starts: the person's own text, to which they add what they keep of the other. */
export const combinedStartingText = (conflict: EditConflict): string => conflict.mine;
