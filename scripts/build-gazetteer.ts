/**
 * Builds models/ar-gazetteer.tsv (typed names) and models/ar-translit.tsv (known Arabic -> Latin
 * name forms) from ../shared/data:
 *   anetac/en-ar-named-entities.txt          PERSON/LOCATION/ORGANIZATION + English form
 *   arabic-first-names/*                     first/last names with gender
 *   google-translit/ar2en-train.txt          Arabic -> Latin pairs (train split ONLY; never test/eval)
 * and the curated files in src/lang/ar/ (countries, cities, regions, organizations, media,
 * person-names). Evaluation data (anercorp test, aqmar, newsfane) is never read.
 *
 *   npm run build && node dist/scripts/build-gazetteer.js [--data DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { langPath } from '../src/lang/ar/index.js';
import { gazetteerKey, loadCuratedNames } from '../src/lang/gazetteer.js';
import { translitTablePath } from '../src/text/translit.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';

const TATWEEL = '\u0640';
const CLASS_TYPES: Record<string, string> = { PERSON: 'PER', LOCATION: 'LOC', ORGANIZATION: 'ORG' };

interface Acc {
  types: Map<string, number>;
  latins: Map<string, number>;
  gender: Set<'m' | 'f'>;
  roles: Set<string>;
  /** A hand-checked Latin form: wins over counted ones. */
  curatedLatin: string | null;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function titleCase(latin: string): string {
  return latin.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Data rows of person-names.tsv: name, latin, gender, role. */
export function personNameRows(): { name: string; latin: string; gender: 'm' | 'f' | null; roles: string[] }[] {
  const rows = lines(langPath('person-names.tsv')).slice(1);
  return rows.map((r) => {
    const [name, latin, gender, role] = r.split('\t');
    return {
      name,
      latin,
      gender: gender === 'm' || gender === 'f' ? gender : null,
      roles: role === 'both' ? ['first', 'last'] : role ? [role] : [],
    };
  });
}

/** Picks the Latin form: curated, else most frequent, ties to one the other source agrees with, then ASCII, then first seen. */
function pickLatin(a: Acc, agree: Map<string, string>, key: string): string | null {
  if (a.curatedLatin) return a.curatedLatin;
  let best: string | null = null;
  let bestScore = -Infinity;
  const other = agree.get(key)?.toLowerCase();
  for (const [latin, n] of a.latins) {
    const score = n * 10 + (other === latin.toLowerCase() ? 5 : 0) + (/^[\x20-\x7e]+$/.test(latin) ? 1 : 0);
    if (score > bestScore) {
      best = latin;
      bestScore = score;
    }
  }
  return best;
}

export async function run(dataDir = sharedDataDir()): Promise<void> {
  const acc = new Map<string, Acc>();
  const get = (name: string): { key: string; a: Acc } | null => {
    const key = gazetteerKey(name.split(TATWEEL).join(''));
    if (!key || key.length < 2) return null;
    let a = acc.get(key);
    if (!a) {
      a = { types: new Map(), latins: new Map(), gender: new Set(), roles: new Set(), curatedLatin: null };
      acc.set(key, a);
    }
    return { key, a };
  };
  const bump = (m: Map<string, number>, k: string, n = 1): void => void m.set(k, (m.get(k) ?? 0) + n);

  // Google pairs (train split only): a second opinion for choosing among ANETAC's English forms
  const google = new Map<string, string>();
  for (const l of lines(join(dataDir, 'google-translit', 'ar2en-train.txt'))) {
    const [ar, en] = l.split('\t');
    if (ar && en) {
      const key = gazetteerKey(ar);
      if (!google.has(key)) google.set(key, en);
    }
  }

  // ANETAC
  let anetac = 0;
  for (const l of lines(join(dataDir, 'anetac', 'en-ar-named-entities.txt'))) {
    const m = /^(\S+) (\S+) (.+)$/.exec(l);
    if (!m) continue;
    const type = CLASS_TYPES[m[1]];
    const g = type && get(m[3]);
    if (!g) continue;
    bump(g.a.types, type);
    bump(g.a.latins, m[2]);
    anetac++;
  }

  // Arabic first/last names (gender and role)
  const namesDir = join(dataDir, 'arabic-first-names');
  const addName = (name: string, gender: 'm' | 'f' | null, role: string): void => {
    const g = get(name);
    if (!g) return;
    bump(g.a.types, 'PER', 2);
    if (gender) g.a.gender.add(gender);
    g.a.roles.add(role);
  };
  for (const n of lines(join(namesDir, 'male-first--names-in-arabic.txt'))) addName(n, 'm', 'first');
  for (const n of lines(join(namesDir, 'female-first-names-in-arabic.txt'))) addName(n, 'f', 'first');
  for (const n of lines(join(namesDir, 'last-names-in-arabic.txt'))) addName(n, null, 'last');
  for (const row of lines(join(namesDir, '200-Arabic-Names-UTF8.csv')).slice(1)) {
    const [male, female, last] = row.split(',').map((c) => c.trim());
    if (male) addName(male, 'm', 'first');
    if (female) addName(female, 'f', 'first');
    if (last) addName(last, null, 'last');
  }

  // curated files: person-name parts, then places/organizations/media
  for (const p of personNameRows()) {
    const g = get(p.name);
    if (!g) continue;
    bump(g.a.types, 'PER', 5);
    if (p.gender) g.a.gender.add(p.gender);
    for (const r of p.roles) g.a.roles.add(r);
    g.a.curatedLatin = p.latin;
  }
  for (const c of loadCuratedNames()) {
    const g = get(c.name);
    if (!g) continue;
    bump(g.a.types, c.type, 100);
    if (c.latin && !g.a.curatedLatin) g.a.curatedLatin = c.latin;
  }

  // gazetteer
  const gazRows: string[] = [];
  for (const [key, a] of [...acc].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const types = [...a.types].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([t]) => t);
    const latin = pickLatin(a, google, key) ?? '';
    const gender = a.gender.size === 1 ? [...a.gender][0] : '';
    gazRows.push([key, types.join('|'), latin, gender, [...a.roles].sort().join('|')].join('\t'));
  }
  const gazPath = join(PACKAGE_ROOT, 'models', 'ar-gazetteer.tsv');
  writeFileSync(
    gazPath,
    [
      '# rasid name gazetteer. Built by scripts/build-gazetteer.ts; keys are gazetteerKey() forms (SEARCH_NORMALIZATION, single spaces).',
      `# sources: anetac/en-ar-named-entities.txt (${anetac} pairs), arabic-first-names/*, src/lang/ar/{countries,cities,regions,organizations,media,person-names}.tsv`,
      '# columns: norm, types (most frequent first), latin, gender (m|f), roles (first|last)',
      ...gazRows,
      '',
    ].join('\n'),
  );

  // transliteration table: every known single or multi-word name form -> its Latin form
  const tr = new Map<string, string>();
  for (const [key, a] of acc) {
    const latin = pickLatin(a, google, key);
    if (latin) tr.set(key, latin);
  }
  let fromGoogle = 0;
  for (const [key, en] of google) {
    if (!tr.has(key)) {
      tr.set(key, titleCase(en));
      fromGoogle++;
    }
  }
  const trRows = [...tr].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([k, v]) => `${k}\t${v}`);
  writeFileSync(
    translitTablePath(),
    [
      '# rasid known-name transliterations (gazetteerKey form -> Latin). Built by scripts/build-gazetteer.ts',
      `# sources: src/lang/ar curated files, anetac/en-ar-named-entities.txt, google-translit/ar2en-train.txt (train split only; ${fromGoogle} entries only there)`,
      ...trRows,
      '',
    ].join('\n'),
  );
  console.log(`gazetteer: ${gazRows.length} names -> ${gazPath}`);
  console.log(`translit table: ${trRows.length} forms -> ${translitTablePath()}`);
}

if (isMain(import.meta.url)) {
  const args = scriptArgs('build-gazetteer', 'Usage: npm run build:gazetteer [-- --data DIR]\n\nBuilds models/ar-gazetteer.tsv and models/ar-translit.tsv from ../shared/data (or DIR) and the\ncurated files in src/lang/ar/; evaluation data is never read.', { valued: ['--data'] });
  const data = args?.get('--data');
  if (args) await run(typeof data === 'string' ? data : sharedDataDir());
}
