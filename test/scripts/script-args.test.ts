import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptArgs } from '../../scripts/lib/script-args.js';

/** Runs scriptArgs with console and exit code captured. */
function parse(argv: string[], spec = { flags: ['--verbose'], valued: ['--gold'], positional: 1 }) {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  const code = process.exitCode;
  console.log = (s: string) => out.push(s);
  console.error = (s: string) => err.push(s);
  try {
    const args = scriptArgs('eval-x', 'Usage: eval-x [--verbose] [--gold FILE] [DIR]', spec, argv);
    return { args, out, err, exitCode: process.exitCode };
  } finally {
    console.log = log;
    console.error = error;
    process.exitCode = code;
  }
}

test('script arguments: flags, valued options and positionals are read; --help prints the usage and stops', () => {
  const ok = parse(['--verbose', '--gold', 'g.jsonl', 'data']);
  assert.deepEqual([...ok.args!], [['--verbose', true], ['--gold', 'g.jsonl'], ['0', 'data']]);
  const help = parse(['--gold', 'x', '-h']);
  assert.equal(help.args, null);
  assert.match(help.out.join('\n'), /^Usage: eval-x/);
  assert.equal(help.exitCode, undefined);
});

test('script arguments: a typo, a missing value or an extra argument is one line naming the script, exit status 2', () => {
  for (const [argv, reason] of [[['--verbos'], /unknown option '--verbos'/], [['--gold'], /--gold needs a value/], [['--gold', '--verbose'], /--gold needs a value/], [['a', 'b'], /unexpected argument 'b'/]] as const) {
    const r = parse([...argv]);
    assert.equal(r.args, null);
    assert.equal(r.err.length, 1);
    assert.match(r.err[0], /^eval-x: /);
    assert.match(r.err[0], reason);
    assert.equal(r.exitCode, 2);
  }
});
