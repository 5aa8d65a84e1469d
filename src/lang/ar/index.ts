import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';

/**
 * Language data lives as plain files in src/lang/ar/ (never copied into code); they are found
 * from the package root both when running from src/ and from the compiled dist/src/.
 */
const LANG_DIR = join(PACKAGE_ROOT, 'src', 'lang', 'ar');
const cache = new Map<string, unknown>();

/** Absolute path of a language data file, e.g. langPath('months.json'). */
export function langPath(name: string): string {
  return join(LANG_DIR, name);
}

/** A JSON data file, parsed once and cached. */
export function loadLangJson<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(langPath(name), 'utf8')));
  return cache.get(name) as T;
}

/**
 * A list file: one entry a line; blank lines and lines starting with '#' are skipped;
 * leading/trailing whitespace trimmed. Cached.
 */
export function loadLangList(name: string): string[] {
  if (!cache.has(name)) {
    const lines = readFileSync(langPath(name), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    cache.set(name, lines);
  }
  return cache.get(name) as string[];
}
