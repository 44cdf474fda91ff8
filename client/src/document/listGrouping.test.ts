import { describe, expect, it } from 'vitest';
import { bullet, heading, numbered, paragraph } from '../test/builders';
import { groupBlocks, type BodyNode, type ListNode } from './listGrouping';

/** A compact picture of the grouping: lists as { kind, level, start, items: [[text, number, children]] }. */
function shape(nodes: BodyNode[]): unknown[] {
  const list = (l: ListNode): unknown => ({
    kind: l.kind,
    level: l.level,
    start: l.start,
    items: l.items.map((entry) => {
      const first = entry.block.content[0];
      const label = first?.type === 'text' ? first.text : '';
      return entry.children.length === 0
        ? [label, entry.number]
        : [label, entry.number, entry.children.map(list)];
    }),
  });
  return nodes.map((node) => (node.type === 'list' ? list(node.list) : node.block.id));
}

describe('groupBlocks', () => {
  it('leaves blocks that are not list items as they are, in order', () => {
    const blocks = [heading(1, 'Intro', 'h1'), paragraph('Text', 'p1')];
    expect(shape(groupBlocks(blocks))).toEqual(['h1', 'p1']);
  });

  it('gathers consecutive items of one kind and level into one list', () => {
    const nodes = groupBlocks([bullet(0, 'a'), bullet(0, 'b'), bullet(0, 'c')]);
    expect(shape(nodes)).toEqual([
      { kind: 'bulleted', level: 0, start: 1, items: [['a', null], ['b', null], ['c', null]] },
    ]);
  });

  it('nests deeper items under the preceding item and returns to the outer list afterwards', () => {
    const nodes = groupBlocks([numbered(0, 'one'), numbered(1, 'one-a'), numbered(1, 'one-b'), numbered(0, 'two')]);
    expect(shape(nodes)).toEqual([
      {
        kind: 'numbered',
        level: 0,
        start: 1,
        items: [
          ['one', 1, [{ kind: 'numbered', level: 1, start: 1, items: [['one-a', 1], ['one-b', 2]] }]],
          ['two', 2],
        ],
      },
    ]);
  });

  it('continues top-level numbering across headings and paragraphs, like numbered treaty paragraphs', () => {
    const nodes = groupBlocks([
      heading(1, 'Part I', 'h1'),
      numbered(0, 'first'),
      numbered(0, 'second'),
      paragraph('Interlude', 'p1'),
      heading(1, 'Part II', 'h2'),
      numbered(0, 'third'),
    ]);
    expect(shape(nodes)).toEqual([
      'h1',
      { kind: 'numbered', level: 0, start: 1, items: [['first', 1], ['second', 2]] },
      'p1',
      'h2',
      { kind: 'numbered', level: 0, start: 3, items: [['third', 3]] },
    ]);
  });

  it('restarts nested numbering under each new parent item', () => {
    const nodes = groupBlocks([
      numbered(0, '1'),
      numbered(1, '1a'),
      numbered(1, '1b'),
      numbered(0, '2'),
      numbered(1, '2a'),
    ]);
    const list = nodes[0];
    expect(list?.type).toBe('list');
    if (list?.type !== 'list') return;
    expect(list.list.items.map((entry) => entry.children[0]?.items.map((child) => child.number))).toEqual([
      [1, 2],
      [1],
    ]);
  });

  it('continues nested numbering under the same parent when a paragraph interrupts it', () => {
    const nodes = groupBlocks([numbered(0, '1'), numbered(1, '1a'), paragraph('Aside', 'p1'), numbered(1, '1b')]);
    expect(shape(nodes)).toEqual([
      { kind: 'numbered', level: 0, start: 1, items: [['1', 1, [{ kind: 'numbered', level: 1, start: 1, items: [['1a', 1]] }]]] },
      'p1',
      { kind: 'numbered', level: 1, start: 2, items: [['1b', 2]] },
    ]);
  });

  it('does not let bullets break the document-wide numbering', () => {
    const nodes = groupBlocks([numbered(0, 'a'), bullet(0, 'note'), numbered(0, 'b')]);
    expect(shape(nodes)).toEqual([
      { kind: 'numbered', level: 0, start: 1, items: [['a', 1]] },
      { kind: 'bulleted', level: 0, start: 1, items: [['note', null]] },
      { kind: 'numbered', level: 0, start: 2, items: [['b', 2]] },
    ]);
  });

  it('starts a sibling list under the same parent when the kind changes at a nested level', () => {
    const nodes = groupBlocks([numbered(0, '1'), bullet(1, 'x'), numbered(1, 'a'), numbered(1, 'b')]);
    expect(shape(nodes)).toEqual([
      {
        kind: 'numbered',
        level: 0,
        start: 1,
        items: [
          [
            '1',
            1,
            [
              { kind: 'bulleted', level: 1, start: 1, items: [['x', null]] },
              { kind: 'numbered', level: 1, start: 1, items: [['a', 1], ['b', 2]] },
            ],
          ],
        ],
      },
    ]);
  });

  it('nests an item that skips levels directly under the preceding item', () => {
    const nodes = groupBlocks([bullet(0, 'top'), bullet(2, 'deep'), bullet(0, 'next')]);
    expect(shape(nodes)).toEqual([
      {
        kind: 'bulleted',
        level: 0,
        start: 1,
        items: [['top', null, [{ kind: 'bulleted', level: 2, start: 1, items: [['deep', null]] }]], ['next', null]],
      },
    ]);
  });

  it('treats negative or fractional levels as the nearest valid level', () => {
    const nodes = groupBlocks([numbered(-1, 'a'), numbered(1.7, 'b')]);
    expect(shape(nodes)).toEqual([
      { kind: 'numbered', level: 0, start: 1, items: [['a', 1, [{ kind: 'numbered', level: 1, start: 1, items: [['b', 1]] }]]] },
    ]);
  });

  it('keeps every list item exactly once', () => {
    const blocks = [numbered(0, 'a'), numbered(1, 'b'), bullet(2, 'c'), numbered(0, 'd'), paragraph('p'), bullet(1, 'e')];
    const seen: string[] = [];
    const walk = (list: ListNode) =>
      list.items.forEach((entry) => {
        seen.push(entry.block.id);
        entry.children.forEach(walk);
      });
    groupBlocks(blocks).forEach((node) => node.type === 'list' && walk(node.list));
    expect(seen).toEqual(blocks.filter((b) => b.type === 'listItem').map((b) => b.id));
  });
});
