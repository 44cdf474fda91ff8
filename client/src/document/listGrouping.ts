import type { Block, ListItemBlock, ListKind } from '../api/types';

/** A list of one kind at one nesting level; `start` is the number of its first item (1 for bulleted lists). */
export interface ListNode {
  kind: ListKind;
  level: number;
  start: number;
  items: ListEntry[];
}

/** A list item with its automatic number (null for bullets) and the lists nested under it. */
export interface ListEntry {
  block: ListItemBlock;
  number: number | null;
  children: ListNode[];
}

export type BodyNode =
  | { type: 'block'; block: Exclude<Block, ListItemBlock> }
  | { type: 'list'; list: ListNode };

function normalisedLevel(level: number): number {
  return Number.isFinite(level) && level > 0 ? Math.floor(level) : 0;
}

/**
 * Numbers list items the way a treaty text is numbered: outermost numbered items run 1, 2, 3 …
 * through the whole document (headings and paragraphs in between do not restart them); a nested
 * level restarts whenever an item of a shallower level appears, i.e. within each parent.
 */
export class ListNumbering {
  private readonly counters: number[] = [];

  next(level: number, kind: ListKind): number | null {
    this.counters.length = Math.min(this.counters.length, level + 1);
    if (kind !== 'numbered') return null;
    const value = (this.counters[level] ?? 0) + 1;
    while (this.counters.length < level) this.counters.push(0);
    this.counters[level] = value;
    return value;
  }
}

/**
 * Groups consecutive list items into nested lists by level and kind, leaving other blocks as they are.
 * A change of kind at the same level starts a sibling list; a deeper item nests under the last item
 * of the shallower list; an item deeper than anything open after other content starts its own list.
 */
export function groupBlocks(blocks: readonly Block[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  const numbering = new ListNumbering();
  let open: ListNode[] = [];

  for (const block of blocks) {
    if (block.type !== 'listItem') {
      nodes.push({ type: 'block', block });
      open = [];
      continue;
    }
    const level = normalisedLevel(block.level);
    const entry: ListEntry = { block, number: numbering.next(level, block.listKind), children: [] };

    while (open.length > 0 && open[open.length - 1]!.level > level) open.pop();
    let top = open.at(-1);
    if (top !== undefined && top.level === level && top.kind === block.listKind) {
      top.items.push(entry);
      continue;
    }
    if (top !== undefined && top.level === level) {
      open.pop();
      top = open.at(-1);
    }
    const list: ListNode = { kind: block.listKind, level, start: entry.number ?? 1, items: [entry] };
    const parent = top?.items.at(-1);
    if (parent !== undefined) parent.children.push(list);
    else nodes.push({ type: 'list', list });
    open.push(list);
  }
  return nodes;
}
