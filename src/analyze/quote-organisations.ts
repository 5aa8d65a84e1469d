import type { Doc } from '../doc/doc.js';
import { withoutArticle, type Gender, type QuoteLexicon } from './quote-cues.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/normalize.js';
import { gazetteerKey, loadGazetteer } from '../lang/gazetteer.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { COMMA, QuoteText, type EntityAt } from './quote-text.js';
import { SpeakerBook, type Known } from './quote-speakers.js';

/** Words that end an organisation's name written after its head (prepositions, "in cooperation with"). */
const NAME_STOPS = new Set(['مع', 'في', 'عن', 'علي', 'الي', 'من', 'حول', 'بين', 'خلال', 'بالتعاون', 'بشان', 'ضد']);

/** Relative pronouns: they end a name though they carry the article. */
export const RELATIVES = /^(الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي|اللائي)$/;

/** A definite nisba adjective (السعودية، الرسمي، الإسرائيليين), which goes on a name. */
/** Adjectives of a document that say which one, not who issued it (الأخير، الجديد، الأول، الصادر): normalized. */
const DOCUMENT_ADJECTIVES = /^ال(اخير|اخيره|جديد|جديده|اول|اولي|اوليه|سنوي|سنويه|حالي|حاليه)$/;

export const NISBA = /^ال.{2,}(ي|يه|ية|يين|يون|يان|يتين)$/;

/**
 * Organisations and documents as speakers: the organisation an organisation's head noun or a
 * document stands for (الحزب، البيان، الاستطلاع), and the name of one the tagger missed, read
 * where it ends (وزارة الصحة العامة، مركز القدس للإعلام والاتصال). Who speaks otherwise is
 * quote-subjects.ts.
 */
export class QuoteOrganisations extends QuoteText {
  protected readonly speakers: SpeakerBook;

  constructor(
    doc: Doc,
    protected readonly lex: QuoteLexicon,
  ) {
    super(doc);
    this.speakers = new SpeakerBook(this, lex);
  }

