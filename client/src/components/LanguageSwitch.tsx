import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { availableLanguages, languageName, rememberLanguage } from '../i18n';
import { defaultLanguage } from '../i18n/languages';

/** Lists every language that has a translation file; choosing one switches the interface. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? defaultLanguage}
        onChange={(event) => {
          const language = event.target.value;
          rememberLanguage(language);
          void i18n.changeLanguage(language);
        }}
      >
        {availableLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageName(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
