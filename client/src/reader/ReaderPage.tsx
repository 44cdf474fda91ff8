import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { getDocument, listRounds, listTags, listThreads } from '../api/endpoints';
import type { CommentThread, DocumentView, Round, Tag } from '../api/types';
import { AppShell } from '../components/AppShell';
import { Collapsible } from '../components/Collapsible';
import { DateTime } from '../components/DateTime';
import { useRoleLabel } from '../components/labels';
import { ProblemMessage } from '../components/ProblemMessage';
import { Tabs } from '../components/Tabs';
import { RoundBanner } from '../consultation/RoundBanner';
import { currentRound, groupThreadsByRound } from '../consultation/rounds';
import { showBlock } from '../consultation/showBlock';
import { ThreadList } from '../consultation/ThreadList';
import { DocumentBody } from '../document/DocumentBody';
import { assignFootnoteRefIds } from '../document/footnoteRefs';
import { FootnoteRefsContext } from '../document/FootnoteRefsContext';
import { Footnotes } from '../document/Footnotes';
import { Outline } from '../document/Outline';
import { buildOutline, outlineIds } from '../document/outline';
import { useActiveHeading } from '../hooks/useActiveHeading';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useVersionHistory, type VersionHistory } from '../hooks/useVersionHistory';
import { RoundControls } from '../rounds/RoundControls';
import { RoundsTab } from '../rounds/RoundsTab';
import { CirculateDialog } from './CirculateDialog';
import { CirculatedList } from './CirculatedList';
import { HistoryList } from './HistoryList';
import { UploadVersionDialog } from './UploadVersionDialog';
import { documentLink } from './versionLinks';

/** Scrolls to the block named in the address (#blockId) once the document is on the page. */
function useScrollToHash(ready: boolean, versionKey: string) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
  }, [ready, versionKey, hash]);
}

function OlderVersionBanner({ view }: { view: DocumentView }) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="note">
      <p>
        <strong>{t('reader.olderVersion')}</strong>{' '}
        {view.version.organisation
          ? t('reader.olderVersionDetail', { name: view.version.authorName, organisation: view.version.organisation })
          : t('reader.olderVersionDetailNoOrganisation', { name: view.version.authorName })}{' '}
        <DateTime iso={view.version.when} />
      </p>
      <p>
        <Link to={documentLink(view.id)}>{t('reader.goToCurrent')}</Link>
      </p>
    </div>
  );
}

function DocumentHeader({ view }: { view: DocumentView }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <header className="doc-header">
      {view.symbol !== '' && <p className="doc-symbol">{view.symbol}</p>}
      <h1 className="doc-title">{view.title}</h1>
      <p className="doc-meta">
        {t('reader.yourRole', { role: roleLabel(view.role) })}
        {' · '}
        {view.isHead ? t('reader.currentVersionSaved') : t('reader.earlierVersionSaved')}{' '}
        <DateTime iso={view.version.when} />
      </p>
    </header>
  );
}

interface PanelProps {
  view: DocumentView;
  history: VersionHistory;
  tags: readonly Tag[];
  tagsError: unknown;
  onUpload(): void;
  onCirculate(): void;
  announcement: string;
  threads: readonly CommentThread[];
  rounds: readonly Round[];
  commentsError: unknown;
  onShowBlock(blockId: string): void;
  onRoundChanged(message: string): void;
}

function VersionPanel(props: PanelProps) {
  const { view, history, tags, tagsError, onUpload, onCirculate, announcement } = props;
  const { t } = useTranslation();
  const threadGroups = useMemo(
    () => groupThreadsByRound(props.threads, props.rounds, view.blocks),
    [props.threads, props.rounds, view.blocks],
  );
  return (
    <aside className="reader-panel" aria-labelledby="panel-heading">
      <Collapsible title={t('reader.panelTitle')} headingId="panel-heading">
        {view.role === 'Coordinator' && (
          <div className="panel-actions">
            <button type="button" className="button" onClick={onUpload}>
              {t('uploadVersion.open')}
            </button>
            <button type="button" className="button" onClick={onCirculate}>
              {t('circulate.open')}
            </button>
          </div>
        )}
        <p className="announcement" role="status">
          {announcement}
        </p>
        <Tabs
          label={t('reader.panelTitle')}
          tabs={[
            {
              key: 'history',
              label: t('history.title'),
              content: (
                <HistoryList
                  documentId={view.id}
                  history={history}
                  tags={tags}
                  viewedCommitId={view.version.commitId}
                />
              ),
            },
            {
              key: 'circulated',
              label: t('circulated.title'),
              content:
                tagsError !== null ? (
                  <ProblemMessage error={tagsError} />
                ) : (
                  <CirculatedList documentId={view.id} tags={tags} />
                ),
            },
            {
              key: 'rounds',
              label: t('roundAdmin.tabTitle'),
              content: <RoundsTab documentId={view.id} role={view.role} rounds={props.rounds} onChanged={(_, message) => props.onRoundChanged(message)} />,
            },
            {
              key: 'comments',
              label: t('consultation.thread.title'),
              content:
                props.commentsError !== null ? (
                  <ProblemMessage error={props.commentsError} />
                ) : (
                  <ThreadList documentId={view.id} groups={threadGroups} onShow={props.onShowBlock} />
                ),
            },
          ]}
        />
      </Collapsible>
    </aside>
  );
}

