import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { langPath } from '../../src/lang/ar/index.js';

test('language data folder resolves from compiled code to src/lang/ar', () => {
  assert.ok(existsSync(langPath('')), langPath(''));
  assert.match(langPath('months.json'), /src[\\/]lang[\\/]ar[\\/]months\.json$/);
});
