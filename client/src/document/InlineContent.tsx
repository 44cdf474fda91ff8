import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FootnoteRefInline, Inline, TextInline } from '../api/types';
import { skipAnchorText } from '../consultation/anchorText';
import { footnoteElementId } from './footnoteRefs';
import { useFootnoteRefs } from './FootnoteRefsContext';
import { groupInlines } from './inlines';
import { highlightPieces, usePassageHighlights, type HighlightRange, type MarkedPart } from '../consultation/highlights';

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

/** Where inline content sits in its block, so that thread passages can be marked in it. */
export interface InlinePlace {
  blockId: string;
  /** Where the content starts in the block's anchor text (a table cell: after the cells before it). */
  offset: number;
}

function LinkHint() {
  const { t } = useTranslation();
  return (
    <span className="visually-hidden" {...skipAnchorText}>
      {' '}
      {t('document.opensInNewTab')}
    </span>
  );
}

function Marked({ part }: { part: MarkedPart }) {
  const { activeThreadId } = usePassageHighlights();
  if (part.threadIds.length === 0) return <MarkedText inline={part.inline} />;
  const active = activeThreadId !== null && part.threadIds.includes(activeThreadId);
  return (
    <mark className={active ? 'passage-mark passage-mark-active' : 'passage-mark'} data-thread-ids={part.threadIds.join(' ')}>
      <MarkedText inline={part.inline} />
    </mark>
  );
}

function ThreadMarkers({ ranges }: { ranges: readonly HighlightRange[] }) {
  const { activeThreadId, onOpen } = usePassageHighlights();
  return (
    <span className="passage-markers" {...skipAnchorText}>
      {ranges.map((range) => (
        <button
          key={range.threadId}
          type="button"
          className="passage-marker"
          aria-label={range.label}
          aria-pressed={range.threadId === activeThreadId}
          data-thread-id={range.threadId}
          // The number is drawn by CSS so that it stays out of the text read, copied and searched.
          data-number={range.number}
          onClick={() => onOpen(range.threadId)}
        />
      ))}
    </span>
  );
}

function HighlightedContent({ content, place, ranges }: { content: readonly Inline[]; place: InlinePlace; ranges: readonly HighlightRange[] }) {
  return (
    <>
      {highlightPieces(content, place.offset, ranges).map((piece, index) => {
        switch (piece.type) {
          case 'text':
            return <Marked key={index} part={piece.part} />;
          case 'lineBreak':
            return <br key={index} />;
          case 'footnoteRef':
            return <FootnoteReference key={index} inline={piece.inline} />;
          case 'markers':
            return <ThreadMarkers key={index} ranges={piece.ranges} />;
          case 'link':
            return (
              <a key={index} href={piece.href} target="_blank" rel="noopener noreferrer">
                {piece.parts.map((part, partIndex) => (
                  <Marked key={partIndex} part={part} />
                ))}
                <LinkHint />
              </a>
            );
        }
      })}
    </>
  );
}

/** Inline content; given its place in a block, the passages of comment threads in it are marked. */
export function InlineContent({ content, place }: { content: readonly Inline[]; place?: InlinePlace }) {
  const highlights = usePassageHighlights();
  const ranges = place === undefined ? [] : highlights.rangesOf(place.blockId);
  if (place !== undefined && ranges.length > 0) return <HighlightedContent content={content} place={place} ranges={ranges} />;
  return <PlainInlineContent content={content} />;
}

function PlainInlineContent({ content }: { content: readonly Inline[] }) {
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
                <LinkHint />
              </a>
            );
        }
      })}
    </>
  );
}
