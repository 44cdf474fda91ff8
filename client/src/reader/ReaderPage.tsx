import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getDocument, listOrganisations, listRounds, listTags, listThreads } from '../api/endpoints';
import type { Block, CommentThread, DecisionOutcome, DocumentView, Round, Tag, VersionInfo } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { changesLink } from '../changes/changesModel';
import { LastVisitNotice } from '../changes/LastVisitNotice';
import { AppShell } from '../components/AppShell';
import { Collapsible } from '../components/Collapsible';
import { DateTime } from '../components/DateTime';
import { useRoleLabel } from '../components/labels';
import { ProblemMessage } from '../components/ProblemMessage';
import { Tabs } from '../components/Tabs';
import { CommentDialog } from '../consultation/CommentDialog';
import { passageRanges, PassageHighlightsContext, type PassageHighlights } from '../consultation/highlights';
import { useConsultationLabels } from '../consultation/labels';
import { canOpenThread, canSubmitDirectly, type Participant } from '../consultation/permissions';
import { RoundBanner } from '../consultation/RoundBanner';
import type { PassageSelection } from '../consultation/selectionAnchor';
import { SelectionButton, SelectionToolbar } from '../consultation/SelectionToolbar';
import { ParagraphChooser } from '../consultation/ParagraphChooser';
import { wholeBlockPassage } from '../consultation/paragraphChoices';
import { ThreadPanel } from '../consultation/ThreadPanel';
import { useDocumentSelection } from '../consultation/useDocumentSelection';
import { currentRound, groupThreadsByRound } from '../consultation/rounds';
import { showBlock } from '../consultation/showBlock';
import { ThreadList } from '../consultation/ThreadList';
import { DocumentBody } from '../document/DocumentBody';
import { BlockEditingContext, othersEditing, type BlockEditingHooks } from '../editing/BlockEditingContext';
import { BlockEditor } from '../editing/BlockEditor';
import { BlockInserter } from '../editing/BlockInserter';
import { controlKey } from '../editing/BlockStructureControls';
import { DeleteBlockDialog } from '../editing/DeleteBlockDialog';
import { RemovedEditNotice } from '../editing/RemovedEditNotice';
import { useBlockKindLabel } from '../editing/labels';
import { blockAfterDelete, blockPreview, moveTarget } from '../editing/structure';
import { useBlockEditing } from '../editing/useBlockEditing';
import { useBlockStructure, type StructureChange } from '../editing/useBlockStructure';
import { useRemovedEdits } from '../editing/useRemovedEdits';
import type { StructureResultView } from '../editing/types';
import { skipAnchorText } from '../consultation/anchorText';
import { useLiveConnection } from '../live/LiveProvider';
import { useBlockUpdates } from '../editing/useBlockUpdates';
import { assignFootnoteRefIds } from '../document/footnoteRefs';
import { FootnoteRefsContext } from '../document/FootnoteRefsContext';
import { Footnotes } from '../document/Footnotes';
import { Outline } from '../document/Outline';
import { buildOutline, outlineIds } from '../document/outline';
import { useActiveHeading } from '../hooks/useActiveHeading';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useVersionHistory, type VersionHistory } from '../hooks/useVersionHistory';
import { ConnectionBanner } from '../live/ConnectionBanner';
import { PresenceList } from '../live/PresenceList';
import { headingTextById } from '../live/presence';
import { planRefresh } from '../live/refreshPlan';
import { useAnnouncementText } from '../live/useAnnouncementText';
import { useLiveDocument } from '../live/useLiveDocument';
import { nextPhaseChange } from '../consultation/roundClock';
import { downloadExport } from '../api/exportEndpoints';
import { ExportMenu } from '../components/ExportMenu';
import { useReloadAt } from '../hooks/useReloadAt';
import { RoundControls } from '../rounds/RoundControls';
import { RoundsTab } from '../rounds/RoundsTab';
import { CirculateDialog } from './CirculateDialog';
import { CirculatedList } from './CirculatedList';
import { HistoryList } from './HistoryList';
import { UploadVersionDialog } from './UploadVersionDialog';
import { documentLink } from './versionLinks';

