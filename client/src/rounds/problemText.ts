import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './openRoundForm';
import { maxQuestionLength, maxTitleLength } from './openRoundForm';

/** The sentence shown under a field for each problem the form's checks find. */
export function useFieldProblemText(): (problem: FieldProblem) => string {
  const { t } = useTranslation();
  const texts: Record<FieldProblem, string> = {
    titleMissing: t('roundAdmin.problem.titleMissing'),
    titleTooLong: t('roundAdmin.problem.titleTooLong', { max: maxTitleLength }),
    baseVersionMissing: t('roundAdmin.problem.baseVersionMissing'),
    dateMissing: t('roundAdmin.problem.dateMissing'),
    dateInvalid: t('roundAdmin.problem.dateInvalid'),
    timeSkipped: t('roundAdmin.problem.timeSkipped'),
    closesNotAfterOpens: t('roundAdmin.problem.closesNotAfterOpens'),
    questionMissing: t('roundAdmin.problem.questionMissing'),
    questionTooLong: t('roundAdmin.problem.questionTooLong', { max: maxQuestionLength }),
  };
  return (problem) => texts[problem];
}
