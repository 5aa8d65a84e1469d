import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer, gazetteerKey, type CuratedName } from '../../src/lang/gazetteer.js';

test('the NER features do not see the people list: a name only it has, or its type on a listed name, stays out of the feature types and openings', () => {
  const model = ['norm\ttypes\tlatin\tgender\troles', 'محمد صلاح\tLOC\t\t\t'].join('\n');
  const curated: CuratedName[] = [
    { name: 'جامعة الدول العربية', canonical: 'جامعة الدول العربية', type: 'ORG', latin: 'Arab League', source: 'organizations' },
    { name: 'محمد صلاح', canonical: 'محمد صلاح', type: 'PER', latin: 'Mohamed Salah', source: 'people' },
    { name: 'عبد الملك الحوثي', canonical: 'عبد الملك الحوثي', type: 'PER', latin: 'Abdul-Malik al-Houthi', source: 'people' },
  ];
  const g = buildGazetteer(model, curated);
  const houthi = g.lookup(gazetteerKey('عبد الملك الحوثي'))!;
  assert.deepEqual([houthi.types, houthi.featureTypes, houthi.latin], [['PER'], [], 'Abdul-Malik al-Houthi']);
  const salah = g.lookup(gazetteerKey('محمد صلاح'))!;
  assert.deepEqual([salah.types, salah.featureTypes], [['PER', 'LOC'], ['LOC']]);
  const league = g.lookup(gazetteerKey('جامعة الدول العربية'))!;
  assert.deepEqual(league.featureTypes, ['ORG']);
  // openings: everything for the curated-name pass, not the people-only names for the features
  assert.ok(g.startsName('عبد') && !g.features.startsName('عبد'));
  assert.ok(g.opensName('عبد الملك') && !g.features.opensName('عبد الملك'));
  assert.ok(g.features.startsName('محمد') && g.features.startsName('جامعه'));
});

test('name-list entries share one frozen list per distinct types and roles; a curated name still attaches to its entry alone', () => {
  const model = ['norm\ttypes\tlatin\tgender\troles', 'حلب\tLOC\t\t\t', 'كابول\tLOC\t\t\t', 'سميث\tPER\t\t\tlast', 'بلوم\tPER\t\t\tlast'].join('\n');
  const curated: CuratedName[] = [{ name: 'حلب', canonical: 'حلب', type: 'LOC', latin: 'Aleppo', source: 'cities' }];
  const g = buildGazetteer(model, curated);
  const [smith, bloom, kabul] = ['سميث', 'بلوم', 'كابول'].map((k) => g.lookup(k)!);
  assert.equal(smith.types, bloom.types);
  assert.equal(smith.roles, bloom.roles);
  assert.ok(Object.isFrozen(smith.types) && Object.isFrozen(smith.roles));
  assert.deepEqual([smith.types, smith.roles], [['PER'], ['last']]);
  assert.deepEqual(g.lookup('حلب')!.names.map((n) => n.latin), ['Aleppo']);
  assert.deepEqual([kabul.names, smith.names], [[], []], 'the curated name went to its own entry only');
});
