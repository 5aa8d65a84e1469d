import { existsSync } from 'node:fs';
import { sharedDataDir } from './lib/shared-data.js';
import { run as runSegmentation } from './eval-segmentation.js';
import { run as runCorpus } from './eval-corpus.js';
import { run as runNer } from './eval-ner.js';
import { run as runTranslit } from './eval-translit.js';
import { run as runQuotes } from './eval-quotes.js';
import { run as runSearch } from './eval-search.js';

/** `npm run eval`: every evaluation that needs ../shared/data, one report after another. */
async function main(): Promise<void> {
  const dataDir = sharedDataDir();
  if (!existsSync(dataDir)) {
    console.log(`eval: skipped: shared data not found at ${dataDir} (set RASID_SHARED_DATA)`);
    return;
  }
  await runSegmentation(dataDir);
  console.log();
  await runCorpus(dataDir);
  console.log();
  await runNer(dataDir);
  console.log();
  await runTranslit(dataDir);
  console.log();
  await runQuotes();
  console.log();
  await runSearch(dataDir, { perQuery: false, unjudged: false, postgres: true });
}

main().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
