import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { arrivals, presenceEntries } from './presence';
import type { PresenceView } from './types';
import './live.css';

interface Props {
  /** Everyone present (the signed-in person included), or null before the document is joined. */
  present: PresenceView[] | null;
  /** How many people are present in all (the list holds at most 100 of them). */
  total?: number;
  selfUserId: string;
  /** Heading text by heading id, to name the section each person reads. */
  headingText: ReadonlyMap<string, string>;
}

/** Who else has the document open, by name and organisation, and the section each reads; arrivals are announced politely. */
export function PresenceList({ present, total, selfUserId, headingText }: Props) {
  const { t } = useTranslation();
  const entries = useMemo(() => presenceEntries(present ?? [], selfUserId, headingText), [present, selfUserId, headingText]);
  const previous = useRef<PresenceView[] | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (present === null) {
      previous.current = null;
      return;
    }
    const arrived = arrivals(previous.current, present, selfUserId);
    previous.current = present;
    if (arrived.length === 0) return;
    setAnnouncement(
      arrived
        .map((person) =>
          person.organisationName
            ? t('live.presence.joined', { name: person.name, organisation: person.organisationName })
            : t('live.presence.joinedNoOrganisation', { name: person.name }),
        )
        .join(' '),
    );
    // `t` changes meaning only with the language; arrivals are worked out when the list changes.
  }, [present, selfUserId]);

  if (present === null) return null;
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="presence-heading">
        {t('live.presence.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="presence-empty">{t('live.presence.nobody')}</p>
      ) : (
        <ul className="presence-list">
          {entries.map((entry) => (
            <li key={entry.userId} className="presence-person">
              <span className="presence-name">
                {entry.organisation !== null
                  ? t('live.presence.person', { name: entry.name, organisation: entry.organisation })
                  : entry.name}
              </span>
              {entry.section !== null && (
                <span className="presence-section">{t('live.presence.section', { section: entry.section })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {present !== null && total !== undefined && total > present.length && (
        <p className="presence-more">{t('live.presence.more', { count: total - present.length })}</p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
