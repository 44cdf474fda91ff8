import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isRetryable } from '../api/problem';

interface ProblemMessageProps {
  error: unknown;
  /** Offered as "Try again" when trying again may help (network trouble, server faults). */
  onRetry?: () => void;
  children?: ReactNode;
}

/** Shows a failed call: the server's problem title and detail, or a plain explanation. */
export function ProblemMessage({ error, onRetry, children }: ProblemMessageProps) {
  const { t } = useTranslation();
  let title: string;
  let detail: string | undefined;
  if (isApiError(error)) {
    if (error.status === 0) {
      title = t('errors.networkTitle');
      detail = t('errors.networkDetail');
    } else {
      title = error.problem.title ?? t('errors.statusTitle', { status: error.status });
      detail = error.problem.detail;
    }
  } else {
    title = t('errors.unexpectedTitle');
    detail = error instanceof Error ? error.message : undefined;
  }
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{title}</p>
      {detail !== undefined && <p className="problem-detail">{detail}</p>}
      {onRetry !== undefined && isRetryable(error) && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
      {children}
    </div>
  );
}
