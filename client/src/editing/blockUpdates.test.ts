import { describe, expect, it } from 'vitest';
import type { Block } from '../api/types';
import { othersEditing } from './BlockEditingContext';
import { fitsInPlace, withBlocks } from './useBlockUpdates';

const paragraph = (id: string, text: string): Block => ({ id, type: 'paragraph', content: [{ type: 'text', text }] });

describe('withBlocks', () => {
  it('replaces the changed block in place and keeps the others and their order', () => {
    const blocks = [paragraph('p-1', 'One.'), paragraph('p-2', 'Two.'), paragraph('p-3', 'Three.')];
    const updated = withBlocks(blocks, new Map([['p-2', paragraph('p-2', 'Two, revised.')]]));
    expect(updated.map((block) => block.id)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(updated[1]).toEqual(paragraph('p-2', 'Two, revised.'));
    expect(updated[0]).toBe(blocks[0]);
  });
});

describe('othersEditing', () => {
  it('names the others editing each block, leaving out the signed-in person', () => {
    const editors = othersEditing(
      [
        { userId: 'ana-moreno', name: 'Ana Moreno', editingBlockId: 'p-1' },
        { userId: 'tomas-reyes', name: 'Tomás Reyes', editingBlockId: 'p-1' },
        { userId: 'claire-dubois', name: 'Claire Dubois', editingBlockId: null },
      ],
      'ana-moreno',
    );
    expect([...editors]).toEqual([['p-1', ['Tomás Reyes']]]);
  });
});

describe('fitsInPlace', () => {
  const blocks = [paragraph('p-1', 'One.'), paragraph('p-2', 'Two.'), paragraph('p-3', 'Three.')];
  const version = { commitId: 'c1', parentId: null, when: '2026-11-23T10:00:00Z', authorId: 'a', authorName: 'A', organisation: '', message: 'm', tags: [] };
  const change = (blockId: string, afterBlockId: string | null, blockCount: number) => ({
    blockId,
    revision: 'r',
    version,
    block: paragraph(blockId, 'Changed.'),
    afterBlockId,
    blockCount,
  });
  it('accepts a block edited where it is', () => {
    expect(fitsInPlace(blocks, change('p-2', 'p-1', 3))).toBe(true);
    expect(fitsInPlace(blocks, change('p-1', null, 3))).toBe(true);
  });
  it('refuses a new block, a moved block and a change of the number of blocks', () => {
    expect(fitsInPlace(blocks, change('p-9', 'p-1', 4))).toBe(false);
    expect(fitsInPlace(blocks, change('p-3', null, 3))).toBe(false);
    expect(fitsInPlace(blocks, change('p-1', null, 2))).toBe(false);
  });
});
