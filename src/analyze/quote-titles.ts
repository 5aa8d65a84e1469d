import { withoutArticle, type Gender } from './quote-cues.js';
import { gazetteerKey, loadGazetteer } from '../lang/gazetteer.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { COMMA, SENTENCE_END, type EntityAt } from './quote-text.js';
import type { Known } from './quote-speakers.js';
import { NISBA, QuoteOrganisations, RELATIVES } from './quote-organisations.js';

/** The longest skip phrase, in words (في وقت سابق). */
const MAX_SKIP_WORDS = 3;

/** "وهو"، "وهي" after a name: what follows restates who the person is ("ليندا توم وهي متحدثة باسم المكتب"). */
const RESTATING = new Set(['وهو', 'وهي']);

/** Prepositions a title runs on over, to where and before whom it is held (normalized): لدى، في، أمام. */
const TITLE_PREPOSITIONS = new Set(['لدي', 'في', 'امام']);

/**
 * How a speaker is named and described around a reporting cue: title nouns and where a title's
 * phrase ends, the name in apposition after it (with a rank: "قائد سلاح الجو الأميركي، الجنرال
 * ديفيد غولدفين،"), an untagged name after a title or in quotation marks, and the apposition's
 * role and outlet ("، خبير في مكافحة الإرهاب ل"نيوزويك""). The subject readings (quote-subjects.ts)
 * decide which of these is the speaker.
 */
export class QuoteTitles extends QuoteOrganisations {
  /** The first token at or after j that no skip word or phrase covers (وقال أمس، دعا من جهته). */
  protected pastSkipped(j: number, end: number): number {
    for (;;) {
      let len = 0;
      for (let n = MAX_SKIP_WORDS; n >= 1 && !len; n--) {
        if (j + n > end) continue;
        let phrase = this.toks[j].norm;
        for (let m = 1; m < n; m++) phrase += ' ' + this.toks[j + m].norm;
        if (this.lex.skip(phrase)) len = n;
      }
      if (!len) return j;
      j += len;
    }
  }

  /**
   * An indefinite accusative participle written without its tanween (ممازحا، مبتسما، مخاطبا) that no
   * list knows as a cue, a title or a first name (not مسؤولا, nor a noun with a pronoun: معارضوها، مصادرنا).
   */
  protected mannerParticiple(j: number): boolean {
    const norm = this.toks[j].norm;
    // (nor a tie with its pronoun: "محامياها")
    const owner = /^(.+?)ا?ها$/.exec(norm);
    if (owner && (this.lex.relationNoun(owner[1]) || this.lex.roleNoun(owner[1]))) return false;
    return /^م.{3,}ا$/.test(norm) && !/(وها|نا)$/.test(norm) && this.isWord(j) && !this.entityAt[j] && !this.lex.cue(norm) && !this.lex.roleNoun(norm.slice(0, -1)) && !this.lex.unnamedSource(norm.slice(0, -1)) && !this.firstName(j);
  }

  /**
   * After a title at j and a person's name set off by commas (and a day or time between commas),
   * the token where the object starts: "وزير التجارة الأمريكي، ويلبر روس، الخميس، | بدء"; -1 if
   * the words at j are not so.
   */
  protected titledAppositionEnd(j: number, end: number): number {
    if (j >= end || !this.isTitleNoun(j)) return -1;
    let c = j + 1;
    while (c < end && c < j + 8 && this.isWord(c) && !this.entityAt[c] && !this.lex.stop(this.toks[c].norm)) c++;
    if (c >= end || !COMMA.test(this.toks[c].text)) return -1;
    const p = this.entityAt[c + 1];
    if (!p || p.type !== 'PER' || p.first !== c + 1 || p.last >= end || !COMMA.test(this.toks[p.last].text)) return -1;
    let object = p.last + 1;
    if (object + 1 < end && this.lex.skip(this.toks[object].norm) && COMMA.test(this.toks[object + 1].text)) object += 2;
    return object < end && this.isWord(object) && !this.lex.stop(this.toks[object].norm) && !this.lex.cue(this.toks[object].norm) && !this.isComplementizerAt(object) ? object : -1;
  }
  /** Where the subject phrase that starts at token j ends, from token i on: at a comma, sentence end, complementizer or cue (at most 10 words from j). */
  protected phraseEnd(i: number, j: number, end: number): number {
    let c = i;
    let aside = 0;
    while (c < end && c < j + 10 + aside && !COMMA.test(this.toks[c].text) && !SENTENCE_END.test(this.toks[c].text) && !this.isComplementizerAt(c) && !this.lex.cue(this.toks[c].norm)) {
      // (an aside in brackets is passed over whole: "المتحدث باسم #قوات_التحالف (تحالف دعم الشرعية في اليمن)، العقيد ...")
      const close = this.toks[c].text === '(' ? this.asideEnd(c, end) : -1;
      if (close > 0) {
        aside += close - c + 1;
        c = close + 1;
        continue;
      }
      // (and so is a relative clause on the organisation, up to its comma: "المتحدث باسم التحالف العربي
      // الذي تقوده المملكة العربية السعودية في اليمن، تركي المالكي،")
      if (c > j && aside === 0 && RELATIVES.test(this.toks[c].norm)) aside = 8;
      c++;
    }
    return c;
  }

