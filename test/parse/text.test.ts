import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { composeBody, parseArticleText } from '../../src/parse/text.js';

const fixture = (name: string): string => readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'articles', name), 'utf8');
const SAMPLE = join(PACKAGE_ROOT, '..', 'shared', 'samples', 'article-ar-2017-08-15.txt');

test('a caption repeated on the first two lines is kept once and left out of the body', () => {
  const a = parseArticleText(fixture('caption-dateline-headings.txt'));
  assert.equal(a.caption, 'مزارعون يجمعون محصول القمح في سهل البقاع.(رويترز)');
  assert.ok(!composeBody(a).text.includes('مزارعون يجمعون'));
});

test('a dateline line near the top becomes the publication time', () => {
  assert.equal(parseArticleText(fixture('caption-dateline-headings.txt')).published, '2023-05-03T09:15');
  assert.equal(parseArticleText(fixture('standalone-pull-quote.txt')).published, '2019-10-12');
});

test('the first short unpunctuated line after caption and dateline is the headline', () => {
  assert.equal(parseArticleText(fixture('caption-dateline-headings.txt')).title, 'موسم قمح وفير يعيد الأمل إلى المزارعين');
  assert.equal(parseArticleText(fixture('standalone-pull-quote.txt')).title, 'مهرجان للشعر يجمع شعراء من عشر دول');
});

test('the first paragraph after the headline is the lead, without its dateline', () => {
  const a = parseArticleText(fixture('caption-dateline-headings.txt'));
  assert.ok(a.lead?.startsWith('قال مزارعون في سهل البقاع'), a.lead ?? 'null');
  assert.deepEqual(a.dateline, { place: 'بيروت', source: 'أ ف ب', text: 'بيروت (أ ف ب) -' });
});

test('a line repeated later inside a paragraph is a pull quote, not a heading or paragraph', () => {
  const a = parseArticleText(fixture('caption-dateline-headings.txt'));
  assert.deepEqual(a.pullQuotes, ['رغم وفرة المحصول، يخشى المزارعون تقلب الأسعار']);
  assert.ok(a.sections.every((s) => !s.paragraphs.includes(a.pullQuotes[0]) && s.heading !== a.pullQuotes[0]));
});

test('a short clause standing alone between punctuated paragraphs is a pull quote', () => {
  const a = parseArticleText(fixture('standalone-pull-quote.txt'));
  assert.deepEqual(a.pullQuotes, ['الشعر لا يزال، كما يقول المنظمون، ديوان العرب الأول']);
  assert.equal(a.sections.length, 1);
  assert.equal(a.sections[0].heading, null);
});

test('short unpunctuated lines followed by a paragraph open sections; the first section has no heading', () => {
  const a = parseArticleText(fixture('caption-dateline-headings.txt'));
  assert.deepEqual(a.sections.map((s) => s.heading), [null, 'أسعار البذور', 'مخاوف التخزين']);
  // A heading directly followed on the next line by its paragraph, and two paragraphs on consecutive lines.
  assert.equal(a.sections[1].paragraphs.length, 2);
});

test('a dateline with place and agency before a dash or colon is split off the first paragraph', () => {
  const cnn = parseArticleText(fixture('cnn-dateline.txt'));
  assert.deepEqual(cnn.dateline, { place: 'دبي، الإمارات العربية المتحدة', source: 'CNN', text: 'دبي، الإمارات العربية المتحدة (CNN)—' });
  assert.ok(cnn.lead?.startsWith('أعلنت هيئة الطرق'));
  const cairo = parseArticleText(fixture('byline-author.txt'));
  assert.deepEqual(cairo.dateline, { place: 'القاهرة', source: 'رويترز', text: 'القاهرة - رويترز:' });
  assert.ok(cairo.lead?.startsWith('افتتحت محافظة القاهرة'));
});

