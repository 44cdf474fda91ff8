import type { Block } from '../api/types';
import { plainText } from '../document/inlines';
import { anchorTextOf } from './anchorText';
import type { PassageSelection } from './selectionAnchor';

export interface ParagraphChoice {
  blockId: string;
  /** A short preview of the block's text, for the list. */
  label: string;
}

export interface ParagraphGroup {
  /** The heading the blocks follow, or null for the blocks before the first heading. */
  heading: string | null;
  choices: ParagraphChoice[];
}

const previewLength = 90;
const preview = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= previewLength ? flat : `${flat.slice(0, previewLength - 1)}…`;
};

/**
 * The blocks a comment can cover, grouped under the heading they follow, for choosing one without selecting text
 * (keyboard and screen reader users). Headings are choices too; placeholders and empty blocks are not.
 */
export function paragraphGroups(blocks: readonly Block[]): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [{ heading: null, choices: [] }];
  for (const block of blocks) {
    if (block.type === 'placeholder') continue;
    if (block.type === 'heading') groups.push({ heading: preview(plainText(block.content)), choices: [] });
    const text = anchorTextOf(block);
    if (text.trim().length === 0) continue;
    groups[groups.length - 1]!.choices.push({ blockId: block.id, label: preview(text) });
  }
  return groups.filter((group) => group.choices.length > 0);
}

/** The whole text of a block as the passage of a comment. */
export function wholeBlockPassage(block: Block): PassageSelection {
  const text = anchorTextOf(block);
  return { blockId: block.id, start: 0, end: text.length, exact: text };
}
