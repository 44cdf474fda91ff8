import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageFromPath } from './languages';

describe('languageFromPath', () => {
  it('takes the language from the file name', () => {
    expect(languageFromPath('./fr.json')).toBe('fr');
    expect(languageFromPath('/src/i18n/es.json')).toBe('es');
  });
});

describe('chooseLanguage', () => {
  const available = ['en', 'es', 'fr'];

  it('keeps a stored choice that is still available', () => {
    expect(chooseLanguage('fr', ['es-ES'], available)).toBe('fr');
  });

  it('falls back to the first browser preference with a translation, by primary subtag', () => {
    expect(chooseLanguage('de', ['de-CH', 'es-419', 'fr'], available)).toBe('es');
  });

  it('falls back to English when nothing matches', () => {
    expect(chooseLanguage(null, ['ar', 'zh-Hans'], available)).toBe('en');
    expect(chooseLanguage(null, ['fr-FR'], ['en'])).toBe('en');
  });
});
