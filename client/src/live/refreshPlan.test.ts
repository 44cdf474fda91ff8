import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../api/types';
import { round, thread } from '../consultation/testData';
import { planRefresh, threadNews, type ReaderSituation } from './refreshPlan';
import { version } from './testData';

const reader = (fields: Partial<ReaderSituation> & { threads?: CommentThread[] } = {}): ReaderSituation => {
  const threads = fields.threads ?? [];
  return {
    isHead: fields.isHead ?? true,
    selfUserId: fields.selfUserId ?? 'layla-haddad',
    knownThread: (id) => threads.find((candidate) => candidate.id === id),
  };
};

const reply = (id: string, authorId: string, authorName: string) => ({
  ...thread().opening,
  id,
  authorId,
  authorName,
});

describe('planRefresh', () => {
  it('reloads history and text of a reader of the latest version when the text changed, and announces the version', () => {
    const plan = planRefresh({ kind: 'versionAdded', added: { version: version('c1'), textChanged: true } }, reader());
    expect(plan).toMatchObject({ history: true, documentText: true, newerVersion: null, threads: false });
    expect(plan.announcement).toEqual({ kind: 'newVersion', name: 'Ana Moreno', message: 'Accept the proposal of Lao PDR' });
  });

  it('gives a reader of an earlier version a notice instead of new text', () => {
    const added = version('c1');
    const plan = planRefresh({ kind: 'versionAdded', added: { version: added, textChanged: true } }, reader({ isHead: false }));
    expect(plan.documentText).toBe(false);
    expect(plan.newerVersion).toBe(added);
  });

  it('reloads only the history for a consultation commit that leaves the text as it was', () => {
    const plan = planRefresh({ kind: 'versionAdded', added: { version: version('c1'), textChanged: false } }, reader());
    expect(plan).toMatchObject({ history: true, documentText: false, newerVersion: null, announcement: null });
  });

  it('does not announce a version the reader made themselves', () => {
    const plan = planRefresh(
      { kind: 'versionAdded', added: { version: version('c1', { authorId: 'layla-haddad' }), textChanged: true } },
      reader(),
    );
    expect(plan.documentText).toBe(true);
    expect(plan.announcement).toBeNull();
  });

  it('reloads threads and announces a comment the reader did not have', () => {
    const plan = planRefresh({ kind: 'threadChanged', thread: thread() }, reader());
    expect(plan).toMatchObject({ threads: true, history: false, documentText: false });
    expect(plan.announcement).toEqual({ kind: 'newComment', name: 'Ana Rojas', organisation: 'Chile' });
  });

  it('reloads threads quietly when a thread is removed, and nothing when an answer changes (the reader shows none)', () => {
    expect(planRefresh({ kind: 'threadRemoved', threadId: 't1' }, reader())).toMatchObject({ threads: true, announcement: null });
    const answer = {
      questionId: 'q1',
      organisationId: 'lebanon',
      organisationName: 'Lebanon',
      text: 'Yes.',
      authorId: 'layla-haddad',
      authorName: 'Layla Haddad',
      updated: '2026-01-12T09:00:00Z',
    };
    expect(planRefresh({ kind: 'answerChanged', answer }, reader())).toMatchObject({ history: false, rounds: false, threads: false, announcement: null });
  });

  it('reloads rounds, and the threads their phase lets the reader see, when a round changes', () => {
    const plan = planRefresh({ kind: 'roundChanged', round: round({ phase: 'Closed' }) }, reader());
    expect(plan).toMatchObject({ rounds: true, threads: true, history: false, documentText: false, announcement: null });
  });

  it('refreshes every view after a reconnect that missed versions, and nothing when none were missed', () => {
    const plan = planRefresh({ kind: 'caughtUp', missed: [version('c1'), version('c2')], truncated: false }, reader());
    expect(plan).toMatchObject({ history: true, threads: true, rounds: true, documentText: true });
    expect(plan.announcement).toEqual({ kind: 'caughtUp', count: 2 });
    expect(planRefresh({ kind: 'caughtUp', missed: [], truncated: false }, reader()).history).toBe(false);
  });

  it('refreshes after a reconnect whose missed list was cut short, but leaves the text of an earlier version alone', () => {
    const plan = planRefresh({ kind: 'caughtUp', missed: [], truncated: true }, reader({ isHead: false }));
    expect(plan).toMatchObject({ history: true, threads: true, documentText: false });
  });
});

describe('threadNews', () => {
  it('says nothing about the reader’s own new comment or one they submitted', () => {
    expect(threadNews(undefined, thread({ opening: { ...thread().opening, authorId: 'me' } }), 'me')).toBeNull();
    expect(threadNews(undefined, thread({ submittedById: 'me' }), 'me')).toBeNull();
  });

  it('announces a reply by someone else, not by the reader, and not an edit or a decision', () => {
    const before = thread();
    const withReply = thread({ replies: [reply('c2', 'tomas-reyes', 'Tomás Reyes')] });
    expect(threadNews(before, withReply, 'me')).toEqual({ kind: 'newReply', name: 'Tomás Reyes', organisation: 'Chile' });
    expect(threadNews(before, thread({ replies: [reply('c2', 'me', 'Me')] }), 'me')).toBeNull();
    expect(threadNews(withReply, withReply, 'me')).toBeNull();
  });

  it('announces a comment without an organisation by its author alone', () => {
    expect(threadNews(undefined, thread({ organisationName: null }), 'me')).toEqual({
      kind: 'newComment',
      name: 'Ana Rojas',
      organisation: null,
    });
  });
});