/** Structure controls to give focus to, the first that is there and enabled; after a change, once the page shows a newer version. */
interface FocusRequest {
  keys: string[];
  /** The version shown when the request was made; null to focus at once. */
  shownCommitId: string | null;
}

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

function NewerVersionNotice({ documentId, version }: { documentId: string; version: VersionInfo }) {
  const { t } = useTranslation();
  return (
    <div className="banner newer-version-notice" role="note">
      <p>
        {t('live.newerVersion.text', { name: version.authorName })}{' '}
        <Link to={documentLink(documentId)}>{t('live.newerVersion.link')}</Link>
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
      <p className="doc-meta">
        <Link to={changesLink(view.id, view.isHead ? {} : { to: view.version.commitId })}>{t('changes.sinceCirculated')}</Link>
      </p>
      <ExportMenu
        choices={[
          { key: 'docx', label: t('export.cleanDocx'), fetchFile: () => downloadExport(view.id, 'docx', { version: view.version.commitId }) },
          { key: 'pdf', label: t('export.cleanPdf'), fetchFile: () => downloadExport(view.id, 'pdf', { version: view.version.commitId }) },
        ]}
      />
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
  /** Who else has the document open. */
  presence: ReactNode;
  threads: readonly CommentThread[];
  rounds: readonly Round[];
  commentsError: unknown;
  onShowBlock(blockId: string): void;
  onRoundChanged(message: string): void;
  onOpenThread(threadId: string): void;
  /** The open thread, shown above the tabs. */
  threadPanel: ReactNode;
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
      <p className="announcement" role="status">
        {announcement}
      </p>
      {props.presence}
      {props.threadPanel}
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
                  <ThreadList
                    documentId={view.id}
                    groups={threadGroups}
                    onShow={props.onShowBlock}
                    onOpen={props.onOpenThread}
                  />
                ),
            },
          ]}
        />
      </Collapsible>
    </aside>
  );
}