test('a known place and a dash open a dateline, but what follows is never taken as its source', () => {
  const a = parseArticleText('واشنطن - قال الرئيس الأمريكي: إن المحادثات مستمرة.\nوأضاف أن الاتفاق قريب.', { title: 'عنوان' });
  assert.deepEqual(a.dateline, { place: 'واشنطن', source: null, text: 'واشنطن -' });
  assert.ok(a.lead?.startsWith('قال الرئيس الأمريكي:'));
});

test('a paragraph opening with an unknown word and a dash keeps its words', () => {
  const a = parseArticleText('الحكومة - كما قال الوزير: ماضية في خطتها.\nوأضاف أن الاتفاق قريب.', { title: 'عنوان' });
  assert.equal(a.dateline, null);
  assert.ok(a.lead?.startsWith('الحكومة - كما'));
});

test('a "place - name" line at the top of the body is a dateline', () => {
  const a = parseArticleText('بيروت - أحمد الريدي\nأعلنت الحكومة اللبنانية خطة جديدة للكهرباء.', { title: 'خطة للكهرباء' });
  assert.deepEqual(a.dateline, { place: 'بيروت', source: 'أحمد الريدي', text: 'بيروت - أحمد الريدي' });
  assert.ok(a.lead?.startsWith('أعلنت'));
});

test('author is null unless a byline says بقلم or كتب', () => {
  assert.equal(parseArticleText(fixture('byline-author.txt')).author, 'سلمى الحداد');
  assert.equal(parseArticleText(fixture('caption-dateline-headings.txt')).author, null);
  assert.equal(parseArticleText('كتب - محمود سالم\nعنوان قصير\nنص الخبر الأول هنا.').author, 'محمود سالم');
});

test('a "reporter – outlet" line opening the body gives the author', () => {
  const a = parseArticleText(fixture('reporter-outlet.txt'), { title: 'طريق جديد' });
  assert.equal(a.author, 'سامر العتيبي');
  assert.ok(a.lead?.startsWith('أعلنت الجهات'));
});

test('a hinted title replaces the headline guess and its repeat is dropped from the body', () => {
  const a = parseArticleText('افتتاح مكتبة عامة\nافتتحت المحافظة مكتبة عامة جديدة.\nوقالت المديرة إن الأنشطة ستبدأ قريبا.', {
    title: 'افتتاح مكتبة عامة',
  });
  assert.equal(a.title, 'افتتاح مكتبة عامة');
  assert.equal(a.lead, 'افتتحت المحافظة مكتبة عامة جديدة.');
  assert.deepEqual(a.sections, [{ heading: null, paragraphs: ['وقالت المديرة إن الأنشطة ستبدأ قريبا.'] }]);
});

test('a hinted title does not take the first line when it differs', () => {
  const a = parseArticleText('عنوان آخر تماما\nافتتحت المحافظة مكتبة عامة جديدة.', { title: 'افتتاح مكتبة' });
  assert.equal(a.title, 'افتتاح مكتبة');
  assert.ok(composeBody(a).text.startsWith('عنوان آخر تماما'));
});

test('a hinted publication time (RFC 822) wins over a dateline in the text', () => {
  const a = parseArticleText(fixture('caption-dateline-headings.txt'), { published: 'Sun, 18 Feb 2018 21:35:43 +0400' });
  assert.equal(a.published, '2018-02-18T21:35:43+04:00');
});

test('CRLF and CR line endings parse like LF; output lines are trimmed', () => {
  const lf = parseArticleText(fixture('caption-dateline-headings.txt'));
  const crlf = parseArticleText(fixture('caption-dateline-headings.txt').replace(/\n/g, '  \r\n'));
  const cr = parseArticleText(fixture('caption-dateline-headings.txt').replace(/\n/g, '\r'));
  assert.deepEqual(crlf, lf);
  assert.deepEqual(cr, lf);
});

test('empty text gives an empty article', () => {
  assert.deepEqual(parseArticleText(''), {
    title: null, published: null, caption: null, lead: null, pullQuotes: [], dateline: null, author: null, sections: [],
  });
});

