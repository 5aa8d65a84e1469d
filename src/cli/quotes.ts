import { Command, Option } from 'commander';
import type { StoredQuote } from '../store/index.js';
import { DocumentWriter, writeOut } from './output.js';
import { clip, DB_OPTION_HELP, oneLine, oneOf, outputWidth, parseLimit, shortDate, shortId, withStoreForReading } from './browse-common.js';
import { quoteLine } from './show.js';

export const QUOTES_FORMATS = ['table', 'json', 'jsonl'] as const;
export const DEFAULT_QUOTES_LIMIT = 50;

export interface QuotesOptions {
  db?: string;
  speaker?: string;
  limit: number;
  format: (typeof QUOTES_FORMATS)[number];
}

export function registerQuotes(program: Command, setExit: (code: number) => void): void {
  program
    .command('quotes')
    .description('list quotes (who said what), newest first, optionally by one speaker')
    .option('--db <path>', DB_OPTION_HELP)
    .option('-s, --speaker <name>', 'only quotes whose speaker name contains this (spelling-folded: أ/ا, ة/ه, diacritics)')
    .addOption(new Option('-n, --limit <n>', 'how many (0: all)').argParser(parseLimit).default(DEFAULT_QUOTES_LIMIT))
    .addOption(new Option('-f, --format <format>', 'table (for people), json (an array) or jsonl (one per line)').argParser(oneOf(QUOTES_FORMATS)).default('table'))
    .addHelpText(
      'after',
      `
table shows two lines per quote: the date, the document's id (its first 12 digits; pass it to
\`rasid show\`) and title, then "speaker (role): text" with direct quotes in quotation marks.
json and jsonl give each quote's kind, text, offsets [start, end) into the document's text, cue,
speaker {entity, name, role, outlet}, and the document's id, title, published and source.

Examples:
  rasid quotes --speaker "مايكل سميث"
  rasid quotes --speaker سميث --limit 0 --format jsonl > smith.jsonl
  rasid quotes --format json --db corpus.db | jq '.[] | select(.kind == "direct")'`,
    )
    .action(async (opts: QuotesOptions) => {
      setExit(await runQuotes(opts));
    });
}

/** `rasid quotes`: quotes newest first, streamed. Returns the exit status. */
export async function runQuotes(opts: QuotesOptions): Promise<number> {
  return withStoreForReading(opts.db, async (store) => {
    const out = process.stdout;
    const speaker = opts.speaker?.trim() || undefined;
    // one more than asked for, to say in the table whether there are more
    const quotes = store.quotes({ ...(speaker ? { speaker } : {}), ...(opts.limit ? { limit: opts.limit + 1 } : {}) });
    let count = 0;
    let more = false;
    if (opts.format !== 'table') {
      const writer = new DocumentWriter(out, opts.format === 'jsonl' ? 'lines' : 'array');
      for await (const q of quotes) {
        if (opts.limit && count === opts.limit) break;
        await writer.write(q);
        count++;
      }
      await writer.end();
      return 0;
    }
    const width = outputWidth();
    for await (const q of quotes) {
      if (opts.limit && count === opts.limit) {
        more = true;
        break;
      }
      await writeOut(out, formatQuote(q, width));
      count++;
    }
    if (count === 0) await writeOut(out, speaker ? `no quotes by a speaker named like "${speaker}"\n` : 'no quotes in the store\n');
    else if (more) await writeOut(out, `(the newest ${count}; --limit N for more, --limit 0 for all)\n`);
    return 0;
  });
}

/** Two lines: date, id prefix, source and title; then "speaker (role): text". */
export function formatQuote(q: StoredQuote, width: number): string {
  const head = `${shortDate(q.published)}  ${shortId(q.document)}  `;
  const about = [q.source, q.title ? oneLine(q.title) : '(no title)'].filter(Boolean).join(' · ');
  return `${head}${clip(about, width - head.length)}\n    ${quoteLine(q, width * 2 - 4)}\n`;
}