function ReaderView({ view: loadedView, onReload }: { view: DocumentView; onReload(): void }) {
  // Blocks saved since the text was loaded are updated in place (BlockChanged), without reloading it.
  const blockUpdates = useBlockUpdates(loadedView);
  const view = blockUpdates.view;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const history = useVersionHistory(view.id);
  const tags = useAsync((signal) => listTags(view.id, signal), [view.id]);
  const rounds = useAsync((signal) => listRounds(view.id, signal), [view.id]);
  const threads = useAsync((signal) => listThreads(view.id, undefined, signal), [view.id]);
  const organisationList = useAsync((signal) => listOrganisations(signal), []);
  const organisations = useMemo(
    () =>
      new Map(
        organisationList.state.status === 'ready'
          ? organisationList.state.data.map((organisation) => [organisation.id, organisation.name] as const)
          : [],
      ),
    [organisationList.state],
  );
  const documentArea = useRef<HTMLElement>(null);
  const documentText = useRef<HTMLDivElement>(null);
  const bannerRound = rounds.state.status === 'ready' && view.isHead ? currentRound(rounds.state.data) : null;
  // A round that opens or closes by its dates changes who sees which threads, with no event from the server.
  const nextRoundChange = useMemo(
    () => (rounds.state.status === 'ready' ? nextPhaseChange(rounds.state.data, new Date()) : null),
    [rounds.state],
  );
  useReloadAt(nextRoundChange, () => {
    rounds.reload();
    threads.reload();
  });
  const [dialog, setDialog] = useState<'upload' | 'circulate' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const uploaded = useRef(false);
  const roundChanged = (message: string) => {
    rounds.reload();
    setAnnouncement(message);
  };
  const labels = useConsultationLabels();
  const { session } = useAuth();
  const person: Participant = {
    userId: session?.person.id ?? '',
    organisationId: session?.person.organisationId ?? null,
    role: view.role,
    focalPoint: view.focalPoint,
  };
  const commentRound = bannerRound !== null && canOpenThread(person, bannerRound) ? bannerRound : null;
  const selection = useDocumentSelection(documentText, documentArea, commentRound !== null || (view.isHead && view.role === 'Coordinator'));
  // The passage stays after the dialog closes, so that the dialog can close itself and give focus back.
  const [commenting, setCommenting] = useState<{ passage: PassageSelection; open: boolean } | null>(null);
  const startComment = (passage: PassageSelection) => setCommenting({ passage, open: true });
  const closeComment = () => setCommenting((current) => current && { ...current, open: false });
  const [choosingParagraph, setChoosingParagraph] = useState(false);
  const commentOnWholeBlock = (blockId: string) => {
    setChoosingParagraph(false);
    const block = view.blocks.find((candidate) => candidate.id === blockId);
    if (block !== undefined) startComment(wholeBlockPassage(block));
  };
  // A link to a thread (e.g. from the reason of a change) opens it.
  const [searchParams] = useSearchParams();
  const [openThreadId, setOpenThreadId] = useState<string | null>(searchParams.get('thread'));
  const threadList = threads.state.status === 'ready' ? threads.state.data : [];
  const roundList = rounds.state.status === 'ready' ? rounds.state.data : [];
  const openThread = threadList.find((thread) => thread.id === openThreadId) ?? null;

  const blockIds = useMemo(() => view.blocks.map((block) => block.id), [view.blocks]);
  const highlights = useMemo<PassageHighlights>(() => {
    const ranges = view.isHead
      ? passageRanges(threadList, blockIds, (thread, number) =>
          t('consultation.highlight.open', { number, type: labels.type(thread.type), quote: thread.anchor.exact }),
        )
      : new Map();
    return { rangesOf: (blockId) => ranges.get(blockId) ?? [], activeThreadId: openThreadId, onOpen: setOpenThreadId };
    // `t` and `labels` are new objects on every render but change meaning only with the language.
  }, [threadList, blockIds, view.isHead, openThreadId, i18n.language]);

  const threadChanged = (changed: CommentThread, message: string) => {
    threads.reload();
    history.reload();
    setOpenThreadId(changed.id);
    setAnnouncement(message);
  };
  const decided = (outcome: DecisionOutcome) => {
    threads.reload();
    history.reload();
    if (outcome.textChanged) {
      if (view.isHead) onReload();
      else navigate(documentLink(view.id));
      setAnnouncement(t('consultation.decision.appliedAnnouncement', { name: outcome.version.authorName }));
    } else {
      setAnnouncement(t('consultation.decision.recordedAnnouncement'));
    }
  };

  const outline = useMemo(() => buildOutline(view.blocks), [view.blocks]);
  const headingIds = useMemo(() => outlineIds(outline), [outline]);
  const activeHeading = useActiveHeading(headingIds);
  const footnoteRefs = useMemo(() => assignFootnoteRefIds(view.blocks), [view.blocks]);
  const headingText = useMemo(() => headingTextById(outline), [outline]);

  // Changes by others arrive over the hub: reload what they make out of date and say what happened.
  const [newerVersion, setNewerVersion] = useState<VersionInfo | null>(null);
  const announcementText = useAnnouncementText();
  const canEdit = view.isHead && view.role === 'Coordinator';
  const connection = useLiveConnection();
  const [liveState, setLiveState] = useState(connection?.state ?? null);
  useEffect(() => {
    setLiveState(connection?.state ?? null);
    return connection?.subscribe(setLiveState);
  }, [connection]);
  const editing = useBlockEditing({
    documentId: view.id,
    live: connection,
    liveState,
    enabled: canEdit,
    onVersionSaved: blockUpdates.markApplied,
  });
  // Structure changes: each is stored as a version, then the text is loaded again and focus goes back to the block.
  const kindLabel = useBlockKindLabel();
  const [insertingAfter, setInsertingAfter] = useState<string | null | undefined>(undefined);
  const [arrangingBlockId, setArrangingBlockId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Block | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const structureDone = (result: StructureResultView, change: StructureChange) => {
    blockUpdates.markApplied(result.version.commitId);
    onReload();
    const shownCommitId = loadedView.version.commitId;
    const focus = (...keys: string[]) => setFocusRequest({ keys, shownCommitId });
    switch (change.kind) {
      case 'inserted': {
        setInsertingAfter(undefined);
        const kind =
          change.request.kind === 'heading'
            ? t('editing.kind.heading')
            : change.request.kind === 'listItem'
              ? t('editing.kind.listItem')
              : t('editing.kind.paragraph');
        setAnnouncement(t('editing.structure.announce.inserted', { kind }));
        focus(controlKey(result.blockIds[0] ?? null, 'edit'), controlKey(change.request.afterBlockId, 'add'));
        return;
      }
      case 'deleted':
        setDeleting(null);
        // The person removed the block they were editing: its unsaved text went with it, by their choice.
        editing.leave(change.block.id, true);
        setAnnouncement(t('editing.structure.announce.deleted', { kind: kindLabel(change.block), preview: blockPreview(change.block) }));
        focus(change.focusBlockId === null ? controlKey(null, 'add') : controlKey(change.focusBlockId, 'edit'), controlKey(null, 'add'));
        return;
      case 'moved': {
        const names = { kind: kindLabel(change.block), preview: blockPreview(change.block) };
        setAnnouncement(
          change.direction === 'up' ? t('editing.structure.announce.movedUp', names) : t('editing.structure.announce.movedDown', names),
        );
        const other = change.direction === 'up' ? 'down' : 'up';
        focus(controlKey(change.block.id, change.direction), controlKey(change.block.id, other), controlKey(change.block.id, 'edit'));
        return;
      }
      case 'split':
        editing.finish();
        setAnnouncement(t('editing.structure.announce.split', { kind: kindLabel(change.block) }));
        focus(controlKey(result.blockIds[1] ?? change.block.id, 'edit'), controlKey(change.block.id, 'edit'));
        return;
      case 'merged':
        setAnnouncement(t('editing.structure.announce.merged', { kind: kindLabel(change.block) }));
        focus(controlKey(change.block.id, 'merge'), controlKey(change.block.id, 'edit'));
        return;
    }
  };
  const structure = useBlockStructure({ documentId: view.id, live: connection, onDone: structureDone, onRefused: onReload });
  // The block being edited was deleted or merged away by someone else: its unsaved text stays on view until dealt with.
  const removedEdits = useRemovedEdits({
    documentId: view.id,
    blocks: view.blocks,
    active: canEdit,
    session: editing.session,
    leave: editing.leave,
    insert: structure.insert,
  });
  useEffect(() => {
    if (focusRequest === null || focusRequest.shownCommitId === loadedView.version.commitId) return;
    setFocusRequest(null);
    for (const key of focusRequest.keys) {
      const control = documentArea.current?.querySelector<HTMLButtonElement>(`[data-structure-control="${CSS.escape(key)}"]`);
      if (control != null && !control.disabled) {
        control.focus();
        return;
      }
    }
  }, [focusRequest, loadedView]);
  const cancelInsert = () => {
    setFocusRequest({ keys: [controlKey(insertingAfter ?? null, 'add')], shownCommitId: null });
    setInsertingAfter(undefined);
  };
  const inserter = (afterBlockId: string | null) => (
    <BlockInserter afterBlockId={afterBlockId} busy={structure.busy} onSave={structure.insert} onCancel={cancelInsert} />
  );

  const live = useLiveDocument(view.id, {
    loadedHeadCommitId: view.isHead ? loadedView.version.commitId : null,
    sectionId: view.isHead ? activeHeading : null,
    editingBlockId: canEdit ? (editing.session?.blockId ?? null) : null,
    onChange: (change) => {
      if (change.kind === 'blockChanged') {
        if (view.isHead && blockUpdates.apply(change.change) === 'reload') onReload();
        editing.blockChanged(change.change);
        return;
      }
      if (change.kind === 'versionAdded' && change.added.textChanged && blockUpdates.wasApplied(change.added.version.commitId)) {
        // The block change came first: the text is up to date, only the history is not.
        history.reload();
        if (change.added.version.authorId !== person.userId) {
          setAnnouncement(
            announcementText({ kind: 'newVersion', name: change.added.version.authorName, message: change.added.version.message }),
          );
        }
        return;
      }
      const plan = planRefresh(change, {
        isHead: view.isHead,
        selfUserId: person.userId,
        knownThread: (threadId) => threadList.find((thread) => thread.id === threadId),
      });
      if (plan.history) history.reload();
      if (plan.threads) threads.reload();
      if (plan.rounds) rounds.reload();
      if (plan.documentText) onReload();
      if (plan.newerVersion !== null) setNewerVersion(plan.newerVersion);
      if (plan.announcement !== null) setAnnouncement(announcementText(plan.announcement));
    },
  });

  const editors = useMemo(() => othersEditing(live.present ?? [], person.userId), [live.present, person.userId]);
  const editingHooks: BlockEditingHooks | null = view.isHead
    ? {
        canEdit,
        editingBlockId: editing.session?.blockId ?? null,
        start: editing.start,
        editor: (block) => (
          <BlockEditor
            block={block}
            editing={editing}
            structureBusy={structure.busy}
            onSplit={(offset) => void structure.split(block, offset)}
          />
        ),
        editorsOf: (blockId) => editors.get(blockId) ?? [],
        ...(canEdit && {
          structure: {
            blocks: view.blocks,
            busy: structure.busy,
            arrangingBlockId,
            toggleArrange: (blockId) => setArrangingBlockId((open) => (open === blockId ? null : blockId)),
            move: (block, direction) => {
              const afterBlockId = moveTarget(view.blocks, block.id, direction);
              if (afterBlockId !== undefined) void structure.move(block, direction, afterBlockId);
            },
            requestDelete: setDeleting,
            mergeWithNext: (block) => void structure.mergeWithNext(block),
            insertingAfter,
            openInsert: setInsertingAfter,
            inserter,
          },
        }),
      }
    : null;

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
        <ConnectionBanner state={live.state} joinError={live.joinError} onRetry={live.retry} />
        {canEdit && (
          <div role="alert" className="structure-error">
            {structure.error !== null && (
              <p>
                {t('editing.structure.refused', { message: structure.error })} {t('editing.structure.refusedReloaded')}
              </p>
            )}
            {structure.offline && <p>{t('editing.structure.offline')}</p>}
          </div>
        )}
        {canEdit &&
          removedEdits.removed.map((edit) => (
            <RemovedEditNotice
              key={edit.blockId}
              edit={edit}
              busy={structure.busy}
              onAddBack={(removed) => void removedEdits.addBack(removed)}
              onDiscard={(removed) => {
                removedEdits.discard(removed);
                setFocusRequest({ keys: [controlKey(removed.afterBlockId, 'edit'), controlKey(null, 'add')], shownCommitId: null });
              }}
            />
          ))}
        {!view.isHead && <OlderVersionBanner view={view} />}
        {view.isHead && <LastVisitNotice documentId={view.id} headCommitId={loadedView.version.commitId} />}
        {!view.isHead && newerVersion !== null && <NewerVersionNotice documentId={view.id} version={newerVersion} />}
        {bannerRound !== null && (
          <RoundBanner documentId={view.id} round={bannerRound}>
            <RoundControls documentId={view.id} round={bannerRound} role={view.role} onChanged={(_, message) => roundChanged(message)} />
          </RoundBanner>
        )}
        {commentRound !== null && (
          <SelectionToolbar selection={selection} onComment={startComment} onChooseParagraph={() => setChoosingParagraph(true)} />
        )}
        <article className="doc" lang={view.languages[0]}>
          <DocumentHeader view={view} />
          {canEdit && (
            <div className="block-edit block-edit-top" {...skipAnchorText}>
              <button
                type="button"
                className="button button-quiet block-edit-open"
                aria-expanded={insertingAfter === null}
                data-structure-control={controlKey(null, 'add')}
                disabled={structure.busy}
                onClick={() => setInsertingAfter(null)}
              >
                {t('editing.structure.addAtTop')}
              </button>
              {insertingAfter === null && inserter(null)}
            </div>
          )}
          <FootnoteRefsContext.Provider value={footnoteRefs}>
            <PassageHighlightsContext.Provider value={highlights}>
              <div ref={documentText}>
                <BlockEditingContext.Provider value={editingHooks}>
                  <DocumentBody blocks={view.blocks} />
                </BlockEditingContext.Provider>
              </div>
            </PassageHighlightsContext.Provider>
            <Footnotes footnotes={view.footnotes} />
          </FootnoteRefsContext.Provider>
        </article>
        {commentRound !== null && <SelectionButton selection={selection} onComment={startComment} />}
      </main>
      <VersionPanel
        view={view}
        history={history}
        tags={tags.state.status === 'ready' ? tags.state.data : []}
        tagsError={tags.state.status === 'error' ? tags.state.error : null}
        onUpload={() => setDialog('upload')}
        onCirculate={() => setDialog('circulate')}
        announcement={announcement}
        presence={<PresenceList present={live.present} total={live.presentTotal} selfUserId={person.userId} headingText={headingText} />}
        threads={threadList}
        rounds={roundList}
        commentsError={threads.state.status === 'error' ? threads.state.error : null}
        onRoundChanged={roundChanged}
        onShowBlock={(blockId) => {
          if (documentArea.current !== null) showBlock(documentArea.current, blockId);
        }}
        onOpenThread={setOpenThreadId}
        threadPanel={
          openThread !== null && (
            <ThreadPanel
              documentId={view.id}
              thread={openThread}
              round={roundList.find((round) => round.id === openThread.roundId) ?? null}
              person={person}
              threads={threadList}
              organisations={organisations}
              {...(view.isHead && {
                anchoring: { selectedPassage: selection.result.kind === 'passage' ? selection.result.passage : null },
              })}
              onChanged={threadChanged}
              onDropped={(message) => {
                threads.reload();
                history.reload();
                setOpenThreadId(null);
                setAnnouncement(message);
              }}
              onDecided={decided}
              onClose={() => {
                setOpenThreadId(null);
                // Back to where the thread was opened from: its button in the text, when there is one.
                const marker = documentText.current?.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(openThread.id)}"]`);
                marker?.focus();
              }}
            />
          )
        }
      />
      {commentRound !== null && (
        <ParagraphChooser
          open={choosingParagraph}
          blocks={view.blocks}
          onChoose={commentOnWholeBlock}
          onClose={() => setChoosingParagraph(false)}
        />
      )}
      {commentRound !== null && commenting !== null && (
        <CommentDialog
          open={commenting.open}
          documentId={view.id}
          round={commentRound}
          passage={commenting.passage}
          draftOffered={canSubmitDirectly(person, commentRound)}
          onClose={closeComment}
          onCreated={(created) => {
            closeComment();
            selection.clear();
            threadChanged(
              created,
              created.stage === 'Draft'
                ? t('consultation.comment.createdDraftAnnouncement')
                : t('consultation.comment.createdAnnouncement'),
            );
          }}
        />
      )}
      {canEdit && (
        <DeleteBlockDialog
          block={deleting}
          busy={structure.busy}
          onConfirm={(block) =>
            // A refusal is shown above the text, which the dialog would hide.
            void structure.remove(block, blockAfterDelete(view.blocks, block.id)).then((removed) => removed || setDeleting(null))
          }
          onClose={() => setDeleting(null)}
        />
      )}
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
