import { withoutArticle } from './quote-cues.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { NISBA } from './quote-organisations.js';
import { QuoteClauseOpeners } from './quote-clause-openers.js';
import { segmentClitics } from '../text/clitics.js';

/** An indefinite nisba adjective, as normalized (محليون، غربيين، أمنيه). */
export const INDEFINITE_NISBA = /^[^ال].{2,}(ي|يه|يون|يين)$/;
/** Indefinite adjectives of rank or standing (كبير، سابقون), besides the nisba (INDEFINITE_NISBA). */
const STANDING = /^(كبير|كبار|رفيع|بارز|بارزون|سابق|سابقه|سابقون|سابقين|مطلع|مطلعه|مطلعون)$/;
/** Prepositions written apart (normalized): a name right after one is no agent. */
export const PREPOSITIONS = new Set(['الي', 'علي', 'في', 'من', 'عن', 'مع', 'حول', 'بين', 'ضد', 'عبر', 'لدي', 'نحو', 'داخل', 'خارج', 'امام', 'عند', 'منذ', 'دون', 'تجاه', 'ضمن']);

/**
 * What stands around a verb and is not its subject: an object before its preposition (واتهم روسيا
 * بعدم ...)، a verb that takes one، a noun a preposition governs (مع وينفري)، the site something
 * was posted on (بموقع التواصل الاجتماعي، تويتر)، an organisation a verb's gender rules out (قد أفاد
 * هيئة الإذاعة)، the definite object after an unnamed source's adjectives. The subject readings
 * (quote-subjects.ts) pass these over.
 */
/** اتهم "accused", in the forms the verb takes as a cue. */
const ACCUSE = /^[وف]?(اتهم|اتهمت|يتهم|تتهم|اتهموا|يتهمون)$/;

export class QuoteObjects extends QuoteClauseOpeners {
  /**
   * "واتهم روسيا بعدم الالتزام"، "ووصف اجتماع الوزراء بأنه متوتر": after a verb that takes an object
   * before its ب, one noun phrase that names no speaker and then the ب: that phrase is the object,
   * the verb has no subject of its own (two phrases are subject and object: "اتهمت بريطانيا روسيا بـ").
   */
  protected loneObjectBeforePreposition(k: number, j: number, end: number): boolean {
    if (j >= end || !this.lex.objectBeforePreposition(this.toks[k].norm)) return false;
    const l = this.lex;
    const head = this.toks[j].norm;
    const e = this.entityAt[j];
    // (after اتهم any one phrase and then its ب is the accused: "واتهمت المعارضة المسلحة باختلاق الأمر",
    // where the subject, if any, is the pronoun; the verb may be passive, اُتهم، and have none)
    const accuses = ACCUSE.test(this.toks[k].norm);
    // (but an unnamed source or group stays a subject: "واتهم ناشطون السلطات التركية بقمع")
    if (e ? ((e.type === 'PER' || e.type === 'ORG') && !accuses) || e.first !== j : !this.isWord(j) || l.unnamedSource(withoutArticle(head)) || l.groupSource(head) || (!accuses && (this.isTitleNoun(j) || l.orgHead(withoutArticle(head)) || l.documentNoun(head) !== undefined))) return false;
    // (the caller's end may stop at the phrase's first word: the ب is looked for in the sentence)
    const limit = Math.min(this.sentenceEndToken(k), j + 6);
    const preposition = (b: number) => b < limit && this.isWord(b) && !this.entityAt[b] && /^ب/.test(this.toks[b].norm);
    let b = e ? e.last : j + 1;
    if (QUOTE_MARKS.has(this.toks[b]?.text ?? '') && preposition(b + 1)) return true; // واتهم روسيا "بعدم الالتزام"
    if (e) return preposition(b);
    // one phrase: a construct chain of indefinite nouns and what they govern ("اجتماع وزراء مجموعة
    // السبع"), then nisba adjectives ("القوى الغربية"); a name or a noun after a definite word or an
    // adjective starts the object ("القوى الغربية روسيا"، "جماعات حقوق الإنسان القوات")
    let closed = /^[وف]?ال/.test(head) || NISBA.test(head);
    for (; b < limit; b++) {
      if (preposition(b)) return true;
      const t = this.toks[b];
      const inside = this.entityAt[b];
      // (a title and its person: "واتهم المشير حفتر بأنه أطلق")
      if (accuses && inside?.type === 'PER' && inside.first === b && b === j + 1 && this.personTitleAt(j) && preposition(inside.last)) return true;
      if (!this.isWord(b) || this.isComplementizerAt(b) || l.stop(t.norm) || l.skip(t.norm) || (inside && (inside.type === 'PER' || (closed && inside.first === b)))) return false;
      if (inside) {
        b = inside.last - 1;
        closed = true;
        continue;
      }
      const definite = /^ال/.test(t.norm);
      // (a definite participle is an adjective too: "المعارضة المسلحة")
      const adjective = (definite ? NISBA.test(t.norm) || (accuses && /^الم/.test(t.norm) && !this.isTitleNoun(b)) : INDEFINITE_NISBA.test(t.norm)) && definite === /^[وف]?ال/.test(this.toks[b - 1].norm);
      if (closed && !adjective) return false;
      closed = closed || definite || adjective;
    }
    return false;
  }

