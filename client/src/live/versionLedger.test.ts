import { describe, expect, it } from 'vitest';
import { masked, version } from './testData';
import { VersionLedger } from './versionLedger';

describe('VersionLedger', () => {
  it('starts from the version the page loaded', () => {
    expect(new VersionLedger('c0').lastSeenCommitId).toBe('c0');
    expect(new VersionLedger().lastSeenCommitId).toBeNull();
  });

  it('reports a commit as new once, and moves the last seen commit to it', () => {
    const ledger = new VersionLedger('c0');
    expect(ledger.record(version('c1'))).toBe('new');
    expect(ledger.record(version('c1'))).toBe('duplicate');
    expect(ledger.lastSeenCommitId).toBe('c1');
  });

  it('keeps the real author when the masked version of the same commit came first', () => {
    const ledger = new VersionLedger();
    expect(ledger.record(masked('c1'))).toBe('new');
    expect(ledger.record(version('c1', { authorId: 'vilay-phommachanh', authorName: 'Vilay Phommachanh' }))).toBe('disclosed');
    expect(ledger.version('c1')?.authorName).toBe('Vilay Phommachanh');
  });

  it('keeps the real author when the masked version of the same commit comes second', () => {
    const ledger = new VersionLedger();
    ledger.record(version('c1', { authorName: 'Vilay Phommachanh' }));
    expect(ledger.record(masked('c1'))).toBe('duplicate');
    expect(ledger.version('c1')?.authorName).toBe('Vilay Phommachanh');
  });

  it('answers missed versions oldest first, leaves out those already seen, and takes the head it joined at', () => {
    const ledger = new VersionLedger('c0');
    ledger.record(version('c2'));
    const fresh = ledger.catchUp('c3', [version('c3'), version('c2'), version('c1')]);
    expect(fresh.map((v) => v.commitId)).toEqual(['c1', 'c3']);
    expect(ledger.lastSeenCommitId).toBe('c3');
  });
});
