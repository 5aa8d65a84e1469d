import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { parseHtml, parseHtmlPage } from '../../src/parse/html.js';
import { readInputs, type RawInput } from '../../src/read/inputs.js';
import { InputError } from '../../src/errors.js';
import { encodeWindows1256 } from '../../scripts/lib/encode.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'html');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function bodyText(sections: { paragraphs: string[] }[]): string {
  return sections.flatMap((s) => s.paragraphs).join('\n');
}

test('WordPress page: og metadata, body without nav, sidebar, comments or footer', () => {
  const { article, meta } = parseHtmlPage(fixture('wordpress.html'), 'wordpress.html');
  assert.equal(article.title, 'افتتاح محطة تحلية جديدة في المدينة الساحلية');
  assert.equal(article.published, '2024-03-12T09:30:00+03:00');
  assert.equal(article.author, 'سلمى الحداد');
  assert.equal(article.caption, 'المحطة الجديدة على الشاطئ الشمالي');
  assert.equal(meta.site, 'صحيفة الساحل');
  // og:description is only the opening words of the first paragraph: not a lead.
  assert.equal(article.lead, null);
  assert.equal(article.dateline, null);
  assert.equal(article.sections.length, 1);
  assert.equal(article.sections[0].heading, null);
  assert.equal(article.sections[0].paragraphs.length, 4);
  // Inner whitespace and line breaks inside a paragraph collapse to single spaces.
  assert.match(article.sections[0].paragraphs[1], /مضيفا أن العمل استمر ثلاث سنوات\.$/);
  const body = bodyText(article.sections);
  for (const noise of ['الرئيسية', 'خبر رائع', 'أحدث المقالات', 'جميع الحقوق', 'التصنيفات', 'اترك تعليقا', 'المحطة الجديدة على الشاطئ']) {
    assert.ok(!body.includes(noise), `body should not contain ${noise}`);
  }
});

test('JSON-LD @graph NewsArticle: headline, date, referenced authors and publisher, h2 sections, caption, pull quote', () => {
  const { article, meta } = parseHtmlPage(fixture('jsonld-graph.html'), 'jsonld-graph.html');
  assert.equal(article.title, 'معرض الكتاب يستقبل مئة ألف زائر في أسبوعه الأول');
  assert.equal(article.published, '2023-11-05T18:04:00+02:00');
  assert.equal(article.author, 'كريم منصور، هدى سالم');
  assert.equal(meta.site, 'الأخبار اليوم');
  assert.equal(article.caption, 'زوار يتجولون بين أجنحة المعرض مساء السبت');
  assert.equal(article.lead, 'دور النشر تتحدث عن إقبال غير مسبوق على كتب الأطفال');
  assert.deepEqual(article.pullQuotes, ['«إن أجنحة كتب الأطفال شهدت أكبر عدد من الزوار منذ انطلاق المعرض»']);
  assert.deepEqual(
    article.sections.map((s) => [s.heading, s.paragraphs.length]),
    [
      [null, 2],
      ['ناشرون يرفعون أسعارهم', 3],
      ['برنامج ثقافي حافل', 1],
    ],
  );
  // A blockquote that repeats nothing is a quotation in the body, not a pull quote.
  assert.equal(article.sections[1].paragraphs[2], 'نحن نبيع بهامش ربح ضئيل جدا هذا العام، ولا نستطيع أن نخفض أكثر من ذلك.');
  const body = bodyText(article.sections);
  assert.ok(!body.includes('زوار يتجولون'), 'the caption is not body text');
  assert.ok(!body.includes('اقرأ أيضا'));
  assert.ok(!body.includes('شارك'));
});

test('minimal page: the <title> is the title, the <article> the body', () => {
  const article = parseHtml(fixture('minimal.html'), 'minimal.html');
  assert.equal(article.title, 'أمطار غزيرة تغلق طرقا في الجنوب');
  assert.equal(article.published, null);
  assert.equal(article.author, null);
  assert.deepEqual(article.sections, [
    {
      heading: null,
      paragraphs: [
        'أغلقت السلطات عدة طرق رئيسية في المحافظات الجنوبية بعد أمطار غزيرة هطلت طوال ليلة الأحد وتسببت في سيول جارفة.',
        'ودعت الأرصاد الجوية السكان إلى تجنب الأودية والمناطق المنخفضة حتى مساء الثلاثاء على الأقل.',
      ],
    },
  ]);
});

test('AMP page: JSON-LD metadata, canonical URL, ads and AMP widgets left out', () => {
  const { article, meta } = parseHtmlPage(fixture('amp.html'), 'amp.html');
  assert.equal(article.title, 'منتخب الشباب يتأهل إلى نصف النهائي بعد فوز صعب');
  assert.equal(article.published, '2024-07-21T22:15:00Z');
  assert.equal(article.author, 'يوسف العلي');
  assert.equal(meta.site, 'الملاعب');
  assert.equal(meta.url, 'https://malaeb.example/football/youth-semifinal');
  assert.equal(article.sections.length, 1);
  assert.equal(article.sections[0].paragraphs.length, 3);
  const body = bodyText(article.sections);
  assert.ok(!body.includes('العودة إلى الموقع'));
  assert.ok(!body.includes('كرة القدم'));
});