  /**
   * The closing bracket of the aside that opens at token `open` (three words or more, in the
   * sentence), or -1; a shorter one is the name or acronym of what comes before it: "(إرنا)".
   */
  protected asideEnd(open: number, end: number): number {
    let close = open + 1;
    while (close < end && close < open + 16 && this.toks[close].text !== ')' && !SENTENCE_END.test(this.toks[close].text)) close++;
    return close < end && this.toks[close].text === ')' && this.wordsIn(open + 1, close) >= 3 ? close : -1;
  }

  /** Whether the noun at token i is indefinite and followed by a noun it governs ("رئيس مجلس"), not by a clause boundary ("مصدر إن"). */
  protected headsConstruct(i: number, end: number): boolean {
    if (/^[وف]?ال/.test(this.toks[i].norm) || i + 1 >= end || !this.isWord(i + 1)) return false;
    const next = this.toks[i + 1].norm;
    return !this.isComplementizerAt(i + 1) && !this.lex.stop(next) && !this.lex.cue(next) && this.pastSkipped(i + 1, end) === i + 1;
  }

  /** The nisba adjectives right after a noun, up to two, as keys of a speaker's role words ("المندوب الروسي" -> روسي); not a rank (الرسمي). */
  protected nisbaAfter(from: number, end: number): string[] {
    const out: string[] = [];
    for (let a = from; a < end && a < from + 2 && NISBA.test(this.toks[a].norm) && !this.entityAt[a]; a++) {
      const key = withoutArticle(this.toks[a].norm);
      if (key !== 'رسمي') out.push(key);
    }
    return out;
  }

  /** A person's title at token j, not an office's ("وزارة الخارجية في بيونغ يانغ قولها"). */
  protected personTitleAt(j: number): boolean {
    const norm = this.toks[j].norm;
    return this.isTitleNoun(j) && !this.lex.orgHead(norm) && !this.lex.orgHead(withoutArticle(norm));
  }

  /**
   * The person named in apposition after the comma at token c and set off up to a comma, colon,
   * complementizer or the subject's end ("ولي العهد السعودي، محمد بن سلمان، إن"); a rank may open
   * it ("قائد سلاح الجو الأميركي، الجنرال ديفيد غولدفين،").
   */
  protected apposedPerson(c: number, end: number): EntityAt | null {
    if (c >= end || !COMMA.test(this.toks[c].text)) return null;
    let q = c + 1;
    // (a rank the title lists lack is a definite word before the name: "، القومندان بول داهلين:")
    const rank = (m: number) => /^ال.{3,}/.test(this.toks[m].norm) && !this.lex.stop(this.toks[m].norm) && !this.lex.cue(this.toks[m].norm) && !RELATIVES.test(this.toks[m].norm);
    // (a rank may take a word of degree: "الفريق أول"، "العقيد الركن")
    const degree = (m: number) => m > c + 1 && /^(اول|ركن)$/.test(this.toks[m].norm);
    while (q < end && q < c + 4 && this.isWord(q) && !this.entityAt[q] && (this.isTitleNoun(q) || rank(q) || degree(q))) q++;
    const p = this.entityAt[q];
    if (!p || p.type !== 'PER' || p.first !== q || p.last > end) return null;
    const next = this.toks[p.last];
    return p.last === end || COMMA.test(next.text) || next.text === ':' || this.isComplementizerAt(p.last) ? p : null;
  }

