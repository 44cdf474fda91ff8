import { describe, expect, it } from 'vitest';
import { version } from '../live/testData';
import { handleOutcome, hasUnsavedText, type EditState } from './editOutcome';
import type { EditResultView } from './types';

const editing = (text: string): EditState => ({ blockId: 'p-1', text, baseCommitId: 'c1', savedText: 'Plans name a focal point.' });
const sent = (text: string) => ({ text, baseCommitId: 'c1' });
const result = (fields: Partial<EditResultView>): EditResultView => ({
  outcome: 'Saved',
  blockId: 'p-1',
  revision: 'r2',
  text: '',
  ...fields,
});

describe('handleOutcome', () => {
  it('continues from the saved text and its version after a save', () => {
    const text = 'Plans name one focal point.';
    const handled = handleOutcome(editing(text), sent(text), result({ text, version: version('c2') }));
    expect(handled.state).toEqual({ blockId: 'p-1', text, baseCommitId: 'c2', savedText: text });
    expect(handled.notice).toBe('saved');
    expect(hasUnsavedText(handled.state)).toBe(false);
  });

  it('keeps what was typed during the save, still to be saved', () => {
    const handled = handleOutcome(
      editing('Plans name one focal point each.'),
      sent('Plans name one focal point.'),
      result({ text: 'Plans name one focal point.', version: version('c2') }),
    );
    expect(handled.state.text).toBe('Plans name one focal point each.');
    expect(handled.state.baseCommitId).toBe('c2');
    expect(hasUnsavedText(handled.state)).toBe(true);
  });

  it('shows the merged text and says another change was merged in', () => {
    const merged = 'National plans name one focal point.';
    const handled = handleOutcome(
      editing('Plans name one focal point.'),
      sent('Plans name one focal point.'),
      result({ outcome: 'Merged', text: merged, version: version('c3') }),
    );
    expect(handled.state).toEqual({ blockId: 'p-1', text: merged, baseCommitId: 'c3', savedText: merged });
    expect(handled.notice).toBe('merged');
  });

  it('stays on the old version after a merge when more was typed meanwhile, so the next save merges both again', () => {
    const handled = handleOutcome(
      editing('Plans name one focal point each.'),
      sent('Plans name one focal point.'),
      result({ outcome: 'Merged', text: 'National plans name one focal point.', version: version('c3') }),
    );
    expect(handled.state.text).toBe('Plans name one focal point each.');
    expect(handled.state.baseCommitId).toBe('c1');
    expect(hasUnsavedText(handled.state)).toBe(true);
  });

  it('changes nothing when the server had the text already', () => {
    const text = 'Plans name a focal point.';
    const handled = handleOutcome(editing(text), sent(text), result({ outcome: 'Unchanged', text }));
    expect(handled.state).toEqual(editing(text));
    expect(handled.notice).toBe('unchanged');
    expect(handled.conflict).toBeNull();
  });

  it('keeps the person’s text on a conflict and hands over both sides', () => {
    const conflict = {
      ancestor: 'Plans name a focal point.',
      mine: 'Plans name one focal point.',
      theirs: 'Plans name two focal points.',
      regions: [{ ancestorOffset: 11, ancestor: 'a', mine: 'one', theirs: 'two' }],
    };
    const state = editing('Plans name one focal point.');
    const handled = handleOutcome(state, sent(state.text), result({ outcome: 'Conflict', text: conflict.theirs, conflict }));
    expect(handled.state).toEqual(state);
    expect(handled.notice).toBe('conflict');
    expect(handled.conflict).toEqual(conflict);
  });

  it('builds the conflict from the answer when the server leaves its details out', () => {
    const state = editing('Plans name one focal point.');
    const handled = handleOutcome(state, sent(state.text), result({ outcome: 'Conflict', text: 'Plans name two focal points.' }));
    expect(handled.conflict).toEqual({
      ancestor: 'Plans name a focal point.',
      mine: 'Plans name one focal point.',
      theirs: 'Plans name two focal points.',
      regions: [],
    });
  });
});
