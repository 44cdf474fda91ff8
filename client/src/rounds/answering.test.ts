import { describe, expect, it } from 'vitest';
import type { Answer } from '../api/roundTypes';
import { round } from '../consultation/testData';
import { answerAccess, answerProblem, answersByQuestion } from './answering';

const invited = round({
  invitedOrganisations: [
    { id: 'lebanon', name: 'Lebanon' },
    { id: 'panama', name: 'Panama' },
  ],
  questions: [
    { id: 'q1', text: 'Which services reach rural areas?' },
    { id: 'q2', text: 'What data is collected?', sectionBlockId: 'h3' },
  ],
});

const answer = (fields: Partial<Answer>): Answer => ({
  questionId: 'q1',
  organisationId: 'lebanon',
  organisationName: 'Lebanon',
  text: 'Mobile teams.',
  authorId: 'layla-haddad',
  authorName: 'Layla Haddad',
  updated: '2026-01-12T10:00:00Z',
  ...fields,
});

describe('answerAccess', () => {
  it('lets contributors and coordinators of an invited organisation answer while the round is open', () => {
    expect(answerAccess('Contributor', 'lebanon', invited)).toEqual({ kind: 'edit' });
    expect(answerAccess('Coordinator', 'panama', invited)).toEqual({ kind: 'edit' });
  });

  it('shows an invited organisation its answers read-only before the round opens and after it closes, saying why', () => {
    expect(answerAccess('Contributor', 'lebanon', { ...invited, phase: 'Scheduled' })).toEqual({ kind: 'readOnly', reason: 'scheduled' });
    expect(answerAccess('Contributor', 'lebanon', { ...invited, phase: 'Closed' })).toEqual({ kind: 'readOnly', reason: 'closed' });
  });

  it('gives observers and people of organisations not invited no answer of their own', () => {
    expect(answerAccess('Observer', 'lebanon', invited)).toEqual({ kind: 'none', reason: 'observer' });
    expect(answerAccess('Contributor', 'iraq', invited)).toEqual({ kind: 'none', reason: 'notInvited' });
    expect(answerAccess('Coordinator', 'chile', invited)).toEqual({ kind: 'none', reason: 'notInvited' });
    expect(answerAccess('Contributor', null, invited)).toEqual({ kind: 'none', reason: 'notInvited' });
  });
});

describe('answersByQuestion', () => {
  it('groups answers by question, puts the own organisation apart and sorts the others by name', () => {
    const grouped = answersByQuestion(
      invited,
      [
        answer({}),
        answer({ organisationId: 'panama', organisationName: 'Panama', text: 'Clinics.' }),
        answer({ organisationId: 'albania', organisationName: 'Albania', text: 'Outreach.' }),
        answer({ questionId: 'q2', organisationId: 'panama', organisationName: 'Panama' }),
        answer({ questionId: 'gone' }),
      ],
      'lebanon',
    );
    expect(grouped.get('q1')?.own?.text).toBe('Mobile teams.');
    expect(grouped.get('q1')?.others.map((a) => a.organisationName)).toEqual(['Albania', 'Panama']);
    expect(grouped.get('q2')).toEqual({ own: null, others: [expect.objectContaining({ organisationId: 'panama' })] });
    expect([...grouped.keys()]).toEqual(['q1', 'q2']);
  });

  it('lists every answer among the others for someone answering for no organisation', () => {
    const grouped = answersByQuestion(invited, [answer({})], null);
    expect(grouped.get('q1')).toEqual({ own: null, others: [expect.objectContaining({ organisationId: 'lebanon' })] });
  });
});

describe('answers checks and authors', () => {
  it('refuses an empty or overlong answer', () => {
    expect(answerProblem('  \n ')).toBe('answerMissing');
    expect(answerProblem('a'.repeat(10_001))).toBe('answerTooLong');
    expect(answerProblem('Yes, through mobile teams.')).toBeUndefined();
  });
});
