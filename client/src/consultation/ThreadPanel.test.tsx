// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import type { CommentThread, Round } from '../api/types';
import { canDecide, canEditComment, canOpenThread, canReply, canSubmitDirectly, canSubmitDraft, type Participant } from './permissions';
import { round, thread } from './testData';
import { ThreadPanel } from './ThreadPanel';

const albania = { id: 'albania', name: 'Albania' };
const openRound = round({ invitedOrganisations: [albania], directSubmission: false });
const contributor: Participant = { userId: 'arben-hoxha', organisationId: 'albania', role: 'Contributor', focalPoint: false };
const focalPoint: Participant = { ...contributor, focalPoint: true };
const coordinator: Participant = { userId: 'ana-moreno', organisationId: 'panama', role: 'Coordinator', focalPoint: false };
const observer: Participant = { userId: 'maria-santos', organisationId: 'apmbc', role: 'Observer', focalPoint: false };

const albanianThread = (fields: Partial<CommentThread> = {}) =>
  thread({
    organisationId: 'albania',
    organisationName: 'Albania',
    opening: { ...thread().opening, authorId: 'arben-hoxha', authorName: 'Arben Hoxha', organisationId: 'albania' },
    ...fields,
  });

describe('consultation permissions', () => {
  it('lets invited contributors comment while the round is open, coordinators until it closes, observers never', () => {
    expect(canOpenThread(contributor, openRound)).toBe(true);
    expect(canOpenThread(contributor, { ...openRound, phase: 'Scheduled' })).toBe(false);
    expect(canOpenThread({ ...contributor, organisationId: 'iraq' }, openRound)).toBe(false);
    expect(canOpenThread(coordinator, { ...openRound, phase: 'Scheduled' })).toBe(true);
    expect(canOpenThread(coordinator, { ...openRound, phase: 'Closed' })).toBe(false);
    expect(canOpenThread({ ...observer, organisationId: 'albania' }, openRound)).toBe(false);
  });

  it('lets focal points and coordinators submit directly, others only when the round allows it', () => {
    expect(canSubmitDirectly(contributor, openRound)).toBe(false);
    expect(canSubmitDirectly(contributor, { ...openRound, directSubmission: true })).toBe(true);
    expect(canSubmitDirectly(focalPoint, openRound)).toBe(true);
    expect(canSubmitDirectly(coordinator, openRound)).toBe(true);
  });

  it('lets a focal point submit a draft of their organisation while the round is open', () => {
    const draft = albanianThread({ stage: 'Draft' });
    expect(canSubmitDraft(focalPoint, openRound, draft)).toBe(true);
    expect(canSubmitDraft(contributor, openRound, draft)).toBe(false);
    expect(canSubmitDraft({ ...focalPoint, organisationId: 'iraq' }, openRound, draft)).toBe(false);
    expect(canSubmitDraft(focalPoint, { ...openRound, phase: 'Closed' }, draft)).toBe(false);
    expect(canSubmitDraft(focalPoint, openRound, albanianThread())).toBe(false);
  });

  it('lets authors edit their own comments while the round is open, and coordinators reply and decide', () => {
    const comment = albanianThread().opening;
    expect(canEditComment(contributor, openRound, comment)).toBe(true);
    expect(canEditComment(coordinator, openRound, comment)).toBe(false);
    expect(canEditComment(contributor, { ...openRound, phase: 'Closed' }, comment)).toBe(false);
    expect(canReply(coordinator, { ...openRound, phase: 'Closed' })).toBe(true);
    expect(canReply(contributor, { ...openRound, phase: 'Closed' })).toBe(false);
    expect(canDecide(coordinator, albanianThread())).toBe(true);
    expect(canDecide(coordinator, albanianThread({ stage: 'Draft' }))).toBe(false);
    expect(canDecide(contributor, albanianThread())).toBe(false);
  });
});

