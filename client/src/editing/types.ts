/** Shapes of the edit pipeline: `GET …/blocks/{blockId}` and the hub's EditBlock and BlockChanged. */
import type { Block, VersionInfo } from '../api/types';

export interface BlockSourceView {
  blockId: string;
  kind: string;
  level?: number | null;
  listKind?: string | null;
  /** The block's inline Markdown, as in document.md. */
  text: string;
  revision: string;
  /** The latest version the text was read at. */
  commitId: string;
}

export interface EditBlockRequest {
  blockId: string;
  baseCommitId: string;
  text: string;
}

export interface MergeConflictRegion {
  ancestorOffset: number;
  ancestor: string;
  mine: string;
  theirs: string;
}

export interface EditConflict {
  ancestor: string;
  mine: string;
  theirs: string;
  regions: MergeConflictRegion[];
}

export type EditOutcome = 'Saved' | 'Merged' | 'Unchanged' | 'Conflict';

export interface EditResultView {
  outcome: EditOutcome;
  blockId: string;
  revision: string;
  /** What is stored now; for a conflict, the text at the latest version. */
  text: string;
  version?: VersionInfo | null;
  conflict?: EditConflict | null;
}

export interface BlockChanged {
  blockId: string;
  revision: string;
  version: VersionInfo;
  block?: Block | null;
}

/** Block kinds edited as one line of inline Markdown. */
export const editableBlockTypes: ReadonlySet<Block['type']> = new Set(['heading', 'paragraph', 'listItem', 'quote']);

export const isEditableBlock = (block: Block): boolean => editableBlockTypes.has(block.type);