test('composeBody joins lead, headings and paragraphs with blank lines and gives each block its range', () => {
  const a = parseArticleText(fixture('caption-dateline-headings.txt'));
  const { text, blocks } = composeBody(a);
  assert.equal(blocks[0].kind, 'lead');
  assert.equal(text.slice(blocks[0].start, blocks[0].end), a.lead);
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => text.slice(b.start, b.end));
  assert.deepEqual(headings, ['أسعار البذور', 'مخاوف التخزين']);
  for (const b of blocks) {
    const s = text.slice(b.start, b.end);
    assert.ok(b.kind === 'lead' ? s === a.lead : b.kind === 'heading' ? s === a.sections[b.section].heading : a.sections[b.section].paragraphs.includes(s));
  }
  assert.equal(text, blocks.map((b) => text.slice(b.start, b.end)).join('\n\n'));
  assert.ok(!text.includes(a.title!) && !text.includes(a.pullQuotes[0] + '\n'));
});

test('the reference article parses into title, time, caption, lead, pull quote and five headings', { skip: !existsSync(SAMPLE) && 'reference sample ../shared is absent' }, () => {
  const a = parseArticleText(readFileSync(SAMPLE, 'utf8'));
  assert.equal(a.title, 'انشقاقات داخلية تنذر بزوال سريع لداعش');
  assert.equal(a.published, '2017-08-15T13:26');
  assert.equal(a.caption, 'مقاتلون من داعش ينفذون عمليات إعدام علنية.(أرشيف)');
  assert.ok(a.lead?.startsWith('تساءل طوم أوكونور، محلل سياسي لدى مجلة نيوزويك'));
  assert.deepEqual(a.pullQuotes, ['على الرغم من تماسكه الظاهري، لربما يواجه داعش حالة تفسخ داخلية']);
  assert.deepEqual(
    a.sections.filter((s) => s.heading !== null).map((s) => s.heading),
    ['انقلاب الطاولة', 'استهزاء', 'إنكار الهزائم', 'تفسخ داخلي', 'أرضية مشتركة'],
  );
  assert.equal(a.sections[0].heading, null);
  const body = composeBody(a).text;
  assert.equal(body.split('مقاتلون من داعش ينفذون').length, 1);
});

test('"اقرأ أيضا:" lines linking to other stories are dropped from the body', () => {
  const a = parseArticleText('افتتحت المحافظة مكتبة عامة جديدة.\nاقرأ أيضا: افتتاح متحف جديد في المدينة\nوقالت المديرة إن الأنشطة ستبدأ قريبا.', { title: 'مكتبة' });
  assert.ok(!composeBody(a).text.includes('اقرأ أيضا'));
  assert.deepEqual(a.pullQuotes, []);
});

test('a line ending with a colon that introduces a list is a paragraph, not a pull quote', () => {
  const a = parseArticleText(
    'قال التقرير إن الأسعار ارتفعت هذا العام بنسبة كبيرة في معظم المدن.\nومن جهته، اقترح الباحث ثلاث طرق لمواجهة الغلاء:\nأولا خفض الضرائب على السلع الأساسية وتوسيع برامج الدعم للأسر محدودة الدخل في المدن والأرياف على حد سواء خلال الأعوام المقبلة.',
    { title: 'الغلاء' },
  );
  assert.deepEqual(a.pullQuotes, []);
});

test('a run of short unpunctuated lines (verse) holds no heading', () => {
  const a = parseArticleText('قال الشاعر في قصيدته الجديدة ما يلي.\nيا ليل الصب متى غده\nأقيام الساعة موعده\nوقد لقيت القصيدة صدى واسعا بين القراء في أنحاء العالم العربي.', { title: 'قصيدة' });
  assert.ok(a.sections.every((s) => s.heading === null));
});

test('an "outlet – place" line opening the body is a dateline with the outlet as source', () => {
  const a = parseArticleText('صحيفة الوطن – جدة\nأعلنت أمانة جدة عن مشروع جديد للحدائق.', { title: 'حدائق جديدة' });
  assert.deepEqual(a.dateline, { place: 'جدة', source: 'صحيفة الوطن', text: 'صحيفة الوطن – جدة' });
  assert.equal(a.author, null);
});
