import type { Span } from '../doc/span.js';
import { withoutArticle, type Cue, type Gender } from './quote-cues.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { COMMA, SENTENCE_END, type EntityAt } from './quote-text.js';
import type { Known } from './quote-speakers.js';
import { NISBA, RELATIVES } from './quote-organisations.js';
import { RELATIVE_GENDER, RESUMPTIVE } from './quote-clause-openers.js';
import { INDEFINITE_NISBA, PREPOSITIONS, QuoteObjects } from './quote-objects.js';
import { segmentClitics } from '../text/clitics.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/normalize.js';

/** "نفسه"، "ذاتها": the same one (المصدر نفسه). */
const SAME = /^(نفسه|نفسها|ذاته|ذاتها|نفسهم|ذاتهم)$/;
/** "ذات المصادر"، "نفس المصدر"، "وفقا لذات المصادر": the same one, before its noun. */
const SAME_BEFORE = /^ل?(ذات|نفس)$/;
/** A word that ends in the accusative's tanween (مغرداً، مغردًا): an adverb of manner, never a subject. */
const ACCUSATIVE_TANWEEN = /(\u064B\u0627|\u0627\u064B)$/;

/** Whether a word opens with the proclitic, as the clitic segmentation reads it (بحدوث, not بيان). */
function isProclitic(word: string, clitic: string): boolean {
  const first = segmentClitics(word)[0];
  return first.kind === 'proclitic' && first.text.replace(/\u0640/g, '') === clitic;
}

/** Whether a word opens with the preposition ل, as the clitic segmentation reads it (لمتسابق, not لجنة). */
function startsWithLam(word: string): boolean {
  return isProclitic(word, 'ل');
}


/** how far before a quotation mark its cue may be (tokens) */
export const CUE_WINDOW = 40;

/** Words after a title's organisation within which the title's holder may still be named (إلى الشرق الأوسط، لعملية السلام في ...). */
const TITLE_SCOPE_WORDS = 7;

/**
 * Who speaks: the subject a reporting cue governs, read off the words around it. Verb-subject
 * order first ("قال مايكل سميث"), with the title before the name and the apposition after it as
 * role and a ل"outlet" as outlet; then a description the article ties to a name (السفيرة،
 * ولي العهد), a subject before the verb, the sentence's first agent, and at last the speaker book's
 * last fitting speaker. The quote finder (quotes.ts) decides what is quoted; this decides by whom.
 */
export class QuoteSubjects extends QuoteObjects {
  /** the quotes found so far, in reading order (attrs.speakerRef holds each one's speaker) */
  readonly spans: Span[] = [];

  /**
   * The cue at token k, unless it is no cue here (the passive, يدعى "is called", بين "between") or a
   * preposition before it makes a verb's form its verbal noun ("لم يرغب في كشف اسمه").
   */
  protected verbCue(k: number): Cue | undefined {
    const cue = this.lex.cue(this.toks[k].norm);
    if (cue && this.notACue(k)) return undefined;
    if (!cue || (cue.role !== 'say' && cue.role !== 'continue') || k === 0) return cue;
    return this.lex.verbalNounAfter(this.toks[k - 1].norm) || !this.homographReadsAsVerb(k) ? undefined : cue;
  }

  /** "يُزعم بأنهم": a cue in the passive, written with its damma, says no one said it. */
  protected passiveAt(k: number): boolean {
    return this.lex.passiveWithDamma(this.toks[k].norm) && /^[وف]?[يت]\u064F/.test(this.toks[k].text);
  }

  /** A cue form that is no cue here: the passive, يدعى "is called", a noun it also is (وهو طالب), or one whose object is a name kept back (صحافية لم تكشف هويتها). */
  protected notACue(k: number): boolean {
    if (this.passiveAt(k) || this.lex.calledForm(this.toks[k].text) || this.lex.nounAsWritten(this.toks[k].text)) return true;
    // "وهو طالب"، "20 ألف طالب"، "طالب لجوء": the noun its form also is
    if (this.lex.nounHomograph(this.toks[k].norm) && ((k > 0 && this.toks[k - 1].kind === 'number') || this.lex.nounReading(this.toks[k].norm, this.toks[k - 1]?.norm, this.toks[k + 1]?.norm))) return true;
    const one = this.toks[k + 1]?.norm;
    const two = this.toks[k + 2]?.norm;
    // ("والذي يعتبر أكبر مركز في أوروبا"، "تعتبر بمثابة": is considered, no one speaks)
    return one !== undefined && (this.lex.withheldIdentity(one) || (two !== undefined && this.lex.withheldIdentity(one + ' ' + two)) || this.lex.considered(this.toks[k].norm, one));
  }

  /** Whether token k is no preposition homograph, or one written with its shadda (بيّن "showed"). */
  protected writtenAsVerb(k: number): boolean {
    return !this.lex.prepositionHomograph(this.toks[k].norm) || this.toks[k].text.includes('\u0651');
  }

  /**
   * Whether a cue written like a preposition (بين "between", بيّن "showed") reads as the verb at
   * token k: written with its shadda, or opening a clause (وبين، فبين; after punctuation, قد or a
   * clause opener such as كما). "من بين"، "الفندق بين موكله" are the preposition.
   */
  protected homographReadsAsVerb(k: number): boolean {
    const t = this.toks[k];
    if (this.writtenAsVerb(k) || t.norm[0] === 'و' || t.norm[0] === 'ف' || k === 0) return true;
    const prev = this.toks[k - 1];
    return !this.isWord(k - 1) || this.lex.skip(prev.norm) || this.lex.clauseOpener(prev.norm);
  }

  /**
   * The group a share at token j is of: the definite word after "من" ("55.7% من المستطلعين"), or,
   * with none there, the group the last such share in the text was of ("بينما قال 1.8% فقط").
   */
  private groupOfShare(j: number, end: number): string | null {
    const after = (n: number, stop: number): string | null => {
      for (let m = n + 1; m < stop && m <= n + 3; m++) {
        if (this.toks[m].norm !== 'من') continue;
        const g = m + 1;
        return g < this.toks.length && /^ال/.test(this.toks[g].norm) ? this.toks[g].text : null;
      }
      return null;
    };
    const own = after(j, end);
    if (own) return own;
    for (let n = j - 1; n >= 0; n--) {
      if (this.toks[n].kind !== 'number') continue;
      const earlier = after(n, this.toks.length);
      if (earlier) return earlier;
    }
    return null;
  }

  /** A named subject right before a colon: "وزير الخارجية X:" */
  protected subjectBefore(k: number): Known | null {
    let org: EntityAt | null = null;
    for (let j = k - 1; j >= 0 && j > k - CUE_WINDOW; j--) {
      const e = this.entityAt[j];
      if (e && e.type === 'PER') return this.speakers.remember(e, '-', null, null);
      if (e && e.type === 'ORG') org ??= e;
      if (SENTENCE_END.test(this.toks[j].text)) break;
    }
    return org ? this.speakers.remember(org, '-', null, null) : null;
  }

  /**
   * Who a statement mentioned in the given sentence ("قالت الوزارة في بيان") speaks for, read from the
   * quotes since: an organisation quoted later (statements are issued by organisations: "وقالت وزارة
   * الخارجية الفرنسية إن") or else the speaker of that sentence, not a person quoted in between.
   */
  protected override statementSpeaker(sentence: number): Known | null {
    for (let i = this.spans.length - 1; i >= 0; i--) {
      const cue = this.spans[i].attrs?.cue as { start: number } | null;
      const sp = this.spans[i].attrs?.speakerRef as Known | null;
      if (!cue || !sp) continue;
      const at = this.sentenceOf[this.tokenAt(cue.start)];
      if (at < sentence) break;
      if (at === sentence || this.organisationSpeaker(sp)) return sp;
    }
    return null;
  }

  /** An organisation as a speaker: tagged so, or unnamed with an organisation's head ("وزارة الخارجية الفرنسية"). */
  private organisationSpeaker(sp: Known): boolean {
    if (sp.type === 'ORG') return true;
    const head = normalize(sp.name.split(/\s+/)[0] ?? '', SEARCH_NORMALIZATION);
    return sp.type === null && (this.lex.orgHead(head) || this.lex.orgHead(withoutArticle(head)));
  }

  /** The speaker of the last quote emitted in verb k's sentence, if its gender fits the verb. */
  private speakerEarlierInSentence(k: number, gender: Gender): Known | null {
    const start = this.toks[this.sentenceStartToken(k)].start;
    // (an organisation agrees as its name's head does, and writers switch: "وكان الإنتربول قد قال
    // ... إنه ...، وأضافت أن" is still the organisation)
    const fitting = (sp: Known) => (gender === '-' || sp.gender === '-' || sp.gender === gender || this.organisationSpeaker(sp) ? sp : null);
    let inRelative: Known | null = null;
    for (let i = this.spans.length - 1; i >= 0; i--) {
      const s = this.spans[i];
      if (s.end <= start) break;
      const sp = s.attrs?.speakerRef as Known | null;
      // (not a verb in a relative clause on a noun of the sentence, when one before it speaks: "وقال
      // الطراونة إن ...، وقد ارتفع عدد الموقعين على المذكرة التي تطالب بردها ...، لافتاً")
      const cue = s.attrs?.cue as { start: number } | null;
      const c = cue ? this.tokenAt(cue.start) : -1;
      if (sp && c > 0 && RELATIVES.test(this.toks[c - 1].norm)) {
        inRelative ??= sp;
        continue;
      }
      if (sp) return fitting(sp);
    }
    return inRelative && fitting(inRelative);
  }

