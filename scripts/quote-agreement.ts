/**
 * How far two annotators agree on the quote gold: a second, independent annotation of some of its
 * articles (gold/quotes-ant-second.jsonl, written from the guide by another annotator who did not
 * see the first) scored against the gold as if it were a system, with the same matching as
 * eval:quotes (span overlap, one to one, same kind) and speakers compared by name (sameSpeaker):
 *
 *   node dist/scripts/quote-agreement.js [--second FILE] [--gold FILE]
 *
 * The speaker agreement is a ceiling for what eval:quotes can fairly ask of the extractor.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { GOLD_PATH, readGold } from './quote-gold.js';
import { match, sameSpeaker } from './eval-quotes.js';
import { isMain } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';

export const SECOND_PATH = join(PACKAGE_ROOT, 'gold', 'quotes-ant-second.jsonl');

export interface Agreement {
  articles: number;
  byKind: Record<'direct' | 'indirect', { first: number; second: number; matched: number; sameSpeaker: number }>;
}

export function agreement(firstPath = GOLD_PATH, secondPath = SECOND_PATH): Agreement {
  const first = new Map(readGold(firstPath).map((g) => [g.docno, g]));
  const out: Agreement = {
    articles: 0,
    byKind: { direct: { first: 0, second: 0, matched: 0, sameSpeaker: 0 }, indirect: { first: 0, second: 0, matched: 0, sameSpeaker: 0 } },
  };
  for (const b of readGold(secondPath)) {
    const a = first.get(b.docno);
    if (!a) throw new Error(`${b.docno}: in ${secondPath} but not in ${firstPath}`);
    if (a.textSha256 !== b.textSha256) throw new Error(`${b.docno}: the two annotations index different body texts`);
    out.articles++;
    for (const kind of ['direct', 'indirect'] as const) {
      const qa = a.quotes.filter((q) => q.kind === kind);
      const qb = b.quotes.filter((q) => q.kind === kind);
      const t = out.byKind[kind];
      t.first += qa.length;
      t.second += qb.length;
      for (const [x, y] of match(qa, qb.map((q) => ({ ...q, written: [] })))) {
        t.matched++;
        if (sameSpeaker(x.speaker, y.speaker)) t.sameSpeaker++;
      }
    }
  }
  return out;
}

const USAGE = `
Usage: node dist/scripts/quote-agreement.js [--second FILE] [--gold FILE]

Scores a second, independent annotation of some gold articles (default gold/quotes-ant-second.jsonl)
against the gold (default gold/quotes-ant.jsonl): quote F1 between the two annotators per kind
(span overlap, one to one) and how often they name the same speaker for the quotes both marked.`;

if (isMain(import.meta.url)) {
  const args = scriptArgs('quote-agreement', USAGE, { valued: ['--second', '--gold'] });
  if (args) {
    const second = (args.get('--second') as string | undefined) ?? SECOND_PATH;
    const gold = (args.get('--gold') as string | undefined) ?? GOLD_PATH;
    if (!existsSync(second)) {
      console.error(`quote-agreement: ${second}: no such file`);
      process.exitCode = 1;
    } else {
      try {
        const r = agreement(gold, second);
        console.log(`Two annotators on ${r.articles} articles (${second.replace(/.*\/gold\//, 'gold/')} against ${gold.replace(/.*\/gold\//, 'gold/')})`);
        let matched = 0;
        let same = 0;
        for (const kind of ['direct', 'indirect'] as const) {
          const t = r.byKind[kind];
          const f = t.first + t.second === 0 ? 0 : (2 * t.matched) / (t.first + t.second);
          console.log(`  ${kind.padEnd(8)}  quotes: first ${t.first}, second ${t.second}, both ${t.matched}; F1 ${(100 * f).toFixed(1)}; same speaker ${t.sameSpeaker}/${t.matched}`);
          matched += t.matched;
          same += t.sameSpeaker;
        }
        console.log(`  speaker agreement overall ${(100 * same / Math.max(1, matched)).toFixed(1)} (${same}/${matched})`);
      } catch (err) {
        console.error(`quote-agreement: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 1;
      }
    }
  }
}
