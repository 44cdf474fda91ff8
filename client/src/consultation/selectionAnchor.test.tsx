// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import type { Block } from '../api/types';
import { DocumentBody } from '../document/DocumentBody';
import { assignFootnoteRefIds } from '../document/footnoteRefs';
import { FootnoteRefsContext } from '../document/FootnoteRefsContext';
import { bullet, paragraphWith, text } from '../test/builders';
import { anchorTextOf } from './anchorText';
import { passageOfRange, renderedAnchorText } from './selectionAnchor';

const footnoted = paragraphWith(
  [
    text('Survivors '),
    text('and families', { bold: true }),
    { type: 'footnoteRef', footnoteId: 'f1', number: 1 },
    text(' need '),
    text('accessible services', { href: 'https://example.org/services' }),
    { type: 'lineBreak' },
    text('in every district.'),
  ],
  'p-mixed',
);
const table: Block = {
  id: 't1',
  type: 'table',
  header: { id: 'r0', cells: [[text('Action')], [text('Lead')]] },
  rows: [
    { id: 'r1', cells: [[text('Data collection')], [text('Ministry of Health')]] },
    { id: 'r2', cells: [[text('Referral')], [{ type: 'footnoteRef', footnoteId: 'f2', number: 2 }, text('Social services')]] },
  ],
};
const placeholder: Block = { id: 'ph1', type: 'placeholder', kind: 'image', description: 'Map of rehabilitation centres' };
const heading: Block = { id: 'h1', type: 'heading', level: 1, content: [text('Integrated approach')] };
const quote: Block = { id: 'q1', type: 'quote', content: [text('Nothing about us without us.')] };
const parentItem = bullet(0, 'Health care', 'li-parent');
const childItem = bullet(1, 'Physical rehabilitation', 'li-child');
const second = paragraphWith([text('A second paragraph.')], 'p-second');
const blocks: Block[] = [heading, footnoted, parentItem, childItem, table, placeholder, quote, second];

function renderDocument() {
  const { container } = render(
    <FootnoteRefsContext.Provider value={assignFootnoteRefIds(blocks)}>
      <DocumentBody blocks={blocks} />
    </FootnoteRefsContext.Provider>,
  );
  return container;
}

const blockElement = (root: Element, id: string) => root.querySelector(`[data-block-id="${id}"]`)!;

/** The text node of `element` (searched depth first) whose value contains `snippet`. */
function textNodeWith(element: Element, snippet: string): Text {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').includes(snippet)) return node as Text;
  }
  throw new Error(`No text node contains “${snippet}”.`);
}

/** A range from `from` (inside a text node containing it) to the end of `to`. */
function rangeOver(root: Element, fromBlock: string, from: string, toBlock: string, to: string): Range {
  const startNode = textNodeWith(blockElement(root, fromBlock), from);
  const endNode = textNodeWith(blockElement(root, toBlock), to);
  const range = root.ownerDocument.createRange();
  range.setStart(startNode, startNode.nodeValue!.indexOf(from));
  range.setEnd(endNode, endNode.nodeValue!.indexOf(to) + to.length);
  return range;
}

afterEach(cleanup);

describe('renderedAnchorText', () => {
  it.each(blocks.map((block) => [block.id, block] as const))('matches the server’s anchor text for block %s', (id, block) => {
    const root = renderDocument();
    expect(renderedAnchorText(blockElement(root, id))).toBe(anchorTextOf(block));
  });

  it('counts a line break as one character and a footnote reference as none', () => {
    expect(anchorTextOf(footnoted)).toBe('Survivors and families need accessible services\nin every district.');
  });

  it('joins table cells with a tab and rows with a new line, header first', () => {
    expect(anchorTextOf(table)).toBe('Action\tLead\nData collection\tMinistry of Health\nReferral\tSocial services');
  });
});

