import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  MIN_WORDS,
  NUM_HASHES,
  estimateJaccard,
  exactJaccard,
  hashString,
  isNearDuplicate,
  minhashSignature,
  nearDuplicateThreshold,
  shingleHashes,
  signatureFromBytes,
  signatureToBytes,
  textSignature,
  wordHashes,
} from '../../src/dedup/index.js';
import { TATWEEL } from '../../src/text/chars.js';

/** A wire story as the agency sent it (hand-made for these tests). */
const WIRE_STORY = [
  'الرياض - واس',
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة تبوك بسعة ثلاثمائة سرير، وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في مناطق المملكة.',
  'وأوضح المتحدث الرسمي باسم الوزارة أن المستشفى يضم أقساما متخصصة في أمراض القلب والأورام وطب الأطفال، إضافة إلى مركز للطوارئ يعمل على مدار الساعة.',
  'وأشار إلى أن المشروع بلغت تكلفته أكثر من أربعمائة مليون ريال، وأنه سيسهم في تخفيف الضغط على المستشفيات القائمة وتقليص مدة انتظار المرضى.',
  'وأكد أن الوزارة تعمل على استقطاب الكفاءات الطبية الوطنية لتشغيل المستشفى بكامل طاقته خلال الأشهر المقبلة.',
].join('\n');

/** The same story reprinted by an outlet: its own dateline/byline and a signature line at the end. */
const REPRINT = [
  'تبوك - محمد العنزي',
  ...WIRE_STORY.split('\n').slice(1),
  'المصدر: صحيفة اليوم',
].join('\n');

/** The reprint with one sentence reworded as well (its opening and its figure). */
const EDITED_REPRINT = REPRINT.replace(
  'وأشار إلى أن المشروع بلغت تكلفته أكثر من أربعمائة مليون ريال،',
  'وبين أن تكلفة المشروع تجاوزت 400 مليون ريال،',
);

/** Another story on the same topic, from the same agency and with its stock phrases. */
const SAME_TOPIC_STORY = [
  'حائل - واس',
  'أعلنت وزارة الصحة اليوم عن افتتاح مركز جديد لغسيل الكلى في مدينة حائل بسعة خمسين جهازا، وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في مناطق المملكة.',
  'وأوضح المتحدث الرسمي باسم الوزارة أن المركز سيخدم أكثر من ألف مريض سنويا، وأنه مرتبط إلكترونيا بمستشفى الملك خالد في المدينة.',
  'وأكد أن الوزارة تعمل على استقطاب الكفاءات الطبية الوطنية لتشغيل المركز، داعيا المرضى إلى حجز مواعيدهم عبر التطبيق.',
].join('\n');

/** A different story altogether. */
const OTHER_STORY = [
  'حقق فريق الهلال فوزا ثمينا على ضيفه النصر بهدفين مقابل هدف في المباراة التي جمعتهما مساء أمس على ملعب الملك فهد الدولي ضمن الجولة الخامسة من الدوري.',
  'وسجل للهلال مهاجمه في الدقيقة العشرين ثم أضاف زميله الهدف الثاني من ركلة جزاء، فيما أحرز النصر هدفه الوحيد في الوقت بدل الضائع.',
].join('\n');

function sig(text: string): Uint32Array {
  const s = textSignature(text);
  assert.ok(s, 'expected a signature');
  return s;
}

test('identical texts have identical signatures, and a text is its own near-duplicate', () => {
  const a = sig(WIRE_STORY);
  const b = sig(String(WIRE_STORY)); // a different string object with the same content
  assert.equal(a.length, NUM_HASHES);
  assert.deepEqual(a, b);
  assert.equal(estimateJaccard(a, b), 1);
  assert.ok(isNearDuplicate(a, b));
});

test('the same text gives the same signature across calls (deterministic hashing)', () => {
  const first = Array.from(sig(REPRINT));
  for (let i = 0; i < 3; i++) assert.deepEqual(Array.from(sig(REPRINT)), first);
  assert.equal(hashString('واس'), hashString('واس'));
  assert.notEqual(hashString('واس'), hashString('واس', 1));
});

test('a reprint with another first line and an outlet signature is a near-duplicate', () => {
  const exact = exactJaccard(shingleHashes(WIRE_STORY), shingleHashes(REPRINT));
  assert.ok(exact > 0.75, `exact Jaccard ${exact}`);
  assert.ok(isNearDuplicate(sig(WIRE_STORY), sig(REPRINT)), `estimate ${estimateJaccard(sig(WIRE_STORY), sig(REPRINT))}`);
});

test('a reprint that also rewrites one sentence is still a near-duplicate', () => {
  const est = estimateJaccard(sig(WIRE_STORY), sig(EDITED_REPRINT));
  assert.ok(est >= nearDuplicateThreshold, `estimate ${est}`);
  assert.ok(est < estimateJaccard(sig(WIRE_STORY), sig(REPRINT)));
});

test('different stories are not near-duplicates, even on the same topic', () => {
  const same = estimateJaccard(sig(WIRE_STORY), sig(SAME_TOPIC_STORY));
  const other = estimateJaccard(sig(WIRE_STORY), sig(OTHER_STORY));
  // the agency's stock sentences are shared, the story is not
  assert.ok(same > 0 && same < 0.35, `same-topic estimate ${same}`);
  assert.ok(other < 0.1, `other-story estimate ${other}`);
  assert.ok(!isNearDuplicate(sig(WIRE_STORY), sig(SAME_TOPIC_STORY)));
  assert.ok(!isNearDuplicate(sig(WIRE_STORY), sig(OTHER_STORY)));
});

