// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../api/types';
import { DocumentBody } from '../document/DocumentBody';
import '../i18n';
import { BlockEditingContext, type BlockEditingHooks } from './BlockEditingContext';
import { ConflictDialog } from './ConflictDialog';

afterEach(cleanup);

const blocks: Block[] = [
  { id: 'p-1', type: 'paragraph', content: [{ type: 'text', text: 'Plans name a focal point.' }] },
  { id: 'p-2', type: 'paragraph', content: [{ type: 'text', text: 'Budgets follow the plan.' }] },
];

const hooks = (fields: Partial<BlockEditingHooks>): BlockEditingHooks => ({
  canEdit: true,
  editingBlockId: null,
  start: () => undefined,
  editor: () => null,
  editorsOf: () => [],
  ...fields,
});

describe('edit mode in the document', () => {
  it('offers each block an Edit button named after the block, which starts editing it', async () => {
    const start = vi.fn();
    render(
      <BlockEditingContext.Provider value={hooks({ start })}>
        <DocumentBody blocks={blocks} />
      </BlockEditingContext.Provider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit paragraph: Budgets follow the plan.' }));
    expect(start).toHaveBeenCalledWith('p-2');
  });

  it('says in words who else edits a block, also to people who may not edit', () => {
    render(
      <BlockEditingContext.Provider value={hooks({ canEdit: false, editorsOf: (id) => (id === 'p-1' ? ['Tomás Reyes'] : []) })}>
        <DocumentBody blocks={blocks} />
      </BlockEditingContext.Provider>,
    );
    expect(screen.getByText('Being edited by Tomás Reyes')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('adds nothing without edit mode', () => {
    render(<DocumentBody blocks={blocks} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('ConflictDialog', () => {
  const conflict = {
    ancestor: 'Plans name a focal point.',
    mine: 'Plans name one focal point.',
    theirs: 'Plans name two focal points.',
    regions: [{ ancestorOffset: 11, ancestor: 'a focal point', mine: 'one focal point', theirs: 'two focal points' }],
  };

  it('shows both texts and the passage changed on both sides, and lets the person keep theirs', async () => {
    const resolve = vi.fn();
    render(<ConflictDialog conflict={conflict} kind="paragraph" onResolve={resolve} />);
    expect(screen.getByRole('region', { name: 'Your text' }).textContent).toContain(conflict.mine);
    expect(screen.getByRole('region', { name: 'The other text (now saved)' }).textContent).toContain(conflict.theirs);
    expect(screen.getByRole('listitem').textContent).toBe(
      'Originally “a focal point”: you wrote “one focal point”, the other change has “two focal points”.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Keep my text' }));
    expect(resolve).toHaveBeenCalledWith({ kind: 'mine' });
  });

  it('lets the person write a combined text, starting from their own', async () => {
    const resolve = vi.fn();
    render(<ConflictDialog conflict={conflict} kind="paragraph" onResolve={resolve} />);
    await userEvent.click(screen.getByRole('button', { name: 'Combine both myself' }));
    const field = screen.getByLabelText('Combined text');
    expect((field as HTMLTextAreaElement).value).toBe(conflict.mine);
    fireEvent.change(field, { target: { value: 'Plans name one or two focal points.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save the combined text' }));
    expect(resolve).toHaveBeenCalledWith({ kind: 'combined', text: 'Plans name one or two focal points.' });
  });
});
