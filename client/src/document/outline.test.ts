import { describe, expect, it } from 'vitest';
import type { Block } from '../api/types';
import { heading, paragraph, text } from '../test/builders';
import { buildOutline, outlineIds } from './outline';

describe('buildOutline', () => {
  it('nests headings by level and ignores other blocks', () => {
    const blocks = [
      heading(1, 'Introduction', 'h1'),
      paragraph('Body'),
      heading(2, 'Scope', 'h2'),
      heading(2, 'Terms', 'h3'),
      heading(3, 'Survivors', 'h4'),
      heading(1, 'Actions', 'h5'),
    ];
    expect(buildOutline(blocks)).toEqual([
      {
        id: 'h1',
        level: 1,
        text: 'Introduction',
        children: [
          { id: 'h2', level: 2, text: 'Scope', children: [] },
          { id: 'h3', level: 2, text: 'Terms', children: [{ id: 'h4', level: 3, text: 'Survivors', children: [] }] },
        ],
      },
      { id: 'h5', level: 1, text: 'Actions', children: [] },
    ]);
  });

  it('keeps a heading deeper than anything before it at the top', () => {
    const outline = buildOutline([heading(3, 'Deep first', 'a'), heading(1, 'Top', 'b'), heading(3, 'Skipped', 'c')]);
    expect(outline.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([
      ['a', []],
      ['b', ['c']],
    ]);
  });

  it('uses the plain text of the heading without footnote numbers and leaves out empty headings', () => {
    const withFootnote: Block = {
      id: 'h1',
      type: 'heading',
      level: 1,
      content: [text('Victim '), text('assistance', { italic: true }), { type: 'footnoteRef', footnoteId: 'f1', number: 1 }],
    };
    const empty: Block = { id: 'h2', type: 'heading', level: 1, content: [text('  ')] };
    const outline = buildOutline([withFootnote, empty]);
    expect(outline).toEqual([{ id: 'h1', level: 1, text: 'Victim assistance', children: [] }]);
  });

  it('lists ids in document order', () => {
    const outline = buildOutline([heading(1, 'A', 'a'), heading(2, 'B', 'b'), heading(3, 'C', 'c'), heading(1, 'D', 'd')]);
    expect(outlineIds(outline)).toEqual(['a', 'b', 'c', 'd']);
  });
});
