import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { defaultNerTagger, DOCUMENT_WINDOW } from '../analyze/ner-tagger.js';
import { writeOut } from './output.js';

/**
 * `rasid tag --conll FILE|-`: one token per line (first column; other columns ignored), a blank
 * line between sentences; prints `token<TAB>tag` for every token in order, blank lines kept.
 * Streams sentence by sentence.
 */
export async function runTagConll(input: string): Promise<number> {
  const tagger = defaultNerTagger();
  if (input !== '-') {
    const s = await stat(input).catch(() => null);
    if (!s) throw new InputError(input, 'E_NOT_FOUND', 'no such file or directory');
    if (!s.isFile()) throw new InputError(input, 'E_NOT_REGULAR', 'is not a regular file');
  }
  const stream = input === '-' ? process.stdin : createReadStream(input, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // CoNLL files mark no document boundaries: windows of consecutive sentences stand in for documents.
  let window: string[][] = [];
  let words: string[] = [];
  const flushWindow = async () => {
    if (window.length === 0) return;
    const tags = tagger.tagDocument(window);
    let out = '';
    window.forEach((sentence, k) => {
      for (let i = 0; i < sentence.length; i++) out += `${sentence[i]}\t${tags[k][i]}\n`;
      out += '\n';
    });
    await writeOut(process.stdout, out);
    window = [];
  };
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') {
      // runs of blank lines come out as one sentence break, as conlleval expects
      if (words.length) window.push(words);
      words = [];
      if (window.length >= DOCUMENT_WINDOW) await flushWindow();
      continue;
    }
    words.push(line.trim().split(/[\t ]+/)[0]);
  }
  if (words.length) window.push(words);
  await flushWindow();
  return 0;
}
