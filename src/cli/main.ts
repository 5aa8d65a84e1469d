import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../package-root.js';
import { UsageError } from '../errors.js';
import { ANALYZE_FORMATS, runAnalyze } from './analyze.js';
import { reportError } from './report.js';
import { runTagConll } from './tag.js';

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
    .argument('[inputs...]', 'files (.txt .html .jsonl), directories (walked recursively) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...ANALYZE_FORMATS]).default('json'))
    .option('--max-size <size>', 'refuse inputs larger than this (e.g. 10MB, 500k, 1g)', '10MB')
    .addHelpText(
      'after',
      `
Output:
  json   one JSON object for one file; a JSON array for several files, a directory or a .jsonl file
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
