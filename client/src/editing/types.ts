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
  /** The block before it at that version (null when first); with blockCount, tells a text edit from a structure change. */
  afterBlockId?: string | null;
  /** How many blocks the document has at that version (0 or absent from an older server). */
  blockCount?: number;
}

/** What the hub's structure methods answer: the new version and the blocks made or changed. */
export interface StructureResultView {
  version: VersionInfo;
  blockIds: string[];
}

export type NewBlockKind = 'paragraph' | 'heading' | 'listItem';

/** InsertBlock's request. */
export interface InsertBlockRequest {
  afterBlockId: string | null;
  kind: NewBlockKind;
  level?: number | null;
  listKind?: 'bulleted' | 'numbered' | null;
  text: string;
}

/** Block kinds edited as one line of inline Markdown. */
export const editableBlockTypes: ReadonlySet<Block['type']> = new Set(['heading', 'paragraph', 'listItem', 'quote']);

export const isEditableBlock = (block: Block): boolean => editableBlockTypes.has(block.type);