  /** Whether the name lists know the word at token j as a person's first name (رانيا، دونالد). */
  protected firstName(j: number): boolean {
    return loadGazetteer().lookup(gazetteerKey(this.toks[j].text))?.roles.includes('first') ?? false;
  }

  /** Whether token j is a title noun (المتحدث، مديرة، رئيس), definite or heading a construct. */
  protected isTitleNoun(j: number): boolean {
    const norm = this.toks[j].norm;
    return this.lex.speakerNoun(norm) !== undefined || this.lex.speakerNoun('ال' + norm) !== undefined;
  }

  /**
   * A title noun at j whose words end definitely ("المتحدث باسم وزارة الخارجية التركية") and then
   * two or three untagged words of a name up to token i, where the subject ends: that name, with the
   * title as its role.
   */
  protected untaggedNameAfterTitle(j: number, i: number, end: number): Known | null {
    if (!this.isTitleNoun(j)) return null;
    let from = i;
    while (from > j + 2 && i - from < 3 && this.isWord(from - 1) && !this.entityAt[from - 1] && !/^(ال|وال|لل|بال)/.test(this.toks[from - 1].norm) && this.toks[from - 1].norm !== 'باسم') from--;
    const before = this.toks[from - 1];
    // (a time word is no title's end: "وأكد وزير العدل البلجيكي الجمعة تفعيل قرار")
    const definiteTitle = (/^(ال|وال|لل|بال)/.test(before.norm) && !this.lex.skip(before.norm)) || this.entityAt[from - 1] !== null;
    if (i - from < 2 || !definiteTitle || this.untaggedName(from, end) !== i) return null;
    return this.speakers.unnamed(this.text(from, i), this.text(j, from));
  }

  /**
   * Where a name of two or three untagged words starting at `from` ends (the token after it), if
   * the words are followed by a clause boundary (comma, colon, a preposition, إن/أن, the end); -1 if none.
   */
  protected untaggedName(from: number, end: number): number {
    let to = from;
    // (skip words and phrases are no name: "وصفته مجلة فوربس ذات يوم بأنه")
    // (الله goes on a compound name, whatever the tagger made of it: "زبي الله مجاهد"، "فتح الله")
    const godName = (m: number) => m > from && this.toks[m].norm === 'الله' && (!this.entityAt[m] || this.entityAt[m]!.type === 'MISC');
    while (to < end && to < from + 3 && this.isWord(to) && (godName(to) || (!this.entityAt[to] && !this.lex.stop(this.toks[to].norm) && this.pastSkipped(to, end) === to && !this.lex.cue(this.toks[to].norm) && !this.isComplementizerAt(to) && !/^(ال|وال|لل|بال)/.test(this.toks[to].norm)))) to++;
    if (to - from < 2) return -1;
    const next = this.toks[to];
    const boundary = to >= end || !this.isWord(to) || this.lex.stop(next.norm) || this.isComplementizerAt(to) || this.pastSkipped(to, end) !== to;
    return boundary ? to : -1;
  }

  /**
   * Whether tokens [from, to) can be a person's name in quotation marks: two or three words the
   * tagger left untagged, none with the article or a reporting cue ("آن" of آن غيديتشللي reads as
   * أن, so a complementizer is no reason to refuse).
   */
  protected quotedName(from: number, to: number): boolean {
    if (to - from < 2 || to - from > 3) return false;
    for (let a = from; a < to; a++) {
      if (!this.isWord(a) || this.entityAt[a] || this.lex.cue(this.toks[a].norm) || /^(ال|وال|لل|بال)/.test(this.toks[a].norm)) return false;
    }
    return true;
  }

  /** Whether tokens [from, to) can be an organisation's name in quotation marks: one to four words, no cue, not opening with the article. */
  protected shortQuotedName(from: number, to: number): boolean {
    if (to - from < 1 || to - from > 4 || /^(ال|وال|لل|بال)/.test(this.toks[from].norm)) return false;
    for (let a = from; a < to; a++) if (!this.isWord(a) || this.lex.cue(this.toks[a].norm)) return false;
    return true;
  }