test('a Windows-1256 page with <meta charset> reads like its UTF-8 twin', async () => {
  const utf8Page = fixture('minimal.html').replace('<head>', '<head><meta charset="windows-1256">');
  const dir = await mkdtemp(join(tmpdir(), 'rasid-html-'));
  try {
    const path = join(dir, 'page.htm');
    await writeFile(path, encodeWindows1256(utf8Page));
    const items: (RawInput | InputError)[] = [];
    for await (const item of readInputs([path], { maxBytes: 1 << 20 })) items.push(item);
    assert.equal(items.length, 1);
    const raw = items[0] as Extract<RawInput, { kind: 'html' }>;
    assert.equal(raw.kind, 'html');
    assert.equal(raw.encoding, 'windows-1256');
    assert.equal(raw.html, utf8Page);
    assert.deepEqual(parseHtml(raw.html, raw.input), parseHtml(fixture('minimal.html'), 'minimal.html'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a page without an article (a login form) is refused', () => {
  assert.throws(
    () => parseHtml(fixture('login.html'), 'login.html'),
    (err: unknown) => err instanceof InputError && err.code === 'E_NO_ARTICLE' && err.message === 'login.html: no article text found in the HTML',
  );
  assert.throws(() => parseHtml('<html><body><p>قصير</p></body></html>', 'short.html'), /no article text found/);
  assert.throws(() => parseHtml('', 'empty.html'), /no article text found/);
});

test('title fallbacks: og:title with the site suffix, then <title> without " | Site"', () => {
  const paragraph = '<p>' + 'هذه فقرة طويلة بما يكفي لتعد نص خبر حقيقي في الصفحة. '.repeat(4) + '</p>';
  const og = parseHtml(
    `<html><head><meta property="og:site_name" content="الموقع"><meta property="og:title" content="العنوان الحقيقي | الموقع"></head><body><article>${paragraph}</article></body></html>`,
    'og.html',
  );
  assert.equal(og.title, 'العنوان الحقيقي');
  const titled = parseHtml(`<html><head><title>عنوان الخبر الطويل هنا | الموقع</title></head><body><article>${paragraph}</article></body></html>`, 't.html');
  assert.equal(titled.title, 'عنوان الخبر الطويل هنا');
});

test('a lead marked on the page that opens the body moves out of the body', () => {
  const first = 'قررت الحكومة رفع الحد الأدنى للأجور بنسبة عشرة في المئة ابتداء من الشهر المقبل.';
  const rest = '<p>' + 'وقال وزير العمل إن القرار جاء بعد مشاورات طويلة مع النقابات وأصحاب العمل. '.repeat(3) + '</p>';
  const article = parseHtml(`<html><head><title>الأجور</title></head><body><article><p class="lead">${first}</p>${rest}</article></body></html>`, 'lead.html');
  assert.equal(article.lead, first);
  assert.ok(!bodyText(article.sections).includes(first));
});

test('published: a meta pubdate or a <time datetime> when there is no JSON-LD', () => {
  const paragraph = '<p>' + 'هذه فقرة طويلة بما يكفي لتعد نص خبر حقيقي في الصفحة. '.repeat(4) + '</p>';
  const meta = parseHtml(`<html><head><meta name="pubdate" content="2022-01-09"></head><body><article>${paragraph}</article></body></html>`, 'm.html');
  assert.equal(meta.published, '2022-01-09');
  const time = parseHtml(`<html><body><article><time datetime="2021-05-04T10:20:30.000Z">4 مايو</time>${paragraph}</article></body></html>`, 't.html');
  assert.equal(time.published, '2021-05-04T10:20:30.000Z');
});

test('published: an unparseable value gives way to the next source', () => {
  const paragraph = '<p>' + 'هذه فقرة طويلة بما يكفي لتعد نص خبر حقيقي في الصفحة. '.repeat(4) + '</p>';
  const page = `<html><head><meta property="article:published_time" content="قريبا"><meta name="date" content="Tue, 12 Mar 2024 09:30:00 +0300"></head><body><article>${paragraph}</article></body></html>`;
  assert.equal(parseHtml(page, 'p.html').published, '2024-03-12T09:30:00+03:00');
});

test('<br> separates paragraphs and never glues words together', () => {
  const line = 'هذه جملة طويلة في خبر منشور على موقع قديم يفصل فقراته بفاصل سطر واحد فقط';
  const article = parseHtml(
    `<html><head><title>خبر</title></head><body><div id="story"><div class="text">${line}.<br>${line}،<br/><br/> ${line}!</div></div></body></html>`,
    'br.html',
  );
  assert.deepEqual(article.sections[0].paragraphs, [`${line}.`, `${line}،`, `${line}!`]);
  const inP = parseHtml(`<html><body><article><p>${line}<br>${line}</p><p>${line}</p></article></body></html>`, 'p.html');
  assert.deepEqual(inP.sections[0].paragraphs, [line, line, line]);
});
