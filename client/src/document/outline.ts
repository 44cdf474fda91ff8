import type { Block } from '../api/types';
import { plainText } from './inlines';

export interface OutlineEntry {
  id: string;
  level: number;
  text: string;
  children: OutlineEntry[];
}

/** The document's headings as a tree: each heading holds the deeper headings that follow it. Empty headings are left out. */
export function buildOutline(blocks: readonly Block[]): OutlineEntry[] {
  const roots: OutlineEntry[] = [];
  const path: OutlineEntry[] = [];
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const text = plainText(block.content);
    if (text === '') continue;
    const entry: OutlineEntry = { id: block.id, level: block.level, text, children: [] };
    while (path.length > 0 && path[path.length - 1]!.level >= entry.level) path.pop();
    const parent = path.at(-1);
    if (parent !== undefined) parent.children.push(entry);
    else roots.push(entry);
    path.push(entry);
  }
  return roots;
}

/** Ids of every outline entry in document order. */
export function outlineIds(entries: readonly OutlineEntry[]): string[] {
  return entries.flatMap((entry) => [entry.id, ...outlineIds(entry.children)]);
}
