import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publishingOutlet } from '../../src/analyze/outlet.js';

test('the publishing outlet comes from the URL host, else from the site as its Latin name is written', () => {
  assert.equal(publishingOutlet({ url: 'https://www.skynewsarabia.com/middle-east/1234', site: null }), 'سكاي نيوز عربية');
  assert.equal(publishingOutlet({ url: 'http://arabic.cnn.com/world/article/2018/03/01/x', site: 'CNN' }), 'سي إن إن');
  assert.equal(publishingOutlet({ url: 'http://www.bbc.co.uk/arabic/world-43200000', site: null }), 'بي بي سي');
  assert.equal(publishingOutlet({ url: null, site: 'France 24' }), 'فرانس 24');
  // unknown, malformed or missing: no outlet
  assert.equal(publishingOutlet({ url: 'https://example.org/news/1', site: 'Local Blog' }), null);
  assert.equal(publishingOutlet({ url: 'not a url', site: null }), null);
  assert.equal(publishingOutlet({ url: null, site: null }), null);
});
