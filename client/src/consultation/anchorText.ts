import type { Block, Inline } from '../api/types';

/**
 * The text comment anchors address inside a block, counted exactly as the server's AnchorText does
 * (UTF-16 code units): heading, paragraph, list item and quote — their text, a line break is '\n', a
 * footnote reference takes no room; a table — the header row then each body row, rows joined by '\n' and
 * the cells of a row by '\t'; a placeholder — its description.
 */
export const cellSeparator = '\t';
export const rowSeparator = '\n';

/** Marks rendered content that is not part of the anchor text (footnote numbers, hidden link hints, labels). */
export const anchorSkipAttribute = 'data-anchor-skip';

export function inlineAnchorText(content: readonly Inline[]): string {
  return content.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'lineBreak' ? '\n' : '')).join('');
}

export function anchorTextOf(block: Block): string {
  switch (block.type) {
    case 'table':
      return [block.header, ...block.rows]
        .map((row) => row.cells.map(inlineAnchorText).join(cellSeparator))
        .join(rowSeparator);
    case 'placeholder':
      return block.description;
    default:
      return inlineAnchorText(block.content);
  }
}

/** Where each cell of a table starts in its anchor text, row by row (header first). */
export function tableCellOffsets(block: Extract<Block, { type: 'table' }>): number[][] {
  let offset = 0;
  return [block.header, ...block.rows].map((row, rowIndex) => {
    if (rowIndex > 0) offset += rowSeparator.length;
    return row.cells.map((cell, cellIndex) => {
      if (cellIndex > 0) offset += cellSeparator.length;
      const start = offset;
      offset += inlineAnchorText(cell).length;
      return start;
    });
  });
}

/** Spread on an element to leave it out of the anchor text. */
export const skipAnchorText = { [anchorSkipAttribute]: '' } as const;
