import { test } from 'node:test';
import assert from 'node:assert/strict';
import { propagateNames, type TaggedWords } from '../../src/analyze/ner-consistency.js';
import { joinFamilyNames, knownWordOf, shedDemonyms, shedPrepositionalTails, splitCoordinatedNames, tagKnownNames, tagNamePairs, tagQuotedOrganisations } from '../../src/analyze/ner-known-names.js';
import { chunks } from '../../src/analyze/bio.js';
import { curatedNames, isDefiniteDemonym, personNameRole } from '../../src/analyze/ner-tagger.js';
import { NerFeatures } from '../../src/analyze/ner-features.js';
import { nerResources } from '../../src/analyze/ner-resources.js';
import { gazetteerKey } from '../../src/lang/gazetteer.js';

const key = (w: string) => w.replace(/^[وبل]/, ''); // a toy clitic stripper for these tests
const doc = (...sentences: [string, string][]): TaggedWords[] =>
  sentences.map(([text, tags]) => ({ words: text.split(' '), tags: tags.split(' ') }));

test('a person named in full is found again by the surname alone, also with a clitic', () => {
  const d = doc(['قال مايكل سميث إن', 'O B-PER I-PER O'], ['وأضاف سميث أن', 'O O O'], ['بحسب لسميث', 'O O']);
  propagateNames(d, key);
  assert.deepEqual(d[1].tags, ['O', 'B-PER', 'O']);
  assert.deepEqual(d[2].tags, ['O', 'B-PER']);
});

test('a surname the training text mostly leaves untagged does not stand alone', () => {
  const d = doc(['قال والي نصر إن', 'O B-PER I-PER O'], ['حقق الجيش نصر كبيرا', 'O O O O']);
  propagateNames(d, key, (k) => k !== 'نصر');
  assert.deepEqual(d[1].tags, ['O', 'O', 'O', 'O']);
});

test('a surname alone that the tagger took for a place is the person; a listed place is not', () => {
  const d = doc(['قالت ماريا العبدة إن', 'O B-PER I-PER O'], ['وكشفت العبدة أن', 'O B-LOC O'], ['وأضافت العبدة ،', 'O B-ORG O']);
  propagateNames(d, key);
  assert.deepEqual(d[1].tags, ['O', 'B-PER', 'O']);
  assert.deepEqual(d[2].tags, ['O', 'B-PER', 'O']);
  // a name the tagger ran on into a listed place ("محمد صادق نيويورك") leaves the place alone
  const run = doc(['محمد صادق نيويورك :', 'B-PER I-PER I-PER O'], ['في نيويورك أمس', 'O B-LOC O']);
  propagateNames(run, key, undefined, undefined, undefined, (w) => w === 'نيويورك');
  assert.deepEqual(run[1].tags, ['O', 'B-LOC', 'O']);
});

test('a surname written in two words joins its person ("أو كونور" after "أوكونور")', () => {
  const d = doc(['قال طوم أوكونور إن', 'O B-PER I-PER O'], ['كما يلفت أو كونور ،', 'O O O O O']);
  propagateNames(d, key);
  assert.deepEqual(d[1].tags, ['O', 'O', 'B-PER', 'I-PER', 'O']);
});

test('a word tagged in most of its occurrences is tagged in the rest; one tagged in a minority is not', () => {
  const d = doc(['زار رامسفيلد كابول', 'O B-PER B-LOC'], ['قال رامسفيلد', 'O B-PER'], ['لأن رامسفيلد سلك', 'O O O'], ['قاعدة كبيرة', 'B-ORG O'], ['قاعدة صغيرة', 'O O'], ['قاعدة ثالثة', 'O O']);
  propagateNames(d, key);
  assert.deepEqual(d[2].tags, ['O', 'B-PER', 'O']);
  assert.deepEqual(d[4].tags, ['O', 'O']);
});

test('a multi-word name recurring untagged is tagged whole', () => {
  const d = doc(['أعلنت جامعة جورجيا الحكومية', 'O B-ORG I-ORG I-ORG'], ['في جامعة جورجيا الحكومية', 'O O O O']);
  propagateNames(d, key);
  assert.deepEqual(d[1].tags, ['O', 'B-ORG', 'I-ORG', 'I-ORG']);
});

