import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { RasidError, UsageError } from '../errors.js';
import type { Store, StoredDocument, StoredQuote } from '../store/index.js';
import { writeOut } from './output.js';
import { DB_OPTION_HELP, oneOf, withStoreForReading } from './browse-common.js';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export const EXPORT_WHATS = ['documents', 'entities', 'quotes'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportWhat = (typeof EXPORT_WHATS)[number];

export interface ExportOptions {
  db?: string;
  format: ExportFormat;
  what: ExportWhat;
  out?: string;
  bom?: boolean;
}

const UTF8_BOM = '\uFEFF';

/** One CSV field per RFC 4180: quoted when it holds a comma, a quotation mark or a line break, inner quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, ended by CRLF as RFC 4180 has it. */
export function csvRecord(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** What one export writes: its CSV header, and each item as a CSV record or a JSON value. */
interface Table<T> {
  rows(store: Store): AsyncIterable<T>;
  header: string[];
  csv(item: T): (string | number | null)[];
}

function outlet(doc: StoredDocument): string | null {
  return doc.source.channel?.name ?? doc.source.site ?? null;
}

const DOCUMENTS: Table<StoredDocument> = {
  rows: (store) => store.documents(),
  header: ['id', 'title', 'published', 'source', 'group', 'entities', 'quotes', 'text'],
  csv: (d) => [d.id, d.title, d.published, outlet(d), d.group, d.entities.length, d.quotes.length, d.text],
};

type EntityRow = Store['entityRows'] extends () => AsyncIterable<infer R> ? R : never;
const ENTITIES: Table<EntityRow> = {
  rows: (store) => store.entityRows(),
  header: ['document', 'id', 'type', 'name', 'latin', 'mentions'],
  csv: (e) => [e.document, e.id, e.type, e.name, e.latin, e.mentions],
};

const QUOTES: Table<StoredQuote> = {
  rows: (store) => store.quotes({}),
  header: ['document', 'published', 'source', 'title', 'kind', 'speaker', 'role', 'outlet', 'speaker_entity', 'cue', 'start', 'end', 'text'],
  csv: (q) => [
    q.document,
    q.published,
    q.source,
    q.title,
    q.kind,
    q.speaker?.name ?? null,
    q.speaker?.role ?? null,
    q.speaker?.outlet ?? null,
    q.speaker?.entity ?? null,
    q.cue,
    q.start,
    q.end,
    q.text,
  ],
};

const TABLES: Record<ExportWhat, Table<unknown>> = { documents: DOCUMENTS, entities: ENTITIES, quotes: QUOTES };

export function registerExport(program: Command, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('export the store (documents, entities or quotes) as JSON Lines or CSV, streamed, of any size')
    .addOption(new Option('-f, --format <format>', 'jsonl or csv').argParser(oneOf(EXPORT_FORMATS)).makeOptionMandatory())
    .addOption(new Option('-w, --what <what>', 'documents, entities or quotes').argParser(oneOf(EXPORT_WHATS)).default('documents'))
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--bom', 'start CSV with a UTF-8 byte order mark (Excel then reads Arabic correctly)')
    .addHelpText(
      'after',
      `
What each line or row holds:
  documents  jsonl: the stored document, as \`rasid show ID --format json\` prints it
             csv:   id, title, published, source, group, entities, quotes, text
                    (group: the id of the near-duplicate group's representative;
                     entities, quotes: how many the document has)
  entities   one per document and entity: document, id, type, name, latin, mentions
  quotes     newest first: document, published, source, title, kind, speaker, role, outlet,
             speaker_entity, cue, start, end, text (offsets [start, end) into the document's text)

CSV is RFC 4180: UTF-8, a header row, CRLF line ends, fields with commas, quotation marks or
line breaks in double quotes (inner quotes doubled). Output is written as it is read, so exports
of any size run in little memory.

Examples:
  rasid export --format jsonl > corpus.jsonl
  rasid export --format csv --what quotes --out quotes.csv
  rasid export --format csv --what entities --bom --out entities.csv   # for Excel
  rasid export --format jsonl --db corpus.db | jq -r 'select(.copies | length > 0) | .id'`,
    )
    .action(async (opts: ExportOptions) => {
      setExit(await runExport(opts));
    });
}

/** `rasid export`: every row of one kind, streamed to stdout or a file. Returns the exit status. */
export async function runExport(opts: ExportOptions): Promise<number> {
  return withStoreForReading(opts.db, async (store) => {
    const toFile = opts.out !== undefined && opts.out !== '-';
    if (toFile && resolve(opts.out!) === resolve(store.location)) {
      throw new UsageError(`--out ${opts.out}: that is the store being exported`, 'name another file');
    }
    const sink = toFile ? await FileSink.open(opts.out!) : { write: (chunk: string) => writeOut(process.stdout, chunk) };
    const table = TABLES[opts.what];
    try {
      if (opts.format === 'csv') {
        await sink.write((opts.bom ? UTF8_BOM : '') + csvRecord(table.header));
        for await (const item of table.rows(store)) await sink.write(csvRecord(table.csv(item)));
      } else {
        for await (const item of table.rows(store)) await sink.write(JSON.stringify(item) + '\n');
      }
    } catch (err) {
      if (sink instanceof FileSink) sink.abandon();
      throw err;
    }
    if (sink instanceof FileSink) await sink.close();
    return 0;
  });
}

/**
 * A file written with backpressure. A write error (disk full) can come between two writes: it is
 * kept and thrown at the next write or at close, so an export never stops silently half-way.
 */
class FileSink {
  private failure: Error | null = null;
  private constructor(
    private readonly stream: WriteStream,
    private readonly path: string,
  ) {
    stream.on('error', (err) => (this.failure ??= err));
  }

  /** Opens the file before anything is read, so that a bad path fails at once. */
  static async open(path: string): Promise<FileSink> {
    const stream = createWriteStream(path);
    try {
      await once(stream, 'open');
    } catch (err) {
      throw writeError(path, err);
    }
    return new FileSink(stream, path);
  }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw writeError(this.path, this.failure);
    try {
      await writeOut(this.stream, chunk);
    } catch (err) {
      throw writeError(this.path, err);
    }
  }

  /** Ends the file and waits until it is flushed and closed. */
  async close(): Promise<void> {
    if (this.failure) throw writeError(this.path, this.failure);
    this.stream.end();
    try {
      await finished(this.stream);
    } catch (err) {
      throw writeError(this.path, err);
    }
  }

  abandon(): void {
    this.stream.destroy();
  }
}

function writeError(path: string, err: unknown): RasidError {
  const e = err as NodeJS.ErrnoException;
  const reason = e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : e.message;
  return new RasidError('E_WRITE', `${path}: cannot write (${reason})`);
}
