import { describe, expect, it } from 'vitest';
import type { CommentThread, Round } from '../api/types';
import { paragraph } from '../test/builders';
import { currentRound, groupThreadsByRound, matrixPath } from './rounds';
import { round, thread } from './testData';

describe('currentRound', () => {
  it('announces the open round that opened last', () => {
    const rounds: Round[] = [
      round({ id: 'r1', phase: 'Open', opens: '2026-01-01T00:00:00Z' }),
      round({ id: 'r2', phase: 'Open', opens: '2026-02-01T00:00:00Z' }),
      round({ id: 'r3', phase: 'Scheduled', opens: '2026-05-01T00:00:00Z' }),
    ];
    expect(currentRound(rounds)?.id).toBe('r2');
  });

  it('announces the next scheduled round when none is open, and nothing when all are closed', () => {
    expect(
      currentRound([
        round({ id: 'late', phase: 'Scheduled', opens: '2026-06-01T00:00:00Z' }),
        round({ id: 'soon', phase: 'Scheduled', opens: '2026-04-01T00:00:00Z' }),
      ])?.id,
    ).toBe('soon');
    expect(currentRound([round({ phase: 'Closed' })])).toBeNull();
  });
});

describe('groupThreadsByRound', () => {
  const blocks = [paragraph('First', 'p1'), paragraph('Second', 'p2')];
  const at = (id: string, roundId: string, blockId: string, start: number): CommentThread =>
    thread({ id, roundId, anchor: { blockId, start, end: start + 1, exact: 'x', prefix: '', suffix: '' } });

  it('puts the newest round first and each round in document order, missing blocks last', () => {
    const groups = groupThreadsByRound(
      [at('t1', 'r1', 'gone', 0), at('t2', 'r1', 'p2', 0), at('t3', 'r1', 'p1', 5), at('t4', 'r1', 'p1', 2), at('t5', 'r2', 'p1', 0)],
      [round({ id: 'r1', title: 'First round' }), round({ id: 'r2', title: 'Second round' })],
      blocks,
    );
    expect(groups.map((g) => [g.title, g.threads.map((t) => t.id)])).toEqual([
      ['Second round', ['t5']],
      ['First round', ['t4', 't3', 't2', 't1']],
    ]);
  });

  it('keeps threads of rounds it does not know, without a title, and leaves out empty rounds', () => {
    const groups = groupThreadsByRound([at('t1', 'elsewhere', 'p1', 0)], [round({ id: 'r1' })], blocks);
    expect(groups).toEqual([{ roundId: 'elsewhere', title: null, threads: [expect.objectContaining({ id: 't1' })] }]);
  });
});

describe('matrixPath', () => {
  it('escapes the ids', () => {
    expect(matrixPath('doc 1', 'r/2')).toBe('/documents/doc%201/rounds/r%2F2/matrix');
  });
});
