import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readInputs, sniffFormat, type RawInput } from '../../src/read/inputs.js';
import { looksLikeFeed, parseFeed } from '../../src/read/feed.js';
import { htmlToText, plainText } from '../../src/read/html-text.js';
import { parseRawInput } from '../../src/parse/index.js';
import { InputError } from '../../src/errors.js';
import { encodeWindows1256 } from '../../scripts/lib/encode.js';
import { collect, describe, withTempDir } from '../helpers/read.js';

type RecordRaw = Extract<RawInput, { kind: 'record' }>;
const FEEDS = join(PACKAGE_ROOT, 'test', 'fixtures', 'feeds');
const RSS = join(FEEDS, 'rss.xml');
const ATOM = join(FEEDS, 'atom.xml');
const LIMIT = { maxBytes: 1 << 20 };

test('RSS 2.0: one record per item, HTML bodies as plain paragraphs, site from the channel title', async () => {
  const items = await collect(readInputs([RSS], LIMIT));
  assert.deepEqual(describe(items, FEEDS), ['record rss /rss.xml#item 1', 'record rss /rss.xml#item 2', 'E_EMPTY /rss.xml#item 3', 'record rss /rss.xml#item 4']);
  const [first, second, empty, fourth] = items as [RecordRaw, RecordRaw, InputError, RecordRaw];
  assert.deepEqual(first.record, {
    id: 'sahil-1001',
    title: 'افتتاح محطة تحلية جديدة في المدينة الساحلية',
    // content:encoded wins over description; <p>, <br> and <li> end lines; the script is gone.
    text: [
      'افتتحت البلدية صباح الثلاثاء محطة جديدة لتحلية المياه على الشاطئ الشمالي.',
      'وقال رئيس البلدية إن المحطة تكفي حاجة الأحياء الشرقية كلها،',
      'مضيفا أن العمل استمر ثلاث سنوات & كلف مئة مليون.',
      'السعة: ٥٠ ألف متر مكعب',
      'العمال: ٣٠٠',
    ].join('\n'),
    published: 'Tue, 12 Mar 2024 09:30:00 +0300',
    url: 'https://sahil.example/news/desalination',
    site: 'صحيفة الساحل',
    author: 'سلمى الحداد',
  });
  assert.equal(first.index, 0);
  assert.equal(first.path, RSS);
  // Entity-escaped HTML in <description> is HTML too; the title's &amp;amp; is a plain '&'.
  assert.equal(second.record.text, 'أغلقت السلطات عدة طرق رئيسية بعد أمطار غزيرة.\nودعت الأرصاد السكان إلى تجنب الأودية.');
  assert.equal(second.record.title, 'أمطار غزيرة & سيول في الجنوب');
  assert.equal(second.record.id, null);
  assert.equal(empty.message, `${RSS}#item 3: has no text (no description or content:encoded)`);
  // No <link>: a guid that is a URL is the permalink; plain text keeps its line breaks.
  assert.equal(fourth.record.url, 'https://sahil.example/news/no-link');
  assert.equal(fourth.record.text, 'خبر قصير بلا رابط صريح\nفي سطرين.');
  assert.equal(fourth.index, 3);

  const { article, source } = parseRawInput(first);
  assert.deepEqual(source, { path: RSS, url: 'https://sahil.example/news/desalination', site: 'صحيفة الساحل', format: 'rss', index: 0 });
  assert.equal(article.title, 'افتتاح محطة تحلية جديدة في المدينة الساحلية');
  assert.equal(article.published, '2024-03-12T09:30:00+03:00');
  assert.equal(article.author, 'سلمى الحداد');
  assert.equal(article.lead, 'افتتحت البلدية صباح الثلاثاء محطة جديدة لتحلية المياه على الشاطئ الشمالي.');
});

