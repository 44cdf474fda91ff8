import type { Block, FootnoteRefInline, Inline } from '../api/types';

/**
 * Element ids for footnote references, so that each reference has a unique anchor and each footnote
 * can link back to its first reference. Assigned in document order.
 */
export interface FootnoteRefIds {
  idOf(ref: FootnoteRefInline): string | undefined;
  firstRefOf(footnoteId: string): string | undefined;
}

function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'listItem':
    case 'quote':
      return [block.content];
    case 'table':
      return [block.header, ...block.rows].flatMap((row) => row.cells);
    case 'placeholder':
      return [];
  }
}

export const footnoteElementId = (footnoteId: string) => `fn-${footnoteId}`;

export function assignFootnoteRefIds(blocks: readonly Block[]): FootnoteRefIds {
  const ids = new Map<FootnoteRefInline, string>();
  const first = new Map<string, string>();
  const occurrences = new Map<string, number>();
  for (const block of blocks) {
    for (const inline of inlinesOf(block).flat()) {
      if (inline.type !== 'footnoteRef') continue;
      const occurrence = (occurrences.get(inline.footnoteId) ?? 0) + 1;
      occurrences.set(inline.footnoteId, occurrence);
      const id = `fnref-${inline.footnoteId}-${occurrence}`;
      ids.set(inline, id);
      if (!first.has(inline.footnoteId)) first.set(inline.footnoteId, id);
    }
  }
  return {
    idOf: (ref) => ids.get(ref),
    firstRefOf: (footnoteId) => first.get(footnoteId),
  };
}
