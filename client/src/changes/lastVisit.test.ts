import { describe, expect, it } from 'vitest';
import { changesSinceVisit } from './lastVisit';

describe('changesSinceVisit', () => {
  it('offers the changes since the version last seen when the head is another one', () => {
    expect(changesSinceVisit({ lastSeenCommitId: 'old1234', seenAt: '2026-01-01T00:00:00Z' }, 'head999')).toBe('old1234');
  });

  it('offers nothing on a first visit or when the head was already seen', () => {
    expect(changesSinceVisit(undefined, 'head999')).toBeNull();
    expect(changesSinceVisit({ lastSeenCommitId: 'head999', seenAt: '2026-01-01T00:00:00Z' }, 'head999')).toBeNull();
  });
});
