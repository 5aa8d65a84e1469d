import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTempDir } from '../helpers/read.js';
import { agreement } from '../../scripts/quote-agreement.js';
import type { GoldArticle } from '../../scripts/quote-gold.js';

const article = (quotes: GoldArticle['quotes'], sha = 'x'): GoldArticle => ({ docno: 'D1', split: 'test2', textSha256: sha, quotes });
const q = (kind: 'direct' | 'indirect', start: number, end: number, speaker: string) => ({ kind, start, end, cue: null, speaker, speakerKind: 'person' as const });

test('quote agreement: quotes both annotators marked, and whether they name the same speaker', async () => {
  await withTempDir(async (dir) => {
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    writeFileSync(first, JSON.stringify(article([q('direct', 0, 10, 'مايكل سميث'), q('indirect', 20, 40, 'والي نصر'), q('indirect', 50, 60, 'ميا بلوم')])) + '\n');
    // the same direct quote (surname only), the first indirect one with another speaker, the last one missed, one extra
    writeFileSync(second, JSON.stringify(article([q('direct', 2, 10, 'سميث'), q('indirect', 25, 45, 'توم أوكونور'), q('indirect', 70, 80, 'ميا بلوم')])) + '\n');
    const r = agreement(first, second);
    assert.equal(r.articles, 1);
    assert.deepEqual(r.byKind.direct, { first: 1, second: 1, matched: 1, sameSpeaker: 1 });
    assert.deepEqual(r.byKind.indirect, { first: 2, second: 2, matched: 1, sameSpeaker: 0 });
  });
});

test('quote agreement: annotations of different body texts are refused', async () => {
  await withTempDir(async (dir) => {
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    writeFileSync(first, JSON.stringify(article([])) + '\n');
    writeFileSync(second, JSON.stringify(article([], 'y')) + '\n');
    assert.throws(() => agreement(first, second), /different body texts/);
  });
});
