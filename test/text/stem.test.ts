import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lightStem } from '../../src/text/stem.js';

test('inflected and cliticized forms of a noun share a light stem', () => {
  const stem = lightStem('انشقاق');
  assert.equal(lightStem('وانشقاقات'), stem);
  assert.equal(lightStem('الانشقاقات'), stem);
  assert.equal(lightStem('والانشقاقات'), stem);
});

test('hamza spelling variants share a light stem', () => {
  assert.equal(lightStem('أمريكا'), lightStem('امريكا'));
  assert.equal(lightStem('الحكومة'), lightStem('حكومة'));
});

test('short words are not stripped to nothing', () => {
  assert.equal(lightStem('ان'), 'ان');
  assert.equal(lightStem('وهو'), 'وهو'.length >= 4 ? 'هو' : 'وهو');
});