  /**
   * For a definite organisation head noun at j (الحزب، الوزارة، الفريق): the organisation of the
   * latest earlier indefinite mention of that noun, tagged ("حزب مصر القوية") or as written
   * ("وزارة الصحة اليمنية"); null if the noun is no organisation head or was never introduced.
   */
  protected organisationByHead(j: number, gender: Gender): Known | null {
    const norm = this.toks[j].norm;
    if (!/^[وف]?ال/.test(norm)) return null;
    const head = withoutArticle(norm);
    if (!this.lex.orgHead(head)) return null;
    // "القوات الروسية" is not the "قوات النظام" met before; "الوكالة الإيرانية" is "وكالة الأنباء الإيرانية"
    const gazetteer = loadGazetteer();
    const countryOf = (word: string) => gazetteer.nationality(gazetteerKey(word))?.country;
    const country = j + 1 < this.toks.length && this.toks[j + 1].kind === 'arabic' ? countryOf(this.toks[j + 1].text) : undefined;
    // (the country by its adjective, "الهيئة القطرية"، or by its name, "في قطر")
    const fits = (from: number, to: number) => country === undefined || this.toks.slice(from, to).some((t) => countryOf(t.text) === country || gazetteerKey(t.text) === gazetteerKey(country));
    for (let m = j - 1; m >= 0; m--) {
      // (with a conjunction or a preposition: "وأعلن حزب"، "بمستشفى كينياتا")
      const w = this.toks[m].norm;
      // ("المرصد السوري لحقوق الإنسان": a tagged name of more words that opens with the noun, article and all)
      const named = this.entityAt[m];
      // (not the noun and its adjectives alone, "المنظمة الدولية": a description, not a name)
      const described = named !== null && this.toks.slice(m + 1, named.last).every((t) => NISBA.test(t.norm));
      if (named && named.type === 'ORG' && named.first === m && named.last - m > 1 && !described && withoutArticle(w.replace(/^[وفبل](?=ال)/, '')) === head) {
        if (fits(named.first, named.last + 1)) return this.speakers.remember(named, gender, null, null);
        continue;
      }
      // (the name may open with the head and its article too: "الهيئة العامة للطيران المدني في قطر")
      const conjunction = 'وفبل'.includes(w[0]) && (w.slice(1) === head || w.slice(1) === 'ال' + head) ? 1 : 0;
      const bare = w.slice(conjunction);
      if (bare !== head && bare !== 'ال' + head) continue;
      // (a name right after the head is its name, "صحيفة نيويورك تايمز"; a tagged name that opens with
      // the definite head was weighed above, and what follows it is another's: "طالبت الجامعة مجلس الأمن")
      const e = bare === head ? (this.entityAt[m] ?? this.entityAt[m + 1]) : null;
      if (e && e.type === 'ORG' && (e.first === m || e.first === m + 1)) {
        if (fits(e.first, e.last + 1)) return this.speakers.remember(e, gender, null, null);
        continue;
      }
      // (or a name in quotation marks after the head: "جماعة "بوسي رايوت""، "مجموعة "بي إن سبورتس" القطرية")
      const quoted = bare === head ? this.quotedNameAfter(m + 1) : -1;
      if (quoted > 0) {
        if (!fits(m, quoted + 2)) continue;
        const inner = this.entityAt[m + 2];
        return inner && inner.first === m + 2 && inner.last === quoted && inner.type === 'ORG' ? this.speakers.remember(inner, gender, null, null) : this.speakers.unnamed(this.text(m + 2, quoted));
      }
      // ("تحالف حقوقي يمني" only describes: the name may come later; the place after في says whose it is)
      const end = bare === head ? this.nameChainEnd(m) : this.definiteNameEnd(m);
      if (end > 0 && fits(m, this.toks[end]?.norm === 'في' ? end + 2 : end)) return this.speakers.unnamed(this.text(m, end).trim().slice(conjunction));
    }
    return null;
  }

  /** The closing mark of a name of one to four words in quotation marks that opens at token `open`, or -1. */
  private quotedNameAfter(open: number): number {
    if (open >= this.toks.length || !QUOTE_MARKS.has(this.toks[open].text)) return -1;
    let close = open + 1;
    while (close < this.toks.length && close < open + 6 && this.isWord(close)) close++;
    return close < this.toks.length && close > open + 1 && QUOTE_MARKS.has(this.toks[close].text) ? close : -1;
  }

  /** An untagged organisation that opens the sentence at `start`: its head noun and the definite words after it, before verb k. */
  protected openingOrganisation(start: number, k: number): Known | null {
    let first = start;
    while (first < k && !this.isWord(first)) first++;
    if (first >= k || this.entityAt[first] || !this.lex.orgHead(this.toks[first].norm)) return null;
    let b = first + 1;
    while (b < k && this.isWord(b) && /^ال/.test(this.toks[b].norm)) b++;
    return b > first + 1 ? this.speakers.unnamed(this.text(first, b).trim()) : null;
  }