function ReaderView({ view, onReload }: { view: DocumentView; onReload(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const history = useVersionHistory(view.id);
  const tags = useAsync((signal) => listTags(view.id, signal), [view.id]);
  const rounds = useAsync((signal) => listRounds(view.id, signal), [view.id]);
  const threads = useAsync((signal) => listThreads(view.id, undefined, signal), [view.id]);
  const documentArea = useRef<HTMLElement>(null);
  const bannerRound = rounds.state.status === 'ready' && view.isHead ? currentRound(rounds.state.data) : null;
  const [dialog, setDialog] = useState<'upload' | 'circulate' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const uploaded = useRef(false);
  const roundChanged = (message: string) => {
    rounds.reload();
    setAnnouncement(message);
  };

  const outline = useMemo(() => buildOutline(view.blocks), [view.blocks]);
  const headingIds = useMemo(() => outlineIds(outline), [outline]);
  const activeHeading = useActiveHeading(headingIds);
  const footnoteRefs = useMemo(() => assignFootnoteRefIds(view.blocks), [view.blocks]);

  // After an upload, a reader of an earlier version is taken to the new current one on closing.
  const closeDialog = () => {
    setDialog(null);
    if (!uploaded.current) return;
    uploaded.current = false;
    if (!view.isHead) navigate(documentLink(view.id));
  };

  return (
    <div className="reader">
      <nav className="reader-outline" aria-labelledby="outline-heading">
        <Collapsible title={t('reader.outlineTitle')} headingId="outline-heading">
          {outline.length === 0 ? (
            <p className="empty">{t('reader.noHeadings')}</p>
          ) : (
            <Outline entries={outline} activeId={activeHeading} />
          )}
        </Collapsible>
      </nav>
      <main id="main" tabIndex={-1} className="reader-document" ref={documentArea}>
        {!view.isHead && <OlderVersionBanner view={view} />}
        {bannerRound !== null && (
          <RoundBanner documentId={view.id} round={bannerRound}>
            <RoundControls documentId={view.id} round={bannerRound} role={view.role} onChanged={(_, message) => roundChanged(message)} />
          </RoundBanner>
        )}
        <article className="doc" lang={view.languages[0]}>
          <DocumentHeader view={view} />
          <FootnoteRefsContext.Provider value={footnoteRefs}>
            <DocumentBody blocks={view.blocks} />
            <Footnotes footnotes={view.footnotes} />
          </FootnoteRefsContext.Provider>
        </article>
      </main>
      <VersionPanel
        view={view}
        history={history}
        tags={tags.state.status === 'ready' ? tags.state.data : []}
        tagsError={tags.state.status === 'error' ? tags.state.error : null}
        onUpload={() => setDialog('upload')}
        onCirculate={() => setDialog('circulate')}
        announcement={announcement}
        threads={threads.state.status === 'ready' ? threads.state.data : []}
        rounds={rounds.state.status === 'ready' ? rounds.state.data : []}
        commentsError={threads.state.status === 'error' ? threads.state.error : null}
        onRoundChanged={roundChanged}
        onShowBlock={(blockId) => {
          if (documentArea.current !== null) showBlock(documentArea.current, blockId);
        }}
      />
      {view.role === 'Coordinator' && (
        <>
          <UploadVersionDialog
            documentId={view.id}
            open={dialog === 'upload'}
            onClose={closeDialog}
            onUploaded={(created) => {
              uploaded.current = true;
              history.reload();
              if (view.isHead) onReload();
              setAnnouncement(t('uploadVersion.announcement', { message: created.version.message }));
            }}
          />
          <CirculateDialog
            documentId={view.id}
            version={view.version}
            open={dialog === 'circulate'}
            onClose={closeDialog}
            onCirculated={(tag) => {
              setDialog(null);
              tags.reload();
              history.reload();
              setAnnouncement(t('circulate.announcement', { label: tag.label }));
            }}
          />
        </>
      )}
    </div>
  );
}

function Reader({ documentId, revision }: { documentId: string; revision: string | undefined }) {
  const { t } = useTranslation();
  const { state, pending, reload } = useAsync(
    (signal) => getDocument(documentId, revision, signal),
    [documentId, revision],
  );
  const view = state.status === 'ready' ? state.data : null;
  useDocumentTitle(view?.title ?? null);
  useScrollToHash(view !== null, view?.version.commitId ?? '');

  return (
    <AppShell skipLinkLabel={t('layout.skipToDocument')}>
      {pending && view !== null && (
        <p className="loading-bar" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'loading' && (
        <main id="main" tabIndex={-1} className="page">
          <p role="status">{t('common.loading')}</p>
        </main>
      )}
      {state.status === 'error' && (
        <main id="main" tabIndex={-1} className="page page-narrow">
          <h1>{t('reader.loadFailed')}</h1>
          <ProblemMessage error={state.error} onRetry={reload} />
          <p>
            <Link to="/">{t('notFound.backToDocuments')}</Link>
          </p>
        </main>
      )}
      {view !== null && <ReaderView view={view} onReload={reload} />}
    </AppShell>
  );
}

export function ReaderPage() {
  const { id = '', rev } = useParams();
  return <Reader key={id} documentId={id} revision={rev} />;
}
