import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';

export const BIN = join(PACKAGE_ROOT, 'bin', 'rasid.js');
export const EXAMPLE = join(PACKAGE_ROOT, 'examples', 'article-ar-2024-03-12.txt');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `rasid` command as a user would, in a child process. */
export function runCli(args: string[], input?: string | Buffer): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
