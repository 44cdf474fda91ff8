import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkName, RedlineSegment } from '../api/redlineTypes';
import { asOld, formatChange, groupSegments, sideSegments, type Side } from './changesModel';
import { StampDetails } from './StampDetails';
import { useReveal } from './useReveal';

function marked(text: ReactNode, marks: readonly MarkName[] | undefined): ReactNode {
  let node = text;
  if (marks?.includes('underline')) node = <u>{node}</u>;
  if (marks?.includes('italic')) node = <em>{node}</em>;
  if (marks?.includes('bold')) node = <strong>{node}</strong>;
  return node;
}

function SegmentText({ segment }: { segment: RedlineSegment }) {
  const { t } = useTranslation();
  if (segment.lineBreak) return <br />;
  if (segment.footnoteId !== undefined) {
    const number = segment.footnoteNumber;
    return (
      <sup className="footnote-ref">
        <span aria-hidden="true">{number ?? '*'}</span>
        <span className="visually-hidden">{t('changes.footnoteRef', { number: number ?? '' })}</span>
      </sup>
    );
  }
  const content = marked(segment.text, segment.marks);
  return segment.href === undefined ? <>{content}</> : <span className="redline-link" title={segment.href}>{content}</span>;
}

function useFormatDescription(segment: RedlineSegment): string {
  const { t } = useTranslation();
  const change = formatChange(segment);
  const mark = (name: MarkName) =>
    ({ bold: t('changes.format.bold'), italic: t('changes.format.italic'), underline: t('changes.format.underline') })[name];
  const parts = [
    ...change.added.map((name) => t('changes.format.added', { mark: mark(name) })),
    ...change.removed.map((name) => t('changes.format.removed', { mark: mark(name) })),
    ...(change.link === 'added' ? [t('changes.format.linkAdded')] : []),
    ...(change.link === 'removed' ? [t('changes.format.linkRemoved')] : []),
    ...(change.link === 'changed' ? [t('changes.format.linkChanged')] : []),
  ];
  return t('changes.format.changed', { what: parts.join(', ') });
}

function FormatChanged({ segment, stampId }: { segment: RedlineSegment; stampId: string | undefined }) {
  const description = useFormatDescription(segment);
  return (
    <span className="redline-format" tabIndex={stampId === undefined ? undefined : 0} aria-describedby={stampId}>
      <SegmentText segment={segment} />
      <span className="visually-hidden"> ({description})</span>
    </span>
  );
}

/** One run of inserted, deleted or reformatted text, with who changed it shown on hover and focus. */
function ChangedRun({ group }: { group: RedlineSegment[] }) {
  const { t } = useTranslation();
  const stampId = useId();
  const reveal = useReveal();
  const first = group[0]!;
  const stamp = first.by;
  const describedBy = stamp === undefined ? undefined : stampId;
  const focusable = stamp === undefined ? undefined : 0;
  const texts = group.map((segment, index) => <SegmentText key={index} segment={segment} />);
  let mark: ReactNode;
  if (first.kind === 'Inserted') {
    mark = (
      <ins className="redline-ins" tabIndex={focusable} aria-describedby={describedBy}>
        <span className="visually-hidden">{t('changes.inserted')} </span>
        {texts}
      </ins>
    );
  } else if (first.kind === 'Deleted') {
    mark = (
      <del className="redline-del" tabIndex={focusable} aria-describedby={describedBy}>
        <span className="visually-hidden">{t('changes.deleted')} </span>
        {texts}
      </del>
    );
  } else {
    mark = <FormatChanged segment={first} stampId={describedBy} />;
  }
  return (
    <span className="redline-change" {...(stamp !== undefined && reveal.handlers)}>
      {mark}
      {stamp !== undefined && <StampDetails stamp={stamp} id={stampId} shown={reveal.shown} />}
    </span>
  );
}

/** Inline redline of a run of segments: equal text as is, changes marked. */
export function Segments({ segments }: { segments: readonly RedlineSegment[] }) {
  return (
    <>
      {groupSegments(segments).map((group, index) =>
        group[0]!.kind === 'Equal' ? (
          group.map((segment, at) => <SegmentText key={`${index}-${at}`} segment={segment} />)
        ) : (
          <ChangedRun key={index} group={group} />
        ),
      )}
    </>
  );
}

/** One side of a side-by-side comparison: plain text of that version, its changes marked without stamps. */
export function SideText({ segments, side }: { segments: readonly RedlineSegment[]; side: Side }) {
  const { t } = useTranslation();
  return (
    <>
      {sideSegments(segments, side).map((shown, index) => {
        const segment = side === 'old' ? asOld(shown) : shown;
        if (segment.kind === 'Inserted')
          return (
            <ins key={index} className="redline-ins">
              <span className="visually-hidden">{t('changes.inserted')} </span>
              <SegmentText segment={segment} />
            </ins>
          );
        if (segment.kind === 'Deleted')
          return (
            <del key={index} className="redline-del">
              <span className="visually-hidden">{t('changes.deleted')} </span>
              <SegmentText segment={segment} />
            </del>
          );
        if (segment.kind === 'FormatChanged') return <FormatChanged key={index} segment={segment} stampId={undefined} />;
        return <SegmentText key={index} segment={segment} />;
      })}
    </>
  );
}
