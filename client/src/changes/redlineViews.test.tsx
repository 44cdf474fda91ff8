// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import { ChangesOnly, InlineRedline, SideBySide } from './RedlineViews';
import { RedlineDocumentContext } from './StampDetails';
import { SummaryPanel } from './SummaryPanel';
import type { RedlineBlock, RedlineView } from '../api/redlineTypes';
import { listNumbers } from './changesModel';
import { deleted, equal, inserted, redlineBlock, sampleRedline, stamp } from './testData';

afterEach(cleanup);

const inPage = (element: React.ReactElement) =>
  render(
    <MemoryRouter>
      <RedlineDocumentContext.Provider value="doc-1">{element}</RedlineDocumentContext.Provider>
    </MemoryRouter>,
  );

describe('InlineRedline', () => {
  it('marks inserted and deleted words with ins/del and hidden labels', () => {
    const { container } = inPage(<InlineRedline redline={sampleRedline()} />);
    const ins = container.querySelector('#change-p1 ins')!;
    const del = container.querySelector('#change-p1 del')!;
    expect(ins.textContent).toBe('inserted: survivors');
    expect(del.textContent).toBe('deleted: victims');
    expect(ins.querySelector('.visually-hidden')).not.toBeNull();
  });

  it('describes each attributed change by its author, organisation and message', () => {
    inPage(<InlineRedline redline={sampleRedline()} />);
    const ins = screen.getAllByText('survivors')[0]!.closest('ins')!;
    expect(ins.getAttribute('tabindex')).toBe('0');
    const details = document.getElementById(ins.getAttribute('aria-describedby')!)!;
    expect(details.textContent).toContain('Ana Rojas, Chile');
    expect(details.textContent).toContain('Name survivors first');
  });

  it('shows who made a change while it has focus, hides it on Escape and when focus leaves', async () => {
    const user = userEvent.setup();
    const { container } = inPage(<InlineRedline redline={sampleRedline()} />);
    const ins = container.querySelector<HTMLElement>('#change-p1 ins')!;
    const details = document.getElementById(ins.getAttribute('aria-describedby')!)!;
    expect(details.hidden).toBe(true);
    act(() => ins.focus());
    expect(details.hidden).toBe(false);
    await user.keyboard('{Escape}');
    expect(details.hidden).toBe(true);
    act(() => ins.focus());
    act(() => container.querySelector<HTMLElement>('#change-p1 del')!.focus());
    expect(details.hidden).toBe(true);
  });

  it('links a change made by a decision to its thread in the reader', () => {
    const { container } = inPage(<InlineRedline redline={sampleRedline()} />);
    act(() => container.querySelector<HTMLElement>('#change-p3 ins')!.focus());
    const link = screen.getAllByRole('link', { name: 'see the comment' })[0]!;
    expect(link.getAttribute('href')).toBe('/documents/doc-1?thread=thread-7');
    expect(link.closest('.change-stamp')!.textContent).toContain('Accepted: proposal of Lao PDR');
  });

  it('shows a moved block at both places, linked both ways', () => {
    const { container } = inPage(<InlineRedline redline={sampleRedline()} />);
    expect(container.querySelector('#moved-from-p2 a')!.getAttribute('href')).toBe('#change-p2');
    expect(container.querySelector('#change-p2 a')!.getAttribute('href')).toBe('#moved-from-p2');
    expect(container.querySelector('#change-p2')!.textContent).toContain('Moved paragraph.');
  });

  it('names format changes, kind changes, added and deleted blocks and table rows', () => {
    const { container } = inPage(<InlineRedline redline={sampleRedline()} />);
    expect(container.querySelector('#change-p2 .redline-format')!.textContent).toBe('bold (formatting changed: bold added)');
    expect(container.querySelector('#change-h2')!.textContent).toContain('Changed from heading level 2 to heading level 3');
    expect(container.querySelector('#change-p3')!.textContent).toContain('Added paragraph');
    expect(container.querySelector('#change-p4')!.textContent).toContain('Deleted paragraph');
    expect(container.querySelector('#change-t1 tr.redline-row-inserted')!.textContent).toContain('Row added:');
  });

  it('renders nothing for a change without attribution as focusable', () => {
    const redline = sampleRedline();
    redline.blocks[1]!.segments = [{ kind: 'Inserted', text: 'plain' }];
    const { container } = inPage(<InlineRedline redline={redline} />);
    expect(container.querySelector('#change-p1 ins')!.hasAttribute('tabindex')).toBe(false);
  });
});

describe('SideBySide', () => {
  it('shows the old text without insertions and the new text without deletions', () => {
    const { container } = inPage(<SideBySide redline={sampleRedline()} fromLabel="First draft" toLabel="Second draft" />);
    const row = container.querySelector('tr#change-p1')!;
    expect(row.querySelector('.redline-side-old')!.textContent).toBe('Support deleted: victims and families.');
    expect(row.querySelector('.redline-side-new')!.textContent).toBe('Support inserted: survivors and families.');
    expect(screen.getByRole('columnheader', { name: 'Before (First draft)' })).toBeTruthy();
  });

  it('leaves the new side of a deleted block and the old side of an added one empty', () => {
    const { container } = inPage(<SideBySide redline={sampleRedline()} fromLabel="a" toLabel="b" />);
    const newSide = container.querySelector('tr#change-p4 .redline-side-new')!;
    expect(newSide.querySelector('.redline-note-text')!.textContent).toBe('Deleted paragraph');
    expect(newSide.textContent).not.toContain('Old paragraph.');
    expect(container.querySelector('tr#change-p3 .redline-side-old')!.textContent).toBe('');
  });

  it('shows a moved block where it was in the old column and where it is in the new one, linked both ways', () => {
    const { container } = inPage(<SideBySide redline={sampleRedline()} fromLabel="a" toLabel="b" />);
    const away = container.querySelector('tr#moved-from-p2')!;
    const here = container.querySelector('tr#change-p2')!;
    expect(away.querySelector('.redline-side-old')!.textContent).toContain('Moved text with bold');
    expect(away.querySelector('.redline-side-old a')!.getAttribute('href')).toBe('#change-p2');
    expect(away.querySelector('.redline-side-new')!.textContent).toBe('');
    expect(here.querySelector('.redline-side-old')!.textContent).toBe('');
    expect(here.querySelector('.redline-side-new')!.textContent).toContain('Moved text with');
    expect(here.querySelector('.redline-side-new a')!.getAttribute('href')).toBe('#moved-from-p2');
  });
});