  /**
   * Who speaks for a subject of no name that is a document or an organisation's head noun (see
   * issuerOf); when the tagger missed the issuer's name ("استطلاع للرأي أجراه مركز القدس للإعلام
   * والاتصال"), the organisation as the article wrote it after the document's first mention.
   */
  protected documentSpeaker(from: number, to: number, k: number, gender: Gender): Known | null {
    // ("وأفاد بيان للجيش اليمني، أن": an indefinite document, then who issued it with ل, up to the comma)
    if (to === from + 1 && from + 1 < this.toks.length && /^ل[^ا]/.test(this.toks[from + 1].norm) && !/^[وف]?ال/.test(this.toks[from].norm)) {
      while (to < this.toks.length && to < from + 7 && this.isWord(to)) to++;
    }
    if (this.lex.documentNoun(this.toks[from].norm) && !/^[وف]?ال/.test(this.toks[from].norm)) {
      const issued = this.issuedBy(from);
      if (issued.entity) return this.speakers.remember(issued.entity, gender, null, null);
      to = Math.max(to, issued.to);
    }
    const issuer = this.issuerOf(from, to, k);
    if (issuer) return this.speakers.remember(issuer, gender, null, null);
    const doc = this.lex.documentNoun(this.toks[from].norm);
    // "وأضاف بيان النيابة أن": the words after the document noun name its issuer (a construct: the
    // noun without the article; "التقديرات الأخيرة" is a noun and its adjective)
    // ("الموقع الرسمي للجيش اليمني": a definite one, by its adjectives and an organisation with ل)
    const definite = /^[وف]?ال/.test(this.toks[from].norm);
    const named = doc && from + 1 < to ? (definite ? this.issuerWithLam(from) : this.issuerWords(from, to)) : null;
    // ("بيان المكتب": an organisation's head with the article is the organisation met before, مكتب المالكي)
    if (named) return (named.split(' ').length === 1 ? this.organisationByHead(this.pastIssuing(from + 1, to), gender) : null) ?? this.speakers.unnamed(named);
    // ("التصريح المقتضب": the document noun and its definite adjectives)
    let adjectives = from + 1;
    while (adjectives < to && /^ال/.test(this.toks[adjectives].norm) && !this.entityAt[adjectives]) adjectives++;
    if (!doc || adjectives < to) return null;
    for (let m = from - 1; m >= 0; m--) {
      if (this.documentAt(m) !== doc) continue;
      const issued = this.issuedBy(m).entity ?? this.subjectOfIssuingVerb(m);
      if (issued) return this.speakers.remember(issued, gender, null, null);
      // ("البيان" after "بيان الناطق باسم القوات المسلحة")
      const name = this.issuerWords(m, Math.min(m + 7, this.sentenceEndToken(m))) ?? this.untaggedOrganisationNear(m);
      if (name) return this.speakers.unnamed(name);
      // "قالت الوزارة في بيان إن ... . وأضاف البيان أن": the statement is the words of whoever spoke in it
      const speaker = m > 0 && /^(في|عبر)$/.test(this.toks[m - 1].norm) ? this.statementSpeaker(this.sentenceOf[m]) : null;
      if (speaker) return speaker;
    }
    return null;
  }

  /** The document noun at token m, also as an indefinite object with its tanween's alef ("نشرت المجموعة تقريرا"). */
  private documentAt(m: number): string | undefined {
    const w = this.toks[m].norm;
    return this.lex.documentNoun(w) ?? (/^[^ا].{2,}ا$/.test(w) ? this.lex.documentNoun(w.slice(0, -1)) : undefined);
  }

  /**
   * "نشرت مجموعة الأزمات الدولية تقريرا ...": the document at token m is the object of the verb that
   * issued it, opening its sentence; the name right after that verb issued it.
   */
  private subjectOfIssuingVerb(m: number): EntityAt | null {
    const v = this.nextWord(this.sentenceStartToken(m), m);
    if (v < 0 || !this.lex.issuingVerb(this.toks[v].norm.replace(/^[وف](?=.{3})/, ''))) return null;
    const e = this.entityAt[v + 1];
    return e && e.first === v + 1 && e.last <= m && (e.type === 'ORG' || e.type === 'PER') ? e : null;
  }

  /** Who a statement mentioned in the given sentence speaks for; the quote finder knows its quotes (see QuoteSubjects). */
  protected statementSpeaker(_sentence: number): Known | null {
    return null;
  }

