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
  // Each sentence remembers the blank lines that followed it, so the output keeps every one.
  let window: { words: string[]; blanks: number }[] = [];
  let words: string[] = [];
  const flushWindow = async () => {
    if (window.length === 0) return;
    const tags = tagger.tagDocument(window.map((s) => s.words));
    let out = '';
    window.forEach((sentence, k) => {
      for (let i = 0; i < sentence.words.length; i++) out += `${sentence.words[i]}\t${tags[k][i]}\n`;
      out += '\n'.repeat(sentence.blanks);
    });
    await writeOut(process.stdout, out);
    window = [];
  };
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() !== '') {
      words.push(line.trim().split(/[\t ]+/)[0]);
      continue;
    }
    if (words.length) {
      window.push({ words, blanks: 1 });
      words = [];
      if (window.length >= DOCUMENT_WINDOW) await flushWindow();
    } else if (window.length) window[window.length - 1].blanks++;
    else await writeOut(process.stdout, '\n'); // blank lines before the first sentence
  }
  if (words.length) window.push({ words, blanks: 0 });
  await flushWindow();
  return 0;
}
