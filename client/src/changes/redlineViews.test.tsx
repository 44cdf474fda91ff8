// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import { ChangesOnly, InlineRedline, SideBySide } from './RedlineViews';
import { RedlineDocumentContext } from './StampDetails';
import { SummaryPanel } from './SummaryPanel';
import { sampleRedline, stamp } from './testData';

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