test('Atom: entries with xhtml and html content, the alternate link, published before updated', async () => {
  const items = await collect(readInputs([ATOM], LIMIT));
  assert.deepEqual(describe(items, FEEDS), ['record atom /atom.xml#item 1', 'record atom /atom.xml#item 2']);
  const [first, second] = items as RecordRaw[];
  assert.deepEqual(first.record, {
    id: 'urn:example:akhbar:501',
    title: 'معرض الكتاب يستقبل مئة ألف زائر',
    text: 'استقبل معرض الكتاب مئة ألف زائر في أسبوعه الأول.\nوقالت إدارة المعرض إن الإقبال غير مسبوق.\nوأضافت أن كتب الأطفال تصدرت المبيعات.',
    published: '2023-11-05T18:04:00+02:00',
    url: 'https://akhbar.example/news/501',
    site: 'الأخبار اليوم',
    author: 'كريم منصور',
  });
  // No content: the html summary stands in; no published: updated.
  assert.equal(second.record.text, 'تعقد الندوة مساء الخميس في القاعة الكبرى.');
  assert.equal(second.record.published, '2023-11-07T10:00:00Z');
  assert.equal(second.record.url, 'https://akhbar.example/news/502');
  assert.equal(parseRawInput(second).article.published, '2023-11-07T10:00:00Z');
});

test('broken XML is one InputError naming the file, the line and the column, never a stack trace', async () => {
  await withTempDir(async (dir) => {
    const rss = readFileSync(RSS, 'utf8');
    const cut = join(dir, 'cut.rss');
    await writeFile(cut, rss.slice(0, rss.indexOf('</item>') + 20));
    const mismatched = join(dir, 'mismatched.xml');
    await writeFile(mismatched, '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>خبر</title></channel>\n</rss>\n');
    const text = join(dir, 'notes.atom');
    await writeFile(text, 'هذا نص عادي وليس تغذية\n');
    const items = await collect(readInputs([cut, mismatched, text], LIMIT));
    assert.deepEqual(describe(items, dir), ['E_XML /cut.rss', 'E_XML /mismatched.xml', 'E_XML /notes.atom']);
    const message = (items[1] as InputError).message;
    assert.equal(message, `${mismatched}: is not well-formed XML (line 4, column 25: Expected closing tag 'item' (opened in line 4, col 1) instead of closing tag 'channel'.)`);
    for (const item of items) assert.ok(!(item as InputError).message.includes('\n'));
  });
});

test('XML that is not a feed, and a feed without a channel, are refused', async () => {
  await withTempDir(async (dir) => {
    const sitemap = join(dir, 'sitemap.xml');
    await writeFile(sitemap, '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>');
    const bare = join(dir, 'bare.rss');
    await writeFile(bare, '<rss version="2.0"><item><title>x</title></item></rss>');
    const items = await collect(readInputs([sitemap, bare], LIMIT));
    assert.deepEqual(describe(items, dir), ['E_FORMAT /sitemap.xml', 'E_FORMAT /bare.rss']);
    assert.equal((items[0] as InputError).message, `${sitemap}: is XML but not an RSS or Atom feed (its root is <urlset>)`);
  });
});

test('a feed is recognised by its content when the extension does not say; Windows-1256 declared in the XML is honoured', async () => {
  await withTempDir(async (dir) => {
    const noExtension = join(dir, 'feed');
    await copyFile(ATOM, noExtension);
    const legacy = join(dir, 'legacy.rss');
    const rss = readFileSync(RSS, 'utf8').replace('encoding="UTF-8"', 'encoding="windows-1256"');
    // The Windows-1256 encoder knows Arabic but not the Arabic-Indic digits, so keep to what it can.
    await writeFile(legacy, encodeWindows1256(rss.replace(/[٠-٩]/g, '0')));
    const items = await collect(readInputs([noExtension, legacy], LIMIT));
    assert.deepEqual(describe(items, dir), [
      'record atom /feed#item 1',
      'record atom /feed#item 2',
      'record rss /legacy.rss#item 1',
      'record rss /legacy.rss#item 2',
      'E_EMPTY /legacy.rss#item 3',
      'record rss /legacy.rss#item 4',
    ]);
    assert.equal((items[2] as RecordRaw).record.site, 'صحيفة الساحل');
  });
});

