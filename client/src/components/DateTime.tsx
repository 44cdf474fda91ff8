import { useTranslation } from 'react-i18next';
import { formatAbsolute, formatRelative, formattingLocale, parseDate } from '../format/dates';

/** A moment shown both ways: "2 hours ago (23 Nov 2025, 14:06)". */
export function DateTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const when = parseDate(iso);
  if (when === null) return <span>{iso}</span>;
  const locale = formattingLocale(i18n.language, typeof navigator === 'undefined' ? [] : navigator.languages);
  const absolute = formatAbsolute(when, locale);
  return (
    <span className="datetime">
      <time dateTime={iso} title={absolute}>
        {formatRelative(when, new Date(), locale)}
      </time>
      <span className="datetime-absolute"> ({absolute})</span>
    </span>
  );
}
