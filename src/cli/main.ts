import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../package-root.js';
import { UsageError } from '../errors.js';
import { ANALYZE_FORMATS, runAnalyze } from './analyze.js';
import { reportError } from './report.js';
import { runTagConll } from './tag.js';
import { runIngest } from './ingest.js';
import { runSearch, SEARCH_FORMATS } from './search.js';
import { registerShow } from './show.js';
import { registerEntities } from './entities.js';
import { registerQuotes } from './quotes.js';
import { registerExport } from './export.js';

/** The command table. Each command is a thin edge over the programmatic API in its own file. */
function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('rasid')
    .description('rasid (راصد): Arabic news and channel posts -> structured, searchable, attributed facts')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`rasid: ${text.replace(/^error: /, '')}`),
    });

  program
    .command('analyze')
    .description('analyze articles: title, date, caption, lead, sections, body text and its annotations')
    .argument(
      '[inputs...]',
      'files (.txt .html .jsonl; .json arrays and Telegram exports; .xml .rss .atom feeds), directories (walked recursively), glob patterns or - for standard input',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices([...ANALYZE_FORMATS]).default('json'))
    .option('--max-size <size>', 'refuse inputs larger than this (e.g. 10MB, 500k, 1g)', '10MB')
    .addHelpText(
      'after',
      `
Output:
  json   one JSON object for one file; a JSON array for several files, a directory, a pattern or a file of many documents
  jsonl  one JSON object per line (best for large inputs and for piping into jq)
  text   a readable summary per document

Every offset in the output ([start, end) in UTF-16 code units) indexes into the document's "text".
Inputs may be UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256 or ISO-8859-6.
A bad input is reported on stderr as "rasid: FILE: reason" and the others still come out.

Exit status: 0 all inputs analyzed, 1 some inputs failed, 2 usage error.

Examples:
  rasid analyze examples/article-ar-2024-03-12.txt --format text
  rasid analyze articles/ --format jsonl > out.jsonl
  cat page.html | rasid analyze - --format json`,
    )
    .action(async (inputs: string[], opts: { format: string; maxSize: string }) => {
      setExit(await runAnalyze(inputs, opts));
    });

  program
    .command('tag')
    .description('tag named entities (PER, LOC, ORG, MISC) in CoNLL-style input, for scoring against public data')
    .argument('<input>', 'a CoNLL file (one token per line, first column the token, blank line between sentences) or -')
    .requiredOption('--conll', 'read and write CoNLL-style columns (the only format for now)')
    .addHelpText(
      'after',
      `
Output: token<TAB>tag for every input token, in order, blank lines kept; tags are BIO
(B-PER I-PER B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC O).

Example:
  rasid tag --conll ANERCorp_CamelLab_test.txt > predicted.txt`,
    )
    .action(async (input: string) => {
      setExit(await runTagConll(input));
    });

  // browse and export a store: show ID, entities, quotes, export
  registerShow(program, setExit);
  registerEntities(program, setExit);
  registerQuotes(program, setExit);
  registerExport(program, setExit);

  program
    .command('ingest')
    .description('bring documents into the corpus store: read, analyze (on all cores) and store each one')
    .argument('<paths...>', 'files, directories (walked recursively) or globs: .txt .html .jsonl .json (article arrays, Telegram exports) .xml .rss .atom')
    .option('--db <path>', 'the store (SQLite file; created if missing)', process.env.RASID_DB ?? 'rasid.db')
    .option('-w, --workers <n>', 'analysis threads (default: one per core; 0 = main thread only)')
    .option('--max-size <size>', 'refuse documents larger than this (e.g. 10MB, 500k, 1g)', '10MB')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      `
Every document is parsed, analyzed (entities, quotes, dates) and stored whole in one transaction:
a run that is killed leaves each document either fully stored or absent, and running the same
command again stores the rest. The same content is stored once (its id is the sha256 of the
normalized body), so re-running over a directory adds only what is new. Near-duplicates
(reprinted wire copy, lightly edited copies) are grouped; search counts each group once.

On a terminal a progress bar shows count, rate and ETA; otherwise one summary line is printed.
A bad input is reported as "rasid: INPUT: reason" and the others go on.

Exit status: 0 all inputs stored (or already there), 1 some failed, 2 usage error.

Examples:
  rasid ingest ../shared/data/ant-corpus-multisource ../shared/data/saudinewsnet
  rasid ingest 'feeds/*.xml' telegram/result.json --db corpus.db`,
    )
    .action(async (paths: string[], opts: { db: string; workers?: string; maxSize: string; progress: boolean }) => {
      setExit(await runIngest(paths, opts));
    });

  program
    .command('search')
    .description('search the corpus store: Arabic-aware matching, ranked, with snippets and facets')
    .argument('<query...>', 'the query (quote it in the shell when it holds "phrases" or several words)')
    .option('--db <path>', 'the store (SQLite file)', process.env.RASID_DB ?? 'rasid.db')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...SEARCH_FORMATS]).default('table'))
    .option('-n, --limit <n>', 'results to show', '10')
    .option('--offset <n>', 'skip this many results (paging)')
    // an exclusion written as its own shell word (-أسعار) is part of the query, not an option
    .allowUnknownOption()
    .addHelpText(
      'after',
      `
Query syntax:
  words              every word must match, in any form: انشقاق finds وانشقاقات and الانشقاقات,
                     أمريكا finds امريكا; diacritics and tatweel never matter
  "exact phrase"     the words in this order («...» works too)
  a OR b             either one
  -word  -"phrase"   leave out documents with it
  speaker:NAME       quoted by this speaker      entity:NAME   mentioning this entity
                     (names fold spelling and the curated aliases: entity:"تنظيم الدولة" finds داعش)
  type:PER|ORG|LOC|MISC  with an entity of this type (with entity:, the entity's type)
  source:NAME        from this site or channel   from:DATE to:DATE   published in the range
                     (DATE is 2024, 2024-03 or 2024-03-12; both ends included)
When fewer documents than asked for have all the words, those with all but one follow them
(any of them when no document has all), under a line that says so ("partial": true in JSON).

Results are near-duplicate groups, ranked by BM25 (the title weighs 3x); each hit lists its
copies. --format json prints the JSON contract with facets (top entities, speakers, sources,
and a monthly date histogram) over the best 1,000 groups.

Examples:
  rasid search 'انشقاقات داعش'
  rasid search '"الدولة الإسلامية" -العراق from:2017 to:2018-06'
  rasid search 'speaker:"مايكل سميث"' --format json`,
    )
    .action(async (words: string[], opts: { db: string; format: string; limit: string; offset?: string }) => {
      const option = words.find((w) => /^--|^-[A-Za-z]/.test(w));
      if (option) throw new UsageError(`search: unknown option '${option}'`, `see rasid search --help; to leave out a Latin word, put it inside the quoted query: rasid search 'word ${option}'`);
      setExit(await runSearch(words, opts));
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => (exitCode = code));
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version end with code 0; every parse error is a usage error
      return err.exitCode === 0 ? 0 : 2;
    }
    reportError(err);
    return err instanceof UsageError ? 2 : 1;
  }
}

// A closed pipe (`rasid analyze ... | head`) ends the run quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    reportError(err);
    process.exitCode = 1;
  },
);
