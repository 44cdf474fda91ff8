import { createContext, useContext, type ReactNode } from 'react';
import type { Block } from '../api/types';

/** The structure controls of each block (coordinators on the latest version). */
export interface StructureHooks {
  /** The blocks in their order, to know what can move or join. */
  blocks: readonly Block[];
  /** A change is on its way: the controls wait. */
  busy: boolean;
  /** The block whose structure buttons are shown (one at a time, to keep the page light). */
  arrangingBlockId: string | null;
  toggleArrange(blockId: string): void;
  move(block: Block, direction: 'up' | 'down'): void;
  /** Asks for confirmation first. */
  requestDelete(block: Block): void;
  mergeWithNext(block: Block): void;
  /** Where the form for a new block is open: after a block, at the top (null), or nowhere (undefined). */
  insertingAfter: string | null | undefined;
  openInsert(afterBlockId: string | null): void;
  /** The form for a new block. */
  inserter(afterBlockId: string | null): ReactNode;
}

/** What the document body needs for edit mode: present on the latest version; editing itself only for coordinators. */
export interface BlockEditingHooks {
  canEdit: boolean;
  /** The block edited in this tab, if any. */
  editingBlockId: string | null;
  start(blockId: string): void;
  /** The editor of the block edited in this tab. */
  editor(block: Block): ReactNode;
  /** Names of the others editing a block, from presence. */
  editorsOf(blockId: string): readonly string[];
  /** Adding, moving, joining and deleting blocks; absent where only text is edited. */
  structure?: StructureHooks;
}

export const BlockEditingContext = createContext<BlockEditingHooks | null>(null);

export const useBlockEditingHooks = () => useContext(BlockEditingContext);

/** Names of the others editing each block (the soft lock), from the presence list. */
export function othersEditing(
  present: readonly { userId: string; name: string; editingBlockId?: string | null }[],
  selfUserId: string,
): Map<string, string[]> {
  const byBlock = new Map<string, string[]>();
  for (const person of present) {
    if (person.userId === selfUserId || person.editingBlockId == null) continue;
    byBlock.set(person.editingBlockId, [...(byBlock.get(person.editingBlockId) ?? []), person.name]);
  }
  return byBlock;
}
