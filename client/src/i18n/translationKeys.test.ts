import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const i18nDir = fileURLToPath(new URL('.', import.meta.url));
const srcDir = join(i18nDir, '..');
const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'];

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flattenKeys(child, prefix === '' ? key : `${prefix}.${key}`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys passed as a string literal to t(…), i18n.t(…) or <Trans i18nKey="…">. */
function keysUsedIn(source: string): string[] {
  const calls = [...source.matchAll(/\bt\(\s*(['"`])([^'"`$]+)\1/g)].map((match) => match[2]!);
  const trans = [...source.matchAll(/i18nKey=(['"])([^'"]+)\1/g)].map((match) => match[2]!);
  return [...calls, ...trans];
}

/** Calls whose key is not a plain literal cannot be checked here; the code must not make any. */
function dynamicKeyCalls(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*(?!['"])([^)\s][^),]*)/g)].map((match) => match[1]!.trim());
}

const languageFiles = readdirSync(i18nDir).filter((name) => name.endsWith('.json'));
const english = JSON.parse(readFileSync(join(i18nDir, 'en.json'), 'utf8')) as unknown;
const englishKeys = new Set(flattenKeys(english));
const usage = sourceFiles(srcDir).map((path) => {
  const source = readFileSync(path, 'utf8');
  return { file: relative(srcDir, path), keys: keysUsedIn(source), dynamic: dynamicKeyCalls(source) };
});

const exists = (key: string) => englishKeys.has(key) || pluralSuffixes.some((suffix) => englishKeys.has(key + suffix));

describe('translation keys', () => {
  it('finds the components that translate text', () => {
    expect(usage.filter((u) => u.keys.length > 0).length).toBeGreaterThan(10);
  });

  it('has every key used in the source in en.json', () => {
    const missing = usage.flatMap(({ file, keys }) => keys.filter((key) => !exists(key)).map((key) => `${file}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('passes only literal keys to t(), so that every one can be checked', () => {
    const dynamic = usage.flatMap(({ file, dynamic }) => dynamic.map((call) => `${file}: t(${call}`));
    expect(dynamic).toEqual([]);
  });

  it('uses every key of en.json somewhere (except the language name, read by key path)', () => {
    const used = new Set(usage.flatMap((u) => u.keys));
    const unused = [...englishKeys].filter((key) => {
      const base = pluralSuffixes.reduce((k, suffix) => (k.endsWith(suffix) ? k.slice(0, -suffix.length) : k), key);
      return !used.has(base) && key !== 'language.name';
    });
    expect(unused).toEqual([]);
  });

  it.each(languageFiles)('%s has a string for each key and names its language', (file) => {
    const translation = JSON.parse(readFileSync(join(i18nDir, file), 'utf8')) as Record<string, unknown>;
    const keys = flattenKeys(translation);
    const values = keys.map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], translation));
    expect(values.every((value) => typeof value === 'string' && value.trim() !== '')).toBe(true);
    const basesOf = (all: Iterable<string>) =>
      new Set([...all].map((key) => pluralSuffixes.reduce((k, s) => (k.endsWith(s) ? k.slice(0, -s.length) : k), key)));
    expect([...basesOf(keys)].sort()).toEqual([...basesOf(englishKeys)].sort());
  });
});
