import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FootnoteRefInline, Inline, TextInline } from '../api/types';
import { skipAnchorText } from '../consultation/anchorText';
import { footnoteElementId } from './footnoteRefs';
import { useFootnoteRefs } from './FootnoteRefsContext';
import { groupInlines } from './inlines';

function MarkedText({ inline }: { inline: TextInline }) {
  let node: ReactNode = inline.text;
  if (inline.underline) node = <u>{node}</u>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.bold) node = <strong>{node}</strong>;
  return <>{node}</>;
}

function FootnoteReference({ inline }: { inline: FootnoteRefInline }) {
  const { t } = useTranslation();
  const refs = useFootnoteRefs();
  return (
    <sup className="footnote-ref" {...skipAnchorText}>
      <a
        id={refs.idOf(inline)}
        href={`#${footnoteElementId(inline.footnoteId)}`}
        aria-label={t('document.footnoteRef', { number: inline.number })}
      >
        {inline.number}
      </a>
    </sup>
  );
}

export function InlineContent({ content }: { content: readonly Inline[] }) {
  const { t } = useTranslation();
  return (
    <>
      {groupInlines(content).map((run, index) => {
        switch (run.type) {
          case 'text':
            return <MarkedText key={index} inline={run.inline} />;
          case 'lineBreak':
            return <br key={index} />;
          case 'footnoteRef':
            return <FootnoteReference key={index} inline={run.inline} />;
          case 'link':
            return (
              <a key={index} href={run.href} target="_blank" rel="noopener noreferrer">
                {run.parts.map((part, partIndex) => (
                  <MarkedText key={partIndex} inline={part} />
                ))}
                <span className="visually-hidden" {...skipAnchorText}>
                  {' '}
                  {t('document.opensInNewTab')}
                </span>
              </a>
            );
        }
      })}
    </>
  );
}
