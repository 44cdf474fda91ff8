import type { FootnoteRefInline, Inline, LineBreakInline, TextInline } from '../api/types';

/** Inline content ready to render: consecutive runs of one link are gathered into a single anchor. */
export type InlineRun =
  | { type: 'text'; inline: TextInline }
  | { type: 'link'; href: string; parts: TextInline[] }
  | { type: 'footnoteRef'; inline: FootnoteRefInline }
  | { type: 'lineBreak'; inline: LineBreakInline };

const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/** The href if it is an absolute http(s) or mailto address, else null (e.g. `javascript:`, relative paths). */
export function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return allowedSchemes.has(url.protocol) ? url.href : null;
}

export function groupInlines(inlines: readonly Inline[]): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const inline of inlines) {
    if (inline.type === 'footnoteRef') {
      runs.push({ type: 'footnoteRef', inline });
      continue;
    }
    if (inline.type === 'lineBreak') {
      runs.push({ type: 'lineBreak', inline });
      continue;
    }
    const href = safeHref(inline.href);
    if (href === null) {
      runs.push({ type: 'text', inline });
      continue;
    }
    const previous = runs.at(-1);
    if (previous?.type === 'link' && previous.href === href) previous.parts.push(inline);
    else runs.push({ type: 'link', href, parts: [inline] });
  }
  return runs;
}

/** The readable text of inline content: line breaks become spaces, footnote references are left out. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'lineBreak' ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