test('alef forms, ta marbuta, tatweel and diacritics do not change the signature', () => {
  const variant = WIRE_STORY.replace(/أ|إ|آ/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/الصحة/g, `الصح${TATWEEL}${TATWEEL}ة`)
    .replace('وزارة', 'وِزَارَةُ')
    .replace('مستشفى', 'مُسْتَشْفًى');
  assert.notEqual(variant, WIRE_STORY);
  assert.deepEqual(sig(variant), sig(WIRE_STORY));
  assert.deepEqual(wordHashes('أَحْمَدُ مدرسة'), wordHashes('احمد مدرسه'));
});

test('punctuation, line breaks and digit forms do not change the signature', () => {
  const a = 'قال الوزير: "إن المشروع كلف 1,500 مليون ريال" في عام 2015، وأضاف أن العمل مستمر.';
  const b = 'قال الوزير إن المشروع\nكلف ١٬٥٠٠ مليون ريال في عام ٢٠١٥ وأضاف - أن العمل مستمر';
  assert.deepEqual(wordHashes(a), wordHashes(b));
  assert.deepEqual(sig(a), sig(b));
  // but numbers are words: a different figure is a different text
  assert.notDeepEqual(wordHashes(a), wordHashes(a.replace('1,500', '2,500')));
});

test('texts with fewer than MIN_WORDS words have no signature', () => {
  assert.equal(textSignature(''), null);
  assert.equal(textSignature(' ،. ... !! '), null);
  assert.equal(textSignature('عاجل'), null);
  const shortText = Array.from({ length: MIN_WORDS }, (_, i) => `كلمة${i}`).join(' ');
  assert.equal(shingleHashes(shortText).length, 1);
  assert.ok(textSignature(shortText));
});

test('shingles are sorted and distinct', () => {
  const s = shingleHashes(`${WIRE_STORY} ${WIRE_STORY}`);
  for (let i = 1; i < s.length; i++) assert.ok(s[i - 1] < s[i]);
  assert.equal(exactJaccard(s, shingleHashes(WIRE_STORY)) > 0.95, true);
});

test('signatures survive a round trip through bytes', () => {
  const s = sig(WIRE_STORY);
  const bytes = signatureToBytes(s);
  assert.equal(bytes.length, 4 * NUM_HASHES);
  assert.deepEqual(signatureFromBytes(bytes), s);
  assert.deepEqual(signatureFromBytes(bytes.subarray(0)), s);
  assert.throws(() => signatureFromBytes(bytes.subarray(1)), RangeError);
});

test('signatures of different sizes cannot be compared', () => {
  const a = minhashSignature([1, 2, 3], 64)!;
  const b = minhashSignature([1, 2, 3], 128)!;
  assert.throws(() => estimateJaccard(a, b), /different lengths/);
  assert.equal(minhashSignature([]), null);
});

/** Two random word sets drawn from one small vocabulary, so their overlap varies widely. */
const wordSets = fc
  .tuple(fc.integer({ min: 10, max: 400 }), fc.integer({ min: 1, max: 0xffffffff }))
  .chain(([vocabulary, salt]) => {
    const word = fc.integer({ min: 0, max: vocabulary - 1 }).map((i) => `كلمة${salt}_${i}`);
    return fc.tuple(fc.uniqueArray(word, { minLength: 1, maxLength: 150 }), fc.uniqueArray(word, { minLength: 1, maxLength: 150 }));
  });

test('the MinHash estimate stays close to the exact Jaccard of random word sets (property)', () => {
  fc.assert(
    fc.property(wordSets, ([wordsA, wordsB]) => {
      const a = new Set(wordsA);
      const b = new Set(wordsB);
      let inter = 0;
      for (const w of a) if (b.has(w)) inter++;
      const exact = inter / (a.size + b.size - inter);
      const est = estimateJaccard(minhashSignature(wordsA.map((w) => hashString(w)))!, minhashSignature(wordsB.map((w) => hashString(w)))!);
      // σ ≤ 0.045 for 128 hashes; 0.2 is over four σ
      return Math.abs(est - exact) <= 0.2;
    }),
    { seed: 1436, numRuns: 300 },
  );
});

test('the estimate is unbiased on average over many set pairs', () => {
  // 200 pairs with exact Jaccard 1/3 each (100 shared of 300): the mean estimate is within 0.01
  let sum = 0;
  for (let p = 0; p < 200; p++) {
    const shared = Array.from({ length: 100 }, (_, i) => hashString(`s${p}_${i}`));
    const onlyA = Array.from({ length: 100 }, (_, i) => hashString(`a${p}_${i}`));
    const onlyB = Array.from({ length: 100 }, (_, i) => hashString(`b${p}_${i}`));
    sum += estimateJaccard(minhashSignature([...shared, ...onlyA])!, minhashSignature([...shared, ...onlyB])!);
  }
  assert.ok(Math.abs(sum / 200 - 1 / 3) < 0.01, `mean estimate ${sum / 200}`);
});
