import type { LiveChange } from '../live/refreshPlan';

/** What the questions page loads again after a live change, and whose answer to announce. */
export interface QuestionsRefresh {
  answers: boolean;
  round: boolean;
  /** The organisation whose answer just changed, when someone else changed it. */
  answeredBy: string | null;
}

const nothing: QuestionsRefresh = { answers: false, round: false, answeredBy: null };

/**
 * Answers are reloaded rather than patched in: an answer carries no round, and the round's phase decides which
 * answers a person may see (a closed-visibility round shows every organisation's once it closes).
 */
export function planQuestionsRefresh(change: LiveChange, roundId: string, selfUserId: string | null): QuestionsRefresh {
  switch (change.kind) {
    case 'answerChanged':
      return { answers: true, round: false, answeredBy: change.answer.authorId === selfUserId ? null : change.answer.organisationName };
    case 'roundChanged':
      return change.round.id === roundId ? { answers: true, round: true, answeredBy: null } : nothing;
    case 'caughtUp':
      return change.missed.length > 0 || change.truncated ? { answers: true, round: true, answeredBy: null } : nothing;
    default:
      return nothing;
  }
}