  /** The subject of the clause an adverbial cue hangs on: that clause's speaker, or its first named agent. */
  protected clauseSubject(k: number, gender: Gender): Known | null {
    const start = this.sentenceStartToken(k);
    // "وأفادت الأنباء أن الرئيس قاطعه ذات مرة قائلا": inside reported words, the subject of their clause
    const reported = this.reportedClauseSubject(start, k, gender);
    if (reported) return reported;
    const earlier = this.speakerEarlierInSentence(k, '-');
    if (earlier) return earlier;
    // "بل إن الأمين العام بان كي مون، حذر منها، قائلا": a name right before the clause's verb
    for (let v = k - 1; v > start; v--) {
      const c = this.verbCue(v);
      if (!c || (c.role !== 'say' && c.role !== 'continue')) continue;
      const before = COMMA.test(this.toks[v - 1].text) ? v - 2 : v - 1;
      const e = before >= start ? this.entityAt[before] : null;
      if (e && e.last === before + 1 && (e.type === 'PER' || e.type === 'ORG') && !this.speakers.clashes(e, c.gender)) return this.speakers.remember(e, c.gender, null, null);
      break;
    }
    // "أكد مكتب رئاسة الحكومة في بيان مقتل ...، موضحا أن": the subject right after the clause's verb
    for (let v = start; v < k; v++) {
      const c = this.verbCue(v);
      if (!c || (c.role !== 'say' && c.role !== 'continue')) continue;
      const subject = this.pastSkipped(v + 1, k);
      // (or a definite title: "ولاحقا نفى المحامي النيجيري هذه الاتهامات، قائلا"; or a document: "وتابع بيان
      // الوزارة قائلا")
      const titled = subject < k && ((/^ال/.test(this.toks[subject].norm) && this.lex.speakerNoun(this.toks[subject].norm) !== undefined) || this.lex.documentNoun(this.toks[subject].norm) !== undefined);
      // (or an indefinite title: "وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات، لافتا")
      if (subject < k && (this.entityAt[subject] !== null || this.lex.orgHead(withoutArticle(this.toks[subject].norm)) || this.lex.unnamedSource(this.toks[subject].norm) || this.lex.roleNoun(this.toks[subject].norm) || titled)) {
        const s = this.speakerFor(v, c, k);
        if (s) return s;
      }
      break;
    }
    // "وانتقد مسؤول آخر بإحدى الجمعيات الإسلامية ذلك الحظر، قائلا": an unnamed source right after
    // the clause's first word, its verb, whatever the verb
    let verb = start;
    while (verb < k && !this.isWord(verb)) verb++;
    if (verb + 2 < k && !this.lex.cue(this.toks[verb].norm) && !this.entityAt[verb + 1] && this.lex.unnamedSource(this.toks[verb + 1].norm)) {
      const s = this.speakerFor(verb, { role: 'say', gender }, k);
      if (s) return s;
    }
    // "وتوعد رئيس الوزراء الإسرائيلي إيران وحزب الله، مشددا": the untagged subject right after the
    // opening verb, before any name further on
    const untagged = this.untaggedSubjectOfOpeningVerb(start, k, gender, true);
    if (untagged) return untagged;
    // (not one a preposition governs: "إذا تنافس مع وينفري قائلا")
    for (let j = start; j < k; j++) {
      const e = this.entityAt[j];
      // (or a state after a feminine verb: "ودافعت إسرائيل عن هذا الإجراء قائلة")
      const state = e !== null && e.first === j && this.stateAfterVerb(e, j, start, gender);
      if (e && (e.type === 'PER' || e.type === 'ORG' || state) && !(e.first === j && this.governed(j, start))) return this.speakers.remember(e, gender, null, null);
    }
    // "لكن القاضي أرجأه قائلا": after لكن, a definite title before the clause's verb is its subject
    const contrasted = this.titleAfterContrast(start, k, gender);
    if (contrasted) return contrasted;
    return this.speakers.fitting(gender) ?? this.previousSentenceSubject(start, gender);
  }

  /**
   * The subject of the clause a complementizer opens before token k, when k hangs on that clause
   * (no comma or other cue between): a person or organisation named right after إن/أن, or a
   * definite title the article gave someone ("أن الرئيس قاطعه ... قائلا").
   */
  private reportedClauseSubject(start: number, k: number, gender: Gender): Known | null {
    let c = k - 1;
    while (c > start && !this.isComplementizerAt(c)) {
      if (COMMA.test(this.toks[c].text) || QUOTE_MARKS.has(this.toks[c].text) || this.lex.cue(this.toks[c].norm)) return null;
      c--;
    }
    if (c <= start || c + 1 >= k || !/^[اأإ]?ن$|^بان$/.test(this.toks[c].norm)) return null;
    const e = this.entityAt[c + 1];
    if (e && e.first === c + 1 && (e.type === 'PER' || e.type === 'ORG')) return this.speakers.clashes(e, gender) ? null : this.speakers.remember(e, gender, null, null);
    if (e || !this.lex.speakerNoun(this.toks[c + 1].norm)) return null;
    const described = this.speakers.describedEntity(c + 1, c + 2, k, gender);
    return described && described.type === 'PER' ? this.speakers.remember(described, gender, null, null) : null;
  }

  /**
   * "المصدر نفسه"، "المسؤول ذاته"، "ذات المصادر"، "نفس المصدر" at token j: the same one as before,
   * the last speaker (one with that role first: "نقلت وسائل إعلام عن السفير نفسه" is the
   * ambassador, whoever spoke last). Null when the words at j say no such thing.
   */
  protected sameAsBefore(j: number, end: number, gender: Gender, afterVerb = false): Known | null {
    if (j + 1 >= end) return null;
    let noun: number;
    if (/^(ال|وال)/.test(this.toks[j].norm) && !this.entityAt[j] && SAME.test(this.toks[j + 1].norm)) noun = j;
    else if (SAME_BEFORE.test(this.toks[j].norm) && /^ال/.test(this.toks[j + 1].norm) && !this.entityAt[j + 1]) noun = j + 1;
    else return null;
    const role = this.lex.speakerNoun(this.toks[noun].norm);
    const before = role ? this.speakers.backReference(role.noun, false) : null;
    if (before) return before;
    // with no one of that role before, an unnamed source (المصدر، المصادر) is whoever spoke last;
    // so is any "X نفسه" after a verb, but not "نفس الكلام" said again, nor "بحسب المرصد ذاته",
    // which the source's own words find ("المرصد السوري لحقوق الإنسان")
    const unnamed = this.lex.unnamedSource(withoutArticle(this.toks[noun].norm)) || role?.noun === 'مصدر';
    return unnamed || (afterVerb && noun === j) ? this.speakers.fitting(gender) : null;
  }

  /**
   * "تصريحات الرئيس الأمريكي دونالد ترامب التي طالب فيها": a relative pronoun (or a comma) before verb
   * k, فيه/فيها after it at j, and before them a person or organisation whose utterance (a few words
   * before the name) the verb takes up: that name.
   */
  private utteranceOwner(k: number, j: number, end: number): EntityAt | null {
    if (k < 3 || j >= end || !RESUMPTIVE.test(this.toks[j].norm)) return null;
    // (the relative pronoun of a definite utterance, or a comma after the name in apposition: "تصريحات
    // نسبها إلى القيادي في الحركة، محمود الزهار، قال فيها")
    const linked = RELATIVE_GENDER[this.toks[k - 1].norm] !== undefined || COMMA.test(this.toks[k - 1].text);
    const e = linked ? this.entityAt[k - 2] : null;
    if (!e || e.last !== k - 1 || (e.type !== 'PER' && e.type !== 'ORG') || this.postedOn(e.first, this.sentenceStartToken(k))) return null;
    for (let u = e.first - 1, n = 0; u >= 0 && n < 8 && this.sentenceOf[u] === this.sentenceOf[k]; u--) {
      if (!this.isWord(u)) continue;
      // (فيها takes up a feminine or plural utterance, فيه a masculine one: "أصدرت بيانا بشأن تصريحات
      // جنينة، قالت فيه" is the statement's, not Genena's)
      const w = withoutArticle(this.toks[u].norm);
      if (this.lex.utterance(w)) return /(ه|ات)$/.test(w) === (this.toks[j].norm === 'فيها') ? e : null;
      n++;
    }
    return null;
  }

