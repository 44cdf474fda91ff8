import { createContext, useContext, type ReactNode } from 'react';
import type { Block } from '../api/types';

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
