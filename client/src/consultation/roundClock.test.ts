import { describe, expect, it } from 'vitest';
import { delayUntil, longestTimerDelayMs, nextPhaseChange, phaseChangeGraceMs } from './roundClock';
import { round } from './testData';

const now = new Date('2026-01-10T12:00:00Z');

describe('nextPhaseChange', () => {
  it('is the deadline of an open round', () => {
    expect(nextPhaseChange([round({ opens: '2026-01-05T08:00:00Z', closes: '2026-01-30T16:00:00Z' })], now)).toEqual(
      new Date('2026-01-30T16:00:00Z'),
    );
  });

  it('is the earliest future opening or deadline among the rounds', () => {
    const rounds = [
      round({ id: 'a', opens: '2026-01-05T08:00:00Z', closes: '2026-01-30T16:00:00Z' }),
      round({ id: 'b', phase: 'Scheduled', opens: '2026-01-12T08:00:00Z', closes: '2026-02-12T16:00:00Z' }),
    ];
    expect(nextPhaseChange(rounds, now)).toEqual(new Date('2026-01-12T08:00:00Z'));
  });

  it('ignores rounds closed early and dates already past', () => {
    const rounds = [
      round({ id: 'a', closedAt: '2026-01-08T10:00:00Z', closes: '2026-01-30T16:00:00Z' }),
      round({ id: 'b', phase: 'Closed', opens: '2025-12-01T08:00:00Z', closes: '2026-01-01T16:00:00Z' }),
    ];
    expect(nextPhaseChange(rounds, now)).toBeNull();
  });
});

describe('delayUntil', () => {
  it('waits until a little after the moment', () => {
    expect(delayUntil(new Date(now.getTime() + 60_000), now)).toBe(60_000 + phaseChangeGraceMs);
  });

  it('waits in steps no longer than a browser timer allows', () => {
    expect(delayUntil(new Date('2026-06-01T00:00:00Z'), now)).toBe(longestTimerDelayMs);
  });
});