  /** Whether a person's name starts in [from, to) before the phrase ends (comma, colon, complementizer, cue). */
  protected nameAhead(from: number, to: number): boolean {
    return this.personAhead(from, to, false) !== null;
  }

  /**
   * The person named within [from, to) after a title's organisation, with nothing between that
   * ends the subject (a comma, colon, quotation mark, complementizer or cue) or opens another
   * title: the person holds the title.
   */
  protected personAfterTitle(from: number, to: number): EntityAt | null {
    return this.personAhead(from, to, true);
  }

  /** The first person's name in [from, to) before the phrase ends, or before another title when `titleEnds`. */
  private personAhead(from: number, to: number, titleEnds: boolean): EntityAt | null {
    for (let i = from; i < to; i++) {
      const t = this.toks[i];
      if (t.text === ':' || COMMA.test(t.text) || SENTENCE_END.test(t.text) || QUOTE_MARKS.has(t.text) || this.isComplementizerAt(i) || this.lex.cue(t.norm) || this.lex.ledBy(t.norm, this.toks[i + 1]?.norm)) return null;
      const e = this.entityAt[i];
      if (e && e.first === i && e.type === 'PER') return e;
      // (a title of its own ends the first one's scope, unless it is the name's own rank, right before
      // it: "الأمين العام المساعد لشؤون فلسطين بالجامعة السفير سعيد أبوعلي")
      if (titleEnds && !e && this.isTitleNoun(i) && !(/^ال/.test(t.norm) && this.entityAt[i + 1]?.first === i + 1 && this.entityAt[i + 1]!.type === 'PER')) return null;
    }
    return null;
  }

  /** "، خبير في مكافحة الإرهاب ل"نيوزويك":" -> role and outlet; also "وهي متحدثة باسم المكتب" */
  protected apposition(after: number, end: number): { role: string | null; outlet: string | null } {
    if (after >= end) return { role: null, outlet: null };
    let j = after;
    if (COMMA.test(this.toks[j].text)) j++;
    if (j < end && RESTATING.has(this.toks[j].norm)) {
      // "وهو يغادر البيت الأبيض": a verb after it tells what the person does, not who they are
      if (j + 1 < end && /^[يت]/.test(this.toks[j + 1].norm)) return { role: null, outlet: null };
      j++;
    }
    if (j === after) return { role: null, outlet: null };
    // ("ويلبر روس، الخميس، بدء ...": a day set off by commas is when, not who)
    const past = this.pastSkipped(j, end);
    if (past > j && (past >= end || COMMA.test(this.toks[past].text))) return { role: null, outlet: null };
    const from = j;
    let outlet: string | null = null;
    let roleEnd = j;
    while (j < end && j < after + 16) {
      const t = this.toks[j];
      if (COMMA.test(t.text) || t.text === ':' || this.isComplementizerAt(j) || SENTENCE_END.test(t.text)) break;
      if (QUOTE_MARKS.has(t.text)) {
        // ل"نيوزويك": the outlet the words were given to
        const prev = j - 1;
        let close = j + 1;
        while (close < end && !QUOTE_MARKS.has(this.toks[close].text)) close++;
        if (prev >= from && this.toks[prev].norm === 'ل') {
          outlet = this.text(j + 1, close);
          break;
        }
        break;
      }
      j++;
      roleEnd = j;
    }
    let role = this.text(from, roleEnd).trim();
    if (outlet) role = role.replace(/\s*لـ*$/, '').trim();
    return { role: role || null, outlet };
  }

  /**
   * "قال مسؤول مكافحة الإرهاب في الوزارة، سيغال ماندلكر، في بيان، إن": a title at j up to the comma
   * at c, then between commas a name the tagger does not know (two or three words, or a known first
   * name and a family name with the article: "وزيرة السياحة المصرية، رانيا المشاط،").
   */
  protected untaggedApposedName(j: number, c: number, end: number): Known | null {
    if (c >= end || !COMMA.test(this.toks[c].text) || this.entityAt[c + 1] || !this.isTitleNoun(j)) return null;
    const familyName = this.isWord(c + 2) && !this.entityAt[c + 2] && COMMA.test(this.toks[c + 3]?.text ?? '') && this.firstName(c + 1);
    const named = familyName ? c + 3 : this.untaggedName(c + 1, end);
    return named > 0 && (named >= end || COMMA.test(this.toks[named].text)) ? this.speakers.unnamed(this.text(c + 1, named), this.text(j, c).trim()) : null;
  }

