import { describe, expect, it } from 'vitest';
import { checkOpenRound, defaultInvitations, emptyOpenRoundValues, type OpenRoundValues } from './openRoundForm';

const now = new Date('2026-01-10T09:00:00Z');

const filled = (fields: Partial<OpenRoundValues> = {}): OpenRoundValues => ({
  ...emptyOpenRoundValues(),
  title: '  Second consultation on the guidance  ',
  baseVersion: 'v2-second-draft',
  closes: { date: '2026-03-30', time: '17:00' },
  ...fields,
});

describe('checkOpenRound', () => {
  it('sends the trimmed title, the deadline with the offset of the chosen zone, and leaves out empty optional fields', () => {
    const check = checkOpenRound(filled(), now);
    expect(check).toEqual({
      ok: true,
      request: {
        title: 'Second consultation on the guidance',
        baseVersion: 'v2-second-draft',
        closes: '2026-03-30T17:00:00+02:00',
        timeZone: 'Europe/Zurich',
        visibility: 'Open',
        directSubmission: true,
        questions: [],
      },
    });
  });

  it('sends the opening, invited organisations, visibility, direct submission and questions with their sections', () => {
    const check = checkOpenRound(
      filled({
        timeZone: 'America/Santiago',
        opens: { date: '2026-02-01', time: '08:30' },
        invitedOrganisationIds: ['albania', 'lebanon'],
        visibility: 'Closed',
        directSubmission: false,
        questions: [
          { key: 'q1', text: ' Which services reach survivors in rural areas? ', sectionBlockId: 'h7' },
          { key: 'q2', text: 'Anything else?', sectionBlockId: '' },
        ],
      }),
      now,
    );
    expect(check.ok && check.request).toEqual({
      title: 'Second consultation on the guidance',
      baseVersion: 'v2-second-draft',
      opens: '2026-02-01T08:30:00-03:00',
      closes: '2026-03-30T17:00:00-03:00',
      timeZone: 'America/Santiago',
      invitedOrganisationIds: ['albania', 'lebanon'],
      visibility: 'Closed',
      directSubmission: false,
      questions: [
        { text: 'Which services reach survivors in rural areas?', sectionBlockId: 'h7' },
        { text: 'Anything else?' },
      ],
    });
  });

  it('asks for a title, a circulated version and a deadline', () => {
    const check = checkOpenRound(emptyOpenRoundValues(), now);
    expect(check).toEqual({
      ok: false,
      problems: { title: 'titleMissing', baseVersion: 'baseVersionMissing', closes: 'dateMissing', questions: {} },
    });
  });

  it('refuses a title longer than the server allows', () => {
    const check = checkOpenRound(filled({ title: 'x'.repeat(201) }), now);
    expect(check.ok ? null : check.problems.title).toBe('titleTooLong');
    expect(checkOpenRound(filled({ title: 'x'.repeat(200) }), now).ok).toBe(true);
  });

  it('requires the deadline to come after the opening, or after now when the round opens at once', () => {
    const early = checkOpenRound(filled({ opens: { date: '2026-03-30', time: '17:00' } }), now);
    expect(early.ok ? null : early.problems.closes).toBe('closesNotAfterOpens');
    const past = checkOpenRound(filled({ closes: { date: '2026-01-10', time: '09:59' } }), now);
    expect(past.ok ? null : past.problems.closes).toBe('closesNotAfterOpens');
    expect(checkOpenRound(filled({ closes: { date: '2026-01-10', time: '10:01' } }), now).ok).toBe(true);
  });

  it('names half-filled, impossible and skipped times', () => {
    const half = checkOpenRound(filled({ opens: { date: '2026-02-01', time: '' } }), now);
    expect(half.ok ? null : half.problems.opens).toBe('dateMissing');
    const impossible = checkOpenRound(filled({ closes: { date: '2026-02-30', time: '12:00' } }), now);
    expect(impossible.ok ? null : impossible.problems.closes).toBe('dateInvalid');
    const skipped = checkOpenRound(filled({ closes: { date: '2026-03-29', time: '02:15' } }), now);
    expect(skipped.ok ? null : skipped.problems.closes).toBe('timeSkipped');
  });

  it('names each empty or overlong question by its key', () => {
    const check = checkOpenRound(
      filled({
        questions: [
          { key: 'a', text: '   ', sectionBlockId: '' },
          { key: 'b', text: 'Fine question?', sectionBlockId: '' },
          { key: 'c', text: 'y'.repeat(2001), sectionBlockId: '' },
        ],
      }),
      now,
    );
    expect(check.ok ? null : check.problems.questions).toEqual({ a: 'questionMissing', c: 'questionTooLong' });
  });
});

describe('defaultInvitations', () => {
  it('invites the organisations that contribute by default', () => {
    expect(
      defaultInvitations([
        { id: 'panama', defaultRole: 'Coordinator' },
        { id: 'albania', defaultRole: 'Contributor' },
        { id: 'apmbc-va', defaultRole: 'Observer' },
        { id: 'lebanon', defaultRole: 'Contributor' },
      ]),
    ).toEqual(['albania', 'lebanon']);
  });
});
