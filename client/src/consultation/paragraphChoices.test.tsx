// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import type { Block } from '../api/types';
import { bullet, heading, paragraph, paragraphWith, text } from '../test/builders';
import { ParagraphChooser } from './ParagraphChooser';
import { paragraphGroups, wholeBlockPassage } from './paragraphChoices';

const placeholder: Block = { id: 'img1', type: 'placeholder', kind: 'image', description: 'Diagram of the referral pathway' };

const blocks: Block[] = [
  paragraph('Revised draft for consultation.', 'p0'),
  heading(1, 'Introduction', 'h1'),
  paragraph('Survivors take part in every decision, '.repeat(4), 'p1'),
  placeholder,
  heading(2, 'Scope', 'h2'),
  bullet(1, 'States with victims', 'li1'),
  paragraph('   ', 'empty'),
];

afterEach(cleanup);

describe('paragraphGroups', () => {
  it('groups the blocks under the heading they follow, headings included, without placeholders or empty blocks', () => {
    const groups = paragraphGroups(blocks);

    expect(groups.map((g) => g.heading)).toEqual([null, 'Introduction', 'Scope']);
    expect(groups.map((g) => g.choices.map((c) => c.blockId))).toEqual([['p0'], ['h1', 'p1'], ['h2', 'li1']]);
  });

  it('shortens long paragraphs in the list', () => {
    const label = paragraphGroups(blocks)[1]!.choices[1]!.label;

    expect(label.length).toBe(90);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('wholeBlockPassage', () => {
  it('covers the whole anchor text, a line break counting as one character', () => {
    const block = paragraphWith([text('First line'), { type: 'lineBreak' }, text('second line')], 'pb');

    expect(wholeBlockPassage(block)).toEqual({ blockId: 'pb', start: 0, end: 22, exact: 'First line\nsecond line' });
  });
});

describe('ParagraphChooser', () => {
  it('lets a keyboard user pick a paragraph by its section and confirm it', async () => {
    const onChoose = vi.fn<(blockId: string) => void>();
    render(<ParagraphChooser open blocks={blocks} onChoose={onChoose} onClose={() => {}} />);
    const user = userEvent.setup();
    const confirm = screen.getByRole('button', { name: 'Comment on this paragraph', hidden: true });
    expect(confirm).toHaveProperty('disabled', true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Paragraph', hidden: true }), 'li1');
    await user.click(confirm);

    expect(onChoose).toHaveBeenCalledWith('li1');
  });
});
