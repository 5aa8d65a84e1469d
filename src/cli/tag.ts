import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { defaultNerTagger } from '../analyze/ner-tagger.js';
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
  let words: string[] = [];
  const flush = async () => {
    if (words.length === 0) return;
    const tags = tagger.tag(words);
    let out = '';
    for (let i = 0; i < words.length; i++) out += `${words[i]}\t${tags[i]}\n`;
    await writeOut(process.stdout, out);
    words = [];
  };
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') {
      await flush();
      await writeOut(process.stdout, '\n');
      continue;
    }
    words.push(line.trim().split(/[\t ]+/)[0]);
  }
  await flush();
  return 0;
}
