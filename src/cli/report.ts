import { RasidError } from '../errors.js';

/** One line per problem on stderr; a hint line when we know what to do; a stack only on request. */
export function reportError(err: unknown, input?: string): void {
  if (err instanceof RasidError) {
    process.stderr.write(`rasid: ${err.message}\n`);
    if (err.hint) process.stderr.write(`  hint: ${err.hint}\n`);
    return;
  }
  const message = err instanceof Error ? err.message : String(err);
  const where = input ? `${input}: ` : '';
  process.stderr.write(`rasid: ${where}internal error: ${message.split('\n')[0]} (run with RASID_DEBUG=1 for details)\n`);
  if (process.env.RASID_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
}

export function reportWarning(input: string, message: string): void {
  process.stderr.write(`rasid: warning: ${input}: ${message}\n`);
}
