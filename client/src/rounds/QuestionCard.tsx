import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Answer } from '../api/roundTypes';
import type { RoundQuestion } from '../api/types';
import { DateTime } from '../components/DateTime';
import { AnswerEditor } from './AnswerEditor';
import { type AnswerAccess, type QuestionAnswers } from './answering';
import { sectionPath } from './paths';

interface QuestionCardProps {
  documentId: string;
  roundId: string;
  question: RoundQuestion;
  number: number;
  /** Heading text of the question's section, when it has one and the heading still exists. */
  sectionTitle: string | null;
  answers: QuestionAnswers;
  access: AnswerAccess;
  organisationName: string | null;
  /** Why the organisation's answer cannot be changed now, when it cannot. */
  readOnlyReason: ReactNode;
  onSaved(answer: Answer): void;
}

function Byline({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  return (
    <p className="answer-meta">
      {t('questions.savedBy', { name: answer.authorName })} <DateTime iso={answer.updated} />
    </p>
  );
}

/** One question of a round: its section, the organisation's own answer (editable while the round is open) and the other answers. */
export function QuestionCard(props: QuestionCardProps) {
  const { documentId, roundId, question, number, sectionTitle, answers, access, organisationName, readOnlyReason } = props;
  const { t } = useTranslation();
  const headingId = `question-${question.id}`;
  const showsOwn = access.kind !== 'none' && organisationName !== null;
  return (
    <section className="question-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questions.questionNumber', { number })}</h2>
      <p className="answer-text">{question.text}</p>
      {question.sectionBlockId != null && (
        <p>
          {t('questions.aboutSection')}{' '}
          <Link to={sectionPath(documentId, question.sectionBlockId)}>{sectionTitle ?? t('questions.sectionGone')}</Link>
        </p>
      )}
      {showsOwn && (
        <div className="own-answer">
          <h3>{t('questions.yourAnswerHeading', { organisation: organisationName })}</h3>
          {access.kind === 'edit' ? (
            <AnswerEditor
              documentId={documentId}
              roundId={roundId}
              questionId={question.id}
              questionNumber={number}
              organisationName={organisationName}
              answer={answers.own}
              onSaved={props.onSaved}
            />
          ) : (
            <>
              {readOnlyReason != null && <p className="read-only-reason">{readOnlyReason}</p>}
              {answers.own === null ? <p className="empty">{t('questions.notAnswered')}</p> : <p className="answer-text">{answers.own.text}</p>}
            </>
          )}
          {answers.own !== null && <Byline answer={answers.own} />}
        </div>
      )}
      <h3>
        {showsOwn ? t('questions.otherAnswersHeading', { count: answers.others.length }) : t('questions.answersHeading', { count: answers.others.length })}
      </h3>
      {answers.others.length === 0 ? (
        <p className="empty">{t('questions.noOtherAnswers')}</p>
      ) : (
        <ul className="answer-list">
          {answers.others.map((answer) => (
            <li key={answer.organisationId}>
              <h4>{answer.organisationName}</h4>
              <p className="answer-text">{answer.text}</p>
              <Byline answer={answer} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
