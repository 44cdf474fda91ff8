import type { Block } from '../api/types';
import { plainText } from '../document/inlines';

export interface SectionChoice {
  id: string;
  level: number;
  text: string;
}

/** The document's non-empty headings in document order, as sections a question may refer to. */
export function sectionChoices(blocks: readonly Block[]): SectionChoice[] {
  return blocks.flatMap((block) => {
    if (block.type !== 'heading') return [];
    const text = plainText(block.content);
    return text === '' ? [] : [{ id: block.id, level: block.level, text }];
  });
}

/** An option's text, indented by level with no-break spaces (options cannot be styled). */
export const indentedSection = (section: SectionChoice) => '\u00a0\u00a0'.repeat(Math.max(0, section.level - 1)) + section.text;
