import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Footnote } from '../api/types';
import { footnoteElementId } from './footnoteRefs';
import { useFootnoteRefs } from './FootnoteRefsContext';
import { InlineContent } from './InlineContent';

export function Footnotes({ footnotes }: { footnotes: readonly Footnote[] }) {
  const { t } = useTranslation();
  const refs = useFootnoteRefs();
  const headingId = useId();
  if (footnotes.length === 0) return null;
  const ordered = [...footnotes].sort((a, b) => a.number - b.number);
  return (
    <section className="doc-footnotes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('document.footnotesHeading')}</h2>
      <ol className="doc-footnote-list">
        {ordered.map((footnote) => {
          const backTo = refs.firstRefOf(footnote.id);
          return (
            <li key={footnote.id} id={footnoteElementId(footnote.id)} value={footnote.number} tabIndex={-1}>
              <InlineContent content={footnote.content} />
              {backTo !== undefined && (
                <>
                  {' '}
                  <a
                    href={`#${backTo}`}
                    className="footnote-back"
                    aria-label={t('document.backToReference', { number: footnote.number })}
                  >
                    <span aria-hidden="true">↩</span>
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
