// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import type { CommentThread, Round } from '../api/types';
import {
  canDecide,
  canDrop,
  canEditComment,
  canOpenThread,
  canReply,
  canSubmitDirectly,
  canSubmitDraft,
  mergeTargets,
  type Participant,
} from './permissions';
import type { PassageSelection } from './selectionAnchor';
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

const elira: Participant = { userId: 'elira-dervishi', organisationId: 'albania', role: 'Contributor', focalPoint: false };
const eliraDraft = (id: string) =>
  albanianThread({
    id,
    stage: 'Draft',
    opening: { ...thread().opening, id: `${id}-c1`, authorId: 'elira-dervishi', authorName: 'Elira Dervishi', organisationId: 'albania' },
  });

describe('consultation permissions', () => {
  it('lets the focal point edit, drop and merge drafts of their organisation, and a drafter drop their own', () => {
    const draft = eliraDraft('d1');
    expect(canEditComment(focalPoint, openRound, draft, draft.opening)).toBe(true);
    expect(canEditComment(focalPoint, openRound, albanianThread({ ...draft, stage: 'Submitted' }), draft.opening)).toBe(false);
    expect(canDrop(focalPoint, openRound, draft)).toBe(true);
    expect(canDrop(elira, openRound, draft)).toBe(true);
    expect(canDrop(contributor, openRound, draft)).toBe(false);
    expect(canDrop(focalPoint, { ...openRound, phase: 'Closed' }, draft)).toBe(false);
    const others = [draft, eliraDraft('d2'), albanianThread({ id: 'submitted' }), eliraDraft('d3'), { ...eliraDraft('d4'), roundId: 'round-2' }];
    expect(mergeTargets(focalPoint, openRound, draft, others).map((t) => t.id)).toEqual(['d2', 'd3']);
    expect(mergeTargets(elira, openRound, draft, others)).toEqual([]);
  });

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
    const subject = albanianThread();
    const comment = subject.opening;
    expect(canEditComment(contributor, openRound, subject, comment)).toBe(true);
    expect(canEditComment(coordinator, openRound, subject, comment)).toBe(false);
    expect(canEditComment(contributor, { ...openRound, phase: 'Closed' }, subject, comment)).toBe(false);
    expect(canReply(coordinator, { ...openRound, phase: 'Closed' })).toBe(true);
    expect(canReply(contributor, { ...openRound, phase: 'Closed' })).toBe(false);
    expect(canDecide(coordinator, albanianThread())).toBe(true);
    expect(canDecide(coordinator, albanianThread({ stage: 'Draft' }))).toBe(false);
    expect(canDecide(contributor, albanianThread())).toBe(false);
  });
});