describe('passageOfRange', () => {
  it('gives offsets after a footnote reference without counting its number', () => {
    const root = renderDocument();
    const result = passageOfRange(root, rangeOver(root, 'p-mixed', 'need', 'p-mixed', 'need'));
    expect(result).toEqual({ kind: 'passage', passage: { blockId: 'p-mixed', start: 23, end: 27, exact: 'need' } });
  });

  it('counts the line break inside a selection that crosses it', () => {
    const root = renderDocument();
    const result = passageOfRange(root, rangeOver(root, 'p-mixed', 'services', 'p-mixed', 'every'));
    expect(result).toEqual({
      kind: 'passage',
      passage: { blockId: 'p-mixed', start: 39, end: 56, exact: 'services\nin every' },
    });
  });

  it('leaves out the hidden “opens in a new tab” hint of a link', () => {
    const root = renderDocument();
    const result = passageOfRange(root, rangeOver(root, 'p-mixed', 'accessible', 'p-mixed', 'district.'));
    expect(result.kind === 'passage' && result.passage.exact).toBe('accessible services\nin every district.');
  });

  it('addresses a table cell by its place in the rows and cells of the table', () => {
    const root = renderDocument();
    const result = passageOfRange(root, rangeOver(root, 't1', 'Ministry', 't1', 'Health'));
    expect(result).toEqual({ kind: 'passage', passage: { blockId: 't1', start: 28, end: 46, exact: 'Ministry of Health' } });
  });

  it('takes a selection over several cells with their separators', () => {
    const root = renderDocument();
    const result = passageOfRange(root, rangeOver(root, 't1', 'collection', 't1', 'Referral'));
    expect(result.kind === 'passage' && result.passage.exact).toBe('collection\tMinistry of Health\nReferral');
  });

  it('counts a parent list item without the items nested in it', () => {
    const root = renderDocument();
    const result = passageOfRange(root, rangeOver(root, 'li-parent', 'care', 'li-parent', 'care'));
    expect(result).toEqual({ kind: 'passage', passage: { blockId: 'li-parent', start: 7, end: 11, exact: 'care' } });
    const child = passageOfRange(root, rangeOver(root, 'li-child', 'rehabilitation', 'li-child', 'rehabilitation'));
    expect(child).toEqual({ kind: 'passage', passage: { blockId: 'li-child', start: 9, end: 23, exact: 'rehabilitation' } });
  });

  it('addresses a placeholder by its description only', () => {
    const root = renderDocument();
    const result = passageOfRange(root, rangeOver(root, 'ph1', 'rehabilitation', 'ph1', 'centres'));
    expect(result).toEqual({ kind: 'passage', passage: { blockId: 'ph1', start: 7, end: 29, exact: 'rehabilitation centres' } });
  });

  it('refuses a selection that runs from one block into another', () => {
    const root = renderDocument();
    expect(passageOfRange(root, rangeOver(root, 'q1', 'about', 'p-second', 'second'))).toEqual({ kind: 'acrossBlocks' });
    expect(passageOfRange(root, rangeOver(root, 'li-parent', 'care', 'li-child', 'Physical'))).toEqual({ kind: 'acrossBlocks' });
  });

  it('treats a selection ending at the very start of the next block as ending with its own block', () => {
    const root = renderDocument();
    const range = rangeOver(root, 'q1', 'Nothing', 'q1', 'Nothing');
    range.setEnd(blockElement(root, 'p-second'), 0);
    expect(passageOfRange(root, range)).toEqual({
      kind: 'passage',
      passage: { blockId: 'q1', start: 0, end: 28, exact: 'Nothing about us without us.' },
    });
  });

  it('finds nothing in an empty selection or one outside the document', () => {
    const root = renderDocument();
    const collapsed = rangeOver(root, 'q1', 'about', 'q1', 'about');
    collapsed.collapse(true);
    expect(passageOfRange(root, collapsed)).toEqual({ kind: 'none' });
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(passageOfRange(root, range)).toEqual({ kind: 'none' });
    outside.remove();
  });
});