function renderPanel(subject: CommentThread, person: Participant, inRound: Round | null = openRound) {
  const onChanged = vi.fn<(changed: CommentThread, announcement: string) => void>();
  render(
    <ThreadPanel
      documentId="guidance"
      thread={subject}
      round={inRound}
      person={person}
      onChanged={onChanged}
      onDecided={() => undefined}
      onClose={() => undefined}
    />,
  );
  return { onChanged, panel: screen.getByRole('region', { name: 'Comment thread' }) };
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('ThreadPanel', () => {
  it('shows the comments with author, organisation and an “edited” marker, and the proposal as a redline', () => {
    const { panel } = renderPanel(
      albanianThread({
        proposedReplacement: 'survivors and families',
        replies: [
          {
            id: 'c2',
            authorId: 'ana-moreno',
            authorName: 'Ana Moreno',
            organisationId: 'panama',
            created: '2026-01-11T10:00:00Z',
            lastChanged: '2026-01-12T10:00:00Z',
            text: 'Thank you; we will consider it.',
            edited: true,
          },
        ],
      }),
      observer,
    );
    const comments = within(panel).getAllByRole('listitem');
    expect(comments[0]!.textContent).toContain('Arben Hoxha · Albania');
    expect(comments[1]!.textContent).toContain('Ana Moreno');
    expect(comments[1]!.textContent).toContain('edited');
    expect(comments[0]!.textContent).not.toContain('edited');
    expect(within(panel).getByRole('insertion').textContent).toContain('survivors and families');
    expect(within(panel).getByRole('deletion').textContent).toContain('survivors');
    expect(within(panel).queryByRole('button', { name: 'Edit my comment' })).toBeNull();
    expect(within(panel).queryByLabelText('Your reply')).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Record the decision' })).toBeNull();
  });

  it('shows the original wording of a passage no longer in the text', () => {
    const { panel } = renderPanel(albanianThread({ anchorStatus: 'Orphaned' }), observer);
    expect(panel.textContent).toContain('Original passage');
    expect(panel.textContent).toContain('Passage removed');
    expect(panel.textContent).toContain('no longer in the text');
  });

  it('lets the author edit their comment and sends the new text', async () => {
    const edited = albanianThread({ opening: { ...albanianThread().opening, text: 'Clearer wording.', edited: true } });
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push([url, init.method, JSON.parse(init.body as string)]);
      return new Response(JSON.stringify(edited), { status: 200 });
    });
    const { onChanged, panel } = renderPanel(albanianThread(), contributor);
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Edit my comment' }));
    const field = within(panel).getByLabelText('Your comment');
    await user.clear(field);
    await user.type(field, 'Clearer wording.');
    await user.click(within(panel).getByRole('button', { name: 'Save the comment' }));

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(edited, 'Your comment was changed.'));
    expect(sent).toEqual([['/api/documents/guidance/threads/thread-1/comments/c1', 'PUT', { text: 'Clearer wording.' }]]);
  });

  it('offers a focal point to submit a draft of their organisation', async () => {
    const sent: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push(`${init.method} ${url}`);
      return new Response(JSON.stringify(albanianThread()), { status: 200 });
    });
    const { onChanged, panel } = renderPanel(albanianThread({ stage: 'Draft' }), focalPoint);
    expect(panel.textContent).toContain('Draft of Albania');
    await userEvent.setup().click(within(panel).getByRole('button', { name: 'Submit to the round' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(sent).toEqual(['POST /api/documents/guidance/threads/thread-1/submit']);
  });

  it('gives coordinators the decision controls and, once decided, resolve', () => {
    const decided = albanianThread({
      decision: { disposition: 'Noted', response: 'Noted with thanks.', decidedById: 'ana-moreno', decidedByName: 'Ana Moreno', when: '2026-02-01T10:00:00Z' },
    });
    const { panel } = renderPanel(decided, coordinator);
    expect(within(panel).getByRole('group', { name: 'Disposition' })).toBeTruthy();
    expect(within(panel).getByRole('radio', { name: 'Noted' })).toHaveProperty('checked', true);
    expect(within(panel).getByRole('button', { name: 'Mark as resolved' })).toBeTruthy();
    expect(panel.textContent).toContain('decided by Ana Moreno');
    expect(within(panel).getByLabelText('Your reply')).toBeTruthy();
  });

  it('offers reopening a resolved thread instead of resolving it', () => {
    const resolved = albanianThread({
      status: 'Resolved',
      decision: { disposition: 'Noted', response: '', decidedById: 'ana-moreno', decidedByName: 'Ana Moreno', when: '2026-02-01T10:00:00Z' },
    });
    const { panel } = renderPanel(resolved, coordinator);
    expect(within(panel).getByRole('button', { name: 'Reopen the thread' })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Mark as resolved' })).toBeNull();
  });
});
