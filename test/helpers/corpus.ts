import type { RawInput } from '../../src/read/inputs.js';

/**
 * Small hand-written Arabic news articles for store, search and ingest tests: distinct stories,
 * plus a reprint of the first with another opening line and an outlet signature (a near-duplicate).
 */
export interface TestArticle {
  title: string;
  text: string;
  site: string;
  published: string;
}

export const ARTICLES: TestArticle[] = [
  {
    title: 'انشقاقات داخلية تضرب تنظيم داعش في سوريا',
    site: 'Alarabia',
    published: '2017-08-15T13:26:00',
    text:
      'كشفت مصادر محلية عن موجة من الانشقاقات في صفوف تنظيم داعش في ريف دير الزور شرقي سوريا خلال الأسابيع الماضية.\n' +
      'وقال الخبير في مكافحة الإرهاب مايكل سميث إن "التنظيم يعيش أسوأ أيامه منذ تأسيسه، والانشقاقات لم تعد سرا".\n' +
      'وأضاف سميث أن عشرات المقاتلين الأجانب حاولوا الفرار نحو الحدود التركية، وأن قادة التنظيم أعدموا بعضهم علنا.\n' +
      'وتشير تقديرات المرصد السوري لحقوق الإنسان إلى أن أعداد المنشقين تضاعفت منذ بداية العام.',
  },
  {
    title: 'الحكومة العراقية تعلن خطة لإعادة إعمار الموصل',
    site: 'Aljazeera',
    published: '2018-02-10T09:00:00',
    text:
      'أعلنت الحكومة العراقية اليوم خطة واسعة لإعادة إعمار مدينة الموصل بعد سنوات من الحرب.\n' +
      'وقال رئيس الوزراء حيدر العبادي إن الخطة تشمل بناء المدارس والمستشفيات والجسور المدمرة.\n' +
      'وأوضح وزير التخطيط أن التمويل سيأتي من المانحين الدوليين ومن موازنة الدولة على مدى خمس سنوات.',
  },
  {
    title: 'أمريكا تفرض عقوبات جديدة على شركات إيرانية',
    site: 'BBC',
    published: '2018-05-21T18:45:00',
    text:
      'فرضت الولايات المتحدة الأمريكية عقوبات جديدة على ست شركات إيرانية متهمة بدعم برنامج الصواريخ الباليستية.\n' +
      'وقالت وزارة الخزانة الأمريكية في بيان إن العقوبات تستهدف شبكات التمويل التابعة للحرس الثوري.\n' +
      'ونفت طهران الاتهامات، وقال المتحدث باسم الخارجية الإيرانية إن واشنطن تنتهك الاتفاق النووي.',
  },
  {
    title: 'مهرجان القاهرة السينمائي يكرم مخرجين عرب',
    site: 'Youm7',
    published: '2018-11-20T20:00:00',
    text:
      'كرم مهرجان القاهرة السينمائي الدولي في دورته الأربعين عددا من المخرجين العرب الذين أثروا السينما.\n' +
      'وقالت المخرجة المصرية إيناس الدغيدي إن "التكريم يعني الكثير لجيل كامل من صناع الأفلام".\n' +
      'وشهد حفل الافتتاح عرض فيلم تونسي عن الهجرة غير الشرعية عبر البحر المتوسط.',
  },
];

/** The first article reprinted by another outlet: a different first line and a signature. */
export const REPRINT: TestArticle = {
  title: 'انشقاقات داخلية تضرب تنظيم داعش في سوريا',
  site: 'Alquds',
  published: '2017-08-15T16:00:00',
  text:
    'دير الزور - وكالات:\n' +
    ARTICLES[0].text.split('\n').slice(1).join('\n') +
    '\nالمصدر: القدس العربي',
};

/** `n` distinct articles: the stories above with varied numbers, places and dates. */
export function manyArticles(n: number): TestArticle[] {
  const places = ['حلب', 'الرقة', 'إدلب', 'حمص', 'درعا', 'الموصل', 'كركوك', 'الفلوجة', 'سرت', 'بنغازي'];
  const out: TestArticle[] = [];
  for (let i = 0; i < n; i++) {
    const base = ARTICLES[i % ARTICLES.length];
    const place = places[i % places.length];
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push({
      title: `${base.title} (${i + 1})`,
      site: base.site,
      published: `2019-${String((i % 12) + 1).padStart(2, '0')}-${day}T10:00:00`,
      text: `تقرير رقم ${i + 1} من ${place}.\n${base.text}\nوذكرت مصادر في ${place} أن عدد الحالات بلغ ${i * 7 + 3} حالة حتى الآن.`,
    });
  }
  return out;
}

/** An article as a JSON Lines record (the ANT corpus shape). */
export function toJsonl(articles: TestArticle[]): string {
  return articles.map((a) => JSON.stringify({ title: a.title, text: a.text, source: a.site, time: a.published })).join('\n') + '\n';
}

/** An article as the raw input ingest would read from a JSON Lines file. */
export function toRawInput(a: TestArticle, k = 1): RawInput {
  return {
    kind: 'record',
    input: `test.jsonl:${k}`,
    format: 'jsonl',
    path: 'test.jsonl',
    line: k,
    record: { id: null, title: a.title, text: a.text, published: a.published, url: null, site: a.site, author: null },
  } as RawInput;
}
