import type { Annotator } from './annotator.js';
import type { Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { quoteLexicon, isComplementizer, withoutArticle, type Cue, type QuoteLexicon } from './quote-cues.js';
import { findQuotationMarks, QUOTE_MARKS, type Marked } from './quote-marks.js';
import { COMMA, SENTENCE_END, type EntityAt } from './quote-text.js';
import { type Known, type QuoteSpeaker } from './quote-speakers.js';
import { CUE_WINDOW } from './quote-subjects.js';
import { QuoteHeadlines } from './quote-headlines.js';
import { RELATIVES } from './quote-organisations.js';
import { RELATIVE_GENDER } from './quote-clause-openers.js';
import { articleAfterLam } from '../text/clitics.js';

export { findQuotationMarks } from './quote-marks.js';
export type { QuoteSpeaker } from './quote-speakers.js';

/**
 * Who said what: direct quotes (words inside quotation marks) and reported speech (a reporting
 * verb or source phrase and its clause), each with its cue and its speaker.
 *
 * Quotes are read in reading order, so that "the last speaker" is the last one read; who speaks
 * is decided by QuoteSubjects (quote-subjects.ts) and the speaker book (quote-speakers.ts).
 *
 * Layer "quotes": label `direct` or `indirect`; attrs { cue: {start, end} | null, speaker }.
 */

/** fewer words than this between marks: a term, a name or a title, not someone's words... */
const MIN_DIRECT_WORDS = 3;
/** The most tokens a source phrase set off by commas inside a clause takes (بحسب المتحدث باسم الجيش أحمد حسن). */
const PARENTHETICAL_WORDS = 10;
/** ...unless a verb that characterizes in the source's words introduces them (وصفه بأنه "عمل جبان") */
const MIN_DESCRIBED_WORDS = 2;
/** how far before the quoted phrase that verb may be (وصفته السلطات الفرنسية بأنه "...") */
const DESCRIBE_WINDOW = 6;
/** what may stand right before the phrase after such a verb: بأنه، بأنها، بـ، كـ (or the verb itself) */
const DESCRIBE_LINK = /^(?:ب|ك)(?:ـ|انه|انها|انهم|انهما|ان)?$/;
/** how far after دعا، طالب، حث its preposition may be (past the subject and an object) */
const PREPOSITION_WINDOW = 16;
/** fewer words than this are no reported speech */
const MIN_INDIRECT_WORDS = 2;
/** more words than this after a title cue (برنامج، عملية، مؤتمر) are not a title */
const MAX_TITLE_WORDS = 8;

/** A stretch in quotation marks: its first word token and the token of its closing mark. */
interface Direct {
  first: number;
  last: number;
  mark: Marked;
}

/** A quoted piece this short, closing within the sentence, is part of the clause it sits in... */
const MAX_PIECE_WORDS = 30;
/** ...unless it runs to the clause's end after at most this many unquoted words (the guide's direct case). */
const SHORT_SUBJECT_WORDS = 3;
/** Longest paper's name before a press review's "نقرأ" ("في صحيفة ذي وال ستريت جورنال الأمريكية نقرأ"). */
const MAX_PAPER_WORDS = 7;
/** Verbs and particles that open a clause, where a source phrase with no comma after it ends: "وبحسب مسؤول في المطار | كانت الطائرة". */
const CLAUSE_VERBS = /^(كان|كانت|كانوا|تم|تمت|هناك|ثمه|يوجد|توجد|قد|لقد|لم|لن)$/;

class QuoteFinder extends QuoteHeadlines {
  /** cue tokens already attributed */
  private readonly used = new Set<number>();
  /** tokens inside direct quotes: no cue is read there */
  private readonly insideDirect: boolean[];
  /** the stretches in quotation marks that can be direct quotes, in text order */
  private readonly directs: Direct[] = [];
  /** those that turned out to be a piece of a longer reported clause (one indirect quote, marks included) */
  private readonly absorbed = new Set<Direct>();

  constructor(doc: Doc, lex: QuoteLexicon) {
    super(doc, lex);
    this.insideDirect = new Array(this.toks.length).fill(false);
  }

  run(): Span[] {
    const marks = findQuotationMarks(this.doc.text);
    const directs = this.directs;
    for (const m of marks) {
      const first = this.tokenAt(m.open + 1);
      const last = this.tokenAt(m.close);
      // a quote within a quote is part of it (marks come sorted by their opening)
      if (this.insideDirect[first]) continue;
      const words = this.wordsIn(first, last);
      if (words < MIN_DIRECT_WORDS && !(words >= MIN_DESCRIBED_WORDS && this.described(this.tokenAt(m.open)))) continue;
      const before = this.previousWord(this.tokenAt(m.open) - 1);
      // برنامج "..."، عملية "...": a title, if short; a long stretch after such a word is someone's words (في مؤتمر "آمل أن ...")
      if (before >= 0 && this.lex.titleCue(this.toks[before].norm) && words <= MAX_TITLE_WORDS) continue;
      // a short quoted name: ل"سكاي نيوز عربية"، "إل إل فيغن"
      if (words <= 4 && before >= 0 && before === this.tokenAt(m.open) - 1 && /^ل/.test(this.toks[before].norm) && this.toks[before].norm.length <= 2) continue;
      if (words <= 4 && this.allNamed(first, last)) continue;
      if (m.loose && !this.introducedByVerb(this.tokenAt(m.open))) continue;
      directs.push({ first, last, mark: m });
      for (let k = first; k < last; k++) this.insideDirect[k] = true;
    }
    // one pass in reading order, so that "the last speaker" is the last one read
    let d = 0;
    for (let k = 0; k < this.toks.length; k++) {
      while (d < directs.length && directs[d].first <= k) {
        this.direct(directs[d]);
        k = Math.max(k, directs[d].last);
        d++;
      }
      if (k >= this.toks.length || this.insideDirect[k] || this.used.has(k)) continue;
      if (this.toks[k].text === ':') this.headline(k);
      const cue = this.verbCue(k);
      if (cue) this.reported(k, cue);
    }
    while (d < directs.length) this.direct(directs[d++]);
    this.nameSpeakersFromLaterWords();
    return this.spans;
  }

  /** A headline line's reported speech (see QuoteHeadlines); its source is no last speaker for what follows. */
  private headline(c: number): void {
    const h = this.headlineAt(c, this.insideDirect);
    if (!h) return;
    const last = this.speakers.last;
    this.emit('indirect', h.start, h.end, -1, h.speaker);
    this.speakers.last = last;
  }

  /** Where the content of an adverbial cue that takes a preposition starts (after an object pronoun إياه), -1 if it has none. */
  private adverbPrepositionContent(k: number, end: number): number {
    const preps = this.lex.prepositionObject(this.toks[k].norm);
    if (!preps) return -1;
    let at = k + 1;
    if (at < end && /^ايا(ه|ها|هم|هما)$/.test(this.toks[at].norm)) at++;
    if (at >= end || !this.isWord(at) || this.entityAt[at]) return -1;
    const w = this.toks[at].norm;
    // (an attached ب stays with the content: "بدعم الإرهاب")
    if (preps.includes('ب') && w.startsWith('ب') && w.length >= 4) return at;
    return preps.some((p) => p !== 'ب' && w === p) && at + 1 < end ? at + 1 : -1;
  }

  /** A reporting verb right before the opening mark at token `open`, or before a name right before it (وقالت "...، قال سامي زيد "...). */
  private introducedByVerb(open: number): boolean {
    let before = open - 1;
    const e = before >= 0 ? this.entityAt[before] : null;
    if (e && (e.type === 'PER' || e.type === 'ORG')) before = e.first - 1;
    if (before < 0 || !this.isWord(before)) return false;
    const role = this.lex.cue(this.toks[before].norm)?.role;
    return role === 'say' || role === 'continue';
  }

  /** A characterizing verb shortly before the opening mark at token `open`, linked to it by بأنه، بـ or directly. */
  private described(open: number): boolean {
    const before = this.previousWord(open - 1);
    if (before < 0 || before !== open - 1) return false;
    if (this.lex.describeVerb(this.toks[before].norm)) return true;
    if (!DESCRIBE_LINK.test(this.toks[before].norm)) return false;
    for (let k = before - 1, n = 0; k >= 0 && n < DESCRIBE_WINDOW; k--, n++) {
      const t = this.toks[k];
      if (SENTENCE_END.test(t.text) || COMMA.test(t.text) || QUOTE_MARKS.has(t.text)) return false;
      if (this.lex.describeVerb(t.norm)) return true;
    }
    return false;
  }

  /**
   * Who characterizes: "ووصفت الداخلية أبو الفتوح بـ"..."" has its subject right after the verb and
   * the thing described after that, so only the first noun phrase can speak; "منتقدا ما وصفه "..."" is
   * the clause's subject's phrase.
   */
  private describer(k: number, cue: Cue, open: number): Known | null {
    const before = this.previousWord(k - 1);
    if (before >= 0 && this.toks[before].norm === 'ما') return this.clauseSubject(k, cue.gender);
    const j = this.pastSkipped(k + 1, open);
    const e = this.entityAt[j];
    const subjectEnd = e && e.first === j ? e.last : j + 1;
    const speaker = this.speakerFor(k, cue, Math.min(open, subjectEnd));
    // an unnamed subject is not the one it describes, whom the words around that one's name would suggest
    const object = this.entityAt[subjectEnd];
    if (speaker && object && speaker.entity === object.id && subjectEnd < open) return this.speakers.unnamed(this.text(j, subjectEnd).trim());
    // (nor, when nobody fits, anyone but the definite noun there: "ووصفت الوزارة سامي زيد بـ...")
    if (!speaker && object && subjectEnd < open && !this.entityAt[j] && /^(ال|وال)/.test(this.toks[j].norm)) return this.speakers.unnamed(this.text(j, subjectEnd).trim());
    return speaker;
  }

  /** Every word in [first, last) belongs to an entity mention. */
  private allNamed(first: number, last: number): boolean {
    for (let k = first; k < last; k++) if (this.isWord(k) && !this.entityAt[k]) return false;
    return true;
  }

  /**
   * Whether the complementizer at comp follows the verb at k after at most a short subject, with no
   * comma and no coordinated word ("بين موكله وأرجينتو بأنه") between them.
   */
  private shortSubjectThenComplementizer(k: number, comp: number): boolean {
    if (comp < 0 || comp - k - 1 > SHORT_SUBJECT_WORDS + 1) return false;
    for (let j = k + 1; j < comp; j++) {
      const t = this.toks[j];
      // (right after the verb, و may open a name: وبين وليد ...)
      if (!this.isWord(j) || (t.norm[0] === 'و' && j > k + 1)) return false;
    }
    return true;
  }

  /** Whether a complementizer comes at token k or after at most `words` words from it, with no punctuation between. */
  private complementizerWithin(k: number, words: number): boolean {
    for (let j = k; j < this.toks.length && j <= k + words; j++) {
      if (this.complementizerAt(j)) return true;
      if (!this.isWord(j)) return false;
    }
    return false;
  }

  /**
   * The closing comma of a source phrase that opens after the comma at token j and is set off by
   * another comma within a few words, when the clause goes on after it with a word that opens no
   * new attribution (not a cue, not إن/أن); -1 otherwise.
   */
  private parentheticalEnd(j: number): number {
    const s = this.sentenceOf[j];
    for (let m = j + 2; m < this.toks.length && m <= j + PARENTHETICAL_WORDS && this.sentenceOf[m] === s; m++) {
      const t = this.toks[m];
      if (SENTENCE_END.test(t.text) || t.text.includes('\n') || QUOTE_MARKS.has(t.text) || t.text === ':') return -1;
      if (!COMMA.test(t.text)) continue;
      const after = m + 1 < this.toks.length && this.sentenceOf[m + 1] === s ? m + 1 : -1;
      if (after < 0 || !this.isWord(after) || this.lex.cue(this.toks[after].norm) || this.complementizerAt(after)) return -1;
      return m;
    }
    return -1;
  }

  /** Where the clause that starts after token k ends: sentence end, or a new attribution. */
  private clauseEnd(k: number): number {
    const s = this.sentenceOf[k];
    let j = k;
    while (j < this.toks.length && this.sentenceOf[j] === s) {
      const t = this.toks[j];
      if (SENTENCE_END.test(t.text) || t.text.includes('\n')) break;
      if (COMMA.test(t.text) && j + 1 < this.toks.length) {
        const next = this.lex.cue(this.toks[j + 1].norm);
        // "أن الهجوم، بحسب المتحدث باسمه، أسفر عن ...": a source set off by commas inside the clause
        // does not end it
        const aside = next?.role === 'source' ? this.parentheticalEnd(j) : -1;
        if (aside > 0) {
          j = aside;
          continue;
        }
        if (next && (next.role === 'adverb' || next.role === 'source')) break;
        // "...، فيما وصف الرئيس ..." / "، بينما" / "، في حين": a new clause, set against this one
        const after = this.toks[j + 1].norm;
        if (WHEREAS.has(after) || (after === 'في' && j + 2 < this.toks.length && this.toks[j + 2].norm === 'حين')) break;
        // "...، لكنها اعتبرت أن ...": a conjunction, then a reporting verb and its complementizer
        if (this.lex.contrast(after) && j + 3 < this.toks.length && this.lex.cue(this.toks[j + 2].norm) && this.complementizerAt(j + 3)) break;
        // "...، إلا أنها واصلت ...": a contrast the writer adds
        if (this.lex.subordinator(after) && j + 2 < this.toks.length && this.complementizerAt(j + 2)) break;
        // "...، وأضافت أنه ..." / "...، وقال إن ..." / "...، وقالت الصحيفة إن ...": a reporting verb after
        // the comma, with at most a short subject before its complementizer, opens new words
        // (not "، ووصف الوضع بأنه "..."": what stands between a describing verb and بأنه is its object)
        if (next && (next.role === 'continue' || next.role === 'say') && this.complementizerWithin(j + 2, this.lex.describeVerb(after) ? 0 : SHORT_SUBJECT_WORDS)) break;
      }
      // "قاطعه ذات مرة قائلا: "..."": an adverbial cue that opens words of its own ends the clause,
      // comma or not
      if (j > k && this.lex.cue(t.norm)?.role === 'adverb' && j + 1 < this.toks.length) {
        const after = this.toks[j + 1];
        if (after.text === ':' || QUOTE_MARKS.has(after.text) || this.complementizerAt(j + 1)) break;
      }
      // "طردها 60 دبلوماسيا وأعلنت عن إغلاق ...": a reporting verb joined by و starts a report of its own
      if (j > k && /^و/.test(t.norm) && this.lex.cue(t.norm.slice(1)) && this.isWord(j - 1)) {
        const c = this.verbCue(j);
        if (c && (c.role === 'say' || c.role === 'continue')) break;
      }
      if (QUOTE_MARKS.has(t.text) && this.insideDirect[j + 1]) {
        // "إن الزيارة أشعرتها "بالذنب"": a short quoted piece inside the clause belongs to it
        const piece = this.directs.find((d) => d.first === j + 1);
        if (!piece || !this.isPiece(piece)) break;
        // one the clause opens with is a piece only when the clause's own words go on after it
        if (j === k && !this.clauseGoesOnAfter(piece)) break;
        // marks that cover the rest of the clause after a short subject ("أن أفراد الشرطة "كانوا ..."") make a direct quote
        const before = this.wordsIn(k, j);
        const next = piece.last + 1;
        const clauseGoesOn = next < this.toks.length && this.sentenceOf[next] === s && this.isWord(next);
        if (!clauseGoesOn && before <= SHORT_SUBJECT_WORDS) break;
        j = next;
        continue;
      }
      j++;
    }
    return j;
  }

  /** A clause cut at an opening quotation mark after at most SHORT_SUBJECT_WORDS words: "أن أفراد الشرطة "كانوا ..."". */
  private shortSubjectOfQuote(from: number, stop: number): boolean {
    if (stop >= this.toks.length || !QUOTE_MARKS.has(this.toks[stop].text) || !this.insideDirect[stop + 1]) return false;
    return this.wordsIn(from, stop) <= SHORT_SUBJECT_WORDS;
  }

  /**
   * Whether the clause's own words go on after a quoted piece that opens it: "دعا إلى "بدء حوار"
   * للتوصل لتسوية" (one indirect quote, marks included), but not a new cue, clause or
   * conjunction: "أن "تركيا تنتهك القانون الدولي" مضيفا"، ""..." بعدما استكملت"، ""..." أن تكون".
   */
  private clauseGoesOnAfter(piece: Direct): boolean {
    const next = piece.last + 1;
    if (next >= this.toks.length || this.sentenceOf[next] !== this.sentenceOf[piece.first] || !this.isWord(next)) return false;
    const norm = this.toks[next].norm;
    // (أن goes on the piece's words: "إنه "من المرجح جدا" أن تكون موسكو ..."; إن opens words of its own)
    const opensOwnWords = this.complementizerAt(next) && !/^أن/.test(this.toks[next].text);
    return !this.lex.cue(norm) && !opensOwnWords && !norm.startsWith('و') && !this.lex.subordinator(norm) && !this.lex.clauseOpener(norm);
  }

  /** A few words in quotation marks opening at `open` and closing before `stop`, no quote of their own. */
  private quotedTermAt(open: number, stop: number): boolean {
    for (let j = open + 1; j < stop && j <= open + MIN_DIRECT_WORDS + 1; j++) if (QUOTE_MARKS.has(this.toks[j].text)) return j > open + 1;
    return false;
  }

  private isPiece(d: Direct): boolean {
    let words = 0;
    for (let i = d.first; i < d.last; i++) {
      if (SENTENCE_END.test(this.toks[i].text) || this.toks[i].text.includes('\n')) return false;
      if (this.isWord(i)) words++;
    }
    return words <= MAX_PIECE_WORDS;
  }

  private direct(q: Direct): void {
    if (this.absorbed.has(q)) return;
    const open = this.tokenAt(q.mark.open);
    const close = this.tokenAt(q.mark.close);
    let cueAt = -1;
    // a cue before the opening mark, in the same stretch of text (skipping quoted terms)
    for (let k = open - 1, n = 0; k >= 0 && n < CUE_WINDOW; k--, n++) {
      const t = this.toks[k];
      if (SENTENCE_END.test(t.text) || this.insideDirect[k]) break;
      if (this.doc.text.slice(t.end, this.toks[k + 1].start).includes('\n') && n > 0) break;
      if (this.used.has(k)) {
        // words in quotation marks inside reported speech ("وقالت إن الزيارة أشعرتها "بالذنب""): that speech's speaker
        const around = this.spans.find((s) => (s.attrs?.cue as { start: number } | null)?.start === t.start && s.start <= this.toks[open].start && this.toks[open].start <= s.end + 1);
        if (around) {
          this.emit('direct', this.toks[q.first].start, this.toks[q.last - 1].end, k, around.attrs!.speakerRef as Known | null);
          return;
        }
        continue;
      }
      if (this.lex.cue(t.norm) && this.homographReadsAsVerb(k) && !this.notACue(k)) {
        cueAt = k;
        break;
      }
    }
    // "وأكد مصدر عسكري سوري، وفق ما نقل التلفزيون الرسمي، سيطرة الجيش "بالتعاون ..."": a source
    // phrase set off inside the clause is not what says the words; the clause's own verb before it is
    if (cueAt > 0 && this.inSourcePhrase(cueAt)) {
      let from = cueAt - 1;
      while (from > 0 && !COMMA.test(this.toks[from].text) && cueAt - from < 4) from--;
      for (let k = from - 1, n = 0; k >= 0 && COMMA.test(this.toks[from].text) && n < CUE_WINDOW; k--, n++) {
        const t = this.toks[k];
        if (SENTENCE_END.test(t.text) || this.insideDirect[k]) break;
        const c = this.lex.cue(t.norm);
        if (!c || c.role !== 'say' || !this.homographReadsAsVerb(k) || this.notACue(k)) continue;
        // (a verb that reported words of its own already: those words' speaker)
        const own = this.used.has(k) ? this.spans.find((s) => (s.attrs?.cue as { start: number } | null)?.start === t.start) : undefined;
        if (own) {
          this.emit('direct', this.toks[q.first].start, this.toks[q.last - 1].end, k, own.attrs!.speakerRef as Known | null);
          return;
        }
        cueAt = k;
        break;
      }
    }
    // or just after the closing mark: "..."، قال X
    if (cueAt < 0) {
      for (let k = close + 1, n = 0; k < this.toks.length && n < 4; k++, n++) {
        if (this.insideDirect[k] || SENTENCE_END.test(this.toks[k].text)) break;
        if (this.lex.cue(this.toks[k].norm) && this.homographReadsAsVerb(k) && !this.notACue(k)) {
          cueAt = k;
          break;
        }
      }
    }
    let speaker: Known | null = null;
    if (cueAt >= 0) {
      const cue = this.lex.cue(this.toks[cueAt].norm)!;
      this.used.add(cueAt);
      // "... لتصل إلى "77 قتيلا ..."، وفق ما قال X": a piece at the end of a clause that a source
      // phrase after it attributes; the phrase reads the whole clause, which takes the piece in
      if (cueAt > close && cue.role === 'source' && this.isPiece(q) && this.wordsIn(this.sentenceStartToken(open), open) > SHORT_SUBJECT_WORDS) {
        this.reported(cueAt, cue);
        if (this.absorbed.has(q)) return;
      }
      // "وغرد ترامب على حسابه في تويتر قائلا: ...": an adverbial cue's speaker is its clause's subject
      speaker =
        cue.role === 'adverb' || cue.role === 'noun'
          ? this.clauseSubject(cueAt, cue.gender)
          : cueAt < open && this.lex.describeVerb(this.toks[cueAt].norm) && this.wordsIn(q.first, q.last) < MIN_DIRECT_WORDS
            ? this.describer(cueAt, cue, open)
            : this.relayedSpeaker(cueAt, cue, cueAt < open ? open : -1);
    } else {
      const prev = open - 1;
      const startsParagraph = open === 0 || this.doc.text.slice(this.toks[open - 1].end, this.toks[open].start).includes('\n');
      // "وأضافت العبدة أن ... . "أحيانا تكون ..."": a long quote right after someone's words goes on with them
      const lastSpan = this.spans[this.spans.length - 1];
      const followsQuote = lastSpan !== undefined && prev >= 0 && SENTENCE_END.test(this.toks[prev].text) && this.doc.text.slice(lastSpan.end, this.toks[prev].start).trim() === '';
      if (prev >= 0 && this.toks[prev].text === ':') speaker = this.subjectBefore(prev) ?? this.speakers.last;
      else if ((startsParagraph || followsQuote) && q.last - q.first >= 8) speaker = followsQuote ? (lastSpan.attrs!.speakerRef as Known | null) : this.speakers.last;
      else return; // quoted words nobody is said to have said
    }
    this.emit('direct', this.toks[q.first].start, this.toks[q.last - 1].end, cueAt, speaker);
  }

  /**
   * Whether the verb at j opens a relative clause on the subject of the verb at k: a relative pronoun
   * right before it, and only the subject's words between k and that pronoun.
   */
  private relativeClauseVerb(k: number, j: number): boolean {
    if (j < k + 3 || !RELATIVES.test(this.toks[j - 1].norm)) return false;
    for (let m = k + 1; m < j - 1; m++) if (!this.isWord(m) || this.verbCue(m) || this.isComplementizerAt(m)) return false;
    return true;
  }

  /**
   * Whether the complementizer at comp is the outer verb k's, not that of the relative clause verb
   * j on k's subject: the relative pronoun agrees with k (so the subject is its antecedent), and a
   * comma sets the complementizer off from the relative clause, or the relative verb's own content
   * opens with its preposition ("اتهمت ترودو بالتحرش"), leaving the complementizer free.
   */
  private outerComplementizer(k: number, j: number, comp: number): boolean {
    const outer = this.verbCue(k);
    const relative = RELATIVE_GENDER[this.toks[j - 1].norm];
    if (!outer || outer.gender === '-' || relative !== outer.gender) return false;
    return COMMA.test(this.toks[comp - 1].text) || this.lex.prepositionObject(this.toks[j].norm) !== undefined;
  }

  /**
   * "ونقلت وكالة رويترز عن مصدر مقرب من الحكومة تأكيده أن": a noun of saying with its pronoun, after
   * a relaying verb's عن and the source it names, is that source's saying (up to a comma that sets
   * off an aside about it).
   */
  private relayedSource(k: number): Known | null {
    if (!/.(ه|ها|هم|هما)$/.test(this.toks[k].norm)) return null;
    const start = this.sentenceStartToken(k);
    for (let a = k - 2; a > start && a >= k - 10; a--) {
      if (this.toks[a].norm !== 'عن') continue;
      let relay = false;
      for (let v = a - 1; v >= start && v >= a - 6; v--) if (this.lex.relayVerb(this.toks[v].norm)) relay = true;
      if (!relay) return null;
      let end = a + 1;
      while (end < k && !COMMA.test(this.toks[end].text)) end++;
      const e = this.entityAt[a + 1];
      if (e && e.first === a + 1 && e.last <= end && (e.type === 'PER' || e.type === 'ORG')) return this.speakers.remember(e, '-', null, null);
      return end > a + 1 && !this.entityAt[a + 1] ? this.speakers.unnamed(this.text(a + 1, end).trim()) : null;
    }
    return null;
  }

  /** Whether the cue at token k opens a source phrase or is the verb of one (بحسب، وفق ما نقل، حسبما أفادت). */
  private inSourcePhrase(k: number): boolean {
    if (this.lex.cue(this.toks[k].norm)?.role === 'source') return true;
    const before = this.toks[k - 1].norm;
    if (/حسبما$/.test(before)) return true;
    return k >= 2 && (before === 'ما' || before === 'لما') && this.lex.cue(this.toks[k - 2].norm)?.role === 'source';
  }

  private reported(k: number, cue: Cue): void {
    const end = this.sentenceEndToken(k);
    if (cue.role === 'source') return this.sourcePhrase(k, end);
    if (cue.role === 'adverb') {
      // قائلا إن ... / لافتا إلى أن ... / لافتا إلى خلافات ...
      let j = k + 1;
      if (j < end && this.toks[j].norm === 'الي') j++;
      if (j < end && this.isComplementizerAt(j)) j++;
      else if (j === k + 1) {
        // "متهمة إياها بدعم ..."، "محذرا من عواقب ..."، "مطالبين برحيل ...": the content after its
        // preposition; an adverb with none of these has no content
        j = this.adverbPrepositionContent(k, end);
        if (j < 0) return;
        // ("محذرا من أن ...": the complementizer is not the content)
        if (j + 1 < end && this.isComplementizerAt(j)) j++;
      }
      const stop = this.clauseEnd(j);
      if (stop <= j || this.insideDirect[j] || QUOTE_MARKS.has(this.toks[j].text)) return;
      if (this.shortSubjectOfQuote(j, stop)) return; // "موضحا أن رئيس الوزراء "أمر بفتح ..."": the direct quote is the content
      const speaker = this.clauseSubject(k, cue.gender);
      this.emit('indirect', this.toks[j].start, this.toks[stop - 1].end, k, speaker);
      return;
    }
    if (cue.role === 'noun') {
      // "بعد إعلانه الاستقالة من ..."، "اتهاماته بضلوع ..."، "ادعائها بأنها ...": what follows the noun
      let j = k + 1;
      if (j < end && this.isComplementizerAt(j)) j++;
      if (j >= end || !this.isWord(j) || this.insideDirect[j] || this.entityAt[j] || (this.lex.stop(this.toks[j].norm) && !this.toks[j].norm.startsWith('ب'))) return;
      const stop = this.clauseEnd(j);
      if (stop <= j) return;
      this.used.add(k);
      this.emit('indirect', this.toks[j].start, this.toks[stop - 1].end, k, this.relayedSource(k) ?? this.clauseSubject(k, cue.gender));
      return;
    }
    // a verb: find the complementizer that opens its clause
    let comp = -1;
    let relativeVerb = -1;
    for (let j = k + 1; j < end && j < k + 30; j++) {
      const t = this.toks[j];
      if (this.isComplementizerAt(j)) {
        // "قبل أن يستأنف"، "إلا أنها واصلت": a subordinate clause, not what the verb reports (which may follow it)
        if (this.lex.subordinator(this.toks[j - 1].norm)) continue;
        comp = j;
        break;
      }
      if (relativeVerb < 0 && this.verbCue(j) && this.relativeClauseVerb(k, j)) {
        relativeVerb = j;
        continue;
      }
      // a quoted name in the subject (منظمة "أنقذوا الأطفال") does not end the search; a quote does
      if (t.text === ':' || (QUOTE_MARKS.has(t.text) && (this.insideDirect[j + 1] || this.insideDirect[j])) || this.verbCue(j) || this.passiveAt(j)) break;
    }
    // (a verb of a relative clause on the subject leaves the complementizer to the outer verb, which
    // reads past it: "وقالت المرأة التي اتهمت ترودو بالتحرش بها، إنها")
    if (relativeVerb >= 0 && comp >= 0 && !this.outerComplementizer(k, relativeVerb, comp)) comp = -1;
    if (comp >= 0 && k >= 3 && RELATIVES.test(this.toks[k - 1].norm)) {
      for (let v = k - 3; v >= 0 && v >= k - 8 && this.sentenceOf[v] === this.sentenceOf[k]; v--) {
        const outer = this.verbCue(v);
        if (outer && outer.role === 'say' && this.relativeClauseVerb(v, k) && this.outerComplementizer(v, k, comp)) return;
      }
    }
    // "ربط خبراء ... بين كوريا الشمالية والأسلحة ...، بعد أن وجدوا أن ...": بين is mostly "between"
    if (!this.writtenAsVerb(k) && !this.shortSubjectThenComplementizer(k, comp)) return;
    // "ويذكر أن ...": no one says it, the writer adds background
    if (comp === k + 1 && this.lex.impersonal(this.toks[k].norm)) return;
    let contentStart = comp + 1;
    // "قال X إن: "..."": the colon after the complementizer introduces the words themselves
    if (comp >= 0 && contentStart < end && this.toks[contentStart].text === ':') contentStart++;
    // "ولم تعلن ماي عن إجراءات ...": what a negated verb did not say is no one's words
    if (comp < 0 && k > 0 && NEGATIONS.has(this.toks[k - 1].norm)) return;
    const preps = comp < 0 ? this.lex.prepositionObject(this.toks[k].norm) : undefined;
    let subjectLimit = -1;
    let noSubject = false;
    if (preps) {
      // "دعت المنظمة إلى إلغاء ..." / "طالبت المعارضة باعتقاله" / "اتهمت قطر الرياض بتسييس ...": the content follows the preposition
      // (باسم is "for" in a title, "الناطق باسم الوكالة", never what was said)
      const opens = (j: number): string | undefined =>
        preps.find((prep) => (prep === 'ب' ? this.toks[j].norm[0] === 'ب' && this.toks[j].norm !== 'باسم' : this.toks[j].norm === prep));
      for (let j = k + 1; j < end && j < k + PREPOSITION_WINDOW; j++) {
        // "وكانت ويتبريد قد أعلنت أوائل هذا العام عن عزمها ...": past a time between the verb and its preposition
        const past = this.pastSkipped(j, end);
        if (past > j && past < end) j = past;
        const t = this.toks[j];
        // "وطالب التحالف مجلس حقوق الإنسان، بضمان ...": a comma may stand right before the preposition
        if (COMMA.test(t.text) && j + 1 < end && this.isWord(j + 1) && opens(j + 1)) continue;
        // "واتهم زعيم المعارضة، جيرمي كوربن، الحكومة ...": a name set off by commas after its title
        const named = COMMA.test(t.text) ? this.entityAt[j + 1] : null;
        if (named && named.type === 'PER' && named.first === j + 1 && named.last < end && COMMA.test(this.toks[named.last].text)) {
          j = named.last;
          continue;
        }
        // "الحكومة "بالتواطؤ" في ...": the preposition may open a quoted piece
        const quoted = QUOTE_MARKS.has(t.text) && j + 1 < end && this.isWord(j + 1) && opens(j + 1) === 'ب';
        // (a hashtag is a word here: "اتهم الفريق #ميليشيا_الحوثي باستمرار عرقلة ...")
        if (!quoted && (t.text === ':' || COMMA.test(t.text) || QUOTE_MARKS.has(t.text) || this.lex.cue(t.norm) || !(this.isWord(j) || t.kind === 'hashtag'))) break;
        const at = quoted ? j + 1 : j;
        const prep = opens(at);
        // بال only right after the verb ("وطالب بالإفراج عن ..."); after a subject it is mostly a place or a time ("طالب المتظاهرون بالعاصمة")
        const withArticle = this.toks[at].norm.startsWith('بال');
        if (prep && (prep !== 'ب' || (this.toks[at].norm.length >= 4 && (withArticle ? at === k + 1 || quoted : !this.lex.stop(this.toks[at].norm)) && !this.entityAt[at]))) {
          // (the marks are part of the content)
          comp = prep === 'ب' ? j - 1 : j;
          contentStart = comp + 1;
          // (the subject reads up to the preposition's word: "تعهدت قطر بدعم ..." has قطر right before it;
          // not "اتهمت قطر الرياض بتسييس ...", whose object is there)
          if (this.lex.prepositionAfterSubject(this.toks[k].norm)) subjectLimit = j;
          break;
        }
        // "أعلنت الممثلة انفصالها عن الممثل ...": عن belongs to the subject's verb only when nothing but a subject stands between them
        if (preps.includes('عن') && !this.subjectWord(j)) break;
      }
    }
    if (comp < 0 && this.lex.objectVerb(this.toks[k].norm)) {
      // "أعلنت أنقرة مقتل 8 من جنودها": a named subject, then what was announced
      const j = this.pastSkipped(k + 1, end);
      // "أعلنت دولة الإمارات العربية المتحدة، الإثنين، ...": a state's head before its name is part of the subject
      const stateHead = !this.entityAt[j] && j + 1 < end && this.lex.stateHead(this.toks[j].norm) && this.entityAt[j + 1]?.first === j + 1 && this.entityAt[j + 1]!.type === 'LOC';
      const e = stateHead ? { ...this.entityAt[j + 1]!, first: j } : this.entityAt[j];
      // "وأعلن ترامب، الخميس، قبوله ...": a day or time set off by commas after the subject
      let object = e ? e.last : -1;
      // "ونفت روسيا ودمشق استخدام ...": a second name joined by و is the subject too
      const joined = e && object < end && /^و/.test(this.toks[object].norm) ? this.entityAt[object] : null;
      if (joined && joined.first === object && joined.type === e!.type) object = joined.last;
      if (e && object + 2 < end && COMMA.test(this.toks[object].text) && this.lex.skip(this.toks[object + 1].norm) && COMMA.test(this.toks[object + 2].text)) object += 3;
      // "وأوردت وكالة الأنباء السورية الرسمية (سانا) مقتل شخص": the subject's short name in brackets
      if (e && object + 2 < end) {
        const close = this.closingBracket(object, 3);
        if (close > 0) object = close + 1;
      }
      const titledObject = e ? -1 : this.titledAppositionEnd(j, end);
      if (e && e.first === j && object < end && this.isWord(object) && !this.lex.stop(this.toks[object].norm) && !this.lex.cue(this.toks[object].norm)) {
        // (the subject is read up to the object)
        comp = object;
        contentStart = object;
      } else if (!e && j < end && this.isWord(j) && !/^(ال|وال|لل)/.test(this.toks[j].norm) && !this.lex.stop(this.toks[j].norm) && !this.lex.skip(this.toks[j].norm) && !this.lex.roleNoun(this.toks[j].norm) && !this.lex.unnamedSource(this.toks[j].norm) && !this.lex.orgHead(this.toks[j].norm)) {
        // "ونفى مشاركته في ..."، "التي أعلنت الإثنين طردها ...": no subject of its own (a definite
        // noun there would be one, and so would an unnamed source: "وأكد مصدر عسكري"), the object is the content
        comp = j - 1;
        contentStart = j;
        // (and the speaker search reads nothing after the verb: "وكان رئيس إريتريا أعلن الأسبوع الماضي
        // إرسال" has the time there, not a subject)
        noSubject = true;
      } else if (!e && titledObject > 0) {
        // "أعلن وزير التجارة الأمريكي، ويلبر روس، الخميس، بدء فرض رسوم": a title, the name between
        // commas (and a day), then what was announced
        comp = titledObject;
        contentStart = titledObject;
      } else if (!e) {
        // "ونفت السفارة الروسية تورطها في الحادث": a subject the tagger missed, then a verbal noun
        // whose pronoun points back to it
        const object = this.objectAfterUntaggedSubject(j, end);
        if (object > 0) {
          // (the subject runs up to the object: the speaker search reads up to comp)
          comp = object;
          contentStart = object;
        }
      }
    }
    if (comp < 0) {
      // "كما يلفت X، <clause>": the clause after the subject and its comma
      const before = this.previousWord(k - 1);
      if (before < 0 || this.toks[before].norm !== 'كما') return;
      // "<clause>، كما تقول العائلة.": كما inside the sentence attributes what came before it
      // ("ولكن، كما يلفت X، <clause>" is the other construction: a conjunction is all there is before it)
      let lead = this.sentenceStartToken(k);
      while (lead < before && !this.isWord(lead)) lead++;
      let to = before;
      while (to > lead && !this.isWord(to - 1)) to--;
      if (to - lead >= 2) {
        if (this.insideDirect[lead]) return;
        const speaker = this.speakerFor(k, cue, -1);
        this.used.add(k);
        this.emit('indirect', this.toks[lead].start, this.toks[to - 1].end, k, speaker);
        return;
      }
      const e = this.entityAt[k + 1];
      if (!e || e.last >= end || !COMMA.test(this.toks[e.last].text)) return;
      contentStart = e.last + 1;
      comp = e.last;
    }
    const stop = this.clauseEnd(contentStart);
    if (stop <= contentStart) return;
    // content all in quotation marks is a direct quote (see clauseEnd), and so is what a verb
    // characterizes with (وصفته الشرطة بأنه "هجوم إرهابي" في وسط المدينة)
    // (a quoted term that is no quote of its own is a word of the clause: "الحكومة "بالتواطؤ" في ...")
    if (QUOTE_MARKS.has(this.toks[contentStart].text)) {
      if (this.lex.describeVerb(this.toks[k].norm)) return;
      const opening = this.directs.find((d) => d.first === contentStart + 1);
      if (opening ? opening.last + 1 >= stop : !this.quotedTermAt(contentStart, stop)) return;
    }
    if (this.shortSubjectOfQuote(contentStart, stop)) return; // the direct quote is the content (see clauseEnd)
    const speaker = this.utteredBefore(k, comp) ?? this.relayedSpeaker(k, cue, noSubject ? k + 1 : subjectLimit >= 0 && comp === subjectLimit - 1 ? subjectLimit : comp);
    this.used.add(k);
    this.emit('indirect', this.toks[contentStart].start, this.toks[stop - 1].end, k, speaker);
  }

  /**
   * "واستنكرت إيران تحذيرات الولايات المتحدة الأمريكية، بأنها ستحمل طهران ...": an utterance and its
   * owner's name right before the complementizer at comp, after the cue k: the reported words are
   * the owner's, not the cue's subject's.
   */
  private utteredBefore(k: number, comp: number): Known | null {
    const last = comp > 0 && COMMA.test(this.toks[comp - 1].text) ? comp - 1 : comp;
    const e = last > 0 ? this.entityAt[last - 1] : null;
    if (!e || e.last !== last || e.first - 1 <= k || e.type === 'MISC') return null;
    const u = this.toks[e.first - 1];
    // (the utterance the verb takes as its object, not one a preposition governs: "قال في رده على
    // تصريحات ترامب، إن" is the replier's)
    const governed = /^[بل]/.test(u.norm) || /^(علي|عن|الي|في|من|حول|بشان)$/.test(this.toks[e.first - 2]?.norm ?? '');
    return !governed && this.lex.utterance(withoutArticle(u.norm.replace(/^[وف]/, ''))) ? this.speakers.remember(e, '-', null, null) : null;
  }

  /** Whether token j can be part of a verb's subject: a name, a skipped word, a definite word, an organisation's head, a speaker noun or an unnamed source. */
  private subjectWord(j: number): boolean {
    const norm = this.toks[j].norm;
    return this.entityAt[j] !== null || this.toks[j].kind === 'hashtag' || this.lex.skip(norm) || /^(ال|وال)/.test(norm) || this.lex.orgHead(norm) || this.lex.unnamedSource(norm) || this.lex.roleNoun(norm);
  }

  /**
   * Where the object starts after an untagged subject at j: the subject is an organisation's head or
   * a definite word, then up to three definite words (وزارة الخارجية الروسية، السفارة الروسية); the
   * object a word with an attached pronoun (تورطها، مسؤوليته، طردها), -1 when the words do not fit.
   */
  private objectAfterUntaggedSubject(j: number, end: number): number {
    if (j >= end || !this.isWord(j) || !(this.lex.orgHead(this.toks[j].norm) || /^(ال|وال)/.test(this.toks[j].norm))) return -1;
    let o = j + 1;
    if (this.lex.orgHead(this.toks[j].norm) && o < end && QUOTE_MARKS.has(this.toks[o].text)) {
      // "وادعى تنظيم "داعش" مسؤوليته": the head and its quoted name
      let close = o + 1;
      while (close < end && close < o + 6 && !QUOTE_MARKS.has(this.toks[close].text)) close++;
      if (close >= end || !QUOTE_MARKS.has(this.toks[close].text)) return -1;
      o = close + 1;
    } else while (o < end && o < j + 4 && this.isWord(o) && !this.entityAt[o] && /^ال/.test(this.toks[o].norm)) o++;
    // "وأوردت وكالة الأنباء السورية الرسمية (سانا) مقتل شخص": its short name in brackets closes the subject
    if (this.lex.orgHead(this.toks[j].norm) && o + 2 < end && this.closingBracket(o, 1) === o + 2) {
      const object = o + 3;
      return object < end && this.isWord(object) && !this.entityAt[object] && !this.lex.stop(this.toks[object].norm) && !this.isComplementizerAt(object) ? object : -1;
    }
    if (o >= end || !this.isWord(o) || this.entityAt[o] || /^(ال|وال|لل|بال)/.test(this.toks[o].norm)) return -1;
    const t = this.toks[o].norm;
    // the pronoun as written: normalization writes ة as ه (وكاتبة، لكرة)
    if (t.length < 4 || !/(ه|ها|هم|هما)$/.test(this.toks[o].text) || this.lex.stop(t) || this.lex.skip(t) || this.lex.cue(t) || this.isComplementizerAt(o)) return -1;
    // a preposition with its pronoun (إليه، عليها) goes on with the subject: "الاتهامات الموجهة إليه"
    return PREPOSITION_HOSTS.has(t.replace(/(هما|هم|ها|ه)$/, '')) ? -1 : o;
  }

  /**
   * The speaker of a verb cue; for a verb by which an outlet passes words on ("ونقلت وكالة رويترز
   * عن مسؤول أمني أن ..."، "على لسان ..."), the one after عن or لسان, not the outlet.
   */
  private relayedSpeaker(k: number, cue: Cue, limit: number): Known | null {
    if (this.lex.relayVerb(this.toks[k].norm)) {
      const end = limit < 0 ? Math.min(this.toks.length, k + 12) : limit;
      // (the verb agrees with the outlet, not with the one it quotes: "ونقلت الوكالة عن الوزير")
      const relayed = { ...cue, gender: '-' as const };
      for (let r = k + 1; r < end; r++) {
        if (this.toks[r].norm === 'عن') return this.speakerFor(r, relayed, limit);
        // "ونقلت عنه قوله": the one the pronoun stands for, the last speaker of its gender (not after a
        // relative pronoun, which says who: "بوسكيتس، والذي نقلت عنه "ديلي ميل" قوله")
        const pronoun = /^عن(ه|ها|هم)$/.exec(this.toks[r].norm);
        if (pronoun && !(k > 0 && RELATIVES.test(this.toks[k - 1].norm.replace(/^[وف]/, '')))) {
          const gender = pronoun[1] === 'ه' ? 'm' : pronoun[1] === 'ها' ? 'f' : 'p';
          // (or, with no speaker of that gender yet, the last person the article named of it: "ودان
          // أردوغان الهجوم ... . ونقلت عنه صحيفة حرييت قوله")
          return this.speakers.fitting(gender) ?? this.speakers.lastPersonNamedBefore(k, gender);
        }
        // "ونقلت الوكالة على لسان العميد X": the one whose tongue it was
        if (this.toks[r].norm === 'لسان' && this.toks[r - 1].norm === 'علي') return this.speakerFor(r, relayed, limit);
        // (a comma may set the outlet off from عن: "ونقلت وسائل إعلام إسبانية، عن المسؤول الإسباني")
        if (COMMA.test(this.toks[r].text) && r + 1 < end && this.toks[r + 1].norm === 'عن') continue;
        if (COMMA.test(this.toks[r].text) || SENTENCE_END.test(this.toks[r].text)) break;
      }
    }
    return this.speakerFor(k, cue, limit);
  }

  /** The ")" that closes a "(" at token `open` around at most `inside` tokens (a short name: "(سانا)"), or -1. */

  private closingBracket(open: number, inside: number): number {
    if (this.toks[open].text !== '(') return -1;
    for (let i = open + 1; i < this.toks.length && i <= open + inside + 1; i++) if (this.toks[i].text === ')') return i;
    return -1;
  }

  /**
   * "في صحيفة ذي وال ستريت جورنال الأمريكية نقرأ إن ...": the paper, named between the sentence's
   * opening في and the cue, says the clause after إن/أن.
   */
  private paperBeforeRead(k: number, end: number): void {
    let first = this.sentenceStartToken(k);
    while (first < k && !this.isWord(first)) first++;
    if (this.toks[first].norm !== 'في' || k - first - 1 < 1 || k - first - 1 > MAX_PAPER_WORDS) return;
    // (what follows is the paper's words only after إن/أن: "نقرأ عن حصار الغوطة" names a topic)
    if (k + 1 >= end || !this.isComplementizerAt(k + 1)) return;
    const from = k + 2;
    const to = this.clauseEnd(from);
    if (to - from < 2) return;
    let e: EntityAt | null = null;
    for (let i = first + 1; i < k && !e; i++) if (this.entityAt[i]?.first === i && this.entityAt[i]!.last <= k) e = this.entityAt[i];
    // (the words before the name, "صحيفة", are its role: "وقالت الصحيفة" comes back to it)
    const role = e && e.first > first + 1 ? this.text(first + 1, e.first).trim() : null;
    const speaker = e ? this.speakers.remember(e, '-', role, null) : this.speakers.unnamed(this.text(first + 1, k).trim());
    this.used.add(k);
    this.emit('indirect', this.toks[from].start, this.toks[to - 1].end, k, speaker);
  }

  /** بحسب X، <clause> — or — <clause>، بحسب X */
  /**
   * Whether the words from token m on, in a source phrase whose source starts at j, say where the
   * words were given, not who gave them: "في بيان"، "عبر حسابها"، "على تويتر"، "على موقعها".
   */
  private saysWhere(m: number, j: number): boolean {
    const w = this.toks[m].norm;
    if (w === 'في') return this.lex.documentNoun(this.toks[m + 1].norm) !== undefined;
    if (w === 'عبر') return true;
    return w === 'علي' && m > j + 1 && (this.entityAt[m + 1]?.type === 'ORG' || this.lex.postedOn(this.toks[m + 1].norm));
  }

  private sourcePhrase(k: number, end: number): void {
    const sentenceStart0 = this.sentenceStartToken(k);
    let firstWord = sentenceStart0;
    while (firstWord < k && !this.isWord(firstWord)) firstWord++;
    for (let b = sentenceStart0; b < k; b++) {
      // a word in quotation marks is not the sentence's verb ("مفاوضات "بين قوات النظام ..."، وفق X")
      if (this.insideDirect[b]) continue;
      const c = this.lex.cue(this.toks[b].norm);
      // "وأكد مصدر، بحسب ما نقل التلفزيون، ...": the verb carries it; not a cue word that is no verb
      // here ("الحوار بين الولايات المتحدة وكوريا"، بين "between", بيّن "explained")
      // a verb opening the sentence with a subject after it carries it too ("وتعتبر هذه ..." has none)
      if (c && c.role !== 'source' && (this.used.has(b) || (b === firstWord && b + 1 < k && this.subjectWord(b + 1)))) return;
    }
    let j = k + 1;
    if (this.toks[k].norm.endsWith('نقلا') && j < end && this.toks[j].norm === 'عن') j++;
    // the press review's "we read": "نقرأ في صحيفة لاكروا" names the paper after it, "في صحيفة X نقرأ إن ..." before it
    if (this.toks[k].norm.endsWith('نقرا')) {
      if (j < end && (this.toks[j].norm === 'في' || this.toks[j].norm === 'علي')) j++;
      else return this.paperBeforeRead(k, end);
    }
    // بحسب ما نقلت وكالة ... / وفقا لما ذكره / حسبما أفادت
    const withMa = this.toks[k].norm.endsWith('حسبما');
    let pronounSource: Known | null = null;
    let speakerUnknown = false;
    if (withMa || (j < end && (this.toks[j].norm === 'ما' || this.toks[j].norm === 'لما'))) {
      if (!withMa) j++;
      // the verb belongs to the phrase ("وفق ما ذكرت وسائل إعلام"): not a cue of its own, whose object its subject would seem
      // (or the verb that issued it: "وفقا لما نشرته فرق الإطفاء")
      const verb = j < end ? this.toks[j].norm.replace(/(ه|ها|هم)$/, '') : '';
      if (j < end && (this.lex.sourceVerb(verb) || (verb !== this.toks[j].norm && this.lex.issuingVerb(verb)))) {
        const v = j;
        this.used.add(j++);
        // "ألقت الشرطة القبض على ...، بحسب ما أعلنت في بيان": with only where it was said after it (or
        // nothing), the verb's subject is its pronoun: the subject of the clause the phrase hangs on
        if (j >= end || COMMA.test(this.toks[j].text) || SENTENCE_END.test(this.toks[j].text) || /^(في|عبر)$/.test(this.toks[j].norm)) {
          // (when that subject cannot be found, the words are still a quote, of no known speaker)
          pronounSource = this.clauseSubject(k, this.verbCue(v)?.gender ?? '-');
          speakerUnknown = pronounSource === null;
        }
      }
      // "حسبما يقول."، "وفق ما قالت": a speaking verb with no subject after it; its pronoun is the
      // sentence's subject ("وسخر ستفين ديول ... من عرض نفرتيتي ...، حسبما يقول")
      else if (j + 1 < this.toks.length && this.verbCue(j)?.role === 'say' && !this.isWord(j + 1)) {
        const said = this.verbCue(j)!;
        this.used.add(j);
        let first = this.sentenceStartToken(k);
        while (first < k && !this.isWord(first)) first++;
        pronounSource = this.sentenceOpener(first, k, said.gender) ?? this.speakers.fitting(said.gender);
        if (!pronounSource) return;
        j++;
      }
      // ("بحسب ما أشارت إليه التقارير": the pronoun that takes up ما)
      if (j < end && /^(اليه|اليها|عليه|عليها|عنه|عنها|به|بها|فيه|فيها)$/.test(this.toks[j].norm)) j++;
    }
    if (j < end && (this.toks[j].norm === 'ل' || this.toks[j].norm === 'لـ')) j++;
    // "حسب قول المختصين"، "بحسب رأي خبراء": the source is whose words or view they are
    if (j + 1 < end && !this.entityAt[j] && this.lex.ownWordsNoun(this.toks[j].norm) && this.isWord(j + 1) && !this.lex.stop(this.toks[j + 1].norm)) j++;
    // the source: an entity, or words up to the comma (unnamed: "مصادر أمنية")
    let after = j;
    // (up to "فإن" too: "وبحسب العائلة فإن الأوضاع التي يعيشها زكا ...")
    // (or up to the verb that opens the words, with no comma: "وبحسب مسؤول في المطار كانت الطائرة تحمل")
    while (after < end && !COMMA.test(this.toks[after].text) && !SENTENCE_END.test(this.toks[after].text) && !(after > j && /^ف/.test(this.toks[after].norm) && this.complementizerAt(after)) && !(after > j + 1 && CLAUSE_VERBS.test(this.toks[after].norm)) && after < j + 6) after++;
    // "وفق آخر حصيلة أعلنتها السلطات"، "بحسب أرقام نشرتها الوزارة": a report and the verb that issued
    // it; who issued it is the source
    for (let m = j + 1; m + 1 < after; m++) {
      const w = this.toks[m].norm;
      // (not in a relative clause about the source: "موقع إنسايدر الذي وصفها بـ")
      const next = this.toks[m + 1].norm;
      if (/.(ه|ها)$/.test(w) && !this.entityAt[m] && !RELATIVES.test(this.toks[m - 1].norm) && this.isWord(m + 1) && !this.lex.stop(next) && !/^بـ?$/.test(next) && (this.lex.issuingVerb(w) || this.lex.sourceVerb(w.replace(/(ه|ها)$/, '')))) {
        j = m + 1;
        break;
      }
    }
    // "بحسب ذات المصادر"، "وفق نفس المصدر": the source quoted before
    const same = this.sameAsBefore(j, end, '-');
    if (same) after = Math.max(after, j + 2);
    // the named source, possibly after its title ("وفقا للخبير الدستوري شوقي السيد")
    let e = same ? null : (this.entityAt[j] ?? this.entityAt[j + 1]);
    for (let i = j + 2; !e && i < after; i++) if (this.entityAt[i]?.type === 'PER' && this.entityAt[i]!.first === i) e = this.entityAt[i];
    // "وفقا لصحيفة "الغارديان""، "طبقا لوكالة "أسوشيتد برس"": the outlet named in quotation marks after its head
    if (!e && j + 2 < after && QUOTE_MARKS.has(this.toks[j + 1].text)) {
      const quoted = this.entityAt[j + 2];
      if (quoted && quoted.first === j + 2 && (quoted.type === 'ORG' || quoted.type === 'PER')) e = quoted;
    }
    // "وفقا لما وصفته رئيسة الوزراء البريطانية، تيريزا ماي": the name in apposition after the title
    const apposed = !e && after + 1 < end && COMMA.test(this.toks[after].text) ? this.entityAt[after + 1] : null;
    if (apposed && apposed.type === 'PER' && apposed.first === after + 1 && (apposed.last >= end || !this.isWord(apposed.last))) e = apposed;
    if (e) after = Math.max(after, e.last);
    // وفقا takes ل, often attached to the source's first word: "وفقا لمصادر أمنية"، "وفقا للمرصد"
    // (without a day or time after it, nor a preposition left before one: "حسبما أعلنت مصادر أمنية
    // ومحلية الاثنين"، "بيان نشر في حينها")
    let named = Math.min(after, end);
    // (not where it said it; but "بحسب ما جاء في وثيقة" is the document's)
    if (!e && j < end && !/^(جاء|ورد)$/.test(this.toks[j].norm)) {
      for (let m = j + 1; m + 1 < named; m++) if (this.saysWhere(m, j)) named = m;
    }
    const trailing = (norm: string) => this.lex.skip(norm) || (this.lex.stop(norm) && !/^(لل|بال)/.test(norm));
    while (!e && named > j + 1 && trailing(this.toks[named - 1].norm)) named--;
    let described = this.text(j, named).trim();
    if (/^و?وفق/.test(this.toks[k].norm)) described = withoutPreposition(described);
    // (a document's issuer may take more words: "بحسب بيان الناطق باسم القوات المسلحة نشرته ...")
    if (!e && !pronounSource && !speakerUnknown && (described === '' || (after >= j + 6 && !this.lex.documentNoun(this.toks[j].norm)))) return;
    // "بحسب تعبيره": the words are the last fitting speaker's, whom the pronoun stands for
    const own = !e && after === j + 1 ? this.lex.ownWords(this.toks[j].norm) : undefined;
    // "فحسب الاستطلاع": a document speaks for its issuer
    const referred = pronounSource ?? same;
    const speaker = speakerUnknown
      ? null
      : referred
      ? referred
      : e
      ? this.speakers.remember(e, '-', null, null)
      : own
        ? this.speakers.fitting(own)
        : (this.documentSpeaker(j, named, k, '-') ?? this.speakers.unnamed(this.issuerWords(j, named) ?? described));
    const sentenceStart = this.sentenceStartToken(k);
    let lead = sentenceStart;
    while (lead < k && !this.isWord(lead)) lead++;
    const leadWords = new Set(['و', 'ولكن', 'لكن', 'ف', 'الا', 'غير', 'ان', 'الا ان']);
    const atStart = lead === k || (lead + 1 === k && leadWords.has(this.toks[lead].norm));
    let from: number;
    let to: number;
    const opener = this.complementizerAfterSource(after, end);
    if (atStart) {
      from = after < end && COMMA.test(this.toks[after].text) ? after + 1 : after;
      // the source ends the sentence ("* نقلا عن "الشرق الأوسط"" on a line of its own, the byline
      // of a republished article): the next sentence (a site's "جميع المقالات المنشورة تمثل رأي
      // كتابها فقط") is not its words
      if (from >= end) return;
      to = this.clauseEnd(from);
    } else if (after + 2 < end && COMMA.test(this.toks[after].text) && this.complementizerAt(after + 1)) {
      // "ويخشى المعارضون، وفقا للنائب طلعت خليل، أن يؤدي ...": the source's words follow it
      from = after + 2;
      to = this.clauseEnd(from);
    } else if (opener > 0) {
      // "ليتبين بحسب تصريح صادر عن المكتب الإعلامي لمديرية الأمن العام أن المتهم مختل عقليا": the
      // source's words follow it after أن, with no comma
      from = opener + 1;
      to = this.clauseEnd(from);
    } else if (k > 0 && COMMA.test(this.toks[k - 1].text) && this.parentheticalEnd(k - 1) === after && (e !== null || own !== undefined || this.speakerHead(this.toks[j].norm.replace(/^ل(?=ل)/, '')))) {
      // "إن الاقتصاد، وفقا للخبير سامي زيد، سيتعافى ...": a source set off by commas inside the
      // clause it attributes; the clause runs on past it
      from = sentenceStart;
      to = this.clauseEnd(after + 1);
    } else {
      from = sentenceStart;
      to = k;
      // (a closing mark stays with the quoted piece it closes: the span includes the marks)
      while (to > from && !this.isWord(to - 1) && !(QUOTE_MARKS.has(this.toks[to - 1].text) && this.insideDirect[to - 2])) to--;
    }
    while (from < to && !this.isWord(from) && !QUOTE_MARKS.has(this.toks[from].text)) from++;
    // "وبحسب X، فإن ...": the complementizer is not the content
    if (from < to && !this.entityAt[from] && this.complementizerAt(from)) from++;
    // "وبحسب X فإن "...".": marks that open the content and cover it make it a direct quote of the source
    const whole = from < end && QUOTE_MARKS.has(this.toks[from].text) ? this.directs.find((d) => d.first === from + 1 && d.last + 1 >= to) : undefined;
    if (whole && !this.absorbed.has(whole)) {
      this.used.add(k);
      this.absorbed.add(whole);
      this.emit('direct', this.toks[whole.first].start, this.toks[whole.last - 1].end, k, speaker);
      return;
    }
    if (to - from < 2) return;
    this.used.add(k);
    this.emit('indirect', this.toks[from].start, this.toks[to - 1].end, k, speaker);
  }

  /** أن/إن right after a source's words, or after at most three more words of its name (no punctuation between); -1 if none. */
  private complementizerAfterSource(after: number, end: number): number {
    for (let c = after; c < end && c <= after + 3; c++) {
      if (!this.isWord(c)) return -1;
      // (not فإن, which opens the main clause after a fronted source: "وبحسب X فإن ...")
      if (this.complementizerAt(c) && !/^ف/.test(this.toks[c].norm)) return c + 1 < end ? c : -1;
    }
    return -1;
  }

  /** إن، أن، فإن (with or without an attached pronoun) at token k. */
  private complementizerAt(k: number): boolean {
    return isComplementizer(this.toks[k].norm.replace(/^ف/, ''), this.toks[k].text);
  }

  private emit(kind: 'direct' | 'indirect', start: number, end: number, cueAt: number, speaker: Known | null): void {
    // trim spaces and a closing full stop from the span
    while (end > start && /[\s.]/.test(this.doc.text[end - 1])) end--;
    while (start < end && /\s/.test(this.doc.text[start])) start++;
    if (end <= start) return;
    // one word is no reported speech ("التي تكشف علنا"، "تتهم ... قوات النظام بشنها")
    if (kind === 'indirect' && wordCount(this.doc.text.slice(start, end)) < MIN_INDIRECT_WORDS) return;
    if (speaker) speaker = this.speakers.stateFor(speaker, cueAt >= 0 ? cueAt : this.tokenAt(start));
    // (an unnamed speaker whose verb is plural is plural, as a named one takes its verb's gender:
    // "مسؤولين سعوديين قالوا" are no woman's "وقالت" after them; a singular verb says nothing, since
    // a plural of things takes a feminine one: "مصادر ... أفادت")
    const said = speaker && speaker.entity === null && speaker.gender === '-' && cueAt >= 0 ? this.lex.cue(this.toks[cueAt].norm) : undefined;
    if (said && said.role !== 'source' && said.gender === 'p') speaker!.gender = said.gender;
    // (the last speaker is the last one read: a quote found while reading another's clause, "X قال إن
    // ... كما يقول Y"، is emitted first but read after it; its speaker stays the last one)
    const readAt = cueAt >= 0 ? cueAt : this.tokenAt(start);
    if (speaker && readAt >= this.speakers.lastAt) {
      this.speakers.last = speaker;
      this.speakers.lastAt = readAt;
    }
    // (a quote left open to the end of the text has its `last` past the final token)
    const startOf = (i: number) => (i < this.toks.length ? this.toks[i].start : this.doc.text.length);
    if (kind === 'indirect') for (const d of this.directs) if (startOf(d.first) >= start && startOf(d.last) <= end) this.absorbed.add(d);
    const cue = cueAt >= 0 ? { start: this.toks[cueAt].start, end: this.toks[cueAt].end } : null;
    const out: QuoteSpeaker | null = speaker ? { entity: speaker.entity, name: speaker.name, role: speaker.role, outlet: speaker.outlet } : null;
    this.spans.push({ start, end, label: kind, source: `quotes/${kind}`, attrs: { cue, speaker: out, speakerRef: speaker } });
  }
}

/** Particles that negate the verb after them (لم، لن، ما، لا). */
const NEGATIONS = new Set(['لم', 'ولم', 'لن', 'ولن', 'ما', 'وما', 'لا', 'ولا']);

/** Conjunctions that open a clause set against the one before the comma (whereas, while). */
const WHEREAS = new Set(['فيما', 'بينما', 'وفيما', 'وبينما']);

/** Prepositions as they are written with an attached pronoun (normalized, the pronoun removed: اليه -> الي). */
const PREPOSITION_HOSTS = new Set(['الي', 'علي', 'عن', 'من', 'في', 'ل', 'ب', 'مع', 'عند', 'لدي', 'بين', 'حول', 'ضد', 'نحو', 'دون', 'عبر', 'امام', 'خلف', 'مثل']);

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * A source's words without the ل that وفقا attached: لمصادر -> مصادر; لل is ل + ال, or ل + ال +
 * a word that starts with ل (للمكتب -> المكتب, للجنة -> اللجنة), whichever news writes more often.
 */
function withoutPreposition(words: string): string {
  if (words.startsWith('لل')) {
    const rest = words.slice(1);
    return (articleAfterLam(rest) === 'merged' ? 'ال' : 'ا') + rest;
  }
  return words.replace(/^ل(?=\S{3})/, '');
}

/** Quotes of a document: direct and reported speech with cue and speaker. */
export function findQuotes(doc: Doc, lex: QuoteLexicon = quoteLexicon()): Span[] {
  const spans = new QuoteFinder(doc, lex).run();
  for (const s of spans) delete s.attrs!.speakerRef;
  return spans.sort((a, b) => a.start - b.start);
}

export const quotesAnnotator: Annotator = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities'],
  adds: ['quotes'],
  annotate(doc) {
    doc.setLayer('quotes', findQuotes(doc));
  },
};
