/**
 * Wall-clock dates and times in a named IANA time zone, turned into ISO 8601 moments with the zone's offset
 * at that date (and back), using only Intl: summer time is taken into account on both sides of each change.
 */

/** Geneva keeps the time of Europe/Zurich; "Europe/Geneva" is not a zone of the IANA database. */
export const defaultTimeZone = 'Europe/Zurich';

export interface WallTime {
  /** yyyy-mm-dd, as an <input type="date"> gives it. */
  date: string;
  /** hh:mm (24 hours), as an <input type="time"> gives it. */
  time: string;
}

export type ZonedConversion =
  | { kind: 'ok'; iso: string }
  /** The date or time is not a real one (or not in the expected form), or the zone is unknown. */
  | { kind: 'invalid' }
  /** The clocks skip this time in the zone (the hour lost when summer time starts). */
  | { kind: 'skipped' };

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function wallPartsAt(utcMs: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** The zone's offset from UTC in minutes at the moment `utcMs` (e.g. 60 for Geneva in winter, 120 in summer). */
export function offsetMinutesAt(utcMs: number, timeZone: string): number {
  const wall = wallPartsAt(utcMs, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((wallAsUtc - Math.floor(utcMs / 1000) * 1000) / minuteMs);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
}

function parseWallTime({ date, time }: WallTime): number | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (dateMatch === null || timeMatch === null) return null;
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  const [hour, minute] = [Number(timeMatch[1]), Number(timeMatch[2])];
  if (hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  // Date.UTC rolls 31 April over to 1 May: such a date is not a real one.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return asUtc;
}

/**
 * The moment a wall-clock date and time in `timeZone` stands for, as ISO 8601 with the zone's offset then
 * ("2026-03-30T17:00:00+02:00"). A time the clocks skip is reported as such; a time that occurs twice (the hour
 * repeated when summer time ends) is taken at its first occurrence, in summer time.
 */
export function wallTimeToIso(wall: WallTime, timeZone: string): ZonedConversion {
  if (!isKnownTimeZone(timeZone)) return { kind: 'invalid' };
  const wallAsUtc = parseWallTime(wall);
  if (wallAsUtc === null) return { kind: 'invalid' };
  // The offsets in force a day either side cover every change of offset near this date.
  const candidateOffsets = [...new Set([offsetMinutesAt(wallAsUtc - dayMs, timeZone), offsetMinutesAt(wallAsUtc + dayMs, timeZone)])];
  const matches = candidateOffsets
    .map((offset) => ({ offset, utc: wallAsUtc - offset * minuteMs }))
    .filter(({ offset, utc }) => offsetMinutesAt(utc, timeZone) === offset)
    .sort((a, b) => a.utc - b.utc);
  const first = matches[0];
  if (first === undefined) return { kind: 'skipped' };
  return { kind: 'ok', iso: `${wall.date}T${wall.time}:00${formatOffset(first.offset)}` };
}

/** The wall-clock date and time in `timeZone` of an ISO moment, to fill date and time fields; null for an unreadable moment or zone. */
export function isoToWallTime(iso: string, timeZone: string): WallTime | null {
  const utcMs = Date.parse(iso);
  if (Number.isNaN(utcMs) || !isKnownTimeZone(timeZone)) return null;
  const wall = wallPartsAt(utcMs, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return { date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/** The IANA zones the browser knows, sorted, with UTC and the default zone always among them. */
export function timeZoneChoices(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...supported, 'UTC', defaultTimeZone])].sort();
}

/** Names used for places that share another zone's time but are not zones of the IANA database themselves. */
const placeAliases: Record<string, string> = { 'Europe/Geneva': 'Europe/Zurich' };

/** A zone the browser can compute with: the zone itself, the zone of a known place alias, or null. */
export function resolveTimeZone(timeZone: string): string | null {
  if (isKnownTimeZone(timeZone)) return timeZone;
  const alias = placeAliases[timeZone];
  return alias !== undefined && isKnownTimeZone(alias) ? alias : null;
}

/** The zone to enter dates in for an existing round: its own zone (or alias) when the browser knows it, else the default. */
export function entryTimeZone(roundTimeZone: string): string {
  return resolveTimeZone(roundTimeZone) ?? defaultTimeZone;
}