  /** Whether the verb at k may take an object or a preposition's object (وصف، اتهم، طالب بـ، حذر من). */
  protected takesObject(k: number): boolean {
    const v = this.toks[k].norm.replace(/^[وف]/, '');
    // (and يظهر "appears", تظهر: "مقطع فيديو يظهر فيه مدير القناة يتوجه بالشكر")
    return /^[يت]ظهر$/.test(v) || [v, this.toks[k].norm].some((w) => this.lex.describeVerb(w) || this.lex.objectVerb(w) || this.lex.prepositionObject(w) !== undefined);
  }

  /**
   * Whether, in the words [from, to) after a verb, a definite noun phrase has ended: a definite word
   * and then an indefinite one that is no preposition, particle or time word ("القادة الثلاثة | أول
   * استخدام"). A title goes on definite ("الرئيس التنفيذي"), or through a preposition and the construct
   * it governs ("المتحدث باسم"، "لقيادة محور تعز"); an untagged word right before the name may be its
   * first ("الخارجية الفرنسية انييس فون در مول").
   */
  protected objectOpensBetween(from: number, to: number): boolean {
    let definite = false;
    for (let a = from; a < to - 1; a++) {
      if (!this.isWord(a) || this.entityAt[a]) return false;
      const norm = this.toks[a].norm;
      if (PREPOSITIONS.has(norm) || /^[بلك]/.test(norm)) definite = false;
      else if (/^[وف]?ال/.test(norm)) definite = true;
      // (a coordinated noun goes on the phrase: "النيابة العامة ووزارات عدة")
      else if (definite && !(norm.startsWith('و') && !PREPOSITIONS.has(norm.slice(1))) && !this.lex.stop(norm) && !this.lex.skip(norm)) return true;
    }
    // right before the name, a sound plural with its ن (which no construct keeps) or a definite
    // document noun heads no name: the name is the object ("ويتهم معارضون أردوغان"، "ودعا التقرير الرياض")
    const last = to - 1;
    if (last < from || !this.isWord(last) || this.entityAt[last]) return false;
    const bare = this.toks[last].norm.replace(/^[وف](?=ال)/, '');
    return this.lex.humanPlural(bare) || (/^ال/.test(bare) && this.lex.documentNoun(bare) !== undefined);
  }

  /**
   * Whether the name at token m says where something was posted, a few words after the page or site
   * it is on: "تغريدة للسفير على صفحته بموقع التواصل الاجتماعي، تويتر، قال فيها" (Twitter is no agent there).
   */
  protected postedOn(m: number, start: number): boolean {
    for (let i = m - 1; i >= start && i >= m - 4; i--) if (this.isWord(i) && this.lex.postedOn(this.toks[i].norm.replace(/^[وفبل]/, ''))) return true;
    return false;
  }

