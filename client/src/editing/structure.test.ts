import { describe, expect, it } from 'vitest';
import type { Block } from '../api/types';
import {
  anchorText,
  blockAfterDelete,
  blockPreview,
  canMergeWithNext,
  markdownPlainText,
  moveTarget,
  splitPoint,
} from './structure';

const ids = (...names: string[]) => names.map((id) => ({ id }));

describe('moveTarget', () => {
  const blocks = ids('a', 'b', 'c', 'd');
  it('moves up after the block two places before, or to the top', () => {
    expect(moveTarget(blocks, 'c', 'up')).toBe('a');
    expect(moveTarget(blocks, 'b', 'up')).toBeNull();
  });
  it('moves down after the next block', () => {
    expect(moveTarget(blocks, 'a', 'down')).toBe('b');
    expect(moveTarget(blocks, 'c', 'down')).toBe('d');
  });
  it('cannot move the first block up, the last down, or an unknown block', () => {
    expect(moveTarget(blocks, 'a', 'up')).toBeUndefined();
    expect(moveTarget(blocks, 'd', 'down')).toBeUndefined();
    expect(moveTarget(blocks, 'x', 'down')).toBeUndefined();
  });
});

describe('blockAfterDelete', () => {
  it('is the next block, else the previous one, else none', () => {
    expect(blockAfterDelete(ids('a', 'b', 'c'), 'b')).toBe('c');
    expect(blockAfterDelete(ids('a', 'b', 'c'), 'c')).toBe('b');
    expect(blockAfterDelete(ids('a'), 'a')).toBeNull();
  });
});

describe('canMergeWithNext', () => {
  const paragraph = (id: string): Block => ({ id, type: 'paragraph', content: [{ type: 'text', text: id }] });
  const table: Block = { id: 't', type: 'table', header: { id: 't', cells: [] }, rows: [] };
  it('needs a text block followed by a text block', () => {
    expect(canMergeWithNext([paragraph('a'), paragraph('b')], 'a')).toBe(true);
    expect(canMergeWithNext([paragraph('a'), paragraph('b')], 'b')).toBe(false);
    expect(canMergeWithNext([paragraph('a'), table], 'a')).toBe(false);
  });
});

describe('blockPreview and anchorText', () => {
  it('shortens long text with an ellipsis', () => {
    const block: Block = { id: 'p', type: 'paragraph', content: [{ type: 'text', text: 'The national focal point reports on progress every year to the meeting' }] };
    expect(blockPreview(block, 24)).toBe('The national focal point…');
  });
  it('counts line breaks as one character and leaves footnote references out', () => {
    expect(
      anchorText([
        { type: 'text', text: 'One' },
        { type: 'footnoteRef', footnoteId: 'n1', number: 1 },
        { type: 'lineBreak' },
        { type: 'text', text: 'two', bold: true },
      ]),
    ).toBe('One\ntwo');
  });
});

describe('markdownPlainText', () => {
  it('reads the syntax of document.md', () => {
    expect(markdownPlainText('A **bold** and *italic* [link](https://example.org/a_(b)) end')).toBe('A bold and italic link end');
    expect(markdownPlainText('Note[^n1] here<br>next \\*star\\* &#32;x &amp; ++u++ <b>b</b>')).toBe('Note here\nnext *star*  x & u b');
    expect(markdownPlainText('snake_case stays')).toBe('snake_case stays');
    expect(markdownPlainText('a [ lone bracket')).toBe('a [ lone bracket');
  });
});

describe('splitPoint', () => {
  it('counts the visible characters before the caret', () => {
    const source = 'Victims **and** survivors';
    expect(splitPoint(source, 'Victims '.length)).toEqual({ kind: 'ok', offset: 8 });
    expect(splitPoint(source, 'Victims **an'.length)).toEqual({ kind: 'ok', offset: 10 });
    expect(splitPoint(source, 'Victims **and** '.length)).toEqual({ kind: 'ok', offset: 12 });
  });
  it('refuses a caret inside syntax', () => {
    expect(splitPoint('a **b** c', 3)).toEqual({ kind: 'insideMarkup' });
    expect(splitPoint('see [the plan](https://example.org) now', 20)).toEqual({ kind: 'insideMarkup' });
    expect(splitPoint('x \\* y', 3)).toEqual({ kind: 'insideMarkup' });
    expect(splitPoint('x[^n1] y', 3)).toEqual({ kind: 'insideMarkup' });
  });
  it('refuses the very start and end, which would leave an empty block', () => {
    expect(splitPoint('**Two words**', 0)).toEqual({ kind: 'edge' });
    expect(splitPoint('**Two words**', 2)).toEqual({ kind: 'edge' });
    expect(splitPoint('Two words', 9)).toEqual({ kind: 'edge' });
  });
  it('counts a line break as one character', () => {
    expect(splitPoint('One<br>two', 'One<br>'.length)).toEqual({ kind: 'ok', offset: 4 });
  });
});