function renderPanel(
  subject: CommentThread,
  person: Participant,
  inRound: Round | null = openRound,
  threads: CommentThread[] = [subject],
  selectedPassage: PassageSelection | null = null,
) {
  const onChanged = vi.fn<(changed: CommentThread, announcement: string) => void>();
  const onDropped = vi.fn<(announcement: string) => void>();
  render(
    <ThreadPanel
      documentId="guidance"
      thread={subject}
      round={inRound}
      person={person}
      threads={threads}
      organisations={new Map([['panama', 'Panama']])}
      anchoring={{ selectedPassage }}
      onChanged={onChanged}
      onDropped={onDropped}
      onDecided={() => undefined}
      onClose={() => undefined}
    />,
  );
  return { onChanged, onDropped, panel: screen.getByRole('region', { name: 'Comment thread' }) };
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
    expect(comments[1]!.textContent).toContain('Ana Moreno · Panama');
    expect(comments[1]!.textContent).toContain('edited');
    expect(comments[0]!.textContent).not.toContain('edited');
    expect(within(panel).getByRole('insertion').textContent).toContain('survivors and families');
    expect(within(panel).getByRole('deletion').textContent).toContain('survivors');
    expect(within(panel).queryByRole('button', { name: 'Edit my comment' })).toBeNull();
    expect(within(panel).queryByLabelText('Your reply')).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Record the decision' })).toBeNull();
  });

  it('keeps every earlier text of an edited comment, newest first, behind a summary', async () => {
    const { panel } = renderPanel(
      albanianThread({
        opening: {
          ...albanianThread().opening,
          text: 'Third wording.',
          edited: true,
          history: [
            { when: '2026-01-11T09:00:00Z', previousText: 'First wording.' },
            { when: '2026-01-12T09:00:00Z', previousText: 'Second wording.', editedById: 'focal-albania' },
          ],
        },
      }),
      observer,
    );

    await userEvent.setup().click(within(panel).getByText('Earlier texts (2)'));

    const earlier = within(panel).getByRole('group').querySelectorAll('ol > li');
    expect([...earlier].map((item) => item.querySelector('.thread-comment-text')!.textContent)).toEqual(['Second wording.', 'First wording.']);
    expect(earlier[0]!.textContent).toContain("edited by the organisation's focal point");
    expect(earlier[1]!.textContent).not.toContain('focal point');
  });

  it('says when the focal point changed a drafter’s comment, and what an accepted proposal put into the text', () => {
    const { panel } = renderPanel(
      albanianThread({
        opening: {
          ...albanianThread().opening,
          edited: true,
          history: [{ when: '2026-01-11T09:00:00Z', previousText: 'First words.', editedById: 'someone-else' }],
        },
        proposedReplacement: 'survivors and families',
        decision: {
          disposition: 'AcceptedInPart',
          response: '',
          decidedById: 'ana-moreno',
          decidedByName: 'Ana Moreno',
          when: '2026-02-01T10:00:00Z',
          appliedToText: true,
          appliedText: 'survivors',
        },
      }),
      observer,
    );
    expect(panel.textContent).toContain("edited by the organisation's focal point");
    expect(panel.textContent).toContain('Applied to the text: survivors');
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

  it('lets the focal point drop a draft after confirming', async () => {
    const sent: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push(`${init.method} ${url}`);
      return new Response(null, { status: 204 });
    });
    const { onDropped, panel } = renderPanel(eliraDraft('d1'), focalPoint);
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Drop this draft' }));
    expect(sent).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Drop the draft' }));
    await waitFor(() => expect(onDropped).toHaveBeenCalledWith('The draft was dropped.'));
    expect(sent).toEqual(['POST /api/documents/guidance/threads/d1/drop']);
  });

  it('lets the focal point merge a draft into another draft of the organisation', async () => {
    const target = eliraDraft('d2');
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push([url, JSON.parse(init.body as string)]);
      return new Response(JSON.stringify(target), { status: 200 });
    });
    const source = eliraDraft('d1');
    const { onChanged, panel } = renderPanel(source, focalPoint, openRound, [source, target]);
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Merge the drafts' }));
    expect(panel.textContent).toContain('Please choose the draft to merge into.');
    await user.selectOptions(within(panel).getByLabelText('Merge into another draft'), 'd2');
    await user.click(within(panel).getByRole('button', { name: 'Merge the drafts' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(target, 'The drafts were merged; the merged draft is shown.'));
    expect(sent).toEqual([['/api/documents/guidance/threads/d1/merge', { intoThreadId: 'd2' }]]);
  });

  it('lets the focal point edit the comment of another drafter, naming whose comment it is', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(eliraDraft('d1')), { status: 200 }));
    const { panel } = renderPanel(eliraDraft('d1'), focalPoint);
    await userEvent.setup().click(within(panel).getByRole('button', { name: 'Edit the comment of Elira Dervishi' }));
    expect(within(panel).getByLabelText('Comment of Elira Dervishi')).toHaveProperty('value', 'Please name survivors first.');
  });

  it('offers a drafter who is not the focal point neither merging nor editing others’ drafts', () => {
    const draft = eliraDraft('d1');
    const { panel } = renderPanel(draft, contributor, openRound, [draft, eliraDraft('d2')]);
    expect(within(panel).queryByLabelText('Merge into another draft')).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Edit my comment' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Drop this draft' })).toBeNull();
  });

  it('lets a coordinator confirm a passage found elsewhere, or attach the thread to the passage selected', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push([url, JSON.parse(init.body as string)]);
      return new Response(JSON.stringify(albanianThread()), { status: 200 });
    });
    const selected = { blockId: 'p9', start: 3, end: 12, exact: 'rehabilit' };
    const { onChanged, panel } = renderPanel(albanianThread({ anchorStatus: 'Fuzzy' }), coordinator, openRound, undefined, selected);
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Confirm the passage found' }));
    await user.click(within(panel).getByRole('button', { name: 'Attach to the selected passage' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(sent).toEqual([
      ['/api/documents/guidance/threads/thread-1/anchor', {}],
      ['/api/documents/guidance/threads/thread-1/anchor', { blockId: 'p9', start: 3, end: 12 }],
    ]);
  });

  it('offers no anchor actions on a passage in place with nothing selected, nor to contributors', () => {
    renderPanel(albanianThread(), coordinator);
    expect(screen.queryByRole('button', { name: 'Attach to the selected passage' })).toBeNull();
    cleanup();
    renderPanel(albanianThread({ anchorStatus: 'Orphaned' }), contributor);
    expect(screen.queryByRole('button', { name: 'Attach to the selected passage' })).toBeNull();
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
