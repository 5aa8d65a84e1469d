/**
 * Errors a user can act on. `code` is stable (for scripts and docs), `message` is one line that
 * names the input and the reason, `hint` says what to do. The CLI prints these without a stack.
 */
export class RasidError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  constructor(code: string, message: string, hint?: string) {
    super(printable(message));
    this.name = 'RasidError';
    this.code = code;
    this.hint = hint;
  }
}

/** Control characters (a NUL quoted from binary input, a newline) shown as escapes: a message stays one readable line. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One input (file, line, record) that cannot be read or parsed; the others go on. */
export class InputError extends RasidError {
  readonly input: string;
  constructor(input: string, code: string, reason: string, hint?: string) {
    super(code, `${input}: ${reason}`, hint);
    this.name = 'InputError';
    this.input = input;
  }
}

/** Wrong command-line use: exit status 2. */
export class UsageError extends RasidError {
  constructor(message: string, hint?: string) {
    super('E_USAGE', message, hint);
    this.name = 'UsageError';
  }
}
