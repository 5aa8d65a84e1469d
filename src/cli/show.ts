import { Command, Option } from 'commander';
import { RasidError, UsageError } from '../errors.js';
import type { Store, StoredDocument } from '../store/index.js';
import { writeOut } from './output.js';
import { clip, DB_OPTION_HELP, oneOf, oneLine, outputWidth, renderTable, shortDate, shortId, withStoreForReading } from './browse-common.js';

export const SHOW_FORMATS = ['text', 'json'] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];

export interface ShowOptions {
  db?: string;
  format: ShowFormat;
  /** Print the body text too (text format). */
  text?: boolean;
}

/** A group's copies listed with their titles; a syndicated story can have hundreds, so the rest are counted. */
const MAX_COPIES_LISTED = 20;

export function registerShow(program: Command, setExit: (code: number) => void): void {
  program
    .command('show')
    .description('show one stored document: source, date, near-duplicate group, entities, quotes and dates')
    .argument('<id>', 'a document id, or its first 6 or more hex digits')
    .option('--db <path>', DB_OPTION_HELP)
    .addOption(new Option('-f, --format <format>', 'text (for people) or json (the stored document)').argParser(oneOf(SHOW_FORMATS)).default('text'))
    .option('--text', 'also print the body text (text format)')
    .addHelpText(
      'after',
      `
Output:
  text   title, source, published, the near-duplicate group (its representative and copies),
         entities with mention counts, quotes as "speaker (role): text" lines, dates
  json   the stored document: the fields of \`rasid analyze --format json\` plus
         "group" (the representative's id), "copies" (the group's other ids) and "ingestedAt"

Ids are 64 hex digits; \`rasid search\`, \`rasid quotes\` and \`rasid export\` print them (or their
first 12 digits, which are enough).

Exit status: 0 shown, 1 no such document or no store, 2 usage error (an id that is not hex).

Examples:
  rasid show 3f2a9c01d4e7
  rasid show 3f2a9c01d4e7 --text --db corpus.db
  rasid show 3f2a9c01d4e7 --format json | jq '.quotes[] | {speaker: .speaker.name, text}'`,
    )
    .action(async (id: string, opts: ShowOptions) => {
      setExit(await runShow(id, opts));
    });
}

/** `rasid show ID`: one document, by id or unambiguous prefix. Returns the exit status. */
export async function runShow(id: string, opts: ShowOptions): Promise<number> {
  const wanted = id.trim();
  if (!/^[0-9a-f]{6,64}$/i.test(wanted)) {
    throw new UsageError(`"${id}" is not a document id`, 'ids are 64 hex digits; the first 6 or more are enough');
  }
  return withStoreForReading(opts.db, async (store) => {
    const doc = await store.getDocument(wanted);
    if (!doc) throw new RasidError('E_NO_DOCUMENT', `${id}: no such document`);
    if (opts.format === 'json') await writeOut(process.stdout, JSON.stringify(doc, null, 2) + '\n');
    else await writeOut(process.stdout, await formatStoredDocument(doc, store, { text: opts.text ?? false }));
    return 0;
  });
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(11)} ${value}\n`;
}

/** Where the document came from, as one line: outlet or channel, then the file (and line) or URL. */
export function sourceLine(doc: StoredDocument): string {
  const s = doc.source;
  const outlet = s.channel?.name ?? s.site;
  const where = s.url ?? (s.path ? `${s.path}${s.line !== undefined ? `:${s.line}` : s.index !== undefined ? `#${s.index + 1}` : ''}` : null);
  return [outlet, where ? `${where} (${s.format})` : s.format].filter(Boolean).join(' · ');
}

/** The readable view of one stored document. Reads the titles of its group's other members. */
export async function formatStoredDocument(doc: StoredDocument, store: Store, opts: { text: boolean }): Promise<string> {
  const width = outputWidth();
  let out = `── ${doc.title ? oneLine(doc.title) : '(no title)'}\n`;
  out += row('id', doc.id);
  out += row('source', sourceLine(doc));
  out += row('published', doc.published ?? '—');
  if (doc.author) out += row('author', doc.author);
  out += row('ingested', doc.ingestedAt);

  // the near-duplicate group: who represents it and which copies it holds
  if (doc.copies.length === 0) {
    out += row('group', 'no near-duplicates');
  } else {
    const isRep = doc.group === doc.id;
    const size = doc.copies.length + 1;
    out += row('group', `${size} near-duplicates · representative ${isRep ? 'this document' : shortId(doc.group)}`);
    const members = doc.copies.slice(0, MAX_COPIES_LISTED);
    const rows: string[][] = [];
    for (const id of members) {
      const copy = await store.getDocument(id);
      const mark = id === doc.group ? 'rep' : 'copy';
      rows.push([mark, shortId(id), shortDate(copy?.published ?? null), copy ? [copy.source.channel?.name ?? copy.source.site, copy.title].filter(Boolean).join(' · ') : '']);
    }
    const table = renderTable([{ header: '' }, { header: 'ID' }, { header: 'PUBLISHED' }, { header: 'SOURCE · TITLE', max: width - 44 }], rows);
    for (const line of table.split('\n').slice(1, -1)) out += `              ${line}\n`;
    if (doc.copies.length > members.length) out += `              … and ${doc.copies.length - members.length} more\n`;
  }

  if (doc.caption) out += row('caption', clip(doc.caption, width - 14));
  if (doc.lead) out += row('lead', clip(doc.lead, width - 14));
  out += row('body', `${doc.text.length} characters`);

  const entities = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  out += `\nentities (${entities.length})\n`;
  if (entities.length) {
    const table = renderTable(
      [{ header: 'MENTIONS', align: 'right' }, { header: 'TYPE' }, { header: 'NAME', max: 40 }, { header: 'LATIN', max: 40 }],
      entities.map((e) => [String(e.mentions.length), e.type, e.name, e.latin ?? '—']),
    );
    out += indent(table);
  }

  out += `\nquotes (${doc.quotes.length})\n`;
  for (const q of doc.quotes) out += `  ${quoteLine(q, width * 2)}\n`;

  out += `\ndates (${doc.dates.length})\n`;
  for (const d of doc.dates) out += `  ${oneLine(d.text)} → ${d.value ?? '?'}\n`;

  if (opts.text) out += `\ntext\n${doc.text}\n`;
  return out;
}

/** "speaker (role): text", a direct quote in quotation marks; clipped to `width` cells. */
export function quoteLine(q: StoredDocument['quotes'][number], width: number): string {
  const sp = q.speaker;
  const who = sp?.name ?? (sp?.role ? '' : '(unattributed)');
  const role = sp?.role ? `${who ? ' ' : ''}(${oneLine(sp.role)})` : '';
  const outlet = sp?.outlet ? ` to ${sp.outlet}` : '';
  const text = q.kind === 'direct' ? `“${oneLine(q.text)}”` : oneLine(q.text);
  return clip(`${who}${role}${outlet}: ${text}`, width);
}

function indent(table: string): string {
  return table
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => `  ${l}\n`)
    .join('');
}