  /**
   * "بيان صدر عن مكتب وزير الدفاع أفيغدور ليبرمان": past the words that say who issued the document
   * at token `doc`, the issuer's name may run a few words on: the person or organisation there, and
   * how far its words may reach.
   */
  private issuedBy(doc: number): { entity: EntityAt | null; to: number } {
    const sentenceEnd = this.sentenceEndToken(doc);
    const reach = this.pastIssuing(doc + 1, Math.min(sentenceEnd, doc + 5));
    if (reach === doc + 1) return { entity: null, to: doc + 1 };
    // ("بيان صدر عن المتحدثة باسم الخارجية الأمريكية، هيذر نويرت": the person who holds the title)
    if (reach < sentenceEnd && this.lex.roleNoun(this.toks[reach].norm)) {
      let c = reach + 1;
      while (c < sentenceEnd && c < reach + 8 && this.isWord(c) && this.entityAt[c]?.type !== 'PER' && !this.lex.cue(this.toks[c].norm)) c++;
      const p = c < sentenceEnd && COMMA.test(this.toks[c].text) ? this.entityAt[c + 1] : null;
      if (p && p.type === 'PER' && p.first === c + 1) return { entity: p, to: Math.min(sentenceEnd, p.last + 1) };
    }
    return { entity: this.entityNear(reach - 1), to: Math.min(sentenceEnd, reach + 6) };
  }

  /**
   * The words naming who issued a document: "بيان الناطق باسم القوات المسلحة نشرته ..." is the
   * spokesman's, in the definite words after the document noun; null when j holds no document noun.
   */
  protected issuerWords(j: number, end: number): string | null {
    if (!this.lex.documentNoun(this.toks[j].norm)) return null;
    let from = this.pastIssuing(j + 1, end);
    // ("الإحصاء الأخير للحكومة الإسبانية"، "التقرير السنوي لوزارة الخارجية": past the document's
    // adjectives, an organisation with ل is its issuer; الأخير there is "latest", not "the latter")
    let adjectives = from;
    while (adjectives < end && adjectives < from + 2 && /^ال/.test(this.toks[adjectives].norm) && !this.entityAt[adjectives] && !this.lex.orgHead(withoutArticle(this.toks[adjectives].norm)) && (NISBA.test(this.toks[adjectives].norm) || DOCUMENT_ADJECTIVES.test(this.toks[adjectives].norm))) adjectives++;
    if (adjectives > from && adjectives < end && /^لل/.test(this.toks[adjectives].norm) && this.lex.orgHead(this.toks[adjectives].norm.slice(2))) from = adjectives;
    // the first word is a name, an office or an organisation's head ("رسالة الكراهية" is about
    // hate, "التقرير الأولي" only describes)
    // (a hashtag is read by its first word: "بيان #وزارة_العدل_الأميركية")
    const first = (this.toks[from]?.kind === 'hashtag' ? this.toks[from].norm.slice(1).split('_')[0] : this.toks[from]?.norm) ?? '';
    // ("تقرير لمجموعة "أوراسيا"": an organisation's head with ل, then its name in quotation marks)
    const quoted = from < end && /^ل[^ل]/.test(first) && this.lex.orgHead(first.slice(1)) ? this.quotedNameAfter(from + 1) : -1;
    if (quoted > 0) return this.text(from + 2, quoted).trim();
    const names = (norm: string) => this.lex.roleNoun(norm) || this.lex.orgHead(norm) || this.lex.orgHead(withoutArticle(norm)) || this.lex.institution(norm);
    // ("بيان الناطق باسم القوات المسلحة": someone's title with باسم)
    // (after "صادر عن" any noun is the issuer: "بيان صادر عن أمن البصرة")
    const issued = from > j + 1 && this.isWord(from) && !this.lex.stop(first) && !this.lex.skip(first);
    if (from >= end || !(this.entityAt[from] || names(first) || issued || (/^ال/.test(first) && this.toks[from + 1]?.norm === 'باسم'))) return null;
    // then its definite words (إلى and التي only read as "ال" + a word)
    let b = from + 1;
    while (b < end && (this.entityAt[b] || (/^(ال|وال)/.test(this.toks[b].norm) && !this.lex.stop(this.toks[b].norm)) || this.toks[b].norm === 'باسم' || names(this.toks[b].norm))) b++;
    // (an organisation's name after "صادر عن" runs by the grammar of such names: "مكتب رئاسة الوزراء")
    if (from > j + 1 && (this.lex.orgHead(first) || this.lex.orgHead(withoutArticle(first)))) b = Math.max(b, Math.min(end, this.nameChainEnd(from)));
    // (not a day after it: "عن وزارة الصناعة السبت الماضي")
    for (let d = from + 1; d < b; d++) if (this.lex.skip(this.toks[d].norm)) b = d;
    // ("بيان للنادي" is the club's)
    return this.text(from, b).trim().replace(/^لل/, 'ال');
  }

