import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatRelative, formattingLocale, parseDate, relativeParts } from './dates';

const now = new Date('2025-11-23T14:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms);
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('relativeParts', () => {
  it.each([
    [10_000, { value: -10, unit: 'second' }],
    [5 * minute, { value: -5, unit: 'minute' }],
    [44 * minute, { value: -44, unit: 'minute' }],
    [50 * minute, { value: -1, unit: 'hour' }],
    [3 * hour, { value: -3, unit: 'hour' }],
    [23 * hour, { value: -1, unit: 'day' }],
    [3 * day, { value: -3, unit: 'day' }],
    [30 * day, { value: -4, unit: 'week' }],
    [90 * day, { value: -3, unit: 'month' }],
    [800 * day, { value: -2, unit: 'year' }],
  ])('describes %i ms ago with the nearest unit', (ago, expected) => {
    expect(relativeParts(before(ago), now)).toEqual(expected);
  });

  it('gives positive values for moments in the future', () => {
    expect(relativeParts(new Date(now.getTime() + 2 * day), now)).toEqual({ value: 2, unit: 'day' });
  });

  it('gives zero seconds for the same moment', () => {
    expect(relativeParts(now, now)).toEqual({ value: 0, unit: 'second' });
  });
});

describe('formatRelative', () => {
  it('words the distance in the locale', () => {
    expect(formatRelative(before(5 * minute), now, 'en')).toBe('5 minutes ago');
    expect(formatRelative(before(3 * hour), now, 'en')).toBe('3 hours ago');
    expect(formatRelative(new Date(now.getTime() + 2 * day), now, 'en')).toBe('in 2 days');
  });

  it('uses natural words where the locale has them', () => {
    expect(formatRelative(before(day), now, 'en')).toBe('yesterday');
    expect(formatRelative(now, now, 'en')).toBe('now');
  });

  it('follows the language it is given', () => {
    expect(formatRelative(before(3 * day), now, 'fr')).toBe('il y a 3 jours');
  });
});

describe('formatAbsolute', () => {
  it('shows date and time in the given time zone', () => {
    expect(formatAbsolute(now, 'en-GB', 'UTC')).toBe('23 Nov 2025, 14:00');
  });
});

describe('parseDate', () => {
  it('reads ISO 8601 and rejects anything else', () => {
    expect(parseDate('2025-11-23T14:00:00Z')?.getTime()).toBe(now.getTime());
    expect(parseDate('yesterday')).toBeNull();
  });
});

describe('formattingLocale', () => {
  it("uses the browser's variant of the interface language", () => {
    expect(formattingLocale('en', ['de-CH', 'en-GB', 'en-US'])).toBe('en-GB');
  });

  it('uses the interface language when the browser prefers none of its variants', () => {
    expect(formattingLocale('fr', ['en-GB', 'de'])).toBe('fr');
  });
});