  /**
   * Whether a preposition governs the word at token j (in the sentence from token `start`): "مع
   * وينفري". عبر opening a clause is the verb "expressed" (من جانبه، عبر سبيلمان عن حزنه), not "via".
   */
  protected governed(j: number, start: number): boolean {
    if (j <= start) return false;
    const prev = this.toks[j - 1].norm;
    return PREPOSITIONS.has(prev) && !(prev === 'عبر' && (j - 2 < start || !this.isWord(j - 2)));
  }

  /** Whether the word at k opens its clause as a verb does: joined by و/ف, or after a clause boundary, قد، كان، كما. */
  protected opensClause(k: number): boolean {
    return k === 0 || /^[وف]/.test(this.toks[k].norm) || !this.isWord(k - 1) || /^[وف]?(قد|لقد|كما|ثم|كان|كانت)$/.test(this.toks[k - 1].norm);
  }

  /** Whether an organisation with a feminine head noun (هيئة، الوزارة، منظمة) opens at token j, tagged or not. */
  protected feminineOrganisationAt(j: number): boolean {
    const e = this.entityAt[j];
    if (e && (e.first !== j || e.type !== 'ORG')) return false;
    const head = withoutArticle(this.toks[j].norm);
    return /ه$/.test(head) && this.lex.orgHead(head) && !this.lex.roleNoun(head);
  }

  /**
   * Whether a plural of things or groups in ات opens at token j, untagged (ميليشيات، الفصائل is not
   * one): such a subject takes a feminine verb, so after a masculine one it is the object ("واتهم
   * ميليشيات الحوثي بـ"); not a title's or a source's plural (مسؤولات، قيادات).
   */
  protected feminineThingsAt(j: number): boolean {
    if (this.entityAt[j]) return false;
    const norm = withoutArticle(this.toks[j].norm);
    return norm.length >= 5 && /ات$/.test(norm) && !this.lex.roleNoun(norm) && !this.lex.unnamedSource(norm) && !this.lex.groupSource(norm) && !this.lex.stop(norm);
  }

  /** Whether token m is an indefinite adjective, no definite word nor one with a preposition on it ("بإحدى"). */
  protected indefiniteAdjective(m: number): boolean {
    const t = this.toks[m];
    return this.isWord(m) && (INDEFINITE_NISBA.test(t.norm) || STANDING.test(t.norm)) && !/^[وف]?ال/.test(t.norm) && !this.lex.stop(t.norm) && segmentClitics(t.text)[0].kind !== 'proclitic';
  }

  /** Whether an untagged indefinite noun at i follows a definite word: an object after a definite subject. */
  protected definiteObjectStart(i: number): boolean {
    const norm = this.toks[i].norm;
    const prev = this.toks[i - 1];
    // (غير goes on with its adjective: "المنظمات غير الحكومية"; والدة has no article; the object's noun
    // governs a name or a pronoun, "نظام السيسي"، "مهمة جيشها", where an adjective would govern a
    // definite noun: "الفتاة حليقة الرأس")
    const next = this.toks[i + 1];
    const governs = next !== undefined && ((this.entityAt[i + 1]?.first === i + 1) || (/.(ه|ها|هم|هما)$/.test(next.norm) && !/^[وف]?ال/.test(next.norm)));
    return governs && this.isWord(i) && this.isWord(i - 1) && !this.entityAt[i] && !this.entityAt[i - 1] && withoutArticle(prev.norm) !== prev.norm && /^[وف]?ال/.test(prev.norm) && !this.lex.stop(prev.norm) &&
      norm !== 'غير' && !/^[وف]?(ال|لل|بال)/.test(norm) && !/^[بلوف]/.test(norm) && !this.lex.stop(norm) && !this.lex.cue(norm) && !this.lex.skip(norm) && !this.firstName(i) && !this.isComplementizerAt(i);
  }
}
