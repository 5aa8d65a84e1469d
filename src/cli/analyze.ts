import { stat } from 'node:fs/promises';
import { InputError, UsageError } from '../errors.js';
import { isGlobPattern, mayHoldSeveralDocuments, readInputs, type RawInput } from '../read/inputs.js';
import { maxSizeOption } from './options.js';
import { parseRawInput } from '../parse/index.js';
import { analyzeArticle, toDocumentJson } from '../analyze/analyze-article.js';
import { DocumentWriter, writeOut } from './output.js';
import { formatDocumentText } from './format-text.js';
import { reportError, reportWarning } from './report.js';

export const ANALYZE_FORMATS = ['json', 'jsonl', 'text'] as const;
export type AnalyzeFormat = (typeof ANALYZE_FORMATS)[number];

export interface AnalyzeOptions {
  format: string;
  maxSize?: string;
}

/** Can these arguments only ever yield one document? Then JSON output is one object, else an array. */
async function yieldsOneDocument(inputs: string[]): Promise<boolean> {
  if (inputs.length !== 1) return false;
  const [only] = inputs;
  if (only === '-' || mayHoldSeveralDocuments(only)) return false;
  try {
    return !(await stat(only)).isDirectory();
  } catch {
    return !isGlobPattern(only); // a missing file: an error, and no document at all; a pattern: files
  }
}

/**
 * `rasid analyze`: every input is read, parsed and analyzed in turn and printed before the next is
 * read, so memory stays flat however large the input. A bad input is reported and skipped.
 * Returns the exit status: 0 all analyzed, 1 some failed.
 */
export async function runAnalyze(inputArgs: string[], opts: AnalyzeOptions): Promise<number> {
  if (!(ANALYZE_FORMATS as readonly string[]).includes(opts.format)) {
    throw new UsageError(`unknown format "${opts.format}"`, `use one of: ${ANALYZE_FORMATS.join(', ')}`);
  }
  const format = opts.format as AnalyzeFormat;
  const maxBytes = maxSizeOption(opts.maxSize);
  let inputs = inputArgs;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      throw new UsageError('no input given', 'name files or directories to analyze, or - to read standard input');
    }
    inputs = ['-'];
  }

  const out = process.stdout;
  const writer =
    format === 'text' ? null : new DocumentWriter(out, format === 'jsonl' ? 'lines' : (await yieldsOneDocument(inputs)) ? 'object' : 'array');
  let analyzed = 0;
  let failed = 0;
  for await (const item of readInputs(inputs, { maxBytes, stdin: process.stdin, onNotice: (input, message) => process.stderr.write(`rasid: note: ${input}: ${message}\n`) })) {
    if (item instanceof InputError) {
      reportError(item);
      failed++;
      continue;
    }
    try {
      await analyzeOne(item, format, writer);
      analyzed++;
    } catch (err) {
      reportError(err, item.input);
      failed++;
    }
  }
  if (writer) await writer.end();
  if (format === 'text' && analyzed + failed > 1) {
    await writeOut(out, `${analyzed} analyzed${failed ? `, ${failed} failed` : ''}\n`);
  }
  return failed > 0 ? 1 : 0;
}

async function analyzeOne(item: RawInput, format: AnalyzeFormat, writer: DocumentWriter | null): Promise<void> {
  if (item.kind !== 'record') for (const w of item.warnings) reportWarning(item.input, w);
  const { article, source } = parseRawInput(item);
  const result = analyzeArticle(article, source);
  const json = toDocumentJson(result);
  if (writer) await writer.write(json);
  else await writeOut(process.stdout, formatDocumentText(json, result));
}
