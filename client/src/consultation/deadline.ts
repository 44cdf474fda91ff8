/** Deadlines of consultation rounds, shown in the round's own time zone and in the reader's. */
import { resolveTimeZone } from '../rounds/zonedTime';

export interface DeadlineTexts {
  /** The deadline in the round's time zone, with the zone's name: "15 Jan 2026, 17:00 CET". */
  inRoundZone: string;
  /** The same moment in the reader's zone, or null when both zones show the same wall-clock time. */
  inReaderZone: string | null;
}

function format(when: Date, locale: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone !== undefined && { timeZone }),
  }).format(when);
}

function zoneName(when: Date, locale: string, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZoneName: 'short',
    ...(timeZone !== undefined && { timeZone }),
  }).formatToParts(when);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone ?? '';
}

/**
 * The deadline in the round's zone and in the reader's zone (`readerZone`, the browser's when left out).
 * An unknown round zone falls back to UTC, so the page still shows a correct moment (Europe/Geneva reads as Europe/Zurich).
 */
export function deadlineTexts(when: Date, locale: string, roundZone: string, readerZone?: string): DeadlineTexts {
  const zone = resolveTimeZone(roundZone) ?? 'UTC';
  const round = `${format(when, locale, zone)} ${zoneName(when, locale, zone)}`;
  const reader = `${format(when, locale, readerZone)} ${zoneName(when, locale, readerZone)}`;
  return { inRoundZone: round, inReaderZone: reader === round ? null : reader };
}
