import { describe, expect, it } from 'vitest';
import { headingElement } from './headingLevel';

describe('headingElement', () => {
  it.each([
    [1, 'h2', undefined],
    [2, 'h3', undefined],
    [5, 'h6', undefined],
    [6, 'h6', 7],
  ])('shows document level %i as %s (aria-level %s)', (level, tag, ariaLevel) => {
    expect(headingElement(level)).toEqual({ tag, ariaLevel });
  });

  it('treats a missing or invalid level as level 1', () => {
    expect(headingElement(0).tag).toBe('h2');
    expect(headingElement(Number.NaN).tag).toBe('h2');
  });
});