  /**
   * "الموقع الرسمي للجيش اليمني"، "التقرير السنوي لوزارة الخارجية": after a definite document noun at
   * `doc` and its adjectives, an organisation's head with ل and the definite words of its name.
   */
  private issuerWithLam(doc: number): string | null {
    const end = this.sentenceEndToken(doc);
    let a = doc + 1;
    while (a < end && a < doc + 3 && /^ال/.test(this.toks[a].norm) && !this.entityAt[a] && (NISBA.test(this.toks[a].norm) || DOCUMENT_ADJECTIVES.test(this.toks[a].norm))) a++;
    if (a >= end || !/^لل/.test(this.toks[a].norm) || !this.lex.orgHead(this.toks[a].norm.slice(2))) return null;
    let b = a + 1;
    while (b < end && b < a + 4 && (this.entityAt[b] || (/^ال/.test(this.toks[b].norm) && !this.lex.stop(this.toks[b].norm)))) b++;
    return this.text(a, b).trim().replace(/^لل/, 'ال');
  }

  /**
   * Past the words that say a document was issued, to its issuer: "التقرير [الصادر عن] غرفة دبي"،
   * "الاستطلاع [الذي أجرته] القناة" (with up to two adjectives of the document before them:
   * "التقرير الاقتصادي الفصلي الصادر عن"); `b` itself otherwise.
   */
  private pastIssuing(b: number, end: number): number {
    for (let a = b; a < Math.min(end, b + 3); a++) {
      const w = this.toks[a].norm;
      // (a day may come between: "بيان صدر الثلاثاء عن")
      let by = a + 1;
      while (by < end && by < a + 3 && this.lex.skip(this.toks[by].norm)) by++;
      if (this.lex.issuedBy(w) && by < end && (this.toks[by].norm === 'عن' || this.toks[by].norm === 'من')) return by + 1;
      if (RELATIVES.test(w) && a + 1 < end && this.lex.issuingVerb(this.toks[a + 1].norm)) return a + 2;
      if (!NISBA.test(w)) break;
    }
    return b;
  }

  /**
   * An organisation the tagger left untagged within five words after token m: its head noun
   * (مركز، معهد، منظمة ...) and the words of its name, up to a comma, a preposition or a Latin
   * acronym ("مركز القدس للإعلام والاتصال JMCC بالتعاون مع ...").
   */
  protected untaggedOrganisationNear(m: number): string | null {
    for (let a = m + 1; a < Math.min(m + 6, this.toks.length) && this.sentenceOf[a] === this.sentenceOf[m]; a++) {
      const t = this.toks[a];
      if (COMMA.test(t.text) || this.isComplementizerAt(a) || this.lex.cue(t.norm)) return null;
      if (this.entityAt[a]?.type === 'PER' || this.entityAt[a]?.type === 'ORG') return null;
      // "بيان لوزارة الدفاع السعودية": the organisation may take the ل of the document it issued
      // (orgHead takes a leading و itself: stripping it first would lose وزارة، وكالة، وحدة)
      const head = withoutArticle(t.norm);
      const direct = this.lex.orgHead(t.norm) || this.lex.orgHead(head);
      const withLam = !direct && /^ل[^ل]/.test(head) && this.lex.orgHead(head.slice(1));
      if (!direct && !withLam) continue;
      const b = this.nameChainEnd(a);
      if (b < 0) return null;
      const name = this.text(a, b).trim();
      return withLam ? name.slice(name.indexOf('ل') + 1) : name;
    }
    return null;
  }

