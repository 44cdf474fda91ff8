export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * Document heading level n is shown as <h(n+1)> because <h1> is the document title. HTML stops at
 * h6, so deeper levels keep their real depth in aria-level.
 */
export function headingElement(level: number): { tag: HeadingTag; ariaLevel: number | undefined } {
  const documentLevel = Number.isFinite(level) && level >= 1 ? Math.floor(level) : 1;
  const pageLevel = documentLevel + 1;
  if (pageLevel <= 6) return { tag: `h${pageLevel}` as HeadingTag, ariaLevel: undefined };
  return { tag: 'h6', ariaLevel: pageLevel };
}
