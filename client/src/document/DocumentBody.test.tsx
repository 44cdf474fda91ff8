import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n';
import type { Block, Footnote } from '../api/types';
import { bullet, heading, numbered, paragraphWith, text } from '../test/builders';
import { DocumentBody } from './DocumentBody';
import { assignFootnoteRefIds } from './footnoteRefs';
import { FootnoteRefsContext } from './FootnoteRefsContext';
import { Footnotes } from './Footnotes';

function render(blocks: Block[], footnotes: Footnote[] = []): string {
  return renderToStaticMarkup(
    <FootnoteRefsContext.Provider value={assignFootnoteRefIds(blocks)}>
      <DocumentBody blocks={blocks} />
      <Footnotes footnotes={footnotes} />
    </FootnoteRefsContext.Provider>,
  );
}

describe('DocumentBody', () => {
  it('shows document heading level n as h(n+1), deeper than h6 with aria-level', () => {
    const html = render([heading(1, 'Part', 'a'), heading(4, 'Deep', 'b'), heading(6, 'Deepest', 'c')]);
    expect(html).toContain('<h2 id="a" data-block-id="a"');
    expect(html).toContain('<h5 id="b" data-block-id="b"');
    expect(html).toMatch(/<h6 id="c" data-block-id="c" aria-level="7"/);
  });

  it('gives every block element its id and data-block-id', () => {
    const blocks: Block[] = [
      paragraphWith([text('Para')], 'p1'),
      { id: 'q1', type: 'quote', content: [text('Quoted')] },
      { id: 'x1', type: 'placeholder', kind: 'image', description: 'Map of States Parties' },
      { id: 't1', type: 'table', header: { id: 't1', cells: [[text('State')]] }, rows: [{ id: 'r1', cells: [[text('Chile')]] }] },
      numbered(0, 'Item', 'l1'),
    ];
    const html = render(blocks);
    for (const id of ['p1', 'q1', 'x1', 't1', 'l1']) expect(html).toContain(`id="${id}" data-block-id="${id}"`);
  });

  it('renders tables with a header row of column headers', () => {
    const html = render([
      {
        id: 't1',
        type: 'table',
        header: { id: 't1', cells: [[text('Action')], [text('Due')]] },
        rows: [{ id: 'r1', cells: [[text('Report')], [text('2026')]] }],
      },
    ]);
    expect(html).toContain('<thead><tr><th scope="col">Action</th><th scope="col">Due</th></tr></thead>');
    expect(html).toContain('<tr id="r1" data-row-id="r1"><td>Report</td><td>2026</td></tr>');
  });

  it('shows a placeholder as a note naming what was not imported', () => {
    const html = render([{ id: 'x1', type: 'placeholder', kind: 'image', description: 'Map of States Parties' }]);
    expect(html).toContain('role="note"');
    expect(html).toContain('Not imported: image</span><span data-anchor-skip=""> — </span>Map of States Parties');
  });

  it('numbers top-level list items on through the document with ol start', () => {
    const html = render([numbered(0, 'One'), numbered(0, 'Two'), heading(1, 'Next'), numbered(0, 'Three'), bullet(1, 'Sub')]);
    expect(html).toMatch(/<ol class="doc-list doc-list-numbered doc-list-level-0" start="1">/);
    expect(html).toMatch(/<ol class="doc-list doc-list-numbered doc-list-level-0" start="3">.*Three<ul class="doc-list doc-list-bulleted doc-list-level-1">/);
  });

  it('renders marks and opens links in a new tab safely, saying so to screen readers', () => {
    const html = render([
      paragraphWith(
        [text('bold', { bold: true }), text('both', { italic: true, underline: true }), text('site', { href: 'https://example.org/' })],
        'p1',
      ),
    ]);
    expect(html).toContain('<strong>bold</strong><em><u>both</u></em>');
    expect(html).toContain(
      '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">site<span class="visually-hidden" data-anchor-skip=""> (opens in a new tab)</span></a>',
    );
  });

  it('links footnote references to the footnotes section and back', () => {
    const blocks = [paragraphWith([text('Text'), { type: 'footnoteRef', footnoteId: 'f1', number: 1 }], 'p1')];
    const html = render(blocks, [{ id: 'f1', number: 1, content: [text('A source.')] }]);
    expect(html).toContain('<sup class="footnote-ref" data-anchor-skip=""><a id="fnref-f1-1" href="#fn-f1" aria-label="Footnote 1">1</a></sup>');
    expect(html).toMatch(/<h2 id="[^"]+">Footnotes<\/h2>/);
    expect(html).toContain('<li id="fn-f1" value="1" tabindex="-1">A source.');
    expect(html).toContain('href="#fnref-f1-1"');
  });

  it('leaves the footnotes section out when there are none', () => {
    expect(render([paragraphWith([text('Text')])])).not.toContain('Footnotes');
  });
});
