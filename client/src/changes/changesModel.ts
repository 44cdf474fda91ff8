import type { MarkName, RedlineBlock, RedlineSegment, Stamp } from '../api/redlineTypes';
import { ListNumbering } from '../document/listGrouping';

export type ChangesViewName = 'inline' | 'side' | 'list' | 'summary';
const viewNames: readonly ChangesViewName[] = ['inline', 'side', 'list', 'summary'];

export interface ChangesQuery {
  from?: string;
  to?: string;
  view: ChangesViewName;
}

export function parseChangesQuery(params: URLSearchParams): ChangesQuery {
  const view = params.get('view');
  const from = params.get('from');
  const to = params.get('to');
  return {
    view: viewNames.includes(view as ChangesViewName) ? (view as ChangesViewName) : 'inline',
    ...(from !== null && from !== '' && { from }),
    ...(to !== null && to !== '' && { to }),
  };
}

/** The changes page between two versions; the view is left out of the address when it is the inline redline. */
export function changesLink(documentId: string, query: Partial<ChangesQuery> = {}): string {
  const params = new URLSearchParams();
  if (query.from !== undefined) params.set('from', query.from);
  if (query.to !== undefined) params.set('to', query.to);
  if (query.view !== undefined && query.view !== 'inline') params.set('view', query.view);
  const search = params.toString();
  return `/documents/${encodeURIComponent(documentId)}/changes${search === '' ? '' : `?${search}`}`;
}

export type Side = 'old' | 'new';

/** The segments shown on one side: the old text leaves out insertions, the new text deletions. */
export function sideSegments(segments: readonly RedlineSegment[], side: Side): RedlineSegment[] {
  const hidden = side === 'old' ? 'Inserted' : 'Deleted';
  return segments.filter((segment) => segment.kind !== hidden);
}

/** A format change as the old version had it: its old marks and link. */
export function asOld(segment: RedlineSegment): RedlineSegment {
  if (segment.kind !== 'FormatChanged') return segment;
  const { marks: _marks, href: _href, oldMarks, oldHref, ...rest } = segment;
  return { ...rest, ...(oldMarks !== undefined && { marks: oldMarks }), ...(oldHref !== undefined && { href: oldHref }) };
}

