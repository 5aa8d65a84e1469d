/**
 * The documents the search evaluation and the search benchmark index: every article of
 * ../shared/data/ant-corpus-multisource/*.jsonl and ../shared/data/saudinewsnet/*.json, with the
 * title and body rasid stores for it, so that every engine (rasid and its peers) indexes the same
 * strings.
 *
 * Keys (what gold judgments and known-item targets name):
 * - ANT: the record's `docno` (`AL-culture-1-20180218`). Its URLs are not unique (11 URLs are
 *   shared by two records each, France24 pages filed under two categories with different text);
 *   the docno is unique and is the corpus's own id.
 * - SaudiNewsNet: the article `url` (unique across the six days, checked on load).
 * Keys never collide across the two corpora (docnos are not URLs); a duplicate key throws.
 *
 * Bodies: ANT goes through the project's own path, `readInputs` -> `parseRawInput` ->
 * `composeBody`. SaudiNewsNet's .json arrays are read here (the project's reader for them is
 * being written elsewhere) and each article is handed to the same `parseRawInput` as a record
 * (title, content, date_extracted, url, source, author), the way a JSON record is stored: the
 * repeated headline line and bylines leave the body. Articles whose content is empty (118 in
 * SaudiNewsNet) are skipped: rasid refuses a record without text, so no engine gets them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { readInputs, type RawInput } from '../../src/read/inputs.js';
import { parseRawInput, composeBody } from '../../src/parse/index.js';

export interface SearchDoc {
  /** Stable identifier: ANT docno or SaudiNewsNet URL. */
  key: string;
  /** Headline ('' when the article has none). */
  title: string;
  /** The body rasid indexes (composeBody of the parsed article). */
  text: string;
  /** Outlet as the corpus names it ('Alarabia', 'BBC', 'okaz', ...). */
  source: string;
  /** ISO 8601 as parsed, or null. */
  published: string | null;
  /** Which corpus the document came from. */
  corpus: 'ant' | 'saudinewsnet';
}

/** Per record, plenty: the largest article in either corpus is well under 1 MB. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

interface SaudiNewsNetArticle {
  source?: unknown;
  url?: unknown;
  date_extracted?: unknown;
  title?: unknown;
  author?: unknown;
  content?: unknown;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function toSearchDoc(raw: RawInput, key: string, corpus: SearchDoc['corpus'], fallbackSource: string): SearchDoc {
  const { article, source } = parseRawInput(raw);
  return {
    key,
    title: article.title ?? '',
    text: composeBody(article).text,
    source: source.site ?? fallbackSource,
    published: article.published,
    corpus,
  };
}

/** The files the evaluation reads, in a fixed order. */
export function searchCorpusFiles(dataDir: string): { ant: string[]; saudinewsnet: string[] } {
  const list = (sub: string, ext: string): string[] => {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => join(dir, f));
  };
  return { ant: list('ant-corpus-multisource', '.jsonl'), saudinewsnet: list('saudinewsnet', '.json') };
}

/** Every evaluation document, ANT first (file order), then SaudiNewsNet (day by day, array order). */
export async function* searchDocuments(dataDir: string): AsyncGenerator<SearchDoc> {
  const files = searchCorpusFiles(dataDir);
  for await (const item of readInputs(files.ant, { maxBytes: MAX_RECORD_BYTES })) {
    if (item instanceof InputError) throw new Error(`search corpus: ${item.message}`);
    if (item.kind !== 'record') continue;
    const key = item.record.id ?? item.record.url;
    if (!key) throw new Error(`search corpus: ${item.input} has neither docno nor url`);
    yield toSearchDoc(item, key, 'ant', 'ant');
  }
  for (const path of files.saudinewsnet) {
    const articles = JSON.parse(readFileSync(path, 'utf8')) as SaudiNewsNetArticle[];
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i];
      const content = typeof a.content === 'string' ? a.content : '';
      const url = str(a.url);
      if (content.trim() === '' || url === null) continue;
      const raw: RawInput = {
        kind: 'record',
        input: `${path}[${i}]`,
        format: 'jsonl',
        path,
        line: i + 1,
        record: {
          id: null,
          title: str(a.title),
          text: content,
          published: str(a.date_extracted),
          url,
          site: str(a.source),
          author: str(a.author),
        },
      };
      yield toSearchDoc(raw, url, 'saudinewsnet', 'saudinewsnet');
    }
  }
}

/** All evaluation documents in memory (about 17,300 docs, ~40 MB of strings); keys checked unique. */
export async function loadSearchCorpus(dataDir: string): Promise<SearchDoc[]> {
  const docs: SearchDoc[] = [];
  const seen = new Set<string>();
  for await (const doc of searchDocuments(dataDir)) {
    if (seen.has(doc.key)) throw new Error(`search corpus: duplicate key ${doc.key}`);
    seen.add(doc.key);
    docs.push(doc);
  }
  return docs;
}
