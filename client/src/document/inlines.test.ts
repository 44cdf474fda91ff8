import { describe, expect, it } from 'vitest';
import { text } from '../test/builders';
import { groupInlines, plainText, safeHref } from './inlines';

describe('safeHref', () => {
  it.each([
    ['https://www.clusterconvention.org/', 'https://www.clusterconvention.org/'],
    ['  http://example.org/a b ', 'http://example.org/a%20b'],
    ['mailto:isu@example.org', 'mailto:isu@example.org'],
  ])('keeps web and mail addresses: %s', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<p>x</p>', 'vbscript:x', '/relative', '#anchor', '', undefined])(
    'refuses anything else: %s',
    (href) => {
      expect(safeHref(href)).toBeNull();
    },
  );
});

describe('groupInlines', () => {
  it('gathers consecutive runs of the same link into one anchor, keeping their marks', () => {
    const href = 'https://example.org/guidance';
    const runs = groupInlines([
      text('See '),
      text('the ', { href }),
      text('guidance', { href, bold: true }),
      text(' now'),
    ]);
    expect(runs.map((run) => run.type)).toEqual(['text', 'link', 'text']);
    const link = runs[1];
    expect(link?.type === 'link' && link.parts.map((p) => p.text)).toEqual(['the ', 'guidance']);
  });

  it('keeps two different links apart', () => {
    const runs = groupInlines([text('a', { href: 'https://a.example/' }), text('b', { href: 'https://b.example/' })]);
    expect(runs.map((run) => (run.type === 'link' ? run.href : run.type))).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('shows text with an unsafe link as plain text', () => {
    const runs = groupInlines([text('click', { href: 'javascript:alert(1)' })]);
    expect(runs).toEqual([{ type: 'text', inline: text('click', { href: 'javascript:alert(1)' }) }]);
  });

  it('passes footnote references and line breaks through in place', () => {
    const runs = groupInlines([text('a'), { type: 'lineBreak' }, { type: 'footnoteRef', footnoteId: 'f', number: 2 }]);
    expect(runs.map((run) => run.type)).toEqual(['text', 'lineBreak', 'footnoteRef']);
  });
});

describe('plainText', () => {
  it('joins text, turns line breaks into spaces and drops footnote numbers', () => {
    expect(
      plainText([text(' Part '), { type: 'lineBreak' }, text('One'), { type: 'footnoteRef', footnoteId: 'f', number: 1 }]),
    ).toBe('Part One');
  });
});
