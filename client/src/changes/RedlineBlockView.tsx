import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedlineBlock, RedlineBlockKind, RedlineRow } from '../api/redlineTypes';
import { changeElementId, movedFromElementId, movedHereElementId, numberShown, type Side } from './changesModel';
import { useListNumbers } from './listNumbersContext';
import { Segments, SideText } from './Segments';
import { StampDetails } from './StampDetails';
import { useReveal } from './useReveal';

function useKindName() {
  const { t } = useTranslation();
  return (kind: RedlineBlockKind | undefined, level: number | undefined, listKind: string | undefined): string => {
    switch (kind) {
      case 'heading':
        return t('changes.kind.heading', { level: level ?? 1 });
      case 'listItem':
        return listKind === 'numbered' ? t('changes.kind.numberedItem', { level: (level ?? 0) + 1 }) : t('changes.kind.bulletedItem', { level: (level ?? 0) + 1 });
      case 'quote':
        return t('changes.kind.quote');
      case 'table':
        return t('changes.kind.table');
      case 'placeholder':
        return t('changes.kind.placeholder');
      default:
        return t('changes.kind.paragraph');
    }
  };
}

/** What happened to the block as a whole: added, deleted, moved (with a link to its other place), retyped, rewritten. */
export function BlockNotes({ block }: { block: RedlineBlock }) {
  const { t } = useTranslation();
  const kindName = useKindName();
  const stampId = useId();
  const reveal = useReveal();
  const name = kindName(block.kind, block.level, block.listKind);
  const notes: ReactNode[] = [];
  if (block.change === 'Inserted') notes.push(t('changes.block.inserted', { kind: name }));
  if (block.change === 'Deleted') notes.push(t('changes.block.deleted', { kind: name }));
  if (block.change === 'MovedAway')
    notes.push(
      <>
        {t('changes.block.movedAway', { kind: name })}{' '}
        <a href={`#${movedHereElementId(block.blockId)}`}>{t('changes.block.movedTo')}</a>
      </>,
    );
  if (block.change === 'MovedHere')
    notes.push(
      <>
        {t('changes.block.movedHere', { kind: name })}{' '}
        <a href={`#${movedFromElementId(block.blockId)}`}>{t('changes.block.movedFrom')}</a>
      </>,
    );
  if (block.kindChanged)
    notes.push(t('changes.block.kindChanged', { from: kindName(block.oldKind ?? block.kind, block.oldLevel, block.oldListKind), to: name }));
  if (block.capped) notes.push(t('changes.block.capped'));
  if (notes.length === 0) return null;
  const stamp = block.by;
  return (
    <p className="redline-block-note">
      <span className="redline-change" {...(block.by !== undefined && reveal.handlers)}>
        <span tabIndex={stamp === undefined ? undefined : 0} aria-describedby={stamp === undefined ? undefined : stampId} className="redline-note-text">
          {notes.map((note, index) => (
            <span key={index}>
              {index > 0 && ' · '}
              {note}
            </span>
          ))}
        </span>
        {stamp !== undefined && <StampDetails stamp={stamp} id={stampId} shown={reveal.shown} />}
      </span>
    </p>
  );
}

function Cells({ row, header, side }: { row: RedlineRow; header: boolean; side: Side | null }) {
  const { t } = useTranslation();
  const Cell = header ? 'th' : 'td';
  const rowNote =
    row.change === 'Inserted' ? t('changes.row.inserted') : row.change === 'Deleted' ? t('changes.row.deleted') : row.change === 'MovedAway' ? t('changes.row.movedAway') : row.change === 'MovedHere' ? t('changes.row.movedHere') : null;
  if (side === 'old' && row.change === 'Inserted') return null;
  if (side === 'new' && (row.change === 'Deleted' || row.change === 'MovedAway')) return null;
  if (side !== null && row.change === 'MovedAway') return null;
  return (
    <tr className={`redline-row redline-row-${row.change.toLowerCase()}`}>
      {row.change === 'MovedAway' ? (
        <td className="redline-row-note">{rowNote}</td>
      ) : (
        row.cells.map((cell, index) => (
          <Cell key={index} {...(header && { scope: 'col' })}>
            {index === 0 && rowNote !== null && side === null && <span className="visually-hidden">{rowNote} </span>}
            {side === null ? <Segments segments={cell} /> : <SideText segments={cell} side={side} />}
          </Cell>
        ))
      )}
    </tr>
  );
}

function TableRedline({ rows, side }: { rows: readonly RedlineRow[]; side: Side | null }) {
  const { t } = useTranslation();
  const [header, ...body] = rows;
  return (
    <div className="doc-table-scroll" role="region" aria-label={t('document.tableRegion')} tabIndex={0}>
      <table className="doc-table redline-table">
        {header !== undefined && (
          <thead>
            <Cells row={header} header side={side} />
          </thead>
        )}
        <tbody>
          {body.map((row) => (
            <Cells key={row.rowId} row={row} header={false} side={side} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The block's own element (heading, paragraph, list item, quote, table, placeholder) around its text. */
export function BlockContent({ block, side }: { block: RedlineBlock; side: Side | null }) {
  const { t } = useTranslation();
  const number = numberShown(useListNumbers(), block, side);
  const kind = side === 'old' ? (block.oldKind ?? block.kind) : block.kind;
  const level = side === 'old' ? (block.oldLevel ?? block.level) : block.level;
  const listKind = side === 'old' ? (block.oldListKind ?? block.listKind) : block.listKind;
  if (block.change === 'MovedAway') return null;
  if (block.rows !== undefined && block.rows.length > 0) return <TableRedline rows={block.rows} side={side} />;
  if (block.placeholder !== undefined)
    return (
      <p className="placeholder">
        {t('changes.kind.placeholder')}: {block.placeholder.description}
      </p>
    );
  const text = side === null ? <Segments segments={block.segments} /> : <SideText segments={block.segments} side={side} />;
  switch (kind) {
    case 'heading':
      // Redline headings sit below the page's own h1 and h2.
      return (
        <p className={`redline-heading redline-heading-${Math.min(level ?? 1, 6)}`} role="heading" aria-level={Math.min((level ?? 1) + 2, 6)}>
          {text}
        </p>
      );
    case 'listItem':
      return (
        <p className={`redline-list-item redline-list-${listKind ?? 'bulleted'} redline-level-${Math.min(level ?? 0, 5)}`}>
          {listKind !== 'numbered' ? (
            <span aria-hidden="true" className="redline-list-marker">
              •{' '}
            </span>
          ) : (
            number !== undefined && <span className="redline-list-marker redline-list-number">{number}. </span>
          )}
          {text}
        </p>
      );
    case 'quote':
      return (
        <blockquote className="redline-quote">
          <p>{text}</p>
        </blockquote>
      );
    default:
      return <p>{text}</p>;
  }
}

const changeClass = (block: RedlineBlock) => `redline-block redline-block-${block.change.toLowerCase()}`;

/** A block of the inline redline: what happened to it, then its text with the changes marked. */
export function InlineBlock({ block }: { block: RedlineBlock }) {
  return (
    <div className={changeClass(block)} id={changeElementId(block)} tabIndex={-1}>
      <BlockNotes block={block} />
      <BlockContent block={block} side={null} />
    </div>
  );
}
