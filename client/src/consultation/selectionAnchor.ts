import { anchorSkipAttribute, cellSeparator, rowSeparator } from './anchorText';

/** A passage of one block: offsets in the block's anchor text (see anchorText.ts) and the text between them. */
export interface PassageSelection {
  blockId: string;
  start: number;
  end: number;
  exact: string;
}

export type SelectionResult =
  | { kind: 'passage'; passage: PassageSelection }
  /** Nothing selected, or the selection is outside the document's blocks. */
  | { kind: 'none' }
  /** The selection runs over more than one block; a comment covers one block (paragraph, item, heading or table). */
  | { kind: 'acrossBlocks' };

const blockSelector = '[data-block-id]';

/** Accumulates anchor text while walking rendered block content in document order. */
class AnchorTextWriter {
  text = '';
  private seenRow = false;
  private seenCellInRow = false;

  visit(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.text += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element)) {
      this.visitChildren(node);
      return;
    }
    // Another block (a nested list item) or content that is not text of the block.
    if (node.hasAttribute('data-block-id') || node.hasAttribute(anchorSkipAttribute)) return;
    const tag = node.tagName;
    if (tag === 'BR') {
      this.text += '\n';
      return;
    }
    if (tag === 'TR') {
      if (this.seenRow) this.text += rowSeparator;
      this.seenRow = true;
      this.seenCellInRow = false;
    } else if (tag === 'TD' || tag === 'TH') {
      if (this.seenCellInRow) this.text += cellSeparator;
      this.seenCellInRow = true;
    }
    this.visitChildren(node);
  }

  visitChildren(node: Node): void {
    for (const child of node.childNodes) this.visit(child);
  }
}

/** The anchor text of a rendered block element (its `data-block-id` element). */
export function renderedAnchorText(blockElement: Element): string {
  const writer = new AnchorTextWriter();
  writer.visitChildren(blockElement);
  return writer.text;
}

/** The anchor-text offset of a boundary point (container, offset) inside a rendered block element. */
export function offsetInBlock(blockElement: Element, container: Node, offset: number): number {
  const range = blockElement.ownerDocument.createRange();
  range.setStart(blockElement, 0);
  range.setEnd(container, offset);
  const writer = new AnchorTextWriter();
  writer.visitChildren(range.cloneContents());
  return writer.text.length;
}

function blockOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(blockSelector) ?? null;
}

/** Whether nothing readable lies between the end of `block` and the boundary point (a triple click ends there). */
function endsRightAfter(block: Element, container: Node, offset: number): boolean {
  const gap = block.ownerDocument.createRange();
  gap.setStartAfter(block.lastChild ?? block);
  gap.setEnd(container, offset);
  return gap.toString() === '';
}

/**
 * The passage a selection range covers, if it lies inside one block of `root`. A range that ends at the very
 * start of the next block (as a triple click selects) counts as ending at the end of its own block.
 */
export function passageOfRange(root: Element, range: Range): SelectionResult {
  if (range.collapsed) return { kind: 'none' };
  const startBlock = blockOf(range.startContainer);
  if (startBlock === null || !root.contains(startBlock)) return { kind: 'none' };
  const blockId = startBlock.getAttribute('data-block-id') ?? '';
  const text = renderedAnchorText(startBlock);
  const start = offsetInBlock(startBlock, range.startContainer, range.startOffset);
  let end: number;
  if (startBlock.contains(range.endContainer) && blockOf(range.endContainer) === startBlock) {
    end = offsetInBlock(startBlock, range.endContainer, range.endOffset);
  } else if (!startBlock.contains(range.endContainer) && endsRightAfter(startBlock, range.endContainer, range.endOffset)) {
    end = text.length;
  } else {
    return { kind: 'acrossBlocks' };
  }
  if (end <= start) return { kind: 'none' };
  return { kind: 'passage', passage: { blockId, start, end, exact: text.slice(start, end) } };
}

/** The passage the document's current selection covers inside `root`. */
export function passageOfSelection(root: Element, selection: Selection | null): SelectionResult {
  if (selection === null || selection.rangeCount === 0) return { kind: 'none' };
  return passageOfRange(root, selection.getRangeAt(0));
}