export function plainText(segments: readonly RedlineSegment[], side: Side): string {
  return sideSegments(segments, side)
    .map((segment) => (segment.lineBreak ? ' ' : segment.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const segmentChanged = (segment: RedlineSegment) => segment.kind !== 'Equal';

/** A block worth listing as a change: moved, added, removed, retyped, or with changed words, marks or rows. */
export function isChange(block: RedlineBlock): boolean {
  if (block.change !== 'Unchanged' && block.change !== 'Changed') return true;
  return (
    block.kindChanged ||
    block.capped ||
    block.segments.some(segmentChanged) ||
    (block.rows ?? []).some((row) => row.change !== 'Unchanged' || row.cells.some((cell) => cell.some(segmentChanged)))
  );
}

/** Element ids of a change's place in the redline; a moved block has one where it was and one where it is. */
export const changeElementId = (block: Pick<RedlineBlock, 'blockId' | 'change'>) =>
  block.change === 'MovedAway' ? `moved-from-${block.blockId}` : `change-${block.blockId}`;
export const movedFromElementId = (blockId: string) => `moved-from-${blockId}`;
export const movedHereElementId = (blockId: string) => `change-${blockId}`;

export interface FormatChange {
  added: MarkName[];
  removed: MarkName[];
  link: 'added' | 'removed' | 'changed' | null;
}

export function formatChange(segment: Pick<RedlineSegment, 'marks' | 'oldMarks' | 'href' | 'oldHref'>): FormatChange {
  const now = segment.marks ?? [];
  const before = segment.oldMarks ?? [];
  const link =
    segment.href === segment.oldHref
      ? null
      : segment.oldHref === undefined
        ? 'added'
        : segment.href === undefined
          ? 'removed'
          : 'changed';
  return {
    added: now.filter((mark) => !before.includes(mark)),
    removed: before.filter((mark) => !now.includes(mark)),
    link,
  };
}

/** Heading text by block id, in the new wording (the old one for a deleted heading). */
export function sectionTitles(blocks: readonly RedlineBlock[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.change === 'MovedAway') continue;
    titles.set(block.blockId, plainText(block.segments, block.change === 'Deleted' ? 'old' : 'new'));
  }
  return titles;
}

const contextLength = 120;

function shorten(text: string): string {
  return text.length <= contextLength ? text : `${text.slice(0, contextLength - 1).trimEnd()}…`;
}

/** One line of the text before a change: the nearest earlier block with text, in its new wording. */
export function contextBefore(blocks: readonly RedlineBlock[], index: number): string | null {
  for (let at = index - 1; at >= 0; at--) {
    const block = blocks[at]!;
    if (block.change === 'MovedAway' || block.change === 'Deleted') continue;
    const text = plainText(block.segments, 'new');
    if (text !== '') return shorten(text);
  }
  return null;
}

export interface ListedChange {
  block: RedlineBlock;
  index: number;
  sectionTitle: string | null;
  context: string | null;
}

export function listChanges(blocks: readonly RedlineBlock[]): ListedChange[] {
  const titles = sectionTitles(blocks);
  return blocks.flatMap((block, index) =>
    isChange(block)
      ? [
          {
            block,
            index,
            sectionTitle: block.sectionId === undefined ? null : (titles.get(block.sectionId) ?? null),
            context: contextBefore(blocks, index),
          },
        ]
      : [],
  );
}

/** The next or previous change, wrapping around; from no current change, "next" is the first and "previous" the last. */
export function stepChange(current: number | null, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** The stamp that speaks for a block: its own, or the first of its changed segments. */
export function blockStamp(block: RedlineBlock): Stamp | undefined {
  return block.by ?? block.segments.find((segment) => segment.kind !== 'Equal' && segment.by !== undefined)?.by;
}

/** Groups neighbouring segments of the same kind by the same version, so one mark carries one stamp. */
export function groupSegments(segments: readonly RedlineSegment[]): RedlineSegment[][] {
  const groups: RedlineSegment[][] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (
      last !== undefined &&
      previous !== undefined &&
      previous.kind === segment.kind &&
      segment.kind !== 'FormatChanged' &&
      previous.by?.commitId === segment.by?.commitId
    ) {
      last.push(segment);
    } else {
      groups.push([segment]);
    }
  }
  return groups;
}

/** The automatic numbers of numbered list items in the older and in the newer version, by block id. */
export interface ListNumbers {
  old: ReadonlyMap<string, number>;
  new: ReadonlyMap<string, number>;
}

const inOldVersion = (block: RedlineBlock) => block.change !== 'Inserted' && block.change !== 'MovedHere';
const inNewVersion = (block: RedlineBlock) => block.change !== 'Deleted' && block.change !== 'MovedAway';

function numbersOf(blocks: readonly RedlineBlock[], side: Side): Map<string, number> {
  const numbering = new ListNumbering();
  const numbers = new Map<string, number>();
  for (const block of blocks) {
    if (!(side === 'old' ? inOldVersion(block) : inNewVersion(block))) continue;
    // A moved-away place holds no content of its own: its kind is the one its destination had before.
    const source = side === 'old' && block.change === 'MovedAway' ? (blocks.find((b) => b.blockId === block.blockId && b.change === 'MovedHere') ?? block) : block;
    const kind = side === 'old' ? (source.oldKind ?? source.kind) : source.kind;
    if (kind !== 'listItem') continue;
    const level = Math.max(0, Math.floor((side === 'old' ? (source.oldLevel ?? source.level) : source.level) ?? 0));
    const listKind = (side === 'old' ? (source.oldListKind ?? source.listKind) : source.listKind) ?? 'bulleted';
    const number = numbering.next(level, listKind);
    if (number !== null) numbers.set(block.blockId, number);
  }
  return numbers;
}

/**
 * Numbers each version gives its numbered items, counted the way the reader counts them. They come from the position
 * of an item, never from its text, so an item whose number changed only because others were added or removed before it
 * is not a change: it shows its new number and nothing else.
 */
export function listNumbers(blocks: readonly RedlineBlock[]): ListNumbers {
  return { old: numbersOf(blocks, 'old'), new: numbersOf(blocks, 'new') };
}

/** The number to show for a block on a side (null: the inline views, where only a deleted item shows its old number). */
export function numberShown(numbers: ListNumbers, block: RedlineBlock, side: Side | null): number | undefined {
  const useOld = side === 'old' || (side === null && (block.change === 'Deleted' || block.change === 'MovedAway'));
  return (useOld ? numbers.old : numbers.new).get(block.blockId);
}
