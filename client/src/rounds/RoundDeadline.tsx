import { useTranslation } from 'react-i18next';
import type { Round } from '../api/types';
import { deadlineTexts } from '../consultation/deadline';
import { formattingLocale, parseDate } from '../format/dates';

/** A moment of a round in the round's zone, with the reader's own time when it differs. */
export function RoundMoment({ iso, timeZone }: { iso: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language, typeof navigator === 'undefined' ? [] : navigator.languages);
  const when = parseDate(iso);
  const texts = when === null ? null : deadlineTexts(when, locale, timeZone);
  return (
    <>
      <time dateTime={iso}>{texts?.inRoundZone ?? iso}</time>
      {texts?.inReaderZone != null && <span className="round-banner-local"> {t('consultation.banner.yourTime', { time: texts.inReaderZone })}</span>}
    </>
  );
}

/** "Deadline: …" (and "Opens: …" before the round opens), or when the round was closed early, when that was. */
export function RoundDeadline({ round }: { round: Round }) {
  const { t } = useTranslation();
  if (round.closedAt != null && round.phase === 'Closed') {
    return (
      <p>
        {t('roundAdmin.closedEarly')} <RoundMoment iso={round.closedAt} timeZone={round.timeZone} />
      </p>
    );
  }
  return (
    <>
      {round.phase === 'Scheduled' && (
        <p>
          {t('roundAdmin.opensAt')} <RoundMoment iso={round.opens} timeZone={round.timeZone} />
        </p>
      )}
      <p>
        {round.phase === 'Closed' ? t('roundAdmin.closedAt') : t('roundAdmin.deadline')} <RoundMoment iso={round.closes} timeZone={round.timeZone} />
      </p>
    </>
  );
}
