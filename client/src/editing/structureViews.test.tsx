// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../api/types';
import { DocumentBody } from '../document/DocumentBody';
import '../i18n';
import { BlockEditingContext, type BlockEditingHooks, type StructureHooks } from './BlockEditingContext';
import { BlockEditor } from './BlockEditor';
import { BlockInserter, insertRequest } from './BlockInserter';
import { DeleteBlockDialog } from './DeleteBlockDialog';
import type { BlockEditing } from './useBlockEditing';

afterEach(cleanup);

const blocks: Block[] = [
  { id: 'p-1', type: 'paragraph', revision: 'r1', content: [{ type: 'text', text: 'The national focal point coordinates the plan.' }] },
  { id: 'p-2', type: 'paragraph', revision: 'r2', content: [{ type: 'text', text: 'Budgets follow the plan.' }] },
  { id: 't-1', type: 'table', revision: 'r3', header: { id: 't-1', cells: [[{ type: 'text', text: 'Year' }]] }, rows: [] },
];

const structureHooks = (fields: Partial<StructureHooks>): StructureHooks => ({
  blocks,
  busy: false,
  arrangingBlockId: null,
  toggleArrange: () => undefined,
  move: () => undefined,
  requestDelete: () => undefined,
  mergeWithNext: () => undefined,
  insertingAfter: undefined,
  openInsert: () => undefined,
  inserter: () => null,
  ...fields,
});

const renderBody = (structure: StructureHooks) => {
  const hooks: BlockEditingHooks = {
    canEdit: true,
    editingBlockId: null,
    start: () => undefined,
    editor: () => null,
    editorsOf: () => [],
    structure,
  };
  render(
    <BlockEditingContext.Provider value={hooks}>
      <DocumentBody blocks={blocks} />
    </BlockEditingContext.Provider>,
  );
};

