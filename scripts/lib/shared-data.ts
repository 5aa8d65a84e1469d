import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../../src/package-root.js';

/** ../shared/data beside the repository, or wherever RASID_SHARED_DATA points. */
export function sharedDataDir(): string {
  return resolve(process.env.RASID_SHARED_DATA ?? join(PACKAGE_ROOT, '..', 'shared', 'data'));
}

/** The reference sample article, beside the shared data. */
export function sharedSamplePath(): string {
  return join(sharedDataDir(), '..', 'samples', 'article-ar-2017-08-15.txt');
}

export function haveSharedData(): boolean {
  return existsSync(sharedDataDir());
}

/** True when the calling module was run directly (`node dist/scripts/x.js`), not imported. */
export function isMain(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && importMetaUrl === pathToFileURL(resolve(process.argv[1])).href;
}