describe('numbered items', () => {
  const item = (blockId: string, change: RedlineBlock['change'], text: string, extra: Partial<RedlineBlock> = {}) =>
    redlineBlock({ blockId, change, kind: 'listItem', listKind: 'numbered', level: 0, segments: [change === 'Inserted' ? inserted(text) : change === 'Deleted' ? deleted(text) : equal(text)], ...extra });
  const numbered = (): RedlineView => ({
    ...sampleRedline(),
    blocks: [
      item('n1', 'Unchanged', 'Plans.'),
      item('n0', 'Inserted', 'Data first.'),
      redlineBlock({ blockId: 'para', segments: [equal('Between the items.')] }),
      item('n2', 'Deleted', 'Old item.'),
      item('n3', 'Unchanged', 'Budgets.'),
    ],
  });
  const numberOf = (container: HTMLElement, selector: string) => container.querySelector(`${selector} .redline-list-number`)?.textContent;

  it('numbers items as each version does, without marking a renumbered item as changed', () => {
    const { container } = inPage(<InlineRedline redline={numbered()} />);
    expect(numberOf(container, '#change-n1')).toBe('1. ');
    expect(numberOf(container, '#change-n0')).toBe('2. ');
    expect(numberOf(container, '#change-n2')).toBe('2. ');
    expect(numberOf(container, '#change-n3')).toBe('3. ');
    expect(container.querySelector('#change-n3 ins, #change-n3 del, #change-n3 .redline-block-note')).toBeNull();
  });

  it('shows the old number in the old column and the new one in the new column', () => {
    const { container } = inPage(<SideBySide redline={numbered()} fromLabel="a" toLabel="b" />);
    expect(numberOf(container, 'tr#change-n3 .redline-side-old')).toBe('3. ');
    expect(numberOf(container, 'tr#change-n3 .redline-side-new')).toBe('3. ');
    expect(numberOf(container, 'tr#change-n2 .redline-side-old')).toBe('2. ');
    expect(numberOf(container, 'tr#change-n0 .redline-side-new')).toBe('2. ');
  });
});

describe('listNumbers', () => {
  it('counts a moved item at its old place in the old version and at its new place in the new one', () => {
    const move = (blockId: string, change: RedlineBlock['change']) =>
      redlineBlock({ blockId, change, kind: 'listItem', listKind: 'numbered', level: 0, segments: change === 'MovedAway' ? [] : [equal(blockId)] });
    const numbers = listNumbers([move('a', 'MovedAway'), move('b', 'Unchanged'), move('a', 'MovedHere')]);
    expect([...numbers.old]).toEqual([['a', 1], ['b', 2]]);
    expect([...numbers.new]).toEqual([['b', 1], ['a', 2]]);
  });
});

describe('ChangesOnly', () => {
  it('lists only changed blocks with their section and a line of context', () => {
    inPage(<ChangesOnly redline={sampleRedline()} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]!.textContent).toContain('Victim assistance');
    expect(items[0]!.querySelector('.redline-context')!.textContent).toBe('… Victim assistance');
  });

  it('moves focus with the n and p keys and the buttons, and announces the position', async () => {
    const user = userEvent.setup();
    inPage(<ChangesOnly redline={sampleRedline()} />);
    await user.keyboard('n');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Change 1 of 7');
    expect(screen.getByRole('status').textContent).toBe('Change 1 of 7');
    await user.keyboard('n');
    await user.keyboard('p');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Change 1 of 7');
    await user.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Change 7 of 7');
  }, 20_000);

  it('ignores the shortcuts while typing in a field', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <input aria-label="Notes" />
        <ChangesOnly redline={sampleRedline()} />
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await act(async () => {
      await user.keyboard('n');
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('SummaryPanel', () => {
  it('shows counts per section and organisation and each change with its reason', () => {
    const redline = sampleRedline();
    inPage(
      <SummaryPanel
        documentId="doc-1"
        summary={{
          from: redline.from,
          to: redline.to,
          sections: [{ sectionId: 'h1', title: 'Victim assistance', changed: 1, added: 1, deleted: 0, moved: 1 }],
          organisations: [{ organisationName: 'Lao PDR', acceptedProposals: 2, blockIds: ['p3'] }],
          changes: [
            {
              blockId: 'p3',
              sectionId: 'h1',
              change: 'Inserted',
              preview: 'A new paragraph.',
              by: [stamp()],
              reasons: [{ commitId: 'c3', threadId: 'thread-7', roundId: 'round-1', organisationName: 'Lao PDR', disposition: 'Accepted' }],
            },
          ],
        }}
      />,
    );
    expect(screen.getByRole('rowheader', { name: 'Victim assistance' })).toBeTruthy();
    expect(screen.getByText('Lao PDR: 2 accepted proposals')).toBeTruthy();
    expect(screen.getByText('By Ana Rojas (Chile)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'see the comment' }).getAttribute('href')).toBe('/documents/doc-1?thread=thread-7');
  });
});
