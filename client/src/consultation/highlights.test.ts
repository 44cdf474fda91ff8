import { describe, expect, it } from 'vitest';
import type { Inline } from '../api/types';
import { text } from '../test/builders';
import { highlightPieces, passageRanges, type HighlightPiece, type HighlightRange } from './highlights';
import { thread } from './testData';

const range = (threadId: string, start: number, end: number): HighlightRange => ({ threadId, start, end, label: threadId, number: 1 });

/** The pieces as short strings: text with its threads in brackets, markers as "^ids". */
function describePieces(pieces: HighlightPiece[]): string[] {
  return pieces.map((piece) => {
    switch (piece.type) {
      case 'text':
        return `${piece.part.inline.text}[${piece.part.threadIds.join(',')}]`;
      case 'link':
        return `link(${piece.parts.map((part) => `${part.inline.text}[${part.threadIds.join(',')}]`).join('|')})`;
      case 'markers':
        return `^${piece.ranges.map((r) => r.threadId).join(',')}`;
      case 'lineBreak':
        return 'br';
      case 'footnoteRef':
        return `fn${piece.inline.number}`;
    }
  });
}

describe('highlightPieces', () => {
  it('cuts text where passages start and end and puts each thread’s button after its passage', () => {
    const content: Inline[] = [text('Survivors and their families')];
    expect(describePieces(highlightPieces(content, 0, [range('a', 0, 9), range('b', 14, 28)]))).toEqual([
      'Survivors[a]',
      '^a',
      ' and []',
      'their families[b]',
      '^b',
    ]);
  });

  it('marks overlapping passages with both threads', () => {
    const content: Inline[] = [text('one two three')];
    expect(describePieces(highlightPieces(content, 0, [range('a', 0, 7), range('b', 4, 13)]))).toEqual([
      'one [a]',
      'two[a,b]',
      '^a',
      ' three[b]',
      '^b',
    ]);
  });

  it('counts a line break as one character and a footnote reference as none', () => {
    const content: Inline[] = [text('ab'), { type: 'footnoteRef', footnoteId: 'f', number: 3 }, { type: 'lineBreak' }, text('cd')];
    expect(describePieces(highlightPieces(content, 0, [range('a', 3, 4)]))).toEqual(['ab[]', 'fn3', 'br', 'c[a]', '^a', 'd[]']);
  });

  it('puts the button after a link when the passage ends inside it', () => {
    const content: Inline[] = [text('see '), text('the report', { href: 'https://example.org/' }), text(' now')];
    expect(describePieces(highlightPieces(content, 0, [range('a', 4, 7)]))).toEqual(['see []', 'link(the[a]| report[])', '^a', ' now[]']);
  });

  it('works from the offset where a table cell starts, leaving passages of other cells alone', () => {
    const content: Inline[] = [text('Health')];
    expect(describePieces(highlightPieces(content, 10, [range('a', 0, 5), range('b', 12, 16)]))).toEqual([
      'He[]',
      'alth[b]',
      '^b',
    ]);
  });

  it('shows the button of an insertion point where it is', () => {
    expect(describePieces(highlightPieces([text('abc')], 0, [range('a', 1, 1)]))).toEqual(['a[]', '^a', 'bc[]']);
  });
});

describe('passageRanges', () => {
  it('numbers threads in document order and leaves out passages no longer in the text', () => {
    const threads = [
      thread({ id: 't-late', anchor: { ...thread().anchor, blockId: 'p2', start: 0, end: 3 } }),
      thread({ id: 't-gone', anchorStatus: 'Orphaned' }),
      thread({ id: 't-early', anchor: { ...thread().anchor, blockId: 'p1', start: 5, end: 9 } }),
    ];
    const ranges = passageRanges(threads, ['p1', 'p2'], (t, n) => `${t.id} #${n}`);
    expect(ranges.get('p1')).toEqual([{ threadId: 't-early', start: 5, end: 9, number: 1, label: 't-early #1' }]);
    expect(ranges.get('p2')).toEqual([{ threadId: 't-late', start: 0, end: 3, number: 2, label: 't-late #2' }]);
  });
});