  /**
   * Where the name an organisation's head noun at token a opens ends (the token after it), or -1
   * if it has no definite end: the construct's indefinite words up to a definite word or a name
   * ("وحدة مكافحة الإرهاب"، "وكالة الأنباء القطرية")، then nisba and other name adjectives (العام),
   * genitives with لل and conjuncts ("مركز القدس للإعلام والاتصال"، "لجنة المساواة وحقوق الإنسان"),
   * and no further ("وزارة الدفاع الروسية | لقطات"، "لجنة التحقيق المستقلة | التي"). "تحالف حقوقي
   * يمني" only describes: -1.
   */
  /**
   * Where the name that opens with a definite head at token a ends: its adjectives and what a ل
   * construct adds ("الهيئة العامة للطيران المدني"، "المكتب الألماني للإحصاء"); -1 without such a
   * construct, where the head and its adjectives only describe ("الهيئة القطرية").
   */
  private definiteNameEnd(a: number): number {
    let construct = false;
    let b = a + 1;
    for (const limit = Math.min(a + 8, this.toks.length); b < limit && this.sentenceOf[b] === this.sentenceOf[a] && this.toks[b].kind === 'arabic' && !this.entityAt[b]; b++) {
      const norm = this.toks[b].norm;
      if (norm.startsWith('لل')) construct = true;
      else if (!NISBA.test(norm) && !this.lex.nameAdjective(norm)) break;
    }
    return construct ? b : -1;
  }

  protected nameChainEnd(a: number): number {
    let definite = false;
    let b = a + 1;
    const limit = Math.min(a + 8, this.toks.length);
    while (b < limit && this.sentenceOf[b] === this.sentenceOf[a] && this.toks[b].kind === 'arabic') {
      const norm = this.toks[b].norm;
      if (NAME_STOPS.has(norm) || RELATIVES.test(norm.replace(/^[وف]/, '')) || this.lex.cue(norm) || this.isComplementizerAt(b) || (this.lex.stop(norm) && !norm.startsWith('لل'))) break;
      const e = this.entityAt[b];
      if (e && e.first === b && e.type !== 'MISC') {
        b = e.last;
        definite = true;
        continue;
      }
      // ("لجنة المساواة وحقوق الإنسان": a conjunct opening another construct goes on)
      // (not an accusative that only starts with و: "وزارة الدفاع الروسية | وصفاً للقطات")
      const conjunct = definite && /^و[^ا].*[^ا]$/.test(norm) && /^(ال|لل)/.test(this.toks[b + 1]?.norm ?? '');
      if (conjunct) {
        definite = false;
        b++;
        continue;
      }
      if (definite && !/^(لل|وال)/.test(norm) && !NISBA.test(norm) && !this.lex.nameAdjective(norm)) break;
      if (/^(ال|لل|وال)/.test(norm)) definite = true;
      // (two indefinite words at most before the definite end, and no accusative: "صحيفة بارزة
      // تقريرا يشرح ...")
      else if (b - a > 2 || norm.endsWith('ا')) break;
      // an indefinite adjective makes the phrase a description, not a name ("تحالف حقوقي يمني")
      else if (/(ي|يه|ية)$/.test(norm)) return -1;
      b++;
    }
    return definite ? b : -1;
  }

