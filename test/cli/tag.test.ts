import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/run-cli.js';

const TAG = /^(O|[BI]-(PER|ORG|LOC|MISC))$/;

test('tag --conll writes token<TAB>tag for every input token in order, blank lines kept, other columns ignored', () => {
  const input = ['قال\tO\tx', 'الرئيس O', 'الأمريكي O', 'جورج B-PERS', 'بوش I-PERS', 'في O', 'واشنطن B-LOC', '.', '', '', 'وزار O', 'القاهرة B-LOC', ''].join('\n');
  const r = runCli(['tag', '--conll', '-'], input);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  const expectedTokens = ['قال', 'الرئيس', 'الأمريكي', 'جورج', 'بوش', 'في', 'واشنطن', '.', '', '', 'وزار', 'القاهرة', ''];
  assert.deepEqual(lines.slice(0, expectedTokens.length).map((l) => l.split('\t')[0]), expectedTokens);
  for (const l of lines) if (l) assert.match(l.split('\t')[1], TAG, l);
  const tagOf = new Map(lines.filter(Boolean).map((l) => l.split('\t') as [string, string]));
  assert.equal(tagOf.get('جورج'), 'B-PER');
  assert.equal(tagOf.get('بوش'), 'I-PER');
  assert.equal(tagOf.get('واشنطن'), 'B-LOC');
  assert.equal(tagOf.get('القاهرة'), 'B-LOC');
});

test('tag --conll on a missing file is a one-line error, and without --conll a usage error', () => {
  const missing = runCli(['tag', '--conll', '/nonexistent/test.conll']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^rasid: \/nonexistent\/test\.conll: no such file or directory/);
  const noFlag = runCli(['tag', '-'], 'كلمة\n');
  assert.equal(noFlag.status, 2);
  assert.match(noFlag.stderr, /--conll/);
});