test('curated names fill only what the model left untagged, longest match first', () => {
  const known = new Map([['الولايات المتحدة', 'LOC'], ['داعش', 'ORG'], ['الولايات', 'LOC']]);
  const d = doc(['بين الولايات المتحدة وداعش', 'O O O O'], ['قال داعش', 'O B-PER']);
  tagKnownNames(d, (ws) => ws.map(key).join(' '), { typeOf: (k) => known.get(k), startsName: (k) => k === 'الولايات', opensName: (k) => k === 'الولايات المتحدة' });
  assert.deepEqual(d[0].tags, ['O', 'B-LOC', 'I-LOC', 'B-ORG']);
  assert.deepEqual(d[1].tags, ['O', 'B-PER'], 'the model is never overridden');
});

test('a curated name completes a name of two words or more the model began, and nothing else', () => {
  const known = new Map([['جامعة جورجيا الحكومية', 'ORG'], ['مكة المكرمة', 'LOC'], ['قطاع غزة', 'LOC']]);
  const first = new Set(['جامعة', 'مكة', 'قطاع']);
  const d = doc(
    ['من جامعة جورجيا الحكومية ،', 'O B-ORG I-ORG O O'],
    ['في مكة المكرمة', 'O B-LOC O'],
    ['في قطاع غزة', 'O O B-LOC'],
    ['جامعة جورجيا الحكومية', 'B-ORG I-ORG I-ORG'],
  );
  const firstTwo = new Set([...known.keys()].map((k) => k.split(' ').slice(0, 2).join(' ')));
  tagKnownNames(d, (ws) => ws.map(key).join(' '), { typeOf: (k) => known.get(k), startsName: (k) => first.has(k), opensName: (k) => firstTwo.has(k) });
  assert.deepEqual(d[0].tags, ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  assert.deepEqual(d[1].tags, ['O', 'B-LOC', 'O'], 'a one-word name is not lengthened');
  assert.deepEqual(d[2].tags, ['O', 'O', 'B-LOC'], 'nor one the model began later');
  assert.deepEqual(d[3].tags, ['B-ORG', 'I-ORG', 'I-ORG']);
});

test('a curated name inside a longer one the model tagged and the lists know does not split it', () => {
  const known = new Map([['منظمة العفو الدولية', 'ORG'], ['العفو الدولية', 'ORG']]);
  const first = new Set(['منظمة', 'العفو']);
  const firstTwo = new Set(['منظمة العفو', 'العفو الدولية']);
  const lists = { typeOf: (k: string) => known.get(k), startsName: (k: string) => first.has(k), opensName: (k: string) => firstTwo.has(k) };
  const d = doc(['وقالت منظمة العفو الدولية إن', 'O B-ORG I-ORG I-ORG O']);
  tagKnownNames(d, (ws) => ws.map(key).join(' '), lists);
  assert.deepEqual(d[0].tags, ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  // a name the model ran on into a curated one still gives it up ("ديمة لبي" + "بي سي")
  const run = doc(['قالت مصادر العفو الدولية إن', 'O B-ORG I-ORG I-ORG O']);
  tagKnownNames(run, (ws) => ws.map(key).join(' '), lists);
  assert.deepEqual(run[0].tags, ['O', 'B-ORG', 'B-ORG', 'I-ORG', 'O']);
});

test('a listed person whose surname alone the model tagged takes the first name too; a listed place does not', () => {
  const known = new Map([['إدوار فيليب', 'PER'], ['قطاع غزة', 'LOC']]);
  const lists = { typeOf: (k: string) => known.get(k), startsName: (k: string) => k === 'إدوار' || k === 'قطاع', opensName: (k: string) => known.has(k) };
  const d = doc(['رئيس الحكومة ، إدوار فيليب ، عن', 'O B-ORG O O B-PER O O'], ['في قطاع غزة', 'O O B-LOC'], ['إدوار فيليب مارتن', 'O B-PER I-PER']);
  tagKnownNames(d, (ws) => ws.map(key).join(' '), lists);
  assert.deepEqual(d[0].tags, ['O', 'B-ORG', 'O', 'B-PER', 'I-PER', 'O', 'O']);
  assert.deepEqual(d[1].tags, ['O', 'O', 'B-LOC']);
  assert.deepEqual(d[2].tags, ['O', 'B-PER', 'I-PER'], 'not when the model\'s person runs on past the listed name');
});

test('a listed person whose first word alone the model tagged, as anything, takes the rest; a listed place does not', () => {
  const known = new Map([['عبد الملك الحوثي', 'PER'], ['قطاع غزة', 'LOC']]);
  const lists = { typeOf: (k: string) => known.get(k), startsName: (k: string) => k === 'عبد' || k === 'قطاع', opensName: (k: string) => k === 'عبد الملك' || k === 'قطاع غزة' };
  const d = doc(['في اليمن عبد الملك الحوثي مقاتليه', 'O B-LOC B-LOC O O O'], ['في قطاع غزة', 'O B-LOC O'], ['عبد الملك الحوثي', 'B-PER I-PER O']);
  tagKnownNames(d, (ws) => ws.map(key).join(' '), lists);
  assert.deepEqual(d[0].tags, ['O', 'B-LOC', 'B-PER', 'I-PER', 'I-PER', 'O']);
  assert.deepEqual(d[1].tags, ['O', 'B-LOC', 'O']);
  // (two words the model tagged lengthen to the listed name as before)
  assert.deepEqual(d[2].tags, ['B-PER', 'I-PER', 'I-PER']);
});

test('a person\'s name does not open with a nationality: the demonym the model ran the name over is O', () => {
  const demonyms = new Set(['البرازيلي', 'والبرازيلي', 'المصري']);
  const d = doc(['والبرازيلي مارسيلو لاعب', 'B-PER I-PER O'], ['المصري حسين السيد', 'B-PER I-PER I-PER'], ['المصري', 'B-PER'], ['الشيخ حسين', 'B-PER I-PER']);
  shedDemonyms(d, (w) => demonyms.has(w));
  assert.deepEqual(d.map((s) => s.tags), [['O', 'B-PER', 'O'], ['O', 'B-PER', 'I-PER'], ['B-PER'], ['B-PER', 'I-PER']]);
  // the tagger's test: countries.tsv's demonyms, with the article, after و/ف too
  assert.deepEqual(['البرازيلي', 'والمصري', 'السورية', 'برازيلي', 'الشيخ'].map(isDefiniteDemonym), [true, true, true, false, false]);
});

test('a person\'s name does not go on into a word with لل (بن علي يلدريم للصحفيين); a name with لل as its own first word stays', () => {
  const d = doc(['وقال بن علي يلدريم للصحفيين إن', 'O B-PER I-PER I-PER I-PER O'], ['ووجه بن سعد شكره للوليد بن طلال', 'O B-PER I-PER I-PER I-PER I-PER I-PER'], ['للزركلي كتاب', 'B-PER O']);
  shedPrepositionalTails(d);
  assert.deepEqual(d.map((s) => s.tags), [['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O'], ['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER'], ['B-PER', 'O']]);
});

test('a curated name may open with its first word as written, where a letter of it reads as a proclitic', () => {
  // the segmenter reads بان as ب + ان and وكالة as و + ك + الة: the listed key of the first word loses letters
  const known = new Map([['بان كي مون', 'PER'], ['وكالة الأنباء السعودية', 'ORG'], ['غزة', 'LOC']]);
  const lists = { typeOf: (k: string) => known.get(k), startsName: (k: string) => k === 'بان' || k === 'وكالة', opensName: (k: string) => k === 'بان كي' || k === 'وكالة الأنباء' };
  const listed = (ws: readonly string[]) => ws.map((w, i) => (i === 0 ? w.replace(/^(ب|وك)/, '') : w)).join(' ');
  const written = (ws: readonly string[]) => ws.join(' ');
  const d = doc(['السابق بان كي مون ,', 'O O O O O'], ['وقالت وكالة الأنباء السعودية إن', 'O O O O O'], ['بغزة', 'O']);
  tagKnownNames(d, listed, lists);
  assert.deepEqual(d[0].tags, ['O', 'O', 'O', 'O', 'O'], 'without the written key the names are not found');
  tagKnownNames(d, listed, lists, written);
  assert.deepEqual(d[0].tags, ['O', 'B-PER', 'I-PER', 'I-PER', 'O']);
  assert.deepEqual(d[1].tags, ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  assert.deepEqual(d[2].tags, ['B-LOC'], 'a one-word name keeps its listed key: بغزة is غزة');
});

test('و + a known name inside a person opens a person of its own; a name that starts with و stays', () => {
  const names = new Set(['رايس', 'جورج', 'بوش', 'وليد', 'ليد']);
  const isWaName = (w: string) => w.length > 3 && w[0] === 'و' && names.has(w.slice(1)) && !names.has(w);
  const d = doc(['جورج بوش ورايس', 'B-PER I-PER I-PER'], ['جورج وليد', 'B-PER I-PER'], ['ورايس', 'B-PER']);
  splitCoordinatedNames(d, isWaName);
  assert.deepEqual(d.map((s) => s.tags), [['B-PER', 'I-PER', 'B-PER'], ['B-PER', 'I-PER'], ['B-PER']]);
});

test('a known first name, as written, before a surname the model tagged alone joins the person', () => {
  const first = new Set(['طلعت', 'سالم', 'صالح']);
  const roleOf = (w: string) => ({ first: first.has(w.replace(/^ل/, '')), last: false });
  const d = doc(['وكان طلعت زكريا قد', 'O O B-PER O'], ['التقى سالم ويوسف', 'O O B-PER'], ['لصالح شوماخر', 'O B-PER']);
  tagNamePairs(d, roleOf, () => false, (w) => first.has(w));
  assert.deepEqual(d[0].tags, ['O', 'B-PER', 'I-PER', 'O']);
  assert.deepEqual(d[1].tags, ['O', 'O', 'B-PER'], 'not a coordinated name');
  assert.deepEqual(d[2].tags, ['O', 'B-PER'], '"in favour of", not صالح');
});

test('a family name joined by آل after a person\'s name belongs to it', () => {
  const d = doc(['الشيخ حمد بن خليفة آل ثاني أمير', 'O B-PER I-PER I-PER O O O'], ['وفد من آل سعود', 'O O O B-PER'], ['قال حمد آل الثاني', 'O B-PER O B-PER I-PER']);
  joinFamilyNames(d, (w) => (w === 'آل' ? 'any' : null));
  assert.deepEqual(d[0].tags, ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O']);
  assert.deepEqual(d[1].tags, ['O', 'O', 'O', 'B-PER'], 'no person before it');
  assert.deepEqual(d[2].tags, ['O', 'B-PER', 'O', 'B-PER', 'I-PER'], 'nor into a longer name');
});

test('ولد joins a Mauritanian family name, only before a known name: it is also "was born"', () => {
  const names = new Set(['عبد', 'العزيز', 'محمد']);
  const d = doc(['الرئيس محمد ولد عبد العزيز في', 'O B-PER O O O O'], ['وكان فينسنزو ولد عام 1950', 'O B-PER O O O'], ['أحمد ولد في القاهرة', 'B-PER O O B-LOC'], ['وعبد الرحمان ولد محمد حمودي ولد داف', 'B-PER I-PER O B-PER I-PER O B-PER']);
  joinFamilyNames(d, (w) => (w === 'ولد' ? 'name' : null), (w) => names.has(w));
  assert.deepEqual(d.map((s) => s.tags), [
    ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O'],
    ['O', 'B-PER', 'O', 'O', 'O'],
    ['B-PER', 'O', 'O', 'B-LOC'],
    ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER'],
  ]);
});

test('a known first name followed by a known surname is a person', () => {
  const d = doc(['تقوم ميا بلوم بمتابعة', 'O O O O']);
  tagNamePairs(d, (w) => ({ first: w === 'ميا', last: w === 'بلوم' }));
  assert.deepEqual(d[0].tags, ['O', 'B-PER', 'I-PER', 'O']);
});

test('a first name that is also a common noun pairs only with a surname the model took for a name', () => {
  const d = doc(
    ['يقول والي نصر ،', 'O O B-LOC O'],
    ['قال والي نصر إن', 'O O O O'],
    ['والي نصر الدين', 'O B-LOC I-LOC'],
  );
  tagNamePairs(d, (w) => ({ first: w === 'والي', last: w === 'نصر' }), () => true);
  assert.deepEqual(d[0].tags, ['O', 'B-PER', 'I-PER', 'O'], 'the model tagged نصر alone: a person with the first name before it');
  assert.deepEqual(d[1].tags, ['O', 'O', 'O', 'O'], 'two common words the model left untagged stay untagged');
  assert.deepEqual(d[2].tags, ['O', 'B-LOC', 'I-LOC'], 'a longer name is not cut');
});

test('BIO chunks are read as conlleval reads them', () => {
  assert.deepEqual(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'LOC' },
    { start: 6, end: 7, type: 'ORG' },
  ]);
});

test('a known surname run on into the following words is cut back to the surname', () => {
  const d = doc(['تقوم ميا بلوم بمتابعة', 'O B-PER I-PER O'], ['وتلفت بلوم لوسيلتين يعتمد', 'O B-PER I-PER O']);
  propagateNames(d, key);
  assert.deepEqual(d[1].tags, ['O', 'B-PER', 'O', 'O']);
});

test('curated names are looked up as written: "قاهرة" (compelling) is not القاهرة (Cairo)', () => {
  const known = curatedNames();
  assert.equal(known.typeOf(gazetteerKey('القاهرة')), 'LOC');
  assert.equal(known.typeOf(gazetteerKey('قاهرة')), undefined);
});

test('a one-word curated name that news also writes as a common word without the article is left to the model', () => {
  const known = curatedNames();
  // القمر (the moon), الباب (the door), الأقصر ("shorter" as أقصر): the bare forms are everyday words
  for (const word of ['القمر', 'الباب', 'الأقصر']) assert.equal(known.typeOf(gazetteerKey(word)), undefined, word);
  // الكرملين، الحجاز: never written without the article; الأوروغواي: its bare form is the same name
  assert.equal(known.typeOf(gazetteerKey('الكرملين')), 'ORG');
  assert.equal(known.typeOf(gazetteerKey('الحجاز')), 'LOC');
  assert.equal(known.typeOf(gazetteerKey('الأوروغواي')), 'LOC');
  // organisations keep it: القاعدة is also "the base", but the group is what users follow
  assert.equal(known.typeOf(gazetteerKey('القاعدة')), 'ORG');
});

test('a first name given with one surname only is that person when it comes back alone; shared by two, it is left', () => {
  const d = doc(['رسوم ديمة نشاوي جميلة', 'O B-PER I-PER O'], ['تقول ديمة إن', 'O O O']);
  propagateNames(d, key);
  assert.deepEqual(d[1].tags, ['O', 'B-PER', 'O']);
  const two = doc(['قال محمد علي و محمد حسن', 'O B-PER I-PER O B-PER I-PER'], ['وأضاف محمد أن', 'O O O']);
  propagateNames(two, key);
  assert.deepEqual(two[1].tags, ['O', 'O', 'O']);
});

test('a name in quotation marks right after an organisation head is an organisation, also a place\'s name (صحيفة "الشرق الأوسط"); a quoted phrase elsewhere is not', () => {
  const d = doc(
    ['قالت منظمة " أنقذوا الأطفال " إن', 'O O O O O O O'],
    ['وصف الهجوم بأنه " عمل جبان "', 'O O O O O O O'],
    ['أصدرت حركة " النجوم الخمسة " بيانا', 'O O O O O O O'],
    ['ونسبت صحيفة " الشرق الأوسط " إلى', 'O O O B-LOC I-LOC O O'],
  );
  tagQuotedOrganisations(d, (w) => w === 'منظمة' || w === 'حركة' || w === 'صحيفة');
  assert.deepEqual(d.map((s) => s.tags.join(' ')), [
    'O O O B-ORG I-ORG O O',
    'O O O O O O O',
    'O O O B-ORG I-ORG O O',
    'O O O B-ORG I-ORG O O',
  ]);
});

test('a quoted name that opens with an organisation head is an organisation; a quoted phrase that does not is left', () => {
  const d = doc(['ذكر تقرير نشره " مركز أبحاث الأراضي " في القدس', 'O O O O O O O O O B-LOC'], ['وصف الوضع بأنه " مركز الأزمة " و " كارثة كبرى "', 'O O O O O O O O O O O O']);
  tagQuotedOrganisations(d, (w) => w === 'مركز');
  assert.deepEqual(d[0].tags, ['O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-LOC']);
  assert.deepEqual(d[1].tags.slice(8), ['O', 'O', 'O', 'O'], 'no head, no organisation');
});

test('a straight quotation mark that closes a quote opens no quoted organisation name', () => {
  const d = doc(['وأعلن الحزب المعارض الخميس " التعليق المؤقت للأنشطة " للحزب بسبب ما وصفه بأنه " تصاعد القمع "', 'O O O O O O O O O O O O O O O O O O']);
  tagQuotedOrganisations(d, (w) => w === 'للحزب' || w === 'الحزب');
  assert.deepEqual(d[0].tags, new Array(18).fill('O'));
});

test('a listed person inside a longer person the model tagged is the father in the name: it does not split it', () => {
  const known = new Map([['محمد بن راشد آل مكتوم', 'PER'], ['محمد خاتمي', 'PER']]);
  const lists = { typeOf: (k: string) => known.get(k), startsName: (k: string) => k === 'محمد', opensName: (k: string) => k === 'محمد بن' || k === 'محمد خاتمي' };
  const d = doc(['الشيخ راشد بن محمد بن راشد آل مكتوم وصل', 'O B-PER I-PER I-PER I-PER I-PER I-PER I-PER O'], ['الدكتور سيد محمد خاتمي', 'O B-PER I-PER I-PER'], ['وصل محمد خاتمي أمس', 'O O O O']);
  tagKnownNames(d, (ws) => ws.join(' '), lists);
  assert.deepEqual(d[0].tags, ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O']);
  assert.deepEqual(d[1].tags, ['O', 'B-PER', 'I-PER', 'I-PER']);
  assert.deepEqual(d[2].tags, ['O', 'B-PER', 'I-PER', 'O'], 'untagged, it is filled');
});

test('a word\'s curated-name facts kept with its info are the ones its keys give; another set of names is asked afresh', () => {
  const features = new NerFeatures(nerResources());
  const known = curatedNames();
  const fresh = knownWordOf((words, inName) => features.listedKey(words, inName), known, features.writtenKey);
  for (const word of ['بان', 'وكالة', 'للمرصد', 'والقاهرة', 'سان', 'بغداد،', 'القمر', 'داعش', 'وداعش', 'قال']) {
    assert.deepEqual(features.knownWord(word, known), fresh(word), word);
    assert.deepEqual(features.knownWord(word, known), fresh(word), word);
  }
  // another lookup is asked again, not answered from the first's
  const none = { typeOf: () => undefined, startsName: () => false, opensName: () => false };
  assert.equal(features.knownWord('بغداد', known).type, 'LOC');
  assert.equal(features.knownWord('بغداد', none).type, undefined);
});

test('a word\'s person-name facts kept with its info are its forms\' roles in the lists', () => {
  const features = new NerFeatures(nerResources());
  const role = personNameRole();
  const lists = { role, common: new Set(['صالح']) };
  for (const word of ['ميا', 'وبلوم', 'لصالح', 'صالح', 'محمد', 'قال']) {
    const forms = features.lookupForms(word);
    const expected = { first: forms.some((f) => role(f).first), last: forms.some((f) => role(f).last), firstAsWritten: role(forms[0]).first, common: forms.some((f) => lists.common.has(f)) };
    assert.deepEqual(features.personWord(word, lists), expected, word);
    assert.deepEqual(features.personWord(word, lists), expected, word);
  }
  // "لصالح" is صالح without its preposition, but no first name as written
  assert.equal(features.personWord('لصالح', lists).firstAsWritten, false);
  assert.equal(features.personWord('لصالح', lists).common, true);
  assert.equal(features.personWord('لصالح', { role, common: new Set() }).common, false);
});
