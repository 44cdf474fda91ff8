// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import type { CommentThread, DecisionOutcome } from '../api/types';
import { CommentForm } from './CommentDialog';
import { DecisionForm } from './DecisionForm';
import { round, thread } from './testData';

const passage = { blockId: 'p7', start: 4, end: 29, exact: 'survivors and\ntheir families' };

interface SentRequest {
  url: string;
  method: string;
  body: unknown;
}

/** Replaces fetch with one answering `status` and `body` to every call, recording what was sent. */
function answerWith(status: number, body: unknown): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, method: init.method ?? 'GET', body: init.body == null ? undefined : JSON.parse(init.body as string) });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  });
  return sent;
}

beforeEach(() => {
  vi.unstubAllGlobals();
});

afterEach(cleanup);

function renderCommentForm(draftOffered: boolean) {
  const onCreated = vi.fn<(created: CommentThread) => void>();
  render(
    <CommentForm
      documentId="guidance"
      round={round()}
      passage={passage}
      draftOffered={draftOffered}
      onCancel={() => undefined}
      onCreated={onCreated}
    />,
  );
  return onCreated;
}

describe('CommentForm', () => {
  it('sends the round, the passage, the type and the text, with no proposal unless one is asked for', async () => {
    const sent = answerWith(201, thread());
    const onCreated = renderCommentForm(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Editorial' }));
    await user.type(screen.getByLabelText('Your comment'), 'Use the wording of the Convention.');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(thread()));
    expect(sent).toEqual([
      {
        url: '/api/documents/guidance/threads',
        method: 'POST',
        body: { roundId: 'round-1', blockId: 'p7', start: 4, end: 29, type: 'Editorial', text: 'Use the wording of the Convention.' },
      },
    ]);
  });

  it('prefills the proposed wording with the passage on one line, and sends an emptied wording as a deletion', async () => {
    const sent = answerWith(201, thread());
    renderCommentForm(true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your comment'), 'Delete this.');
    await user.click(screen.getByRole('checkbox', { name: 'Propose new wording for this passage' }));
    const wording = screen.getByLabelText('Proposed wording');
    expect(wording).toHaveProperty('value', 'survivors and their families');
    await user.clear(wording);
    await user.click(screen.getByRole('checkbox', { name: 'Keep as a draft for my organisation' }));
    await user.click(screen.getByRole('button', { name: 'Send comment' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).toEqual({
      roundId: 'round-1',
      blockId: 'p7',
      start: 4,
      end: 29,
      type: 'General',
      text: 'Delete this.',
      proposedReplacement: '',
      draft: true,
    });
  });

  it('refuses an empty comment and a wording on several lines without calling the server', async () => {
    const sent = answerWith(201, thread());
    renderCommentForm(true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your comment'), '   ');
    await user.click(screen.getByRole('checkbox', { name: 'Propose new wording for this passage' }));
    await user.type(screen.getByLabelText('Proposed wording'), '{Enter}second line');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));

    expect(screen.getByText('Please write your comment.')).toBeTruthy();
    expect(screen.getByText(/must stay on one line/)).toBeTruthy();
    expect(screen.getByLabelText('Your comment').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Your comment'));
    expect(sent).toEqual([]);
  });

  it('shows the limit as the person types', async () => {
    answerWith(201, thread());
    renderCommentForm(true);
    await userEvent.setup().type(screen.getByLabelText('Your comment'), 'Twelve chars');
    expect(screen.getByText('12 of 10,000 characters')).toBeTruthy();
  });

  it('shows the server’s problem and keeps what was typed', async () => {
    answerWith(409, { title: 'The round has closed', detail: 'Comments were due on 30 January.', status: 409 });
    const onCreated = renderCommentForm(true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your comment'), 'A late thought.');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The round has closed');
    expect(alert.textContent).toContain('Comments were due on 30 January.');
    expect(screen.getByLabelText('Your comment')).toHaveProperty('value', 'A late thought.');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('offers no draft choice to someone whose comments are drafts anyway, and says so', () => {
    answerWith(201, thread());
    renderCommentForm(false);
    expect(screen.queryByRole('checkbox', { name: 'Keep as a draft for my organisation' })).toBeNull();
    expect(screen.getByText(/saved as a draft of your organisation/)).toBeTruthy();
  });
});

const outcome = (changed: boolean): DecisionOutcome => ({
  thread: thread(),
  version: {
    commitId: 'c'.repeat(40),
    parentId: null,
    when: '2026-02-01T10:00:00Z',
    authorId: 'ana-moreno',
    authorName: 'Ana Moreno',
    organisation: 'Panama',
    message: 'Accept the proposed change',
    tags: [],
  },
  textChanged: changed,
});

function renderDecisionForm(subject: CommentThread) {
  const onDecided = vi.fn<(decided: DecisionOutcome) => void>();
  render(<DecisionForm documentId="guidance" thread={subject} onDecided={onDecided} />);
  return onDecided;
}

describe('DecisionForm', () => {
  const proposing = thread({ proposedReplacement: 'survivors, their families and communities' });

  it('says that accepting applies the change as a new version, and sends the disposition and response', async () => {
    const sent = answerWith(200, outcome(true));
    const onDecided = renderDecisionForm(proposing);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Accepted' }));
    expect(screen.getByText(/applies the proposed change to the text as a new version/)).toBeTruthy();
    expect(screen.queryByLabelText('Wording to apply')).toBeNull();
    await user.type(screen.getByLabelText('Response to the participant'), 'Thank you.');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));

    await waitFor(() => expect(onDecided).toHaveBeenCalledWith(outcome(true)));
    expect(sent).toEqual([
      { url: '/api/documents/guidance/threads/thread-1/decision', method: 'POST', body: { disposition: 'Accepted', response: 'Thank you.' } },
    ]);
  });

  it('accepting in part sends the edited wording, prefilled with the proposal', async () => {
    const sent = answerWith(200, outcome(true));
    renderDecisionForm(proposing);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Accepted in part' }));
    const wording = screen.getByLabelText('Wording to apply');
    expect(wording).toHaveProperty('value', 'survivors, their families and communities');
    await user.clear(wording);
    await user.type(wording, 'survivors and their families');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).toEqual({ disposition: 'AcceptedInPart', response: '', replacement: 'survivors and their families' });
  });

  it('asks for a disposition before sending anything', async () => {
    const sent = answerWith(200, outcome(false));
    renderDecisionForm(proposing);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getByText('Please choose a disposition.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Accepted' }));
    expect(sent).toEqual([]);
  });

  it('sends no wording for a thread without a proposal, and no note about changing the text', async () => {
    const sent = answerWith(200, outcome(false));
    renderDecisionForm(thread());
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Accepted in part' }));
    expect(screen.queryByLabelText('Wording to apply')).toBeNull();
    expect(screen.queryByText(/applies the proposed change/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).toEqual({ disposition: 'AcceptedInPart', response: '' });
  });

  it('on a proposal already in the text, says a new decision changes only the record and sends no wording', async () => {
    const sent = answerWith(200, outcome(false));
    renderDecisionForm({
      ...proposing,
      decision: { disposition: 'Accepted', response: 'Done.', decidedById: 'ana-moreno', decidedByName: 'Ana Moreno', when: '2026-02-01T10:00:00Z' },
    });
    const user = userEvent.setup();
    expect(screen.getByText(/already in the text/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Accepted in part' }));
    expect(screen.queryByLabelText('Wording to apply')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).toEqual({ disposition: 'AcceptedInPart', response: 'Done.' });
  });

  it('shows the server’s problem when the decision is refused', async () => {
    answerWith(403, { title: 'Only coordinators decide on comments', status: 403 });
    const onDecided = renderDecisionForm(proposing);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Noted' }));
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Only coordinators decide on comments');
    expect(onDecided).not.toHaveBeenCalled();
  });
});