  /**
   * The organisation a subject of no name stands for: a definite head noun of an organisation the
   * article named before ("المركز" for "مركز أبحاث الأراضي", "اللجنة" in "بيان اللجنة"), or a
   * document ("الاستطلاع") the article introduced with its issuer ("استطلاع أجراه مركز القدس
   * للإعلام"): the entity within four words after the latest earlier mention of that document.
   */
  protected issuerOf(from: number, to: number, k: number): EntityAt | null {
    const doc = this.lex.documentNoun(this.toks[from].norm);
    const words = doc ? from + 1 : from;
    // "للتقرير الذي حمل عنوان ...": a relative clause that names no issuer leaves the document bare
    const bare = words >= to || (doc !== undefined && RELATIVES.test(this.toks[words].norm) && this.pastIssuing(words, to) === words);
    if (words < to && /^(ال|وال|فال)/.test(this.toks[words].norm)) {
      const head = withoutArticle(this.toks[words].norm);
      let best: EntityAt | null = null;
      for (let m = 0; m < from; m++) {
        const e = this.entityAt[m];
        if (!e || e.first !== m || e.type !== 'ORG') continue;
        if (withoutArticle(normalize(e.name.split(' ')[0], SEARCH_NORMALIZATION)) === head) best = e;
      }
      if (best) return best;
    }
    if (!doc) return null;
    // "ذكر تقرير نشره "مركز أبحاث الأراضي"": the issuer named with the document
    const issuer = this.entityNear(from);
    if (issuer) return issuer;
    if (!bare) return null;
    for (let m = from - 1; m >= 0; m--) {
      if (this.documentAt(m) !== doc) continue;
      const e = this.entityNear(m);
      if (e && e.first < from) return e;
    }
    return null;
  }

  /**
   * For an organisation mention that is a definite head noun (المنظمة الدولية، الصحيفة البريطانية):
   * the latest organisation before it that the article introduced with that head as a title outside
   * its name (منظمة "أنقذوا الأطفال"، صحيفة الغارديان), if any.
   */
  protected organisationTitled(e: EntityAt): EntityAt | null {
    const head = this.toks[e.first].norm;
    if (!/^(ال|وال|فال)/.test(head) || !this.lex.orgHead(withoutArticle(head))) return null;
    const noun = withoutArticle(head);
    let best: EntityAt | null = null;
    for (let m = 1; m < e.first; m++) {
      const o = this.entityAt[m];
      if (!o || o.first !== m || o.type !== 'ORG' || o.id === e.id) continue;
      let t = m - 1;
      if (t > 0 && QUOTE_MARKS.has(this.toks[t].text)) t--;
      if (this.toks[t].norm.replace(/^[وف]/, '') === noun || this.toks[t].norm === noun) best = o;
    }
    return best;
  }

  /** The person or organisation named within five tokens after a document noun, in its clause. */
  protected entityNear(m: number): EntityAt | null {
    for (let a = m + 1; a < Math.min(m + 6, this.toks.length) && this.sentenceOf[a] === this.sentenceOf[m]; a++) {
      const t = this.toks[a];
      // (nor past فإن: "وحسب الإحصاءات فإن صلاح")
      if (COMMA.test(t.text) || this.isComplementizerAt(a) || /^فان(ه|ها|هم)?$/.test(t.norm) || this.lex.cue(t.norm)) break;
      const e = this.entityAt[a];
      if (e && e.first === a && (e.type === 'ORG' || e.type === 'PER')) return e;
    }
    return null;
  }

  /**
   * An indefinite document (دراسة، تقرير ...) that opens the clause of verb k, at most six words
   * before it with no name, comma or other cue between: its words up to the verb, as the speaker.
   */
  protected documentBefore(k: number): Known | null {
    for (let d = k - 1; d >= 0 && k - d <= 6 && this.isWord(d) && this.sentenceOf[d] === this.sentenceOf[k]; d--) {
      const t = this.toks[d];
      if (this.entityAt[d] || (d < k - 1 && this.lex.cue(t.norm))) return null;
      if (this.isComplementizerAt(d)) return null;
      // the clause opens right before it: a complementizer, a comma, or the sentence's start
      const opens = d === 0 || !this.isWord(d - 1) || this.sentenceOf[d - 1] !== this.sentenceOf[k] || this.isComplementizerAt(d - 1);
      if (opens && !/^(ال|وال)/.test(t.norm) && this.lex.documentNoun(t.norm) === t.norm) return this.speakers.unnamed(this.text(d, k).trim());
    }
    return null;
  }
}