describe('structure controls of a block', () => {
  it('name the block they act on, and move it with the keyboard', async () => {
    const move = vi.fn();
    renderBody(structureHooks({ move, arrangingBlockId: 'p-1' }));
    const down = screen.getByRole('button', { name: 'Move paragraph “The national focal point coordinates the…” down' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    expect(move).toHaveBeenCalledWith(blocks[0], 'down');
    expect(screen.getByRole('group', { name: 'Structure of paragraph “The national focal point coordinates the…”' })).toBeTruthy();
  });

  it('show behind the Arrange button of one block at a time', async () => {
    const toggleArrange = vi.fn();
    renderBody(structureHooks({ toggleArrange, arrangingBlockId: 'p-2' }));
    expect(screen.queryByRole('button', { name: /^Delete paragraph “The national/ })).toBeNull();
    const arrange = screen.getByRole('button', { name: 'Arrange paragraph “Budgets follow the plan.”' });
    expect(arrange.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: /^Arrange paragraph “The national/ }));
    expect(toggleArrange).toHaveBeenCalledWith('p-1');
  });

  it('cannot move the first block up, and offer merging only with a following text block', () => {
    renderBody(structureHooks({ arrangingBlockId: 'p-1' }));
    expect((screen.getByRole('button', { name: /^Move paragraph “The national.*” up$/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: /^Merge with next: paragraph “The national/ })).toBeTruthy();
    cleanup();
    renderBody(structureHooks({ arrangingBlockId: 'p-2' }));
    expect(screen.queryByRole('button', { name: /^Merge with next: paragraph “Budgets/ })).toBeNull();
  });

  it('ask for a confirmation before deleting, and open the form for a new block in place', async () => {
    const requestDelete = vi.fn();
    const openInsert = vi.fn();
    renderBody(structureHooks({ requestDelete, openInsert, arrangingBlockId: 'p-2', insertingAfter: 'p-2', inserter: () => <p>The form</p> }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete paragraph “Budgets follow the plan.”' }));
    expect(requestDelete).toHaveBeenCalledWith(blocks[1]);
    await userEvent.click(screen.getByRole('button', { name: 'Add after paragraph “Budgets follow the plan.”' }));
    expect(openInsert).toHaveBeenCalledWith('p-2');
    expect(screen.getByRole('button', { name: 'Add after paragraph “Budgets follow the plan.”' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('The form')).toBeTruthy();
  });

  it('wait while a change is on its way', () => {
    renderBody(structureHooks({ busy: true, arrangingBlockId: 'p-2' }));
    expect((screen.getByRole('button', { name: 'Delete paragraph “Budgets follow the plan.”' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('DeleteBlockDialog', () => {
  it('quotes the start of the block, says the history keeps it, and starts on Cancel', async () => {
    const confirm = vi.fn();
    render(<DeleteBlockDialog block={blocks[1]!} busy={false} onConfirm={confirm} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Delete this paragraph?' });
    expect(dialog.textContent).toContain('Budgets follow the plan.');
    expect(dialog.textContent).toContain('The earlier versions in the history keep it');
    await userEvent.click(screen.getByRole('button', { name: 'Delete the paragraph' }));
    expect(confirm).toHaveBeenCalledWith(blocks[1]);
  });
});

describe('BlockInserter', () => {
  it('builds the request for each kind', () => {
    expect(insertRequest('p-1', 'paragraph', 2, 'Text.')).toEqual({ afterBlockId: 'p-1', kind: 'paragraph', text: 'Text.' });
    expect(insertRequest(null, 'heading', 3, 'Title')).toEqual({ afterBlockId: null, kind: 'heading', level: 3, text: 'Title' });
    expect(insertRequest('p-1', 'numbered', 2, 'Item')).toEqual({ afterBlockId: 'p-1', kind: 'listItem', listKind: 'numbered', level: 0, text: 'Item' });
  });

  it('saves a heading of the chosen level with bold words', async () => {
    const save = vi.fn(() => Promise.resolve(true));
    render(<BlockInserter afterBlockId="p-1" busy={false} onSave={save} onCancel={() => undefined} />);
    expect(document.activeElement).toBe(screen.getByLabelText('Kind of block'));
    await userEvent.selectOptions(screen.getByLabelText('Kind of block'), 'heading');
    await userEvent.selectOptions(screen.getByLabelText('Heading level'), '3');
    const field = screen.getByLabelText('Text of the new block') as HTMLTextAreaElement;
    await userEvent.type(field, 'Reporting');
    field.setSelectionRange(0, 'Reporting'.length);
    await userEvent.click(screen.getByRole('button', { name: 'Bold' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add the block' }));
    expect(save).toHaveBeenCalledWith({ afterBlockId: 'p-1', kind: 'heading', level: 3, text: '**Reporting**' });
  });
});

describe('Split here in the block editor', () => {
  const block: Block = {
    id: 'p-1',
    type: 'paragraph',
    revision: 'r1',
    content: [{ type: 'text', text: 'Plans name ' }, { type: 'text', text: 'a focal point', bold: true }, { type: 'text', text: '. Budgets follow.' }],
  };
  const source = 'Plans name **a focal point**. Budgets follow.';
  const editing = (text: string): BlockEditing => ({
    session: {
      blockId: 'p-1',
      state: { blockId: 'p-1', text, baseCommitId: 'c1', savedText: source },
      saving: false,
      notice: null,
      error: null,
      loadError: null,
      conflict: null,
    },
    start: vi.fn(),
    change: vi.fn(),
    flush: vi.fn(),
    finish: vi.fn(),
    resolve: vi.fn(),
    blockChanged: vi.fn(),
    leave: vi.fn(),
  });

  it('sends the offset of the cursor in the visible text', async () => {
    const split = vi.fn();
    render(<BlockEditor block={block} editing={editing(source)} onSplit={split} />);
    const field = screen.getByLabelText('Text of the paragraph') as HTMLTextAreaElement;
    field.setSelectionRange(source.indexOf('Budgets'), source.indexOf('Budgets'));
    await userEvent.click(screen.getByRole('button', { name: 'Split here' }));
    expect(split).toHaveBeenCalledWith('Plans name a focal point. '.length);
  });

  it('refuses a cursor inside the formatting, and unsaved text', async () => {
    const split = vi.fn();
    render(<BlockEditor block={block} editing={editing(source)} onSplit={split} />);
    const field = screen.getByLabelText('Text of the paragraph') as HTMLTextAreaElement;
    field.setSelectionRange('Plans name *'.length, 'Plans name *'.length);
    await userEvent.click(screen.getByRole('button', { name: 'Split here' }));
    expect(split).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('not inside formatting or a link address');
    cleanup();
    render(<BlockEditor block={block} editing={editing(`${source} More`)} onSplit={split} />);
    await userEvent.click(screen.getByRole('button', { name: 'Split here' }));
    expect(split).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Wait until your text is saved');
  });
});
