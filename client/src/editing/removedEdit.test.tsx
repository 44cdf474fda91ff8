// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../api/types';
import '../i18n';
import type { LiveConnection } from '../live/LiveConnection';
import { DraftStore } from './draftStore';
import { RemovedEditNotice } from './RemovedEditNotice';
import type { StructureResultView } from './types';
import type { EditSession } from './useBlockEditing';
import { useBlockStructure } from './useBlockStructure';
import { useRemovedEdits } from './useRemovedEdits';

afterEach(cleanup);

const paragraph = (id: string, text: string): Block => ({ id, type: 'paragraph', revision: `r-${id}`, content: [{ type: 'text', text }] });
const blocks: Block[] = [
  paragraph('p-1', 'Plans name a focal point.'),
  paragraph('p-2', 'Budgets follow the plan.'),
  paragraph('p-3', 'Reports are due each year.'),
];
const withoutBlock = (id: string) => blocks.filter((block) => block.id !== id);

const editingSession = (blockId: string, text: string, savedText: string): EditSession => ({
  blockId,
  state: { blockId, text, baseCommitId: 'c1', savedText },
  saving: false,
  notice: null,
  error: null,
  loadError: null,
  conflict: null,
});

const result: StructureResultView = {
  version: { commitId: 'c3', parentId: 'c2', when: '2026-11-23T10:00:00Z', authorId: 'ana-moreno', authorName: 'Ana Moreno', organisation: 'Panama', message: 'Add a block', tags: [] },
  blockIds: ['p-9'],
};

let drafts: DraftStore;
beforeEach(() => {
  sessionStorage.clear();
  drafts = new DraftStore(sessionStorage);
});

interface HarnessProps {
  blocks: readonly Block[];
  session: EditSession | null;
  leave(blockId: string, dropDraft: boolean): void;
  live: LiveConnection;
}

/** The reader's wiring: the edit session, the structure hub calls and the notices. */
function Harness({ blocks: shown, session: initial, leave, live }: HarnessProps) {
  const [session, setSession] = useState(initial);
  const structure = useBlockStructure({ documentId: 'guidance', live, onDone: () => undefined, onRefused: () => undefined });
  const removedEdits = useRemovedEdits({
    documentId: 'guidance',
    blocks: shown,
    active: true,
    session,
    leave: (blockId, dropDraft) => {
      leave(blockId, dropDraft);
      setSession(null);
    },
    insert: structure.insert,
    drafts,
  });
  return (
    <main>
      {removedEdits.removed.map((edit) => (
        <RemovedEditNotice
          key={edit.blockId}
          edit={edit}
          busy={structure.busy}
          onAddBack={(removed) => void removedEdits.addBack(removed)}
          onDiscard={removedEdits.discard}
        />
      ))}
    </main>
  );
}

function setUp(session: EditSession | null) {
  const live = { call: vi.fn(() => Promise.resolve(result)) } as unknown as LiveConnection;
  const leave = vi.fn();
  const view = render(<Harness blocks={blocks} session={session} leave={leave} live={live} />);
  const show = (shown: readonly Block[]) => view.rerender(<Harness blocks={shown} session={session} leave={leave} live={live} />);
  return { live, leave, show };
}

describe('an edited block removed by someone else', () => {
  it('shows a notice with the unsaved text, read-only and labelled, and moves focus to it', () => {
    drafts.save('guidance', { blockId: 'p-2', text: 'Budgets follow the approved plan.', baseCommitId: 'c1' });
    const { leave, show } = setUp(editingSession('p-2', 'Budgets follow the approved plan.', 'Budgets follow the plan.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(leave).not.toHaveBeenCalled();

    show(withoutBlock('p-2'));
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('Someone else deleted or merged it meanwhile.');
    const field = screen.getByLabelText('Your unsaved text') as HTMLTextAreaElement;
    expect(field.value).toBe('Budgets follow the approved plan.');
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'The block you were editing was removed' }));
    // The edit ends, but the stored draft is kept until the person decides.
    expect(leave).toHaveBeenCalledWith('p-2', false);
    expect(drafts.load('guidance', 'p-2')?.text).toBe('Budgets follow the approved plan.');
  });

  it('shows the stored draft when the block disappears while its text is still loading', () => {
    drafts.save('guidance', { blockId: 'p-2', text: 'Typed before the reload.', baseCommitId: 'c1' });
    const { show } = setUp({ ...editingSession('p-2', '', ''), state: null });
    show(withoutBlock('p-2'));
    expect((screen.getByLabelText('Your unsaved text') as HTMLTextAreaElement).value).toBe('Typed before the reload.');
  });

  it('ends the edit quietly when nothing was left unsaved', () => {
    const { leave, show } = setUp(editingSession('p-2', 'Budgets follow the plan.', 'Budgets follow the plan.'));
    show(withoutBlock('p-2'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(leave).toHaveBeenCalledWith('p-2', true);
  });

  it('“Discard my text” clears the draft and the notice', async () => {
    drafts.save('guidance', { blockId: 'p-2', text: 'Budgets follow the approved plan.', baseCommitId: 'c1' });
    const { live, show } = setUp(editingSession('p-2', 'Budgets follow the approved plan.', 'Budgets follow the plan.'));
    show(withoutBlock('p-2'));
    await userEvent.click(screen.getByRole('button', { name: 'Discard my text' }));
    expect(drafts.load('guidance', 'p-2')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(live.call).not.toHaveBeenCalled();
  });

  it('“Add it back” inserts the text as a paragraph after the block that preceded it', async () => {
    drafts.save('guidance', { blockId: 'p-2', text: 'Budgets follow the approved plan.', baseCommitId: 'c1' });
    const { live, show } = setUp(editingSession('p-2', 'Budgets follow the approved plan.', 'Budgets follow the plan.'));
    show(withoutBlock('p-2'));
    await userEvent.click(screen.getByRole('button', { name: 'Add it back as a new paragraph' }));
    expect(live.call).toHaveBeenCalledWith('InsertBlock', 'guidance', {
      afterBlockId: 'p-1',
      kind: 'paragraph',
      text: 'Budgets follow the approved plan.',
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(drafts.load('guidance', 'p-2')).toBeNull();
  });

  it('adds the text back at the top when the block before it is gone too', async () => {
    const { live, show } = setUp(editingSession('p-2', 'Budgets follow the approved plan.', 'Budgets follow the plan.'));
    show(withoutBlock('p-2'));
    act(() => show([blocks[2]!]));
    await userEvent.click(screen.getByRole('button', { name: 'Add it back as a new paragraph' }));
    expect(live.call).toHaveBeenCalledWith('InsertBlock', 'guidance', {
      afterBlockId: null,
      kind: 'paragraph',
      text: 'Budgets follow the approved plan.',
    });
  });

  it('keeps the notice and the draft when the server refuses to add the text back', async () => {
    drafts.save('guidance', { blockId: 'p-2', text: 'Budgets follow the approved plan.', baseCommitId: 'c1' });
    const { live, show } = setUp(editingSession('p-2', 'Budgets follow the approved plan.', 'Budgets follow the plan.'));
    vi.mocked(live.call).mockImplementation(() => Promise.reject(new Error('HubException: Nothing was stored.')));
    show(withoutBlock('p-2'));
    await userEvent.click(screen.getByRole('button', { name: 'Add it back as a new paragraph' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Add it back as a new paragraph' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(drafts.load('guidance', 'p-2')?.text).toBe('Budgets follow the approved plan.');
  });
});
