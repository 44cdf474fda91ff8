import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InlineFormat } from './markdownWrap';

interface Props {
  /** The id of the text field the buttons format. */
  fieldId: string;
  onFormat(choice: InlineFormat): void;
}

/** Bold, Italic and Link for a block's Markdown text; the link address is asked for below the buttons. */
export function FormattingToolbar({ fieldId, onFormat }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [linkOpen, setLinkOpen] = useState(false);
  const [url, setUrl] = useState('');
  return (
    <>
      <div className="block-editor-toolbar" role="toolbar" aria-label={t('editing.toolbar')} aria-controls={fieldId}>
        <button type="button" className="button" onClick={() => onFormat({ kind: 'bold' })}>
          {t('editing.bold')}
        </button>
        <button type="button" className="button" onClick={() => onFormat({ kind: 'italic' })}>
          {t('editing.italic')}
        </button>
        <button type="button" className="button" aria-expanded={linkOpen} onClick={() => setLinkOpen((open) => !open)}>
          {t('editing.link')}
        </button>
      </div>
      {linkOpen && (
        <div className="block-editor-link">
          <label htmlFor={`${id}-url`}>{t('editing.linkAddress')}</label>
          <input id={`${id}-url`} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
          <button
            type="button"
            className="button"
            disabled={url.trim() === ''}
            onClick={() => {
              onFormat({ kind: 'link', url });
              setLinkOpen(false);
              setUrl('');
            }}
          >
            {t('editing.linkApply')}
          </button>
        </div>
      )}
    </>
  );
}