  /**
   * The speaker a verb cue governs: the named subject after it (titles before the name become its
   * role), a back-referring noun, an unnamed noun phrase (مصدر عسكري، ماي), a named subject just
   * before the verb, or, for a verb with no subject of its own, the last speaker that fits.
   */
  protected speakerFor(k: number, cue: Cue, limit: number): Known | null {
    // "حيث قال وفقا لما نقلته صحيفة سبق: "..."": a source phrase right after a speaking verb only says
    // where the verb's words were read; the verb's subject speaks
    if (cue.role === 'source') {
      const v = this.previousWord(k - 1);
      const said = v >= 0 && this.sentenceOf[v] === this.sentenceOf[k] ? this.verbCue(v) : undefined;
      if (said && said.role === 'say') return this.speakerFor(v, said, k);
    }
    const end = Math.min(limit < 0 ? k + 12 : limit, this.sentenceEndToken(k));
    const fronted = this.frontedTopic(k, cue.gender);
    if (fronted) return fronted;
    const apposed = this.frontedNameBeforeComma(k, cue.gender);
    if (apposed) return apposed;
    // "صحيفة لاكروا دعت الدول الأوروبية إلى": a name that opens its clause right before the verb is
    // its subject, and what follows the verb its object
    const topic = this.clauseOpeningSubject(k, cue.gender);
    if (topic) return topic;
    // "وكان الرئيس المصري دعا الأربعاء إسرائيل والفلسطينيين إلى": after كان the subject comes before the
    // verb, and what follows the verb is its object
    const kanaSubject = cue.role === 'say' ? this.subjectOfKana(k, cue.gender) : null;
    if (kanaSubject) return kanaSubject;
    // "وذكرت الخارجية الأميركية أنها أبلغت الكونغرس بأن": right after a complementizer with a pronoun,
    // the verb's subject is that pronoun, the speaker of the words it stands in, and what follows the
    // verb its object
    if (k > 0 && cue.gender !== '-' && /^[اأإب]?[اأإ]?ن(ه|ها|هم)$/.test(this.toks[k - 1].norm) && this.isComplementizerAt(k - 1)) {
      const outer = this.speakerEarlierInSentence(k, cue.gender);
      if (outer) return outer;
    }
    let j = this.pastSkipped(k + 1, end);
    // "وقال، توم هاولز، إن": a subject set off by commas right after the verb
    const commaSubject = j < end && COMMA.test(this.toks[j].text) ? this.subjectBetweenCommas(j, end, cue.gender) : null;
    if (commaSubject) return commaSubject;
    // "ووصفت ماي الهجوم بأنه": a word right after the verb that the tagger missed here but tags
    // elsewhere as the name of one person ("تيريزا ماي") is that person
    const called = cue.role !== 'source' && j < end && this.isWord(j) && !this.entityAt[j] ? this.speakers.personCalled(this.toks[j].text) : null;
    if (called && !this.speakers.clashes(called, cue.gender)) return this.speakers.remember(called, cue.gender, null, null);
    // "وتمنى ماكرون لبوتين النجاح، لكنه حث موسكو على": after لكنه the pronoun is the subject (the
    // person who opens its sentence, or the sentence before when لكنه opens this one), and what
    // follows the verb is its object
    // (so does إلا أنه "however"; the pronoun, not the verb, says whose gender: "لكنها قال إن")
    const pronoun = k > 0 ? /(ه|ها|هم)$/.exec(this.toks[k - 1].norm) : null;
    const however = pronoun !== null && k > 1 && this.isComplementizerAt(k - 1) && /^[وف]?الا$/.test(this.toks[k - 2].norm);
    if (pronoun && (this.lex.contrast(this.toks[k - 1].norm) || however) && this.sentenceOf[k - 1] === this.sentenceOf[k]) {
      const gender: Gender = pronoun[1] === 'ه' ? 'm' : pronoun[1] === 'ها' ? 'f' : 'p';
      const opening = however ? k - 2 : k - 1;
      const start = this.sentenceStartToken(k);
      let first = start;
      while (first < opening && !this.isWord(first)) first++;
      // (or an organisation the tagger missed: "شرطة الميتروبوليتان البريطانية لم تكشف ... إلا أنها قالت")
      const opener = first === opening ? this.previousSentenceSubject(start, gender) : (this.sentenceOpener(first, opening, gender) ?? this.openingOrganisation(start, opening));
      if (opener) return opener;
      j = end;
    }
    // "وطالبوا متطرفي حركة طالبان بإعادة السلام": a verb that carries a plural ending has a pronoun
    // for its subject (a named subject after the verb leaves it singular: "وقال المسؤولون"), so what
    // follows it is its object
    if ((cue.role === 'say' || cue.role === 'continue') && cue.gender === 'p' && /(وا|ون)$/.test(this.toks[k].norm)) j = end;
    // "قال مغرداً عبر حسابه"، "يقول دائماً": an accusative written with its tanween right after the
    // verb says how or when; the verb has no subject of its own there (what follows is the
    // accusative's: "قال مبرراً أسباب رفضه")
    // (or without it, a participle: "وأضاف ممازحا:"، "وأضاف مخاطباً الصحافيين")
    if (j < end && (ACCUSATIVE_TANWEEN.test(this.toks[j].text) || this.mannerParticiple(j)) && !this.entityAt[j]) j = end;
    // ("وأبلغ جنوده أن"، "ودعا أنصاره إلى": after a verb of addressing, a noun with a pronoun is whom
    // it addresses; the subject is the one the pronoun stands for)
    if (j < end && this.lex.addresseeVerb(this.toks[k].norm) && !this.entityAt[j] && /.{2,}(ه|ها|هم|هما)$/.test(this.toks[j].norm) && !/^[وف]?ال/.test(this.toks[j].norm) && /[هم]$/.test(this.toks[j].text)) j = end;
    // ("وقالت طالبة عدم الكشف عن هويتها": asking not to be named, not a student)
    if (j + 1 < end && this.lex.withholding(this.toks[j].norm) && this.toks[j + 1].norm === 'عدم') j = end;
    // ("ودعا المسؤولين في الولايات المجاورة إلى": a definite sound plural in ين is accusative, the
    // object; the subject would be in ون, "وقال المسؤولون")
    if (cue.role !== 'source' && j < end && this.isWord(j) && !this.entityAt[j] && /^[وف]?ال.{3,}ين$/.test(this.toks[j].norm) && !this.lex.stop(this.toks[j].norm)) j = end;
    // "تصريحات الرئيس الأمريكي دونالد ترامب التي طالب فيها الدول": the relative's antecedent is what
    // the person right before the relative said, and they are the verb's subject
    const utteredBy = this.utteranceOwner(k, j, end);
    if (utteredBy) return this.speakers.remember(utteredBy, cue.gender, null, null);
    // "الوقت الذي قال فيه المرصد إن": the subject comes after the pronoun that takes up the relative's antecedent
    if (j < end && k > 0 && RELATIVE_GENDER[this.toks[k - 1].norm] && RESUMPTIVE.test(this.toks[j].norm)) j = this.pastSkipped(j + 1, end);
    // ("في وقت أشار فيه الرئيس"، "مؤتمرا صحفيا قال فيه الرئيس ماكرون": فيه takes up an antecedent with no
    // relative pronoun; not before إن, nor after a verb that takes an object, which comes there: "بيانا
    // وصفت فيه العقوبات بأنها"، "شكوى تتهم فيها غوغل")
    // (nor after a relative that is the subject: "فثمة من يرى فيه الرجل المحنك"; a word must follow)
    else if (j + 1 < end && /^(فيه|فيها)$/.test(this.toks[j].norm) && this.isWord(j + 1) && !QUOTE_MARKS.has(this.toks[j + 1].text) && !this.isComplementizerAt(j + 1) && !this.takesObject(k) && !(k > 0 && (RELATIVES.test(this.toks[k - 1].norm) || /^و?من$/.test(this.toks[k - 1].norm)))) j = this.pastSkipped(j + 1, end);
    // "قدر 55.7% من المستطلعين أن ..." / "قال 1.8% فقط إنهم ...": a share speaks for its group
    if (j < end && this.toks[j].kind === 'number') {
      const group = this.groupOfShare(j, end);
      if (group) return this.speakers.unnamed(group);
    }
    if (this.loneObjectBeforePreposition(k, j, end)) j = end;
    // "قد أفاد هيئة الإذاعة البريطانية بأن": a masculine verb does not take an organisation whose head
    // is feminine (هيئة، وزارة، منظمة) for its subject; that is whom it told
    // (a verb that opens its clause, that is: a verbal noun agrees with nothing, "ورغم نفي جبهة البوليساريو")
    if (j < end && cue.gender === 'm' && (cue.role === 'say' || cue.role === 'continue') && this.opensClause(k) && (this.feminineOrganisationAt(j) || this.feminineThingsAt(j))) j = end;
    const same = this.sameAsBefore(j, end, cue.gender, true);
    if (same) return same;
    // "وقال كل من إيتشلز وآندي بشبليسكي": the speakers come after كل من
    if (j + 2 < end && this.lex.eachOf(this.toks[j].norm) && this.toks[j + 1].norm === 'من') j += 2;
    // "ويقول عدد من الخبراء" / "وأكد أكثر من نصف المشاركين": a part of a group speaks as one, من and
    // all; "وقال أكثر من مرة إن" says how often, and who comes after it or not at all
    const ofPart = j + 2 < end && this.lex.partitive(this.toks[j].norm) && this.toks[j + 1].norm === 'من';
    const times = ofPart && this.lex.timesNoun(this.toks[j + 2].norm);
    if (times) j = this.pastSkipped(j + 3, end);
    const partitive = ofPart && !times ? j + 1 : -1;
    // "وقال مستشار الأمن القومي جون بولتون": a title and the definite words it governs (an
    // organisation the tagger missed), then the person who holds it (not past a ل: "لنظيره الروسي سيرغي
    // لافروف"، "المحامي السابق للرئيس الأمريكي دونالد ترامب" is not Trump)
    if (j < end && !this.entityAt[j] && this.personTitleAt(j)) {
      const p = this.personAfterTitle(j + 1, Math.min(end, j + 1 + TITLE_SCOPE_WORDS));
      let between = p ? j + 1 : end;
      while (p && between < p.first && !this.entityAt[between] && !startsWithLam(this.toks[between].text)) between++;
      // (a name right after an indefinite noun is what that noun governs: "محامي ترامب، مايكل كوهين"، "مستشار مون")
      if (p && between === p.first && this.toks[p.first].start === p.start && /^[وف]?ال/.test(this.toks[p.first - 1].norm)) {
        const { role, outlet } = this.apposition(p.last, end);
        return this.speakers.remember(p, cue.gender, [this.text(j, p.first).trim(), role].filter(Boolean).join('، '), outlet);
      }
    }
    // "أكد وزير الدولة لشؤون الخليج في المملكة العربية السعودية، تامر السبهان، أن": a title whose
    // words name places or organisations, then between commas a name the tagger does not know
    if (j < end && !this.entityAt[j] && this.isTitleNoun(j) && !this.lex.unnamedSource(this.toks[j].norm)) {
      const c = this.phraseEnd(j + 1, j, end);
      const untagged = c - j > 2 && this.entityAt.slice(j + 1, c).some(Boolean) ? this.untaggedApposedName(j, c, end) : null;
      if (untagged) return untagged;
    }
    // "بين موسكو التي تنفي تورطها": a relative pronoun that agrees with the verb is its subject when
    // no one else is named after the verb (a definite noun, a name, an unnamed source may be: "التي
    // قالت مصادر إنها")
    if (j < end && k > 0 && RELATIVE_GENDER[this.toks[k - 1].norm] && this.isWord(j) && !this.entityAt[j] && !/^[وف]?ال/.test(this.toks[j].norm)) {
      const w = this.toks[j].norm;
      if (!this.lex.unnamedSource(w) && !this.lex.roleNoun(w) && !this.lex.orgHead(w) && !this.lex.groupSource(w) && !this.lex.partitive(w) && !QUOTE_MARKS.has(this.toks[j].text)) {
        const relative = this.relativeSubject(k, cue.gender);
        if (relative) return relative;
      }
    }
    let i = j;
    let pronounLike = false;
    let aside = 0;
    for (; i < end && i < j + 10 + aside; i++) {
      const t = this.toks[i];
      if (t.text === ':' || COMMA.test(t.text) || SENTENCE_END.test(t.text) || this.isComplementizerAt(i)) break;
      // "وقالت المرأة التي اتهمت ترودو بالتحرش إنها": a relative clause after the subject's head is
      // about it; a name inside it is no subject
      if (i > j && RELATIVES.test(t.norm) && !this.entityAt[j]) break;
      // "ويتهم المدافعون عن حقوق الإنسان | نظام السيسي"، "وتصف السلطات الفرنسية | مهمة جيشها": an
      // indefinite noun after the subject's definite words cannot describe them; the object begins
      // (not a name the tagger missed, nor a word with a preposition or a conjunction on it)
      if (i > j && !this.personTitleAt(j) && this.definiteObjectStart(i)) break;
      // "المتحدث الرسمي باسم #قوات_التحالف (تحالف دعم الشرعية في اليمن)، العقيد الركن #تركي_المالكي،":
      // an aside in brackets after the subject's first words is passed over whole
      const close = i > j && t.text === '(' ? this.asideEnd(i, end) : -1;
      if (close > 0) {
        aside += close - i + 1;
        i = close;
        continue;
      }
      const e = this.entityAt[i];
      if (e && e.first < i) continue;
      // "اتهم وزير الخارجية الروسي يوم الأربعاء الولايات المتحدة بـ": a time after the subject ends it;
      // a name after the time is the object ("وطالب محامي رمضان مرة أخرى بإجراء": or a phrase of them)
      if (!e && i > j && this.pastSkipped(i, end) > i) break;
      if (e && this.toks[i].start < e.start && /^ل/.test(t.norm)) {
        // "ذكر الموقع الرسمي لحلف شمال الأطلسي أن": a document or site of an organisation speaks for it
        if (i > j && (e.type === 'ORG' || e.type === 'PER') && this.lex.documentNoun(this.toks[j].norm)) return this.speakers.remember(e, cue.gender, null, null);
        break; // لرويترز: the outlet, not the subject
      }
      if (/^ل./.test(t.norm) && this.lex.titleCue(t.norm.slice(1))) break; // لشبكة سي بي إس، لصحيفة ...: to whom, not who
      // "قالت لمتسابق"، "قال لنظيره": right after the verb, the preposition ل and a noun say to whom
      // (a word whose ل is its own, لجنة، لاعب، لبنان, is no preposition)
      if (i === j && !e && t.kind === 'arabic' && startsWithLam(t.text)) break;
      // ("واعترف بحدوث "بعض الأخطاء"": nor does a noun with the preposition ب, what the verb is about)
      if (i === j && !e && t.kind === 'arabic' && isProclitic(t.text, 'ب')) break;
      // "وأعلنت شركة الغاز الخاضعة لسيطرة الحوثيين": a name that a noun with ل governs is no subject;
      // the organisation's words before it are
      if (i > j + 1 && !e && t.kind === 'arabic' && startsWithLam(t.text) && !/^لل/.test(t.norm) && this.entityAt[i + 1]?.first === i + 1 && this.lex.orgHead(this.toks[j].norm)) break;
      // "أعلن البيت الأبيض عن قرار ترامب": a name the tagger calls MISC right after the verb is its
      // subject all the same (an institution by its building), not a reason to look further on
      if (e && e.type === 'MISC' && i === j && e.first === i && e.last <= end && !this.lex.documentNoun(t.norm)) return this.speakers.unnamed(this.text(e.first, e.last).trim());
      if (e && (e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC')) {
        // "وطالب التحالف مجلس حقوق الإنسان بضمان": a definite organisation head is a whole noun
        // phrase (no construct has the article), so the organisation or place after it is the object
        // (not a nisba adjective the tagger took for a place: "السلطات السعودية" is one phrase)
        if (i === j + 1 && e.type !== 'PER' && !NISBA.test(t.norm) && /^[وف]?ال/.test(this.toks[j].norm) && this.lex.orgHead(withoutArticle(this.toks[j].norm))) {
          return this.organisationByHead(j, cue.gender) ?? this.speakers.unnamed(this.text(j, i).trim());
        }
        // "مدير معهد نوبل أولاف نيولستاد": an organisation in the title, then the person
        if (e.type !== 'PER') {
          // ("زعيم الحوثيين في اليمن عبد الملك الحوثي": the place of the organisation may come between)
          // (or with its preposition attached: "سفير مصر بنيوزيلندا طارق الوسيمي")
          let after = e.last;
          const inPlace = this.toks[after]?.norm === 'في' ? 1 : 0;
          const place = this.entityAt[after + inPlace];
          if (place && place.type === 'LOC' && place.first === after + inPlace && (inPlace || /^[بل]/.test(this.toks[after].norm))) after = place.last;
          const p = this.entityAt[after] ?? this.entityAt[after + 1];
          if (p && p.type === 'PER' && p.first <= after + 1 && p.first >= after && p.last <= end) {
            const title = this.text(j, p.first).replace(/[،,:(\s]+$/, '').trim();
            const { role, outlet } = this.apposition(p.last, end);
            return this.speakers.remember(p, cue.gender, [title, role].filter(Boolean).join('، ') || null, outlet);
          }
          // "مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف": or a few words on, what the title
          // covers coming between (no other title there: "رئيس وزراء إسرائيل الرئيس الإيراني حسن روحاني"
          // is an object)
          const covered = this.personTitleAt(j) ? this.personAfterTitle(after, Math.min(end, after + TITLE_SCOPE_WORDS)) : null;
          if (covered) {
            const { role, outlet } = this.apposition(covered.last, end);
            return this.speakers.remember(covered, cue.gender, [this.text(j, covered.first).trim(), role].filter(Boolean).join('، ') || null, outlet);
          }
          // "القائد العام للحرس الثوري، اللواء محمد علي جعفري، إن": or the name in apposition after it
          const apposed = i > j && this.personTitleAt(j) ? this.apposedPerson(this.phraseEnd(e.last, j, end), end) : null;
          if (apposed) {
            const { role, outlet } = this.apposition(apposed.last, end);
            return this.speakers.remember(apposed, cue.gender, [this.text(j, e.last).trim(), role].filter(Boolean).join('، '), outlet);
          }
          // "المتحدث باسم وزارة الخارجية التركية حامي أقصوي في بيان": a title, its organisation, then a
          // name the tagger does not know
          const named = i > j && this.isTitleNoun(j) ? this.untaggedName(e.last, end) : -1;
          if (named > e.last) return this.speakers.unnamed(this.text(e.last, named), this.text(j, e.last));
          // "كما قال الأمين العام للأمم المتحدة": a definite title over an organisation, for the person
          // the article gave that title
          // (or a title heading a construct over the organisation, definite through it: "وقال أمين عام الأمم
          // المتحدة، إن" after "أمين عام الأمم المتحدة، #أنطونيو_غوتيريس،"; every word of it in the person's title)
          const definiteHead = /^(ال|وال)/.test(this.toks[j].norm);
          const construct = !definiteHead && e.type === 'ORG' && !this.objectOpensBetween(j, e.first) && this.wordsIn(j, e.first) === e.first - j && ![...Array(e.first - j).keys()].some((d) => this.lex.stop(this.toks[j + d].norm));
          const titled = i > j && (definiteHead || construct) && this.isTitleNoun(j) ? this.speakers.describedEntity(j, e.last, k, cue.gender, construct, construct) : null;
          if (titled && titled.type === 'PER') return this.speakers.remember(titled, cue.gender, null, null);
          // "وأفاد مراسل وكالة الأنباء الفرنسية"، "قال خبراء تابعون للأمم المتحدة": an indefinite title
          // or group over an organisation or place, with no name, is someone unnamed of it, described as
          // the article does
          // (a person's title: not a document's or an office's, "بيان لوزارة الدفاع" is the ministry's)
          const head = this.toks[j].norm;
          if (i > j && !/^(ال|وال)/.test(head) && (this.lex.roleNoun(head) || this.lex.groupSource(head)) && !this.lex.documentNoun(head) && !this.lex.orgHead(head) && !this.lex.orgHead(withoutArticle(head)) && !this.nameAhead(e.last, Math.min(end, e.last + 6))) {
            return this.speakers.unnamed(this.text(j, e.last).trim());
          }
        }
        // "وأدان القادة الثلاثة أول استخدام لسلاح كيماوي داخل أوروبا": a place or organisation after
        // the object has begun is no subject
        if (this.objectOpensBetween(j, e.first)) break;
        // "قالت شرطة مدينة ميامي"، "ذكر راديو إسرائيل"، "مصادر ميدانية بمحافظة تعز": an organisation
        // of a place, or an outlet's people there, speak, not the place
        const head = this.toks[j].norm;
        if (e.type === 'LOC' && i > j && e.first - j <= 4 && !/^[وف]?ال/.test(head) && (this.lex.orgHead(head) || this.lex.outletNoun(head))) {
          // (an adjective ends its name before the place: "وزارة الخارجية الفرنسية | روسيا")
          const ended = NISBA.test(this.toks[e.first - 1].norm) && !this.entityAt[e.first - 1];
          let to = ended ? e.first : e.last;
          while (!ended && to < end && to < e.last + 2 && NISBA.test(this.toks[to].norm) && !this.entityAt[to]) to++;
          // ("وكالة الأنباء السورية الرسمية (سانا)": with its closing bracket)
          if (this.toks[to - 2]?.text === '(' && this.toks[to]?.text === ')') to++;
          return this.speakers.unnamed(this.text(j, to).trim());
        }
        // "قال محامي رئيس كاتالونيا السابق كارلس بويغديمون"، "قال مكتب رئيسة الوزراء البريطانية تيريزا
        // ماي": a tie (محامي، زوجة) or an organisation's head (مكتب، حكومة) over the person is who speaks
        const over = this.toks[j].norm;
        if (e.type === 'PER' && i > j && !/^[وف]?ال/.test(over) && ((this.lex.relationNoun(over) && !this.tieWithPronoun(j)) || this.lex.orgHead(over))) {
          // (named in apposition after it: "زوجة الرئيس السوري بشار الأسد، أسماء الأسد،")
          const named = this.lex.relationNoun(over) ? this.nameInApposition(j, e.last, end, cue.gender) : null;
          return named ?? this.speakers.unnamed(this.text(j, e.last).trim());
        }
        // "المنظمة الدولية" tagged as a name: the organisation the article introduced as منظمة "..."
        const titled = e.type === 'ORG' ? this.organisationTitled(e) : null;
        if (titled) return this.speakers.remember(titled, cue.gender, null, null);
        // "أعلن المتحدث الرسمي باسم شرطة لندن أن": a place inside a person's title is where the title
        // is held, not who speaks; the title is someone the article does not name here
        // (unless the title goes on to the name: "السفير الإماراتي لدى هولندا أمام محكمة العدل الدولية سعيد النويس")
        if (e.type === 'LOC' && i > j && this.personTitleAt(j) && !this.lex.documentNoun(this.toks[j].norm)) return this.nameEndingTitle(j, e.last, end, cue.gender) ?? this.speakers.unnamed(this.text(j, e.last).trim());
        const title = this.text(j, e.first).replace(/[،,:(\s]+$/, '').trim();
        const { role, outlet } = this.apposition(e.last, end);
        return this.speakers.remember(e, cue.gender, [title, role].filter(Boolean).join('، ') || null, outlet);
      }
      if (QUOTE_MARKS.has(t.text)) {
        // صحيفة "ذي وال ستريت جورنال": a quoted outlet name as the subject
        let close = i + 1;
        while (close < end && !QUOTE_MARKS.has(this.toks[close].text)) close++;
        // "مديرة منظمة "النساء الآن للتنمية" غير الحكومية ماريا العبدة": the organisation is the person's title
        let at = close + 1;
        // (not the leader named after it: "المتحدث باسم "الجيش الوطني الليبي" بقيادة حفتر")
        while (at < end && at < close + 4 && this.isWord(at) && !this.entityAt[at] && !this.lex.stop(this.toks[at].norm) && !this.isComplementizerAt(at) && !this.lex.ledBy(this.toks[at].norm, this.toks[at + 1]?.norm)) at++;
        // (not when an organisation is the subject: "اتهمت وزارة الداخلية "القيادي الإخواني" أبو الفتوح")
        const p = this.entityAt[at];
        if (close < end && p && p.type === 'PER' && p.first === at && p.last <= end && !this.lex.orgHead(this.toks[j].norm)) {
          const { role, outlet } = this.apposition(p.last, end);
          return this.speakers.remember(p, cue.gender, [this.text(j, at).trim(), role].filter(Boolean).join('، '), outlet);
        }
        if (i > j && this.lex.titleCue(this.toks[i - 1].norm) && close < end) {
          // "وكشفت مديرة منظمة "النساء الآن للتنمية"": the person the article gave that title
          const titled = i - 1 > j && this.isTitleNoun(j) ? this.speakers.describedEntity(j, close, k, cue.gender, true) : null;
          if (titled && titled.type === 'PER') return this.speakers.remember(titled, cue.gender, null, null);
          const inner = this.entityAt[i + 1];
          if (inner && inner.first === i + 1 && inner.type === 'ORG') return this.speakers.remember(inner, cue.gender, this.text(j, i).trim() || null, null);
          return this.speakers.unnamed(this.text(i + 1, close), this.text(j, i));
        }
        // "وتقول "الأناضول" إن": a quoted name right after the verb, then its complementizer, is the subject
        // (or where it said it: "دعت "مجموعة الأزمات الدولية" في تقرير السعودية إلى")
        const inDocument = close + 2 < this.toks.length && this.toks[close + 1].norm === 'في' && this.lex.documentNoun(this.toks[close + 2].norm) !== undefined;
        if (i === j && close < end && close + 1 < this.toks.length && close - i <= 4 && (this.isComplementizerAt(close + 1) || COMMA.test(this.toks[close + 1].text) || inDocument)) {
          const inner = this.entityAt[i + 1];
          if (inner && inner.first === i + 1 && inner.last === close && (inner.type === 'ORG' || inner.type === 'PER')) return this.speakers.remember(inner, cue.gender, null, null);
          // (not to whom: "وأكد "للأمة الإيرانية" أن"; not a short name the organisation was given in
          // full before: "وأوضحت "المالية" أن" after وزارة المالية المصرية)
          let words = close > i + 1 && !/^لل/.test(this.toks[i + 1].norm) && !(close === i + 2 && this.lex.institution(this.toks[i + 1].norm));
          for (let a = i + 1; a < close; a++) if (!this.isWord(a) || this.lex.cue(this.toks[a].norm)) words = false;
          if (words) return this.speakers.unnamed(this.text(i + 1, close));
        }
        // "وذكرت خدمة "موديز" للمستثمرين إن": an indefinite noun heading a short quoted name (not a
        // person's title or an unnamed source: "وصف مسؤول "الهجوم"" has a term for its object) is the
        // named body, the noun its role
        const head = this.toks[j].norm;
        if (i === j + 1 && close < end && close - i <= 5 && !/^[وف]?ال/.test(head) && !/^ال/.test(this.toks[i + 1].norm) && !this.entityAt[j] && !this.lex.stop(head) && !this.lex.cue(head) && !this.lex.roleNoun(head) && !this.lex.unnamedSource(head) && !this.lex.groupSource(head) && !this.lex.documentNoun(head) && this.shortQuotedName(i + 1, close)) {
          // (an organisation's head noun stays in its name, as the article writes it: "شركة دانون")
          return this.lex.orgHead(head) ? this.speakers.unnamed(`${this.text(j, i).trim()} ${this.text(i + 1, close).trim()}`) : this.speakers.unnamed(this.text(i + 1, close), this.text(j, i));
        }
        // "صرّحت المتخصصة بشؤون الإرهاب "آن غيديتشللي"": a title or a definite description, then a name
        // the tagger does not know in quotation marks
        if (i > j && (this.isTitleNoun(j) || /^(ال|وال)/.test(this.toks[j].norm)) && close < end && this.quotedName(i + 1, close)) return this.speakers.unnamed(this.text(i + 1, close), this.text(j, i));
        break;
      }
      const noun = this.lex.speakerNoun(t.norm);
      // "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا": a noun that titles a name is no back-reference
      // ("القائد العام للحرس الثوري، اللواء محمد علي جعفري،": nor one with the name in apposition,
      // nor an indefinite title heading a construct: "رئيس مجلس إدارة شركة إير بروداكتس")
      if (noun && i === j && !this.nameAhead(i + 1, Math.min(end, j + 10)) && !this.apposedPerson(this.phraseEnd(i, j, end), end) && !this.headsConstruct(i, end)) {
        // "وقال المرصد"، "وأوضحت المنظمة": an organisation's head noun is the organisation the article
        // named with it, not a person whose title holds the noun (مدير المرصد، المتحدث باسم المنظمة)
        const organisation = this.lex.orgHead(noun.noun) ? this.organisationByHead(j, cue.gender) : null;
        if (organisation) return organisation;
        const author = noun.authorLike ? this.authorBefore(i, cue.gender) : null;
        if (author) return this.speakers.remember(author, cue.gender, null, null);
        // (a person's title only: "وقالت الصحيفة البريطانية" is still the paper quoted before)
        const person = !noun.authorLike && !this.lex.orgHead(noun.noun) && !this.lex.documentNoun(noun.noun) && !this.lex.outletNoun(noun.noun);
        const adjectives = person ? this.nisbaAfter(i + 1, end) : [];
        const ref = this.speakers.backReference(noun.noun, noun.authorLike, adjectives);
        if (ref) return ref;
        // (with adjectives that set it apart from the one quoted before, it is someone new, not the last speaker)
        // (nor is one the article wrote before without its article, for someone it did not name: "نفى
        // مسؤول سعودي رفيع المستوى ... . وقال المسؤول السعودي")
        const introduced = i + 1 < end && this.speakers.writtenIndefinite([withoutArticle(t.norm), withoutArticle(this.toks[i + 1].norm)], i);
        // (nor a spokesman of a body named after باسم: "وقال المتحدث باسم الدفاع المدني" is not the
        // agency quoted before; the spokesman the article named with those words is found above)
        pronounLike = !this.speakers.contradicted(noun.noun, adjectives) && !introduced && this.toks[i + 1]?.norm !== 'باسم';
      }
      const inPartitive = i === partitive || (i === partitive + 1 && this.lex.demonstrative(t.norm));
      if (!inPartitive && (this.lex.stop(t.norm) || (this.lex.cue(t.norm) && !this.lex.nounAsWritten(t.text)))) break;
    }
    // "السفير الإماراتي لدى هولندا أمام محكمة العدل الدولية سعيد النويس": a title, where and before whom
    // it is held, then the name
    if (i > j && i + 1 < end && this.personTitleAt(j) && this.titlePreposition(this.toks[i].norm)) {
      const named = this.nameEndingTitle(j, i, end, cue.gender);
      if (named) return named;
    }
    // "رئيس هيئة الإطفاء في نيويورك دانيال نيغرو": a title, the place where it is held, then the name
    if (i > j && i + 2 < end && this.toks[i].norm === 'في' && this.personTitleAt(j)) {
      const place = this.entityAt[i + 1];
      // (with the name's rank between: "رئيس مركز المصالحة الروسي في سوريا اللواء يوري يفتوشينكو")
      const ranked = place && place.last + 1 < end && /^ال/.test(this.toks[place.last].norm) && this.isTitleNoun(place.last) && !this.entityAt[place.last] ? 1 : 0;
      const p = place && place.type === 'LOC' && place.first === i + 1 ? this.entityAt[place.last + ranked] : null;
      if (place && p && p.type === 'PER' && p.first === place.last + ranked && p.last <= end && !(p.last < end && this.lex.cue(this.toks[p.last].norm))) {
        const { role, outlet } = this.apposition(p.last, end);
        return this.speakers.remember(p, cue.gender, [this.text(j, p.first).trim(), role].filter(Boolean).join('، ') || null, outlet);
      }
    }
    // (not after unnamed sources: "وكشفت مصادر في الشرطة، حيفتس، الذي ... أنه" tells about him, "ووصف
    // مسؤول أميركي، ترمب، بأنه" has him for its object; but an official's office may be followed by
    // the name: "قال مسؤول مكافحة الإرهاب في الوزارة، سيغال ماندلكر،")
    const office = j + 1 < i && /^[وف]?مس[ؤو]ول[ةه]?$/.test(this.toks[j].norm) && !/(ي|يه|ية)$/.test(this.toks[j + 1].norm);
    if (i > j && (!this.lex.unnamedSource(this.toks[j].norm) || office)) {
      // "قال ولي العهد السعودي، محمد بن سلمان، إن" / "السفيرة الأمريكية في مجلس الأمن، نيكي هايلي،":
      // the description, then the name in apposition
      // (not a name the verb's gender rules out: "وقالت والدة المحتجز القتيل، أحمد سيد عيد،" names the
      // son, not his mother)
      const c = this.phraseEnd(i, j, end);
      const p = this.apposedPerson(c, end);
      if (p && !this.speakers.clashes(p, cue.gender)) {
        const { role, outlet } = this.apposition(p.last, end);
        return this.speakers.remember(p, cue.gender, [this.text(j, c).trim(), role].filter(Boolean).join('، '), outlet);
      }
      // "قال مسؤول مكافحة الإرهاب في الوزارة، سيغال ماندلكر، في بيان، إن": a title, then between commas
      // a name the tagger does not know
      const untagged = this.untaggedApposedName(j, c, end);
      if (untagged) return untagged;
    }
    if (i > j) {
      // "وأشار البيان إلى": a document speaks for whoever the article said issued it
      const issued = this.lex.documentNoun(this.toks[j].norm) ? this.documentSpeaker(j, Math.min(i, j + 3), k, cue.gender) : null;
      if (issued) return issued;
      // "وقالت الوزارة" / "وأشار الحزب": an organisation's head noun with the article stands for the
      // organisation the article introduced with it ("حزب مصر القوية"), before any person whose
      // title holds the noun ("نائب رئيس الحزب")
      const byHead = this.organisationByHead(j, cue.gender);
      if (byHead) return byHead;
      // "المتحدث باسم وزارة الخارجية التركية حامي أقصوي في بيان": a definite title, then a name the
      // tagger does not know
      const titledName = this.untaggedNameAfterTitle(j, i, end);
      if (titledName) return titledName;
      // "السفيرة الأمريكية": a definite description of someone the article names elsewhere; not an
      // organisation's name ("اتهمت وزارة الداخلية المصرية "القيادي الإخواني" أبو الفتوح")
      // ("وقال الجيش الأميركي": not the one person the article called الأميركي)
      const described = this.lex.orgHead(this.toks[j].norm) || this.lex.orgHead(withoutArticle(this.toks[j].norm)) ? null : this.speakers.describedEntity(j, Math.min(i, j + 5), k, cue.gender);
      if (described) return this.speakers.remember(described, cue.gender, null, null);
      // a back-referring noun no role and no description explains (المحلل) is the last fitting speaker;
      // an organisation's (الجيش، الحركة) is no person quoted before, and with nobody before, the
      // noun itself speaks
      const organisation = this.lex.orgHead(withoutArticle(this.toks[j].norm));
      const fitting = pronounLike && !organisation ? this.speakers.fitting(cue.gender) : null;
      if (fitting) return fitting;
      // "الاستطلاع" / "بيان اللجنة" / "المركز": a document, or an organisation named earlier by its head
      const issuer = this.documentSpeaker(j, Math.min(i, j + 3), k, cue.gender);
      if (issuer) return issuer;
      // (without a time after it: "مراسل وكالة الأنباء الفرنسية مساء الأحد")
      let to = Math.min(i, j + 5);
      while (to > j + 1 && this.lex.skip(this.toks[to - 1].norm)) to--;
      // (an organisation's name ends where its words do: "واتهم حزب العيش والحرية | الأجهزة الأمنية")
      const named = this.lex.orgHead(this.toks[j].norm) ? this.nameChainEnd(j) : -1;
      if (named > j && named < to) to = named;
      // (a sound plural with its ن, or a word with a pronoun, takes no genitive: a definite word after it
      // that does not agree with it is the object, "واتهم ناشطون | السلطات التركية"، "وأبلغ المحققون | السكان")
      for (let m = j + 1; m < to; m++) {
        const prev = this.toks[m - 1].norm;
        const norm = this.toks[m].norm;
        // (a plural of a title or source: not التلفزيون، التعدين، شؤون, whose ون/ين is their own)
        const plural = /.{3,}(ون|ين)$/.test(prev) && (this.lex.roleNoun(prev.slice(0, -2)) || this.lex.unnamedSource(prev) || this.lex.groupSource(prev));
        if (this.isWord(m) && !this.entityAt[m] && /^ال/.test(norm) && !/(ون|ين)$/.test(norm) && (plural || /.{2,}(هما|هم)$/.test(prev)) && !this.entityAt[m - 1] && !this.lex.stop(prev)) {
          to = m;
          break;
        }
      }
      // (an indefinite description ends before a definite word that follows its indefinite adjective,
      // which cannot describe it: "وصف مصدر دبلوماسي تركي | الاتهامات الموجهة"، "مسؤولون أميركيون سابقون | الاجتماع")
      // (nor does it go on past its definite words into an indefinite noun, which cannot describe them:
      // "وأكد متحدث باسم الجيش الإسرائيلي | حصول الغارات")
      if (!/^[وف]?ال/.test(this.toks[j].norm)) {
        for (let m = j + 2; m < to; m++) {
          const norm = this.toks[m].norm;
          if (/^ال/.test(norm) && !this.entityAt[m] && this.indefiniteAdjective(m - 1)) {
            to = m;
            break;
          }
          if (this.isWord(m) && !this.entityAt[m] && /^[وف]?ال/.test(this.toks[m - 1].norm) && !/^[وف]?(ال|لل|بال)/.test(norm) && !this.lex.stop(norm) && !/^[بلو]/.test(norm)) {
            to = m;
            break;
          }
        }
      }
      // (an aside may open after it: "أكثر من نصف المشاركين (51%)")
      return this.speakers.unnamed(this.text(j, to).replace(/[\s(]+$/, ''));
    }
    // "الحكومة المصرية التي تقول إنها ...": a relative pronoun that agrees with the verb is its
    // subject, and stands for what comes before it ("الانتهاكات التي ادعى أنها" does not agree)
    const relative = this.relativeSubject(k, cue.gender);
    if (relative) return relative;
    const shared = this.timeClauseSubject(k, cue.gender);
    if (shared) return shared;
    const kana = this.subjectOfKana(k, cue.gender);
    if (kana) return kana;
    // "X قال": a named subject right before the verb (not one that ends the clause before a comma:
    // "إن العائلة لم تجد دليلا يدين فانس بمقتل كوكس، وأضافت")
    const before = this.previousWord(k - 1);
    const e = before >= 0 ? this.entityAt[before] : null;
    // (nor where the words were posted, which a preposition governs: "ورد جيفرز على رومني عبر تويتر وقال")
    const where = e !== null && (this.governed(e.first, this.sentenceStartToken(k)) || this.prefixedByPreposition(e));
    // (a state that opens the sentence, with a feminine verb, comma or not: "الإمارات أكدت وقوفها"، "مصر، أكدت")
    const opening = e !== null && e.type === 'LOC' && cue.gender === 'f' && e.first === this.nextWord(this.sentenceStartToken(k), k) && !where;
    // (not a headline's line, with no full stop, "تركيا تنفي "تسليم أي تسجيلات"": a link to another story)
    const stateBefore = opening && e!.last === (COMMA.test(this.toks[k - 1].text) ? k - 1 : k) && this.endsWithStop(k);
    if (stateBefore) return this.speakers.remember(e!, cue.gender, null, null);
    if (e && e.last === before + 1 && this.sentenceOf[before] === this.sentenceOf[k] && e.type !== 'LOC' && !where && !COMMA.test(this.toks[k - 1].text)) {
      // ("لكن صديق كافانو قال": a tie heading the name in a construct is who speaks, someone of that person's)
      // (not a tie with its pronoun, written with ه: "محاميه تشارلز هاردر أكد" is the lawyer himself)
      const tieAt = e.first - 1;
      const tie = e.first > 0 && e.type === 'PER' && this.sentenceOf[tieAt] === this.sentenceOf[k] && !/ه$/.test(this.toks[tieAt].text) && this.lex.relationNoun(withoutArticle(this.toks[tieAt].norm).replace(/^[وف](?=.{3})/, ''));
      if (tie) return this.speakers.unnamed(this.text(tieAt, e.last).trim());
      return this.speakers.remember(e, cue.gender, null, null);
    }
    // "بعد ورود تقارير تفيد بحصول": an indefinite document or unnamed source right before the verb,
    // in its sentence, is its subject
    if (before === k - 1 && !e && this.sentenceOf[before] === this.sentenceOf[k] && !/^[وف]?ال/.test(this.toks[before].norm)) {
      const w = this.toks[before].norm;
      if (this.lex.documentNoun(w) || this.lex.unnamedSource(w) || this.lex.groupSource(w)) return this.speakers.unnamed(this.text(before, k).trim());
    }
    // "لمن سمتهم مراقبين يقولون إن": a plural verb right after an indefinite plural noun, its subject
    // ("مسؤولين محليين قالوا": with the plural nouns and adjectives before it)
    if (cue.gender === 'p' && before === k - 1 && !e && this.sentenceOf[before] === this.sentenceOf[k]) {
      const plural = (m: number) => {
        const w = this.toks[m].norm;
        return this.isWord(m) && !this.entityAt[m] && /^.{3,}(ون|ين)$/.test(w) && !/^[وف]?ال/.test(w) && !this.lex.stop(w) && !this.lex.cue(w) && !RELATIVE_GENDER[w.replace(/^[وف]/, '')];
      };
      let from = before + 1;
      while (from > 0 && before - from < 2 && plural(from - 1) && this.sentenceOf[from - 1] === this.sentenceOf[k]) from--;
      if (from <= before) return this.speakers.unnamed(this.text(from, before + 1).trim());
    }
    // "ولكن رئيسة الوزراء قالت إن": a definite description right before the verb
    const described = this.descriptionBefore(k, cue.gender);
    if (described) return this.speakers.remember(described, cue.gender, null, null);
    // "السفير الروسي من جانبه أكد": a definite title with its adjectives opening the clause, for
    // someone the article does not name
    const titled = this.titleBefore(k);
    if (titled) return titled;
    // "إذ أن دراسة نشرت في عام 2015 أكدت أن": a document opening the clause before the verb, with
    // what the article says of it, speaks for an issuer it does not name
    const document = this.documentBefore(k);
    if (document) return document;
    // "صرحت المتخصصة ... في حوار مع قناة "العربية" أن ...، وأضافت أنه" / "...، لكنها اعتبرت أن": a
    // verb with no subject of its own goes on with the speaker of the words quoted earlier in its
    // sentence, not with a name met on the way
    if (cue.role === 'continue' || cue.role === 'say') {
      const earlier = this.speakerEarlierInSentence(k, cue.gender);
      if (earlier) return earlier;
    }
    // "أصدرت منظمة X بيانا، دعت فيه إلى ...": a verb inside the sentence continues its first agent
    // (an untagged one right after the opening verb first: "استذكرت صفحة "إسرائيل بالعربية" الممثل
    // نور الشريف ...، وأشارت" is the page, not the actor)
    const start = this.sentenceStartToken(k);
    const untagged = this.untaggedSubjectOfOpeningVerb(start, k, cue.gender);
    if (untagged) return untagged;
    for (let m = start; m < k; m++) {
      const a = this.entityAt[m];
      // (not one governed by a preposition of its own: "ما إذا كانوا قد لجأوا إلى حزب الله ...، أجابت";
      // an attached ل is often "by": "سلسلة من التغريدات لخلفان ...، حيث قال")
      const governed = a !== null && m > start && PREPOSITIONS.has(this.toks[m - 1].norm);
      // (or a state, the subject of a feminine verb before: "وكثيرا ما تنفذ تركيا ضربات ...، وتقول إنها";
      // not a place a preposition, attached or not, governs: "في تركيا"، "بتركيا")
      const state = a !== null && this.stateAfterVerb(a, m, start, cue.gender);
      if (a && a.first === m && (a.type === 'PER' || a.type === 'ORG' || state) && !governed && !this.postedOn(m, start) && !this.speakers.clashes(a, cue.gender)) return this.speakers.remember(a, cue.gender, null, null);
      // "فوجئ السفير بحضور ...، حيث كتب: ...": or a description of someone the article names
      const d = !a && this.lex.speakerNoun(this.toks[m].norm) ? this.speakers.describedEntity(m, Math.min(m + 3, k), k, cue.gender) : null;
      if (d) return this.speakers.remember(d, cue.gender, null, null);
      // "لكن المحللين يملكون وجهة نظر أخرى، إذ يرون أن": a plural verb, the definite plural that opens the sentence
      const opens = this.wordsIn(start, m) === 0 || (this.wordsIn(start, m) === 1 && this.lex.contrast(this.toks[this.previousWord(m - 1)].norm));
      if (!a && opens && cue.gender === 'p' && /^[وف]?ال.{3,}(ون|ين)$/.test(this.toks[m].norm) && !this.lex.stop(this.toks[m].norm)) {
        // (with its nisba adjectives: "المسؤولون الإيرانيون قالوا")
        let to = m + 1;
        while (to < k && NISBA.test(this.toks[to].norm) && !this.entityAt[to]) to++;
        return this.speakers.unnamed(this.text(m, to).replace(/^(و|ف)(?=ال)/, ''));
      }
    }
    // "وكالة الأنباء القطرية لم تكشف ...، واكتفت بالقول إن": with no speaker before, an organisation
    // the tagger missed that opens the sentence
    // "وحض مومتزيس كل الأطراف على ... . وأضاف": a verb that goes on goes on with the person the
    // sentence before was about, quoted or not
    // (so does a speaking verb that opens its sentence: "وطالب مدير المكتب، مهدي التميمي، بالتحقيق. وقال: ...")
    const opensSentence = this.wordsIn(start, k) === 0;
    // (or a speaking verb after a word that opens a clause with no subject of its own: "وكان نصر الله
    // قد استبعد ... . كما قال في خطاب"، "وكان آخر هذه التصريحات عندما قال")
    const opensClause = before >= start && this.lex.clauseOpener(this.toks[before].norm.replace(/^[وف](?=.{2})/, ''));
    // (unless someone was quoted in the sentence before, after its opener: "الرئيس ترمب قال إن ... كما
    // يقول توم كونتريمان. وأضاف" goes on with the one read last)
    // (but one whose words the opener passed on, "ونقل الوزير عن شاهد قوله ... . وأضاف", leaves the opener speaking)
    const lastAt = this.speakers.lastAt;
    const previousStart = start > 0 ? this.sentenceStartToken(start - 1) : 0;
    let quotedBefore = this.speakers.last !== null && start > 0 && lastAt >= previousStart && lastAt < start;
    for (let v = previousStart; quotedBefore && v <= lastAt; v++) if (this.lex.relayVerb(this.toks[v].norm)) quotedBefore = false;
    const previous = !quotedBefore && (cue.role === 'continue' || (cue.role === 'say' && (opensSentence || opensClause))) ? (this.previousSentenceSubject(start, cue.gender) ?? this.previousSentenceOrganisation(start, cue.gender)) : null;
    return previous ?? this.speakers.fitting(cue.gender) ?? this.openingOrganisation(start, k) ?? this.previousSentenceSubject(start, cue.gender);
  }

  /**
   * "وكتب المجلس الوطني لسلامة النقل تغريدة قال فيها إنه"، "ووصف شهود عيان الحادث، وقالوا إنهم"،
   * "وأورد التلفزيون الرسمي نبأ المحادثة، وقال إنه": a verb inside the sentence, with no subject of
   * its own, continues the subject of the verb that opens the sentence, when that subject is a
   * speaker's noun phrase the tagger did not name (an organisation's head, a title, an unnamed
   * source or group, a definite noun and its adjectives).
   */
  private untaggedSubjectOfOpeningVerb(start: number, k: number, gender: Gender, titleAlone = false): Known | null {
    // the verb k goes on from the opening one: joined by و, after a comma, or taking up a document by
    // فيه ("بيانا أشارت فيه"); not a verb right after a noun, whose subject or description that noun
    // may be ("لكن خبيرة طبية أكدت"، "رجل هولندي ... قال إنه"، "التي أعلنت")
    if (k < 3) return null;
    // (و as a conjunction, not a root's first letter: "وصفها")
    const goesOn = (/^و/.test(this.toks[k].norm) && this.lex.cue(this.toks[k].norm.slice(1)) !== undefined) || COMMA.test(this.toks[k - 1].text) || RESUMPTIVE.test(this.toks[k + 1]?.norm ?? '');
    if (!goesOn) return null;
    let verb = start;
    while (verb < k && !this.isWord(verb)) verb++;
    const v = this.toks[verb].norm;
    // the opening word reads as a verb: no name, no article, no particle or time word (nor the passive's تم)
    // (أل with its hamza is a verb's first letters, not the article: "ألقت الشرطة القبض")
    if (verb + 2 >= k || this.entityAt[verb] || (/^[وف]?ال/.test(v) && !/^[وف]?[أإآ]ل/.test(this.toks[verb].text)) || /^[وف]?تم$/.test(v) || this.lex.stop(v) || this.lex.skip(v) || this.lex.contrast(v) || this.lex.clauseOpener(v) || this.isComplementizerAt(verb)) return null;
    const s = this.pastSkipped(verb + 1, k);
    const head = this.toks[s]?.norm ?? '';
    const l = this.lex;
    // (a sound plural only for a plural verb: "التأمين" is no people)
    // (or a family or a tie, by the name it governs: "ونشرت عائلة تشابمان بيانا ...، وقالت"، "ونشر محامي
    // دانييلز تغريدة قال فيها")
    const family = l.relationNoun(head) && this.entityAt[s + 1]?.first === s + 1 && this.entityAt[s + 1]!.type === 'PER';
    const speakerLike = l.roleNoun(head) || l.orgHead(withoutArticle(head)) || l.unnamedSource(head) || l.unnamedSource(withoutArticle(head)) || l.groupSource(head) || l.documentNoun(head) !== undefined || family;
    const people = gender === 'p' && /^[وف]?ال.{3,}(ون|ين)$/.test(head);
    // (a group is no subject of a singular verb: "وحمل مسؤولون أوروبيون ترامب مسؤولية ... التي وصفها")
    if (gender !== 'p' && gender !== '-' && /^.{3,}(ون|ين)$/.test(withoutArticle(head))) return null;
    if (s >= k - 1 || this.entityAt[s] || !this.isWord(s) || !(speakerLike || people)) return null;
    // its words: the head, the definite noun or the name it governs if it has no article ("وزير
    // العدل"، "فريق مولر") or the word that goes with an unnamed source ("شهود عيان"), its adjectives
    // and a construct with ل ("لسلامة النقل"); not a definite object ("ورفض وزير العدل الأمريكي التعليق")
    const word = (m: number) => m < k && this.isWord(m) && !this.entityAt[m] && !l.stop(this.toks[m].norm) && !l.cue(this.toks[m].norm);
    let to = s + 1;
    const named = this.entityAt[to];
    if (!/^[وف]?ال/.test(head) && named && named.first === to && named.last < k) to = named.last;
    else if (word(to) && ((!/^[وف]?ال/.test(head) && /^ال/.test(this.toks[to].norm)) || l.unnamedSource(head))) to++;
    // ("سكان محليون"، "دبلوماسيون غربيون": a group's indefinite adjective)
    else if (word(to) && l.groupSource(head) && INDEFINITE_NISBA.test(this.toks[to].norm)) to++;
    while (word(to) && to < s + 6 && NISBA.test(this.toks[to].norm)) to++;
    if (word(to) && word(to + 1) && /^ل[^ل]/.test(this.toks[to].norm) && /^ال/.test(this.toks[to + 1].norm)) to += 2;
    // (the subject ends before the verb k, with something between: its object, a comma)
    if (to >= k) return null;
    // a person's title is someone the article names ("وزير العدل الأمريكي" for جيف سيشنز, "رئيس الوزراء
    // الإسرائيلي" for نتنياهو), or whoever spoke last: not this rule's to say
    if (family) return this.speakers.unnamed(this.text(s, to).trim());
    if (this.personTitleAt(s)) {
      // (by all of the title's words: its head or its adjective alone pick out someone else)
      const d = this.speakers.describedEntity(s, to, k, gender, !/^[وف]?ال/.test(head), true);
      if (d && d.type === 'PER') return this.speakers.remember(d, gender, null, null);
      // (for an adverbial cue, a title for someone the article does not name is that unnamed person:
      // "وتوعد رئيس الوزراء الإسرائيلي إيران وحزب الله، مشددا" is not Hezbollah; a finite verb may go
      // on with whoever spoke last: "وقال جيف سيشنز ... . ورفض وزير العدل الأمريكي التعليق، وأكد")
      return titleAlone && /^[وف]?ال/.test(this.toks[s + 1]?.norm ?? '') && to > s + 1 ? this.speakers.unnamed(this.text(s, to).trim()) : null;
    }
    // (nor a bare indefinite head, "حكومة"، "موقع": the name it heads is past what these words read)
    if (to === s + 1 && !/^[وف]?ال/.test(head) && !l.unnamedSource(head) && !l.groupSource(head)) return null;
    return this.speakers.unnamed(this.text(s, to).trim());
  }

  /**
   * "مقال لحازم الأمين ... ويرى الكاتب"، "هذا التحقيق ل بيتان ماكرمان ... وتقول الكاتبة": the
   * latest person before token k named as a piece's author, of the verb's gender when known.
   */
  private authorBefore(k: number, gender: Gender): EntityAt | null {
    for (let j = k - 1; j >= 1; j--) {
      const e = this.entityAt[j];
      if (!e || e.first !== j || e.type !== 'PER' || this.speakers.clashes(e, gender)) continue;
      const attached = /^ل/.test(this.toks[j].norm) && this.lex.authoredPiece(this.toks[j - 1].norm);
      const apart = j >= 2 && this.toks[j - 1].norm === 'ل' && this.lex.authoredPiece(this.toks[j - 2].norm);
      if (attached || apart) return e;
    }
    return null;
  }

}
