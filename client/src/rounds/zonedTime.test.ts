import { describe, expect, it } from 'vitest';
import { entryTimeZone, isoToWallTime, offsetMinutesAt, resolveTimeZone, timeZoneChoices, wallTimeToIso } from './zonedTime';

describe('wallTimeToIso', () => {
  it('uses winter time in Geneva in January and summer time in July', () => {
    expect(wallTimeToIso({ date: '2026-01-15', time: '17:00' }, 'Europe/Zurich')).toEqual({ kind: 'ok', iso: '2026-01-15T17:00:00+01:00' });
    expect(wallTimeToIso({ date: '2026-07-15', time: '17:00' }, 'Europe/Zurich')).toEqual({ kind: 'ok', iso: '2026-07-15T17:00:00+02:00' });
  });

  it('changes offset exactly when summer time starts (29 March 2026, 02:00 becomes 03:00 in Geneva)', () => {
    expect(wallTimeToIso({ date: '2026-03-29', time: '01:59' }, 'Europe/Zurich')).toEqual({ kind: 'ok', iso: '2026-03-29T01:59:00+01:00' });
    expect(wallTimeToIso({ date: '2026-03-29', time: '03:00' }, 'Europe/Zurich')).toEqual({ kind: 'ok', iso: '2026-03-29T03:00:00+02:00' });
    const before = wallTimeToIso({ date: '2026-03-29', time: '01:59' }, 'Europe/Zurich');
    const after = wallTimeToIso({ date: '2026-03-29', time: '03:00' }, 'Europe/Zurich');
    if (before.kind !== 'ok' || after.kind !== 'ok') throw new Error('expected both to convert');
    expect(Date.parse(after.iso) - Date.parse(before.iso)).toBe(60_000);
  });

  it('reports a time the clocks skip instead of inventing one', () => {
    expect(wallTimeToIso({ date: '2026-03-29', time: '02:30' }, 'Europe/Zurich')).toEqual({ kind: 'skipped' });
    expect(wallTimeToIso({ date: '2026-03-08', time: '02:30' }, 'America/New_York')).toEqual({ kind: 'skipped' });
  });

  it('takes the first occurrence of the hour repeated when summer time ends (25 October 2026 in Geneva)', () => {
    const repeated = wallTimeToIso({ date: '2026-10-25', time: '02:30' }, 'Europe/Zurich');
    expect(repeated).toEqual({ kind: 'ok', iso: '2026-10-25T02:30:00+02:00' });
    expect(wallTimeToIso({ date: '2026-10-25', time: '03:00' }, 'Europe/Zurich')).toEqual({ kind: 'ok', iso: '2026-10-25T03:00:00+01:00' });
  });

  it('gives the same instant as the zone shows, south of the equator and off the hour', () => {
    const cases: [string, string, string, string][] = [
      ['2026-01-10', '09:00', 'America/Santiago', '2026-01-10T09:00:00-03:00'],
      ['2026-07-10', '09:00', 'America/Santiago', '2026-07-10T09:00:00-04:00'],
      ['2026-05-01', '12:00', 'Asia/Kolkata', '2026-05-01T12:00:00+05:30'],
      ['2026-05-01', '12:00', 'UTC', '2026-05-01T12:00:00+00:00'],
    ];
    for (const [date, time, zone, iso] of cases) {
      expect(wallTimeToIso({ date, time }, zone)).toEqual({ kind: 'ok', iso });
      expect(isoToWallTime(iso, zone)).toEqual({ date, time });
    }
  });

  it('refuses dates and times that do not exist or are not in the expected form, and unknown zones', () => {
    expect(wallTimeToIso({ date: '2026-04-31', time: '10:00' }, 'Europe/Zurich')).toEqual({ kind: 'invalid' });
    expect(wallTimeToIso({ date: '2026-02-10', time: '24:00' }, 'Europe/Zurich')).toEqual({ kind: 'invalid' });
    expect(wallTimeToIso({ date: '', time: '10:00' }, 'Europe/Zurich')).toEqual({ kind: 'invalid' });
    expect(wallTimeToIso({ date: '2026-02-10', time: '10:00' }, 'Europe/Geneva')).toEqual({ kind: 'invalid' });
  });
});

describe('isoToWallTime', () => {
  it('shows a UTC moment as the wall clock of the zone, on either side of a change', () => {
    expect(isoToWallTime('2026-03-29T00:59:00Z', 'Europe/Zurich')).toEqual({ date: '2026-03-29', time: '01:59' });
    expect(isoToWallTime('2026-03-29T01:00:00Z', 'Europe/Zurich')).toEqual({ date: '2026-03-29', time: '03:00' });
    expect(isoToWallTime('not a date', 'Europe/Zurich')).toBeNull();
  });
});

describe('offsets and zone choices', () => {
  it('reads the offset in minutes at a moment', () => {
    expect(offsetMinutesAt(Date.parse('2026-01-01T00:00:00Z'), 'Europe/Zurich')).toBe(60);
    expect(offsetMinutesAt(Date.parse('2026-07-01T00:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('offers the default zone and UTC among sorted choices', () => {
    const choices = timeZoneChoices();
    expect(choices).toContain('Europe/Zurich');
    expect(choices).toContain('UTC');
    expect([...choices].sort()).toEqual(choices);
  });

  it('enters dates of a round in its own zone, or in the default zone when the browser does not know it', () => {
    expect(entryTimeZone('America/Santiago')).toBe('America/Santiago');
    expect(entryTimeZone('Europe/Geneva')).toBe('Europe/Zurich');
    expect(entryTimeZone('Mars/Olympus_Mons')).toBe('Europe/Zurich');
  });

  it('reads Europe/Geneva, the server default that is not an IANA zone, as Europe/Zurich, and nothing else unknown', () => {
    expect(resolveTimeZone('Europe/Geneva')).toBe('Europe/Zurich');
    expect(resolveTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(resolveTimeZone('Mars/Olympus_Mons')).toBeNull();
  });
});
