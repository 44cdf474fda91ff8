import { describe, expect, it } from 'vitest';
import type { Block, FootnoteRefInline } from '../api/types';
import { text } from '../test/builders';
import { assignFootnoteRefIds, footnoteElementId } from './footnoteRefs';

const ref = (footnoteId: string, number: number): FootnoteRefInline => ({ type: 'footnoteRef', footnoteId, number });

describe('assignFootnoteRefIds', () => {
  it('gives each reference a unique id and each footnote a link back to its first reference', () => {
    const first = ref('f1', 1);
    const second = ref('f2', 2);
    const again = ref('f1', 1);
    const inCell = ref('f3', 3);
    const blocks: Block[] = [
      { id: 'p1', type: 'paragraph', content: [text('A'), first] },
      { id: 'h1', type: 'heading', level: 1, content: [text('B'), second, again] },
      {
        id: 't1',
        type: 'table',
        header: { id: 't1', cells: [[text('Head')]] },
        rows: [{ id: 'r1', cells: [[text('Cell'), inCell]] }],
      },
    ];
    const ids = assignFootnoteRefIds(blocks);
    expect([first, second, again, inCell].map((r) => ids.idOf(r))).toEqual([
      'fnref-f1-1',
      'fnref-f2-1',
      'fnref-f1-2',
      'fnref-f3-1',
    ]);
    expect(ids.firstRefOf('f1')).toBe('fnref-f1-1');
    expect(ids.firstRefOf('f3')).toBe('fnref-f3-1');
    expect(ids.firstRefOf('unused')).toBeUndefined();
  });

  it('names footnote elements apart from block ids', () => {
    expect(footnoteElementId('b7f3a')).toBe('fn-b7f3a');
  });
});
