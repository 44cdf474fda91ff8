import { describe, expect, it } from 'vitest';
import { returnPath } from './returnPath';

describe('returnPath', () => {
  it('returns to the page the person came from', () => {
    expect(returnPath({ from: '/documents/d1/versions/abc?x=1#b7' })).toBe('/documents/d1/versions/abc?x=1#b7');
  });

  it('goes to the documents when there is nowhere to return to', () => {
    expect(returnPath(null)).toBe('/');
    expect(returnPath({})).toBe('/');
    expect(returnPath({ from: '/signin' })).toBe('/');
  });

  it('never leaves the site', () => {
    expect(returnPath({ from: 'https://elsewhere.example/' })).toBe('/');
    expect(returnPath({ from: '//elsewhere.example/' })).toBe('/');
    expect(returnPath({ from: '/\\elsewhere.example/' })).toBe('/');
  });
});
