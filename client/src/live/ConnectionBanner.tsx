import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connectionNotice, reconnectedNoticeMs, type LiveState } from './connectionState';
import './live.css';

/**
 * Says when live updates pause and come back. The status region is always on the page, so that screen readers
 * hear each change; "reconnected" clears after a few seconds.
 */
export function ConnectionBanner({ state, joinError, onRetry }: { state: LiveState | null; joinError: string | null; onRetry(): void }) {
  const { t } = useTranslation();
  const [reconnectedShown, setReconnectedShown] = useState(false);
  useEffect(() => {
    if (state !== 'reconnected') return;
    setReconnectedShown(true);
    const timer = setTimeout(() => setReconnectedShown(false), reconnectedNoticeMs);
    return () => clearTimeout(timer);
  }, [state]);

  const notice = state === null ? { message: null, retry: false } : connectionNotice(state);
  const message = notice.message === 'reconnected' && !reconnectedShown ? null : notice.message;
  return (
    <div className="live-connection">
      <p role="status" className={message === null ? 'live-connection-text live-connection-quiet' : `live-connection-text live-connection-${message}`}>
        {message === 'reconnecting' && t('live.connection.reconnecting')}
        {message === 'reconnected' && t('live.connection.reconnected')}
        {message === 'offline' && t('live.connection.offline')}
        {message === null && joinError !== null && t('live.connection.joinFailed', { message: joinError })}
      </p>
      {notice.retry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('live.connection.retry')}
        </button>
      )}
    </div>
  );
}
