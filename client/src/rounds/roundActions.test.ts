import { describe, expect, it } from 'vitest';
import { round } from '../consultation/testData';
import { checkNewDeadline, roundActions } from './roundActions';

describe('roundActions', () => {
  it('lets coordinators extend a round before it closes, close it while open, and reopen it once closed', () => {
    expect(roundActions('Coordinator', 'Scheduled')).toEqual({ extend: true, close: false, reopen: false });
    expect(roundActions('Coordinator', 'Open')).toEqual({ extend: true, close: true, reopen: false });
    expect(roundActions('Coordinator', 'Closed')).toEqual({ extend: false, close: false, reopen: true });
  });

  it('offers contributors and observers nothing', () => {
    for (const phase of ['Scheduled', 'Open', 'Closed'] as const) {
      expect(roundActions('Contributor', phase)).toEqual({ extend: false, close: false, reopen: false });
      expect(roundActions('Observer', phase)).toEqual({ extend: false, close: false, reopen: false });
    }
  });
});

describe('checkNewDeadline', () => {
  const current = round({ closes: '2026-01-30T16:00:00Z', timeZone: 'Europe/Zurich' });
  const now = new Date('2026-01-20T12:00:00Z');

  it('sends an extension in the round zone with its offset, after the current deadline', () => {
    expect(checkNewDeadline({ date: '2026-02-06', time: '17:00' }, 'Europe/Zurich', 'extend', current, now)).toEqual({
      ok: true,
      closes: '2026-02-06T17:00:00+01:00',
    });
    expect(checkNewDeadline({ date: '2026-01-30', time: '17:00' }, 'Europe/Zurich', 'extend', current, now)).toEqual({
      ok: false,
      problem: 'notAfterCurrent',
    });
  });

  it('reopens only until a moment in the future', () => {
    const closed = round({ phase: 'Closed', closes: '2026-01-10T16:00:00Z' });
    expect(checkNewDeadline({ date: '2026-01-20', time: '12:59' }, 'Europe/Zurich', 'reopen', closed, now)).toEqual({
      ok: false,
      problem: 'notInFuture',
    });
    expect(checkNewDeadline({ date: '2026-01-20', time: '13:01' }, 'Europe/Zurich', 'reopen', closed, now)).toEqual({
      ok: true,
      closes: '2026-01-20T13:01:00+01:00',
    });
  });

  it('names missing, impossible and skipped times', () => {
    expect(checkNewDeadline({ date: '', time: '10:00' }, 'Europe/Zurich', 'extend', current, now)).toEqual({ ok: false, problem: 'dateMissing' });
    expect(checkNewDeadline({ date: '2026-02-31', time: '10:00' }, 'Europe/Zurich', 'extend', current, now)).toEqual({ ok: false, problem: 'dateInvalid' });
    expect(checkNewDeadline({ date: '2026-03-29', time: '02:00' }, 'Europe/Zurich', 'extend', current, now)).toEqual({ ok: false, problem: 'timeSkipped' });
  });
});