test('a feed on stdin is sniffed and read', async () => {
  const items = await collect(readInputs(['-'], { ...LIMIT, stdin: Readable.from([readFileSync(ATOM)]) }));
  assert.deepEqual(describe(items, ''), ['record atom <stdin>#item 1', 'record atom <stdin>#item 2']);
  assert.equal((items[0] as RecordRaw).path, null);
});

test('each feed item is capped like a document', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'long.rss');
    const item = (text: string): string => `<item><title>t</title><description>${text}</description></item>`;
    await writeFile(path, `<rss version="2.0"><channel><title>s</title>${item('ب'.repeat(800))}${item('خبر قصير')}</channel></rss>`);
    const items = await collect(readInputs([path], { maxBytes: 1000 }));
    assert.deepEqual(describe(items, dir), ['E_TOO_LARGE /long.rss#item 1', 'record rss /long.rss#item 2']);
  });
});

test('looksLikeFeed and sniffFormat: an <rss>, <feed> or <rdf:RDF> root after a declaration, comments and a doctype', () => {
  assert.ok(looksLikeFeed('<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0"><channel/></rss>'));
  assert.ok(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'));
  assert.ok(looksLikeFeed('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>'));
  assert.ok(!looksLikeFeed('<!DOCTYPE html><html><body>feed</body></html>'));
  assert.ok(!looksLikeFeed('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>'));
  assert.equal(sniffFormat('\n<?xml version="1.0"?>\n<rss><channel/></rss>'), 'feed');
  assert.equal(sniffFormat('<?xml version="1.0"?><html/>'), 'html');
});

test('RSS 1.0 (RDF): items beside the channel', () => {
  const feed = parseFeed(
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      '<channel><title>وكالة</title></channel><item><title>خبر</title><link>https://w.example/1</link><dc:date>2024-01-02</dc:date><description>نص الخبر.</description></item></rdf:RDF>',
    'rdf.xml',
  );
  assert.equal(feed.format, 'rss');
  assert.equal(feed.site, 'وكالة');
  assert.equal(feed.entries.length, 1);
});

test('htmlToText: blocks and <br> end lines, entities decoded, whitespace collapsed, scripts and media dropped', () => {
  assert.equal(htmlToText('<p>أ&nbsp;&amp;  ب</p><p>ج<br>د</p>'), 'أ & ب\nج\nد');
  assert.equal(htmlToText('<div><h2>عنوان</h2>نص <b>عريض</b> و<a href="#">رابط</a>.</div>'), 'عنوان\nنص عريض ورابط.');
  assert.equal(htmlToText('<p>قبل</p><script>var x = "<p>";</script><style>p{}</style><img src="a.jpg"><p>بعد</p>'), 'قبل\nبعد');
  assert.equal(htmlToText('<table><tr><td>أ</td><td>ب</td></tr><tr><td>ج</td></tr></table>'), 'أ ب\nج');
  assert.equal(htmlToText('<pre>سطر\n  ثان</pre>'), 'سطر\nثان');
  assert.equal(htmlToText('نص &quot;مقتبس&quot;\nوسطر ثان'), 'نص "مقتبس"\nوسطر ثان');
  assert.equal(htmlToText('  \n '), '');
  assert.equal(plainText(' أ  ب \r\n\n ج '), 'أ ب\nج');
});

test('the same feed gives the same records in the same order', async () => {
  const first = await collect(readInputs([RSS, ATOM], LIMIT));
  const second = await collect(readInputs([RSS, ATOM], LIMIT));
  assert.deepEqual(second, first);
});
