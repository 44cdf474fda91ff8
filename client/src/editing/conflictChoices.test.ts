import { describe, expect, it } from 'vitest';
import { combinedStartingText, resolveConflict } from './conflictChoices';

const conflict = {
  ancestor: 'Plans name a focal point.',
  mine: 'Plans name one focal point.',
  theirs: 'Plans name two focal points.',
  regions: [],
};

describe('resolveConflict', () => {
  it('keeps the person’s text and saves it over the other', () => {
    expect(resolveConflict({ kind: 'mine' }, conflict)).toEqual({ text: conflict.mine, save: true });
  });

  it('takes the other text without saving anything', () => {
    expect(resolveConflict({ kind: 'theirs' }, conflict)).toEqual({ text: conflict.theirs, save: false });
  });

  it('saves a combined text', () => {
    const text = 'Plans name one or two focal points.';
    expect(resolveConflict({ kind: 'combined', text }, conflict)).toEqual({ text, save: true });
  });

  it('saves nothing when the combined text is the other text', () => {
    expect(resolveConflict({ kind: 'combined', text: conflict.theirs }, conflict).save).toBe(false);
  });

  it('starts the combined text from the person’s own', () => {
    expect(combinedStartingText(conflict)).toBe(conflict.mine);
  });
});
