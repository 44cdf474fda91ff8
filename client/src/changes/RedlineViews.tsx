import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedlineFootnote, RedlineView } from '../api/redlineTypes';
import type { RedlineBlock } from '../api/redlineTypes';
import { changeElementId, isChange, listChanges, listNumbers, stepChange } from './changesModel';
import { ListNumbersContext } from './listNumbersContext';
import { BlockContent, BlockNotes, InlineBlock } from './RedlineBlockView';
import { Segments } from './Segments';

function FootnoteChanges({ footnotes }: { footnotes: readonly RedlineFootnote[] }) {
  const { t } = useTranslation();
  const changed = footnotes.filter(
    (footnote) => footnote.change !== 'Unchanged' || footnote.segments.some((segment) => segment.kind !== 'Equal'),
  );
  if (changed.length === 0) return null;
  return (
    <section className="redline-footnotes" aria-labelledby="redline-footnotes-heading">
      <h3 id="redline-footnotes-heading">{t('changes.footnotes')}</h3>
      <ol>
        {changed.map((footnote) => (
          <li key={footnote.footnoteId} value={footnote.number}>
            {footnote.change === 'Inserted' && <span className="redline-block-note">{t('changes.footnoteInserted')} </span>}
            {footnote.change === 'Deleted' && <span className="redline-block-note">{t('changes.footnoteDeleted')} </span>}
            <Segments segments={footnote.segments} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The whole document with inserted words underlined, deleted ones struck through and moves linked both ways. */
export function InlineRedline({ redline }: { redline: RedlineView }) {
  const numbers = useMemo(() => listNumbers(redline.blocks), [redline.blocks]);
  return (
    <ListNumbersContext.Provider value={numbers}>
      <div className="redline redline-inline">
        {redline.blocks.map((block) => (
          <InlineBlock key={`${block.blockId}-${block.change}`} block={block} />
        ))}
        <FootnoteChanges footnotes={redline.footnotes} />
      </div>
    </ListNumbersContext.Provider>
  );
}

/** A moved block's place in the older version shows the text it had there: the older side of its destination. */
function movedAwayContent(blocks: readonly RedlineBlock[], block: RedlineBlock) {
  const destination = blocks.find((other) => other.blockId === block.blockId && other.change === 'MovedHere');
  return destination === undefined ? null : <BlockContent block={destination} side="old" />;
}

/**
 * Old and new text next to each other, one row per block. A moved block shows in the old column where it was and in the
 * new column where it is now, each place linking to the other.
 */
export function SideBySide({ redline, fromLabel, toLabel }: { redline: RedlineView; fromLabel: string; toLabel: string }) {
  const { t } = useTranslation();
  const numbers = useMemo(() => listNumbers(redline.blocks), [redline.blocks]);
  return (
    <ListNumbersContext.Provider value={numbers}>
      <div className="table-scroll" role="region" aria-label={t('changes.side.region')} tabIndex={0}>
        <table className="redline-side">
          <caption className="visually-hidden">{t('changes.side.caption', { from: fromLabel, to: toLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('changes.side.old', { label: fromLabel })}</th>
              <th scope="col">{t('changes.side.new', { label: toLabel })}</th>
            </tr>
          </thead>
          <tbody>
            {redline.blocks.map((block) => (
              <tr key={`${block.blockId}-${block.change}`} id={changeElementId(block)} className={isChange(block) ? 'redline-side-changed' : undefined}>
                <td className="redline-side-old">
                  {block.change === 'MovedAway' && (
                    <>
                      <BlockNotes block={block} />
                      {movedAwayContent(redline.blocks, block)}
                    </>
                  )}
                  {block.change !== 'MovedAway' && block.change !== 'Inserted' && block.change !== 'MovedHere' && <BlockContent block={block} side="old" />}
                </td>
                <td className="redline-side-new">
                  {block.change !== 'MovedAway' && <BlockNotes block={block} />}
                  {block.change !== 'Deleted' && <BlockContent block={block} side="new" />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ListNumbersContext.Provider>
  );
}

const typingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Only the changed blocks, each with its section and a line before it; next/previous buttons and the n / p keys. */
export function ChangesOnly({ redline }: { redline: RedlineView }) {
  const { t } = useTranslation();
  const changes = useMemo(() => listChanges(redline.blocks), [redline.blocks]);
  const numbers = useMemo(() => listNumbers(redline.blocks), [redline.blocks]);
  const [current, setCurrent] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const items = useRef<(HTMLElement | null)[]>([]);

  const go = (direction: 1 | -1) => {
    const next = stepChange(current, changes.length, direction);
    if (next === null) return;
    setCurrent(next);
    setAnnouncement(t('changes.list.position', { number: next + 1, count: changes.length }));
    items.current[next]?.focus();
  };

  // The shortcuts work anywhere on the page except while typing. They are in place before the list is painted, so a key
  // pressed as soon as the list shows is not lost.
  const goRef = useRef(go);
  goRef.current = go;
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingTarget(event.target)) return;
      if (event.key === 'n') goRef.current(1);
      else if (event.key === 'p') goRef.current(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (changes.length === 0) return <p className="empty">{t('changes.none')}</p>;
  return (
    <ListNumbersContext.Provider value={numbers}>
      <div className="redline redline-list">
        <div className="redline-stepper">
          <button type="button" className="button" onClick={() => go(-1)} aria-keyshortcuts="p">
            {t('changes.list.previous')}
          </button>
          <button type="button" className="button" onClick={() => go(1)} aria-keyshortcuts="n">
            {t('changes.list.next')}
          </button>
          <span className="hint">{t('changes.list.shortcuts')}</span>
        </div>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <ol className="redline-change-list">
          {changes.map((change, index) => (
            <li
              key={`${change.block.blockId}-${change.block.change}`}
              ref={(element) => {
                items.current[index] = element;
              }}
              tabIndex={-1}
              className={index === current ? 'redline-change-item redline-change-current' : 'redline-change-item'}
              aria-label={t('changes.list.itemLabel', { number: index + 1, count: changes.length })}
            >
              {change.sectionTitle !== null && <p className="redline-section">{change.sectionTitle}</p>}
              {change.context !== null && <p className="redline-context">… {change.context}</p>}
              <BlockNotes block={change.block} />
              <BlockContent block={change.block} side={null} />
            </li>
          ))}
        </ol>
      </div>
    </ListNumbersContext.Provider>
  );
}
