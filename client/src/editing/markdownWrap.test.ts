import { describe, expect, it } from 'vitest';
import { wrapSelection } from './markdownWrap';

const text = 'Survivors take part in planning.';

describe('wrapSelection', () => {
  it('makes the selected words bold and keeps them selected', () => {
    const edit = wrapSelection(text, 10, 14, { kind: 'bold' });
    expect(edit.text).toBe('Survivors **take** part in planning.');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('take');
  });

  it('makes the selected words italic', () => {
    expect(wrapSelection(text, 0, 9, { kind: 'italic' }).text).toBe('*Survivors* take part in planning.');
  });

  it('turns the selected words into a link to the address given', () => {
    const edit = wrapSelection(text, 23, 31, { kind: 'link', url: ' https://example.org/plan ' });
    expect(edit.text).toBe('Survivors take part in [planning](https://example.org/plan).');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('planning');
  });

  it('leaves spaces at the edges of the selection outside the markers', () => {
    expect(wrapSelection(text, 9, 15, { kind: 'bold' }).text).toBe('Survivors **take** part in planning.');
  });

  it('inserts empty markers at the cursor when nothing is selected', () => {
    const edit = wrapSelection(text, 10, 10, { kind: 'italic' });
    expect(edit.text).toBe('Survivors **take part in planning.');
    expect([edit.selectionStart, edit.selectionEnd]).toEqual([11, 11]);
  });

  it('accepts a selection made backwards', () => {
    expect(wrapSelection(text, 14, 10, { kind: 'bold' }).text).toBe('Survivors **take** part in planning.');
  });
});
