import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Tag } from '../api/types';
import { DateTime } from '../components/DateTime';
import { changesLink } from '../changes/changesModel';
import { versionLink } from './versionLinks';

/** Circulated versions (tags), most recent first. */
export function CirculatedList({ documentId, tags }: { documentId: string; tags: readonly Tag[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return <p className="empty">{t('circulated.empty')}</p>;
  const newestFirst = [...tags].sort((a, b) => Date.parse(b.when) - Date.parse(a.when));
  return (
    <ol className="circulated-list">
      {newestFirst.map((tag) => (
        <li key={tag.name} className="circulated-item">
          <Link to={versionLink(documentId, tag.commitId)} className="circulated-label">
            {tag.label}
          </Link>
          {tag.note !== '' && <p className="circulated-note">{tag.note}</p>}
          <p className="history-meta">
            <Link to={changesLink(documentId, { from: tag.name })}>
              {t('circulated.changesSince')}
              <span className="visually-hidden"> ({tag.label})</span>
            </Link>
          </p>
          <p className="history-meta">{t('circulated.byline', { name: tag.taggerName })}</p>
          <p className="history-meta">
            <DateTime iso={tag.when} />
          </p>
        </li>
      ))}
    </ol>
  );
}
