import { describe, expect, it } from 'vitest';
import { deadlineTexts } from './deadline';

const deadline = new Date('2026-01-15T16:00:00Z');

describe('deadlineTexts', () => {
  it('shows the deadline in the round zone and, when it differs, in the reader zone', () => {
    const texts = deadlineTexts(deadline, 'en-GB', 'Europe/Zurich', 'America/New_York');
    expect(texts.inRoundZone).toBe('15 Jan 2026, 17:00 CET');
    expect(texts.inReaderZone).toBe('15 Jan 2026, 11:00 GMT-5');
  });

  it('leaves out the reader time when the reader is in the round zone', () => {
    expect(deadlineTexts(deadline, 'en-GB', 'Europe/Zurich', 'Europe/Zurich').inReaderZone).toBeNull();
  });

  it('moves the date when the zones lie on different days', () => {
    const texts = deadlineTexts(new Date('2026-03-01T22:30:00Z'), 'en-GB', 'UTC', 'Asia/Tokyo');
    expect(texts.inRoundZone).toBe('1 Mar 2026, 22:30 UTC');
    expect(texts.inReaderZone).toBe('2 Mar 2026, 07:30 GMT+9');
  });

  it('shows a round in Europe/Geneva, the server default, in Geneva time rather than UTC', () => {
    expect(deadlineTexts(deadline, 'en-GB', 'Europe/Geneva', 'UTC').inRoundZone).toBe(deadlineTexts(deadline, 'en-GB', 'Europe/Zurich', 'UTC').inRoundZone);
  });

  it('shows an unknown round zone as UTC rather than failing', () => {
    expect(deadlineTexts(deadline, 'en-GB', 'Nowhere/Place', 'UTC')).toEqual({
      inRoundZone: '15 Jan 2026, 16:00 UTC',
      inReaderZone: null,
    });
  });
});