  /**
   * The person a description from token j up to `from` names in apposition after its comma: a tagged
   * person, or a listed first name and the words after it up to the next comma (the family name may
   * be tagged as a relative's: "زوجة الرئيس السوري بشار الأسد، أسماء الأسد،").
   */
  protected nameInApposition(j: number, from: number, end: number, gender: Gender): Known | null {
    const c = this.phraseEnd(from, j, end);
    const p = this.apposedPerson(c, end);
    if (p && !this.speakers.clashes(p, gender)) return this.speakers.remember(p, gender, this.text(j, c).trim(), null);
    if (c + 2 >= end || !COMMA.test(this.toks[c].text) || !this.firstName(c + 1)) return null;
    let to = c + 2;
    while (to < end && to < c + 5 && this.isWord(to)) to++;
    return to < end && to > c + 2 && COMMA.test(this.toks[to].text) ? this.speakers.unnamed(this.text(c + 1, to).trim(), this.text(j, c).trim()) : null;
  }

  /** Whether a word is one of the prepositions a title runs on over (لدى، في، أمام). */
  protected titlePreposition(norm: string): boolean {
    return TITLE_PREPOSITIONS.has(norm);
  }

  /**
   * The person a long title that started at j names further on, past its place and organisation,
   * before the subject ends: a tagged person, or a listed first name and the words after it.
   */
  protected nameEndingTitle(j: number, from: number, end: number, gender: Gender): Known | null {
    for (let m = from; m < end && m < from + 10; m++) {
      const t = this.toks[m];
      // (past the marks around the organisation's name: "في منظمة "هيومن رايتس ووتش" في الصين مايا وانغ")
      if (QUOTE_MARKS.has(t.text) && m + 1 < end) continue;
      if (!this.isWord(m) || this.isComplementizerAt(m) || this.lex.cue(t.norm)) return null;
      // (not past another preposition, "في مؤتمر صحفي مع الوزير ..." names a companion, nor another title)
      // (an organisation's head is no other title: "في منظمة "هيومن رايتس ووتش"")
      if ((this.lex.stop(t.norm) && !this.titlePreposition(t.norm)) || (!this.entityAt[m] && this.personTitleAt(m))) return null;
      const p = this.entityAt[m];
      if (p && p.type === 'PER' && p.first === m) return p.last <= end ? this.speakers.remember(p, gender, this.text(j, m).trim(), null) : null;
      if (!p && !this.lex.stop(t.norm) && this.firstName(m)) {
        const to = this.untaggedName(m, end);
        return to > m ? this.speakers.unnamed(this.text(m, to).trim(), this.text(j, m).trim()) : null;
      }
    }
    return null;
  }

  /**
   * The subject between the comma at c and the next one, before the complementizer: a person or
   * organisation, or two to four words the tagger missed with no article, cue or stop word.
   */
  protected subjectBetweenCommas(c: number, end: number, gender: Gender): Known | null {
    let close = c + 1;
    while (close < end && close < c + 6 && this.isWord(close)) close++;
    if (close >= end || close === c + 1 || !COMMA.test(this.toks[close].text) || !this.isComplementizerAt(this.pastSkipped(close + 1, end))) return null;
    const e = this.entityAt[c + 1];
    if (e && e.first === c + 1 && e.last === close && (e.type === 'PER' || e.type === 'ORG')) return this.speakers.remember(e, gender, null, null);
    if (e || close - c - 1 < 2) return null;
    for (let a = c + 1; a < close; a++) if (this.entityAt[a] || this.lex.cue(this.toks[a].norm) || this.lex.stop(this.toks[a].norm) || /^[وف]?ال/.test(this.toks[a].norm)) return null;
    return this.speakers.unnamed(this.text(c + 1, close).trim());
  }
}
