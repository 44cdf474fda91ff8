import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getDocument } from '../api/endpoints';
import { getRound, listAnswers } from '../api/roundEndpoints';
import type { Answer } from '../api/roundTypes';
import type { DocumentView, Round } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { AppShell } from '../components/AppShell';
import { ProblemMessage } from '../components/ProblemMessage';
import { useConsultationLabels } from '../consultation/labels';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useLiveDocument } from '../live/useLiveDocument';
import { documentLink } from '../reader/versionLinks';
import { answerAccess, answersByQuestion, type AnswerAccess } from '../rounds/answering';
import { sectionChoices } from '../rounds/headings';
import { planQuestionsRefresh } from '../rounds/liveQuestions';
import { nextPhaseChange } from '../consultation/roundClock';
import { useReloadAt } from '../hooks/useReloadAt';
import { QuestionCard } from '../rounds/QuestionCard';
import { RoundDeadline, RoundMoment } from '../rounds/RoundDeadline';
import '../rounds/rounds.css';

function useReadOnlyReason(access: AnswerAccess, round: Round): React.ReactNode {
  const { t } = useTranslation();
  if (access.kind !== 'readOnly') return null;
  if (access.reason === 'scheduled') {
    return (
      <>
        {t('questions.readOnlyScheduled')} <RoundMoment iso={round.opens} timeZone={round.timeZone} />
      </>
    );
  }
  return t('questions.readOnlyClosed');
}

function Questions({ documentId, round, view, initialAnswers }: { documentId: string; round: Round; view: DocumentView; initialAnswers: Answer[] }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const { session } = useAuth();
  const person = session?.person ?? null;
  const [answers, setAnswers] = useState(initialAnswers);
  // Answers loaded again after a live change replace the list; an answer being typed stays in its editor.
  useEffect(() => setAnswers(initialAnswers), [initialAnswers]);
  const access = answerAccess(view.role, person?.organisationId, round);
  const ownOrganisation = access.kind === 'none' ? null : (person?.organisationId ?? null);
  const grouped = useMemo(() => answersByQuestion(round, answers, ownOrganisation), [round, answers, ownOrganisation]);
  const sections = useMemo(() => new Map(sectionChoices(view.blocks).map((s) => [s.id, s.text])), [view.blocks]);
  const readOnlyReason = useReadOnlyReason(access, round);

  const saved = (answer: Answer) =>
    setAnswers((current) => [
      ...current.filter((a) => !(a.questionId === answer.questionId && a.organisationId === answer.organisationId)),
      answer,
    ]);

  return (
    <>
      <div className="round-summary">
        <p>{t('roundAdmin.phase', { phase: labels.phase(round.phase) })}</p>
        <RoundDeadline round={round} />
        {access.kind === 'none' && (
          <p>{access.reason === 'observer' ? t('questions.observerNote') : t('questions.notInvitedNote')}</p>
        )}
        {round.visibility === 'Closed' && round.phase !== 'Closed' && view.role !== 'Coordinator' && <p>{t('questions.closedVisibilityNote')}</p>}
      </div>
      {round.questions.length === 0 && <p className="empty">{t('questions.none')}</p>}
      {round.questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          documentId={documentId}
          roundId={round.id}
          question={question}
          number={index + 1}
          sectionTitle={question.sectionBlockId == null ? null : (sections.get(question.sectionBlockId) ?? null)}
          answers={grouped.get(question.id) ?? { own: null, others: [] }}
          access={access}
          organisationName={person?.organisationName ?? null}
          readOnlyReason={readOnlyReason}
          onSaved={saved}
        />
      ))}
    </>
  );
}

function QuestionsOfRound({ documentId, roundId }: { documentId: string; roundId: string }) {
  const { t } = useTranslation();
  const round = useAsync((signal) => getRound(documentId, roundId, signal), [documentId, roundId]);
  const answers = useAsync((signal) => listAnswers(documentId, roundId, signal), [documentId, roundId]);
  const view = useAsync((signal) => getDocument(documentId, undefined, signal), [documentId]);
  const { session } = useAuth();
  const [announcement, setAnnouncement] = useState('');
  const nextRoundChange = useMemo(
    () => (round.state.status === 'ready' ? nextPhaseChange([round.state.data], new Date()) : null),
    [round.state],
  );
  useReloadAt(nextRoundChange, () => {
    round.reload();
    answers.reload();
  });
  useLiveDocument(documentId, {
    loadedHeadCommitId: null,
    sectionId: null,
    onChange: (change) => {
      const refresh = planQuestionsRefresh(change, roundId, session?.person.id ?? null);
      if (refresh.answers) answers.reload();
      if (refresh.round) round.reload();
      if (refresh.answeredBy !== null) setAnnouncement(t('questions.answerArrived', { organisation: refresh.answeredBy }));
    },
  });
  const title = round.state.status === 'ready' ? t('questions.titleOf', { round: round.state.data.title }) : t('questions.title');
  useDocumentTitle(title);
  const failed = [round.state, answers.state, view.state].find((state) => state.status === 'error');
  const ready = round.state.status === 'ready' && answers.state.status === 'ready' && view.state.status === 'ready';
  return (
    <main id="main" tabIndex={-1} className="page page-narrow">
      <p>
        <Link to={documentLink(documentId)}>{t('roundAdmin.backToDocument')}</Link>
      </p>
      <h1>{title}</h1>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {failed !== undefined && failed.status === 'error' && <ProblemMessage error={failed.error} />}
      {failed === undefined && !ready && <p role="status">{t('common.loading')}</p>}
      {round.state.status === 'ready' && answers.state.status === 'ready' && view.state.status === 'ready' && (
        <Questions documentId={documentId} round={round.state.data} view={view.state.data} initialAnswers={answers.state.data} />
      )}
    </main>
  );
}

export function QuestionsPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '' } = useParams();
  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <QuestionsOfRound key={`${id}/${roundId}`} documentId={id} roundId={roundId} />
    </AppShell>
  );
}
