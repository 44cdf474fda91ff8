/** Pure parts of the coordinators' structure changes: where a block moves to, where a block splits, what the controls say. */
import type { Block, Inline } from '../api/types';
import { plainText } from '../document/inlines';
import { isEditableBlock } from './types';

export type MoveDirection = 'up' | 'down';

/**
 * The afterBlockId for MoveBlock that moves <paramref name="blockId"/> one place up or down: the id of the block
 * it will follow, null for the top, undefined when it cannot move that way (already first or last, or unknown).
 */
export function moveTarget(blocks: readonly Pick<Block, 'id'>[], blockId: string, direction: MoveDirection): string | null | undefined {
  const index = blocks.findIndex((block) => block.id === blockId);
  if (index < 0) return undefined;
  if (direction === 'up') {
    if (index === 0) return undefined;
    return index === 1 ? null : blocks[index - 2]!.id;
  }
  return index === blocks.length - 1 ? undefined : blocks[index + 1]!.id;
}

/** Where focus goes once a block is deleted: the next block, else the one before, else nowhere. */
export function blockAfterDelete(blocks: readonly Pick<Block, 'id'>[], blockId: string): string | null {
  const index = blocks.findIndex((block) => block.id === blockId);
  if (index < 0) return null;
  return blocks[index + 1]?.id ?? blocks[index - 1]?.id ?? null;
}

/** A text block followed by another text block can take in the next one's text. */
export function canMergeWithNext(blocks: readonly Block[], blockId: string): boolean {
  const index = blocks.findIndex((block) => block.id === blockId);
  const next = blocks[index + 1];
  return index >= 0 && next !== undefined && isEditableBlock(blocks[index]!) && isEditableBlock(next);
}

/** The visible text exactly as the server counts offsets: text runs as they are, line breaks as "\n", footnote references left out. */
export function anchorText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'lineBreak' ? '\n' : '')).join('');
}

const previewLength = 40;

/** The start of a block's text, to name it in labels and confirmations. */
export function blockPreview(block: Block, length = previewLength): string {
  const text = 'content' in block ? plainText(block.content).trim() : '';
  return text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
}

/** One piece of inline Markdown: what it shows and where it sits in the source. */
interface Piece {
  start: number;
  end: number;
  visible: string;
}

const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const tagPattern = /^<\/?(b|i|u)>/i;
const breakPattern = /^<br\s*\/?>/i;
const entityPattern = /^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/;
const footnotePattern = /^\[\^[^\]\s]+\]/;
const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The end of a link's "](destination)" starting at <paramref name="at"/> (the "]"), or -1 when there is none. */
function linkTailEnd(source: string, at: number): number {
  if (source[at] !== ']' || source[at + 1] !== '(') return -1;
  let i = at + 2;
  if (source[i] === '<') {
    for (i++; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '>') break;
    }
    return source[i + 1] === ')' ? i + 2 : -1;
  }
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (c === ' ' || c === '\n') return -1;
  }
  return -1;
}

/**
 * Reads inline Markdown as the editor shows it (the syntax of document.md: **bold**, *italic*, ++underline++,
 * [words](address), [^footnote], <br>, <b>/<i>/<u>, backslash escapes and character references) into pieces.
 */
export function markdownPieces(source: string): Piece[] {
  const pieces: Piece[] = [];
  const openLinks: number[] = [];
  let i = 0;
  const push = (length: number, visible: string) => {
    pieces.push({ start: i, end: i + length, visible });
    i += length;
  };
  while (i < source.length) {
    const rest = source.slice(i);
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1]!)) {
      push(2, source[i + 1]!);
    } else if (c === '&' && entityPattern.test(rest)) {
      const match = entityPattern.exec(rest)!;
      const code = match[1] !== undefined ? Number(match[1]) : match[2] !== undefined ? parseInt(match[2], 16) : null;
      const named = match[3] !== undefined ? namedEntities[match[3]] : undefined;
      if (code !== null) push(match[0].length, String.fromCodePoint(code === 0 || code > 0x10ffff ? 0xfffd : code));
      else if (named !== undefined) push(match[0].length, named);
      else push(1, c);
    } else if (c === '*' || c === '~') {
      let length = 1;
      while (source[i + length] === c) length++;
      push(length, '');
    } else if (c === '+' && source[i + 1] === '+') {
      push(2, '');
    } else if (c === '_' && !(isWordCharacter(source[i - 1]) && isWordCharacter(source[i + 1]))) {
      push(1, '');
    } else if (c === '<' && breakPattern.test(rest)) {
      push(breakPattern.exec(rest)![0].length, '\n');
    } else if (c === '<' && tagPattern.test(rest)) {
      push(tagPattern.exec(rest)![0].length, '');
    } else if (c === '[' && footnotePattern.test(rest)) {
      push(footnotePattern.exec(rest)![0].length, '');
    } else if (c === '[') {
      openLinks.push(pieces.length);
      push(1, '');
    } else if (c === ']' && openLinks.length > 0 && linkTailEnd(source, i) > 0) {
      openLinks.pop();
      push(linkTailEnd(source, i) - i, '');
    } else if (c === '\r' && source[i + 1] === '\n') {
      push(2, '\n');
    } else {
      const code = source.codePointAt(i)!;
      push(code > 0xffff ? 2 : 1, String.fromCodePoint(code));
    }
  }
  // A "[" that opened no link is shown as it is.
  for (const index of openLinks) pieces[index] = { ...pieces[index]!, visible: '[' };
  return pieces;
}

/** The visible text of inline Markdown, as the server would store it (for the forms this editor writes). */
export function markdownPlainText(source: string): string {
  return markdownPieces(source)
    .map((piece) => piece.visible)
    .join('');
}

export type SplitPoint =
  | { kind: 'ok'; offset: number }
  /** The caret sits inside a piece of syntax (a link's address, "**", an escape…). */
  | { kind: 'insideMarkup' }
  /** At the very start or end, a split would leave an empty block. */
  | { kind: 'edge' };

/**
 * The offset SplitBlock expects for a caret at <paramref name="caret"/> of the editor's inline Markdown: the number
 * of visible characters before it (text as it is, line breaks as one character, footnote references and
 * formatting syntax as none).
 */
export function splitPoint(source: string, caret: number): SplitPoint {
  let offset = 0;
  for (const piece of markdownPieces(source)) {
    if (caret <= piece.start) break;
    if (caret < piece.end) return { kind: 'insideMarkup' };
    offset += piece.visible.length;
  }
  const length = markdownPlainText(source).length;
  return offset <= 0 || offset >= length ? { kind: 'edge' } : { kind: 'ok', offset };
}
