import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameReferent, sameSpeaker } from '../../scripts/eval-quotes.js';

test('quote scoring: a speaker is right by its name, or by the way the article writes its entity', () => {
  // one name's words inside the other's
  assert.ok(sameSpeaker('مايكل سميث', 'سميث'));
  assert.ok(!sameSpeaker('مايكل سميث', 'والي نصر'));
  // the entity is named by the curated list's spelling; the article (and the gold) spell it otherwise
  assert.ok(sameReferent('بنيامين نتانياهو', { speaker: 'بنيامين نتنياهو', written: ['بنيامين نتانياهو', 'نتنياهو'] }));
  // a mention counts only as the whole name: a shared surname is not the same person
  assert.ok(!sameReferent('دونالد ترامب', { speaker: 'إيفانكا ترامب', written: ['إيفانكا ترامب', 'ترامب'] }));
  assert.ok(!sameReferent('بنيامين نتانياهو', { speaker: 'بنيامين نتنياهو', written: [] }));
});

test('quote scoring: a speaker named with or without the article, or in another case of the sound plural, is the same speaker', () => {
  assert.ok(sameSpeaker('علماء', 'العلماء'));
  assert.ok(sameSpeaker('المحللون', 'المحلّلين'));
  assert.ok(sameSpeaker('متحدث باسم شركة American Media Inc', 'متحدث باسم الشركة'));
  assert.ok(!sameSpeaker('الحكومة البريطانية', 'الحكومة الفرنسية'));
});
