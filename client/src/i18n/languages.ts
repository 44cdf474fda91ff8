/** Pure helpers for choosing the interface language among the available translations. */

export const defaultLanguage = 'en';

/** "./fr.json" → "fr" */
export function languageFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.json$/, '');
}

/**
 * The language to show: the stored choice if available, else the first browser preference whose
 * primary subtag is available ("fr-CH" → "fr"), else English.
 */
export function chooseLanguage(
  stored: string | null,
  browserPreferences: readonly string[],
  available: readonly string[],
): string {
  if (stored !== null && available.includes(stored)) return stored;
  for (const preference of browserPreferences) {
    const primary = preference.toLowerCase().split('-')[0] ?? '';
    if (available.includes(primary)) return primary;
  }
  return available.includes(defaultLanguage) ? defaultLanguage : (available[0] ?? defaultLanguage);
}
