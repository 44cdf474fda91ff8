import type { CommentThread, VersionInfo } from '../api/types';
import type { DocumentEvent } from './types';

/** A change to the document that reached the reader: a hub event (versions already deduplicated) or the catch-up after joining. */
export type LiveChange =
  | Exclude<DocumentEvent, { kind: 'presenceChanged' }>
  | { kind: 'caughtUp'; missed: readonly VersionInfo[]; truncated: boolean };

/** Something worth telling the reader in the polite live region. */
export type LiveAnnouncement =
  | { kind: 'newComment'; name: string; organisation: string | null }
  | { kind: 'newReply'; name: string; organisation: string | null }
  | { kind: 'newVersion'; name: string; message: string }
  | { kind: 'caughtUp'; count: number };

/** Which parts of the reader to load again, and what to say about it. */
export interface RefreshPlan {
  history: boolean;
  threads: boolean;
  rounds: boolean;
  /** Load the document text again (the reader is on the latest version). */
  documentText: boolean;
  /** Tell a reader of an earlier version that a newer text exists. */
  newerVersion: VersionInfo | null;
  announcement: LiveAnnouncement | null;
}

export interface ReaderSituation {
  /** The reader shows the latest version. */
  isHead: boolean;
  selfUserId: string;
  /** The thread as the reader shows it now, if it does. */
  knownThread(threadId: string): CommentThread | undefined;
}

const nothing: RefreshPlan = {
  history: false,
  threads: false,
  rounds: false,
  documentText: false,
  newerVersion: null,
  announcement: null,
};

/** What a comment thread's change brings that the reader did not have: a new comment or a new reply by someone else. */
export function threadNews(previous: CommentThread | undefined, next: CommentThread, selfUserId: string): LiveAnnouncement | null {
  const organisation = next.organisationName ?? null;
  if (previous === undefined) {
    const fromSelf = next.opening.authorId === selfUserId || next.submittedById === selfUserId;
    return fromSelf ? null : { kind: 'newComment', name: next.opening.authorName, organisation };
  }
  if (next.replies.length <= previous.replies.length) return null;
  const reply = next.replies[next.replies.length - 1]!;
  if (reply.authorId === selfUserId) return null;
  return { kind: 'newReply', name: reply.authorName, organisation };
}

/** The parts of the reader a live change makes out of date. */
export function planRefresh(change: LiveChange, situation: ReaderSituation): RefreshPlan {
  switch (change.kind) {
    case 'versionAdded': {
      const { version, textChanged } = change.added;
      const announce = textChanged && version.authorId !== situation.selfUserId;
      return {
        ...nothing,
        history: true,
        documentText: textChanged && situation.isHead,
        newerVersion: textChanged && !situation.isHead ? version : null,
        announcement: announce ? { kind: 'newVersion', name: version.authorName, message: version.message } : null,
      };
    }
    case 'threadChanged':
      return {
        ...nothing,
        threads: true,
        announcement: threadNews(situation.knownThread(change.thread.id), change.thread, situation.selfUserId),
      };
    case 'threadRemoved':
      return { ...nothing, threads: true };
    case 'roundChanged':
      // A round's phase decides who sees which threads (a closed-visibility round shows all once closed).
      return { ...nothing, rounds: true, threads: true };
    case 'answerChanged':
      // The reader shows no answers (the round's questions page does).
      return nothing;
    case 'blockChanged':
      // The block is updated in place; the version that comes with it refreshes the history.
      return nothing;
    case 'caughtUp': {
      const missedAny = change.missed.length > 0 || change.truncated;
      if (!missedAny) return nothing;
      return {
        history: true,
        threads: true,
        rounds: true,
        documentText: situation.isHead,
        newerVersion: null,
        announcement: { kind: 'caughtUp', count: change.missed.length },
      };
    }
  }
}
