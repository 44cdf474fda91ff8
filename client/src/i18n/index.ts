import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './en.json';
import { chooseLanguage, defaultLanguage, languageFromPath } from './languages';

type Translation = typeof en;

// Every ./xx.json next to this file is a language: adding fr.json or es.json needs no code change.
const translationModules = import.meta.glob<Translation>('./*.json', { eager: true, import: 'default' });

export const resources = Object.fromEntries(
  Object.entries(translationModules).map(([path, translation]) => [languageFromPath(path), { translation }]),
);

export const availableLanguages: string[] = Object.keys(resources).sort();

const languageStorageKey = 'va-drafting.language';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

export function rememberLanguage(language: string): void {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
}

/** The name of a language in that language ("English", "Français"), read from its own file. */
export function languageName(language: string): string {
  return i18n.getFixedT(language)('language.name');
}

const initialLanguage =
  typeof navigator === 'undefined'
    ? defaultLanguage
    : chooseLanguage(storedLanguage(), navigator.languages ?? [], availableLanguages);

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: availableLanguages,
  interpolation: { escapeValue: false },
  initAsync: false,
});

if (typeof document !== 'undefined') {
  const applyLanguage = (language: string) => {
    document.documentElement.lang = language;
    document.documentElement.dir = i18n.dir(language);
  };
  applyLanguage(i18n.language);
  i18n.on('languageChanged', applyLanguage);
}

export default i18n;
