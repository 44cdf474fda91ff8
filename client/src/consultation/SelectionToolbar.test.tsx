// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { DocumentBody } from '../document/DocumentBody';
import { paragraph } from '../test/builders';
import type { PassageSelection } from './selectionAnchor';
import { SelectionToolbar } from './SelectionToolbar';
import { useDocumentSelection } from './useDocumentSelection';

const blocks = [paragraph('Survivors take part in every decision.', 'p1'), paragraph('Services reach rural areas.', 'p2')];

function Reader({ onComment, onChooseParagraph = () => {} }: { onComment(passage: PassageSelection): void; onChooseParagraph?(): void }) {
  const text = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const selection = useDocumentSelection(text, area, true);
  return (
    <div ref={area}>
      <SelectionToolbar selection={selection} onComment={onComment} onChooseParagraph={onChooseParagraph} />
      <div ref={text}>
        <DocumentBody blocks={blocks} />
      </div>
    </div>
  );
}

/** Selects from `from` in one block to the end of `to` in another (or the same), as a reader would. */
function select(fromBlock: string, from: string, toBlock: string, to: string) {
  const start = document.querySelector(`[data-block-id="${fromBlock}"]`)!.firstChild!;
  const end = document.querySelector(`[data-block-id="${toBlock}"]`)!.firstChild!;
  const range = document.createRange();
  range.setStart(start, start.nodeValue!.indexOf(from));
  range.setEnd(end, end.nodeValue!.indexOf(to) + to.length);
  act(() => {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  cleanup();
});

describe('SelectionToolbar', () => {
  it('is disabled until a passage is selected, then names it and comments on it', async () => {
    const onComment = vi.fn<(passage: PassageSelection) => void>();
    render(<Reader onComment={onComment} />);
    const button = screen.getByRole('button', { name: 'Comment on this passage' });
    expect(button).toHaveProperty('disabled', true);
    expect(screen.getByText(/Select words in one paragraph/)).toBeTruthy();

    select('p1', 'take part', 'p1', 'part');
    expect(button).toHaveProperty('disabled', false);
    expect(screen.getByText('Selected: “take part”')).toBeTruthy();
    await userEvent.setup().click(button);
    expect(onComment).toHaveBeenCalledWith({ blockId: 'p1', start: 10, end: 19, exact: 'take part' });
  });

  it('explains that a comment covers one block when the selection runs over two', () => {
    render(<Reader onComment={() => undefined} />);
    select('p1', 'decision', 'p2', 'Services');
    expect(screen.getByRole('button', { name: 'Comment on this passage' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/A comment covers one paragraph/)).toBeTruthy();
  });

  it('offers a whole paragraph without any selection', async () => {
    const onChooseParagraph = vi.fn();
    render(<Reader onComment={() => {}} onChooseParagraph={onChooseParagraph} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Comment on a whole paragraph…' }));

    expect(onChooseParagraph).toHaveBeenCalledOnce();
  });
});
