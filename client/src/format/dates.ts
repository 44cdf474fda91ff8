/** Date formatting for version history: "3 hours ago" next to "23 Nov 2025, 14:06". */

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

interface Step {
  unit: Intl.RelativeTimeFormatUnit;
  size: number;
  /** Use this unit while the distance is below this many milliseconds. */
  below: number;
}

const steps: Step[] = [
  { unit: 'second', size: second, below: 45 * second },
  { unit: 'minute', size: minute, below: 45 * minute },
  { unit: 'hour', size: hour, below: 22 * hour },
  { unit: 'day', size: day, below: 26 * day },
  { unit: 'week', size: 7 * day, below: 45 * day },
  { unit: 'month', size: 30.4375 * day, below: 320 * day },
  { unit: 'year', size: 365.25 * day, below: Number.POSITIVE_INFINITY },
];

/** The nearest whole unit for the distance from `now` to `when`; negative values lie in the past. */
export function relativeParts(when: Date, now: Date): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const distance = when.getTime() - now.getTime();
  const magnitude = Math.abs(distance);
  const step = steps.find((s) => magnitude < s.below) ?? steps[steps.length - 1]!;
  const value = Math.round(distance / step.size);
  return { value: value === 0 ? 0 : value, unit: step.unit };
}

/** "just now"-style wording for the locale: "5 minutes ago", "yesterday", "in 2 days". */
export function formatRelative(when: Date, now: Date, locale: string): string {
  const { value, unit } = relativeParts(when, now);
  const formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return formatter.format(value, unit);
}

export function formatAbsolute(when: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone !== undefined && { timeZone }),
  }).format(when);
}

export function parseDate(iso: string): Date | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * The locale for dates: the browser's own variant of the interface language when it has one
 * (English interface in an en-GB browser → "23 Nov 2025"), else the interface language itself.
 */
export function formattingLocale(uiLanguage: string, browserLanguages: readonly string[]): string {
  const primary = uiLanguage.toLowerCase().split('-')[0];
  return browserLanguages.find((language) => language.toLowerCase().split('-')[0] === primary) ?? uiLanguage;
}
