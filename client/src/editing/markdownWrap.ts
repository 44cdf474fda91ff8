/** What a formatting button does to the text of the editor. */
export type InlineFormat = { kind: 'bold' } | { kind: 'italic' } | { kind: 'link'; url: string };

export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

const markers = { bold: '**', italic: '*' } as const;

/**
 * Wraps the selected words in inline Markdown: **bold**, *italic* or [words](url). Spaces at the edges of the
 * selection stay outside (Markdown does not read "** word**" as bold). With nothing selected, the syntax is
 * inserted with the cursor where the words go. The answer selects the same words inside the syntax.
 */
export function wrapSelection(text: string, start: number, end: number, format: InlineFormat): TextEdit {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  const selected = text.slice(from, to);
  const leading = selected.length - selected.trimStart().length;
  const words = selected.trim();
  const innerStart = from + (words === '' ? selected.length : leading);
  const innerEnd = innerStart + words.length;
  const [open, close] = format.kind === 'link' ? ['[', `](${format.url.trim()})`] : [markers[format.kind], markers[format.kind]];
  const wrapped = text.slice(0, innerStart) + open + words + close + text.slice(innerEnd);
  return { text: wrapped, selectionStart: innerStart + open.length, selectionEnd: innerStart + open.length + words.length };
}
