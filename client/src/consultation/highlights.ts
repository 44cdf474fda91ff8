import { createContext, useContext } from 'react';
import type { Inline, TextInline } from '../api/types';
import { groupInlines } from '../document/inlines';

/** A thread's passage in a block's anchor text, shown marked in the reader. */
export interface HighlightRange {
  threadId: string;
  start: number;
  end: number;
  /** The accessible name of the button that opens the thread. */
  label: string;
  /** The thread's number in document order, shown on its button. */
  number: number;
}

export interface PassageHighlights {
  rangesOf(blockId: string): readonly HighlightRange[];
  activeThreadId: string | null;
  onOpen(threadId: string): void;
}

const none: PassageHighlights = { rangesOf: () => [], activeThreadId: null, onOpen: () => undefined };

export const PassageHighlightsContext = createContext<PassageHighlights>(none);

export const usePassageHighlights = () => useContext(PassageHighlightsContext);

/** A stretch of text and the threads whose passages cover it (none: plain text). */
export interface MarkedPart {
  inline: TextInline;
  threadIds: string[];
}

export type HighlightPiece =
  | { type: 'text'; part: MarkedPart }
  | { type: 'link'; href: string; parts: MarkedPart[] }
  | { type: 'footnoteRef'; inline: Extract<Inline, { type: 'footnoteRef' }> }
  | { type: 'lineBreak' }
  /** The buttons of threads whose passages end here. */
  | { type: 'markers'; ranges: HighlightRange[] };

function splitText(inline: TextInline, from: number, ranges: readonly HighlightRange[]): MarkedPart[] {
  const to = from + inline.text.length;
  const cuts = new Set<number>([from, to]);
  for (const range of ranges) {
    if (range.start > from && range.start < to) cuts.add(range.start);
    if (range.end > from && range.end < to) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: MarkedPart[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const threadIds = ranges.filter((range) => range.start <= start && range.end >= end && range.start < range.end).map((range) => range.threadId);
    parts.push({ inline: { ...inline, text: inline.text.slice(start - from, end - from) }, threadIds });
  }
  return parts;
}

/**
 * Inline content cut where thread passages start and end, `base` being where it starts in the block's anchor
 * text (a table cell starts after the cells before it). Each thread's button follows the end of its passage,
 * after the link when the passage ends inside one.
 */
export function highlightPieces(content: readonly Inline[], base: number, ranges: readonly HighlightRange[]): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  const emitted = new Set<string>();
  let position = base;
  const markersUpTo = (upTo: number) => {
    const ending = ranges.filter((range) => !emitted.has(range.threadId) && range.end >= base && range.end <= upTo);
    for (const range of ending) emitted.add(range.threadId);
    if (ending.length > 0) pieces.push({ type: 'markers', ranges: ending });
  };
  markersUpTo(base);
  for (const run of groupInlines(content)) {
    switch (run.type) {
      case 'text':
        for (const part of splitText(run.inline, position, ranges)) {
          pieces.push({ type: 'text', part });
          position += part.inline.text.length;
          markersUpTo(position);
        }
        break;
      case 'link': {
        const parts: MarkedPart[] = [];
        for (const inline of run.parts) {
          parts.push(...splitText(inline, position, ranges));
          position += inline.text.length;
        }
        pieces.push({ type: 'link', href: run.href, parts });
        markersUpTo(position);
        break;
      }
      case 'lineBreak':
        pieces.push({ type: 'lineBreak' });
        position += 1;
        markersUpTo(position);
        break;
      case 'footnoteRef':
        pieces.push({ type: 'footnoteRef', inline: run.inline });
        break;
    }
  }
  return pieces;
}

/** Threads in document order: by the position of their block, then their start in it; unknown blocks last. */
export function inDocumentOrder<T extends { anchor: { blockId: string; start: number } }>(threads: readonly T[], blockIds: readonly string[]): T[] {
  const position = new Map(blockIds.map((id, index) => [id, index]));
  const where = (thread: T) => position.get(thread.anchor.blockId) ?? Number.MAX_SAFE_INTEGER;
  return [...threads].sort((a, b) => where(a) - where(b) || a.anchor.start - b.anchor.start);
}

/**
 * The marked passages of each block: every thread whose passage is still in the text, numbered in document
 * order; `label` names the button that opens a thread.
 */
export function passageRanges<T extends { id: string; anchor: { blockId: string; start: number; end: number }; anchorStatus: string }>(
  threads: readonly T[],
  blockIds: readonly string[],
  label: (thread: T, number: number) => string,
): Map<string, HighlightRange[]> {
  const byBlock = new Map<string, HighlightRange[]>();
  inDocumentOrder(threads, blockIds)
    .filter((thread) => thread.anchorStatus !== 'Orphaned')
    .forEach((thread, index) => {
      const range: HighlightRange = {
        threadId: thread.id,
        start: thread.anchor.start,
        end: thread.anchor.end,
        number: index + 1,
        label: label(thread, index + 1),
      };
      byBlock.set(thread.anchor.blockId, [...(byBlock.get(thread.anchor.blockId) ?? []), range]);
    });
  return byBlock;
}
