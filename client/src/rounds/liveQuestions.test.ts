import { describe, expect, it } from 'vitest';
import type { Answer } from '../api/roundTypes';
import { round } from '../consultation/testData';
import { version } from '../live/testData';
import { planQuestionsRefresh } from './liveQuestions';

const answer = (fields: Partial<Answer> = {}): Answer => ({
  questionId: 'q1',
  organisationId: 'lebanon',
  organisationName: 'Lebanon',
  text: 'Our national plan covers this.',
  authorId: 'layla',
  authorName: 'Layla Haddad',
  updated: '2026-11-23T10:00:00Z',
  ...fields,
});

describe('planQuestionsRefresh', () => {
  it('reloads the answers and names the organisation when someone else answers', () => {
    expect(planQuestionsRefresh({ kind: 'answerChanged', answer: answer() }, 'r1', 'ana')).toEqual({
      answers: true,
      round: false,
      answeredBy: 'Lebanon',
    });
  });

  it('reloads the answers without an announcement for the person who answered', () => {
    expect(planQuestionsRefresh({ kind: 'answerChanged', answer: answer() }, 'r1', 'layla').answeredBy).toBeNull();
  });

  it('reloads the round and its answers when this round changes, and nothing for another round', () => {
    expect(planQuestionsRefresh({ kind: 'roundChanged', round: round({ id: 'r1' }) }, 'r1', 'ana')).toEqual({
      answers: true,
      round: true,
      answeredBy: null,
    });
    expect(planQuestionsRefresh({ kind: 'roundChanged', round: round({ id: 'r2' }) }, 'r1', 'ana')).toEqual({
      answers: false,
      round: false,
      answeredBy: null,
    });
  });

  it('reloads everything after a reconnect that missed versions, and nothing when none were missed', () => {
    expect(planQuestionsRefresh({ kind: 'caughtUp', missed: [version('c2')], truncated: false }, 'r1', 'ana').answers).toBe(true);
    expect(planQuestionsRefresh({ kind: 'caughtUp', missed: [], truncated: true }, 'r1', 'ana').round).toBe(true);
    expect(planQuestionsRefresh({ kind: 'caughtUp', missed: [], truncated: false }, 'r1', 'ana').answers).toBe(false);
  });

  it('ignores changes to threads and versions', () => {
    expect(planQuestionsRefresh({ kind: 'threadRemoved', threadId: 't1' }, 'r1', 'ana').answers).toBe(false);
  });
});
