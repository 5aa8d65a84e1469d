import { InvalidArgumentError } from 'commander';
import { openStore, storeLocation, type Store } from '../store/index.js';

/**
 * What the read-only corpus commands (show, entities, quotes, export) share: opening the store for
 * reading, option parsers, and plain-text tables that stay aligned with Arabic text in them.
 */

export const DB_OPTION_HELP = 'the store: an SQLite file (default: $RASID_DB, else ./rasid.db)';

/**
 * Opens the store for reading (never creating or migrating it), runs `use`, and closes it. A
 * missing store or a file that is not one is the store's own one-line error.
 */
export async function withStoreForReading<T>(db: string | undefined, use: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(storeLocation(db), { readonly: true });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** `--limit N`: a whole number ≥ 0, where 0 means no limit. */
export function parseLimit(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('write a whole number (0 for no limit)');
  return Number(value);
}

/** A commander parser accepting one of `choices`, case-insensitively, returned as written in `choices`. */
export function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value: string) => {
    const found = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
    if (!found) throw new InvalidArgumentError(`use one of: ${choices.join(', ')}`);
    return found;
  };
}

// Characters a terminal draws in no cell: combining marks (Arabic harakat, shadda), format
// characters (ZWJ/ZWNJ, bidi marks and isolates, BOM, soft hyphen) and the C0/C1 controls.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
// East Asian wide and fullwidth forms take two cells (rare in Arabic news, but names of places do occur).
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** How many terminal cells `s` takes (a monospace estimate: one per letter, none for marks). */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Whitespace (newlines included) folded to single spaces, so one value stays on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** `s` on one line, cut to at most `width` cells with … at the end when it was longer. */
export function clip(s: string, width: number): string {
  const flat = oneLine(s);
  if (displayWidth(flat) <= width) return flat;
  let out = '';
  let used = 0;
  for (const ch of flat) {
    const w = ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out.trimEnd() + '…';
}

export function padCells(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

/** How wide a line of text output may be: the terminal's width, or 100 columns when piped. */
export function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? Math.max(60, process.stdout.columns) : 100;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Cells are clipped to this many terminal cells. */
  max?: number;
}

/**
 * A plain-text table: a header row, then one row per item, columns two spaces apart and padded by
 * display width. Put free Arabic text in the last columns: a bidi-aware terminal keeps a row in
 * order when numbers and Latin come first (numbers right after Arabic letters join the RTL run).
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => row.map((cell, i) => (columns[i].max ? clip(cell, columns[i].max!) : oneLine(cell))));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i]))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 && columns[i].align !== 'right' ? cell : padCells(cell, widths[i], columns[i].align)))
      .join('  ')
      .trimEnd() + '\n';
  return line(columns.map((c) => c.header)) + cells.map(line).join('');
}

/** The first characters of a document id: enough to be unique in a large store, and to pass to `rasid show`. */
export const ID_PREFIX = 12;

export function shortId(id: string): string {
  return id.slice(0, ID_PREFIX);
}

/** The date part of an ISO timestamp, or — when there is none. */
export function shortDate(published: string | null): string {
  return published ? published.slice(0, 10) : '—';
}
