/**
 * The scripts' argument check: `--help` or `-h` prints the usage; an option the script does not
 * know, an option without its value, or too many positional arguments is a one-line error (exit
 * status 2) before any work, so a typo never starts a long run or silently runs another one.
 */
export interface ScriptOptions {
  /** options without a value (`--verbose`) */
  flags?: readonly string[];
  /** options followed by a value (`--gold FILE`) */
  valued?: readonly string[];
  /** how many arguments that are not options the script takes */
  positional?: number;
}

/** The parsed arguments, or null when the script should stop (help printed, or an error reported). */
export function scriptArgs(name: string, usage: string, spec: ScriptOptions = {}, argv: readonly string[] = process.argv.slice(2)): Map<string, string | true> | null {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage.trim());
    return null;
  }
  const out = new Map<string, string | true>();
  let positional = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (spec.flags?.includes(a)) out.set(a, true);
    else if (spec.valued?.includes(a)) {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) return fail(name, `option ${a} needs a value`);
      out.set(a, argv[++i]);
    } else if (a.startsWith('-')) return fail(name, `unknown option '${a}'`);
    else if (positional < (spec.positional ?? 0)) out.set(String(positional++), a);
    else return fail(name, `unexpected argument '${a}'`);
  }
  return out;
}

function fail(name: string, reason: string): null {
  console.error(`${name}: ${reason} (see --help)`);
  process.exitCode = 2;
  return null;
}
