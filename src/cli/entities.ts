import { Command, Option } from 'commander';
import { writeOut } from './output.js';
import { DB_OPTION_HELP, oneOf, outputWidth, parseLimit, renderTable, withStoreForReading } from './browse-common.js';
import { ENTITY_TYPES } from '../doc/json.js';

export const ENTITIES_FORMATS = ['table', 'json'] as const;

export interface EntitiesOptions {
  db?: string;
  type?: (typeof ENTITY_TYPES)[number];
  limit: number;
  format: (typeof ENTITIES_FORMATS)[number];
}

export function registerEntities(program: Command, setExit: (code: number) => void): void {
  program
    .command('entities')
    .description('list the top entities of the store, merged across documents by canonical name')
    .option('--db <path>', DB_OPTION_HELP)
    .addOption(new Option('-t, --type <type>', 'only this type: PER, ORG, LOC or MISC').argParser(oneOf(ENTITY_TYPES)))
    .addOption(new Option('-n, --limit <n>', 'how many (0: all)').argParser(parseLimit).default(30))
    .addOption(new Option('-f, --format <format>', 'table (for people) or json').argParser(oneOf(ENTITIES_FORMATS)).default('table'))
    .addHelpText(
      'after',
      `
Entities with the same canonical name and type are one row however many documents name them.
Counts:
  MENTIONS  every place the entity is named, in all documents
  DOCS      documents that name it
  GROUPS    near-duplicate groups that name it: a wire story reprinted ten times counts once.
            Rows are ranked by GROUPS, then MENTIONS.

json prints an array of {"name", "type", "latin", "mentions", "documents", "groups"}.

Examples:
  rasid entities
  rasid entities --type PER --limit 10
  rasid entities --type org --format json --db corpus.db | jq -r '.[].name'`,
    )
    .action(async (opts: EntitiesOptions) => {
      setExit(await runEntities(opts));
    });
}

/** `rasid entities`: the store's top entities. Returns the exit status. */
export async function runEntities(opts: EntitiesOptions): Promise<number> {
  return withStoreForReading(opts.db, async (store) => {
    const top = await store.topEntities({ limit: opts.limit === 0 ? Number.MAX_SAFE_INTEGER : opts.limit, ...(opts.type ? { type: opts.type } : {}) });
    const out = process.stdout;
    if (opts.format === 'json') {
      await writeOut(out, top.length === 0 ? '[]\n' : '[\n' + top.map((e) => '  ' + JSON.stringify(e)).join(',\n') + '\n]\n');
      return 0;
    }
    if (top.length === 0) {
      await writeOut(out, opts.type ? `no ${opts.type} entities in the store\n` : 'no entities in the store\n');
      return 0;
    }
    const nameWidth = Math.max(20, Math.floor((outputWidth() - 40) / 2));
    const table = renderTable(
      [
        { header: '#', align: 'right' },
        { header: 'TYPE' },
        { header: 'MENTIONS', align: 'right' },
        { header: 'DOCS', align: 'right' },
        { header: 'GROUPS', align: 'right' },
        { header: 'NAME', max: nameWidth },
        { header: 'LATIN', max: nameWidth },
      ],
      top.map((e, i) => [String(i + 1), e.type, String(e.mentions), String(e.documents), String(e.groups), e.name, e.latin ?? '—']),
    );
    await writeOut(out, table);
    return 0;
  });
}
