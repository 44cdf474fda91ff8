import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { listTags } from '../api/endpoints';
import { getRedline, getRedlineSummary, getVisit } from '../api/redlineEndpoints';
import type { RedlineView } from '../api/redlineTypes';
import type { Tag, VersionInfo } from '../api/types';
import { AppShell } from '../components/AppShell';
import { DateTime } from '../components/DateTime';
import { ProblemMessage } from '../components/ProblemMessage';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useVersionHistory } from '../hooks/useVersionHistory';
import { documentLink } from '../reader/versionLinks';
import { changesLink, parseChangesQuery, type ChangesQuery, type ChangesViewName } from './changesModel';
import { ChangesOnly, InlineRedline, SideBySide } from './RedlineViews';
import { RedlineDocumentContext } from './StampDetails';
import { SummaryPanel } from './SummaryPanel';
import { VersionChooser } from './VersionChooser';
import './changes.css';
import { downloadExport } from '../api/exportEndpoints';
import { ExportMenu } from '../components/ExportMenu';

/** How a version is named: the label of a circulated version at that commit, else its message. */
export function versionLabel(version: VersionInfo, tags: readonly Tag[]): string {
  const tag = tags.find((candidate) => candidate.commitId === version.commitId);
  if (tag !== undefined) return tag.label;
  return version.message === '' ? version.commitId.slice(0, 7) : version.message;
}

function ViewSwitch({ documentId, query }: { documentId: string; query: ChangesQuery }) {
  const { t } = useTranslation();
  const views: { name: ChangesViewName; label: string }[] = [
    { name: 'inline', label: t('changes.views.inline') },
    { name: 'side', label: t('changes.views.side') },
    { name: 'list', label: t('changes.views.list') },
    { name: 'summary', label: t('changes.views.summary') },
  ];
  return (
    <nav className="view-switch no-print" aria-label={t('changes.views.label')}>
      <ul>
        {views.map((view) => (
          <li key={view.name}>
            <Link to={changesLink(documentId, { ...query, view: view.name })} aria-current={query.view === view.name ? 'page' : undefined}>
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function RedlineHeader({ redline, tags }: { redline: RedlineView; tags: readonly Tag[] }) {
  const { t } = useTranslation();
  const { stats } = redline;
  return (
    <div className="redline-range">
      <p>
        {t('changes.range.from', { label: versionLabel(redline.from, tags) })} <DateTime iso={redline.from.when} />
      </p>
      <p>
        {t('changes.range.to', { label: versionLabel(redline.to, tags) })} <DateTime iso={redline.to.when} />
      </p>
      <p className="redline-stats">
        {t('changes.stats', { changed: stats.changed, inserted: stats.inserted, deleted: stats.deleted, moved: stats.moved })}
      </p>
      <p className="redline-legend no-print">
        {t('changes.legend.before')} <ins className="redline-ins">{t('changes.legend.inserted')}</ins>{' '}
        <del className="redline-del">{t('changes.legend.deleted')}</del> {t('changes.legend.after')}
      </p>
    </div>
  );
}

function Summary({ documentId, query }: { documentId: string; query: ChangesQuery }) {
  const summary = useAsync((signal) => getRedlineSummary(documentId, query, signal), [documentId, query.from, query.to]);
  const { t } = useTranslation();
  if (summary.state.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (summary.state.status === 'error') return <ProblemMessage error={summary.state.error} onRetry={summary.reload} />;
  return <SummaryPanel documentId={documentId} summary={summary.state.data} />;
}

function Changes({ documentId, query }: { documentId: string; query: ChangesQuery }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const redline = useAsync((signal) => getRedline(documentId, query, signal), [documentId, query.from, query.to]);
  const tags = useAsync((signal) => listTags(documentId, signal), [documentId]);
  const visit = useAsync((signal) => getVisit(documentId, signal), [documentId]);
  const history = useVersionHistory(documentId);
  const tagList = tags.state.status === 'ready' ? tags.state.data : [];
  const data = redline.state.status === 'ready' ? redline.state.data : null;
  useDocumentTitle(t('changes.pageTitle'));

  const compare = (from: string, to: string) =>
    navigate(changesLink(documentId, { ...(from !== '' && { from }), ...(to !== '' && to !== 'head' && { to }), view: query.view }));

  return (
    <main id="main" tabIndex={-1} className="page changes-page">
      <p className="no-print">
        <Link to={documentLink(documentId)}>{t('changes.backToReader')}</Link>
      </p>
      <h1>{t('changes.title')}</h1>
      <VersionChooser
        key={`${query.from ?? ''}|${query.to ?? ''}|${visit.state.status}|${tags.state.status}|${history.items.length}`}
        tags={tagList}
        versions={history.items}
        visit={visit.state.status === 'ready' ? visit.state.data : undefined}
        from={query.from ?? ''}
        to={query.to ?? 'head'}
        onCompare={compare}
      />
      <ViewSwitch documentId={documentId} query={query} />
      {redline.state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {redline.state.status === 'error' && <ProblemMessage error={redline.state.error} onRetry={redline.reload} />}
      {data !== null && (
        <RedlineDocumentContext.Provider value={documentId}>
          <h2 className="visually-hidden">{t('changes.range.heading')}</h2>
          <RedlineHeader redline={data} tags={tagList} />
          <ExportMenu
            choices={[
              {
                key: 'redline',
                label: t('export.redlineDocx'),
                fetchFile: () => downloadExport(documentId, 'redline', { from: data.from.commitId, to: data.to.commitId }),
              },
            ]}
          />
          <div className="changes-view">
            {query.view === 'inline' && <InlineRedline redline={data} />}
            {query.view === 'side' && (
              <SideBySide redline={data} fromLabel={versionLabel(data.from, tagList)} toLabel={versionLabel(data.to, tagList)} />
            )}
            {query.view === 'list' && <ChangesOnly redline={data} />}
            {query.view === 'summary' && <Summary documentId={documentId} query={query} />}
          </div>
        </RedlineDocumentContext.Provider>
      )}
    </main>
  );
}

export function ChangesPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const query = parseChangesQuery(params);
  const { t } = useTranslation();
  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <Changes key={id} documentId={id} query={query} />
    </AppShell>
  );
}
