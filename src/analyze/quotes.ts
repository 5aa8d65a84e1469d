import type { Annotator } from './annotator.js';
import type { Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import type { Token } from '../doc/token.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/normalize.js';
import { quoteLexicon, isComplementizer, withoutArticle, type Cue, type Gender, type QuoteLexicon } from './quote-cues.js';

/**
 * Who said what: direct quotes (words inside quotation marks) and reported speech (a reporting
 * verb or source phrase and its clause), each with its cue and its speaker.
 *
 * Speakers are resolved in reading order: the entity the cue governs (verb-subject order is the
 * norm: "قال مايكل سميث"); a title before it and an apposition after it ("، خبير في ...") become its
 * role, a ل"outlet" its outlet; a continuation cue without a subject (وأضاف) or a pronoun subject
 * keeps the last speaker whose gender fits the verb (قال/قالت); a back-referring noun (المحلل،
 * الوزير) finds the latest speaker whose role holds that noun.
 *
 * Layer "quotes": label `direct` or `indirect`; attrs { cue: {start, end} | null, speaker }.
 */

export interface QuoteSpeaker {
  /** entity id in the document's entities layer, or null for an unnamed source (مصادر أمنية) */
  entity: string | null;
  name: string;
  role: string | null;
  /** the outlet the words were given to (ل"نيوزويك"), when stated */
  outlet: string | null;
}

interface EntityAt {
  id: string;
  name: string;
  type: string;
  /** token range [first, last) */
  first: number;
  last: number;
}

interface Known extends QuoteSpeaker {
  gender: Gender;
  /** normalized words of the role, for back-references */
  roleWords: Set<string>;
}

/** A stretch between quotation marks: character offsets of the marks. */
interface Marked {
  open: number;
  close: number;
}

const OPENING: Record<string, string> = { '«': '»', '“': '”' };
const STRAIGHT = '"';
const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”']);
const SENTENCE_END = /^[.!?؟…]+$/;
const COMMA = /^[،,]$/;
/** fewer words than this between marks: a term, a name or a title, not someone's words */
const MIN_DIRECT_WORDS = 3;
/** how far before a quotation mark its cue may be (tokens) */
const CUE_WINDOW = 40;

/** Pairs of quotation marks: straight quotes pair within a paragraph, « » and “ ” nest and may span paragraphs. */
export function findQuotationMarks(text: string): Marked[] {
  const out: Marked[] = [];
  const stack: { ch: string; at: number }[] = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      straightOpen = -1;
      continue;
    }
    if (ch === STRAIGHT) {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push({ open: straightOpen, close: i });
        straightOpen = -1;
      }
    } else if (OPENING[ch]) stack.push({ ch, at: i });
    else if (ch === '»' || ch === '”') {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPENING[stack[k].ch] === ch) {
          out.push({ open: stack[k].at, close: i });
          stack.length = k;
          break;
        }
      }
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

class QuoteFinder {
  private readonly toks: Token[];
  private readonly entityAt: (EntityAt | null)[];
  private readonly sentenceOf: Int32Array;
  private readonly sentences: { start: number; end: number }[];
  private readonly known: Known[] = [];
  private readonly mentionStarts = new Map<EntityAt, number>();
  private last: Known | null = null;
  private readonly used = new Set<number>();
  readonly spans: Span[] = [];
  /** token ranges inside direct quotes: no cue is read there */
  private readonly insideDirect: boolean[];

  constructor(
    private readonly doc: Doc,
    private readonly lex: QuoteLexicon,
  ) {
    this.toks = doc.tokens as Token[];
    this.entityAt = new Array(this.toks.length).fill(null);
    this.insideDirect = new Array(this.toks.length).fill(false);
    for (const s of doc.layer('entities')) {
      const a = s.attrs as { entity: string; name: string };
      const first = this.tokenAt(s.start);
      let last = first;
      while (last < this.toks.length && this.toks[last].start < s.end) last++;
      const e: EntityAt = { id: a.entity, name: a.name, type: s.label, first, last };
      this.mentionStarts.set(e, s.start);
      for (let k = first; k < last; k++) this.entityAt[k] = e;
    }
    this.sentences = doc.sentences.map((s) => ({ start: s.start, end: s.end }));
    this.sentenceOf = new Int32Array(this.toks.length);
    let si = 0;
    this.toks.forEach((t, k) => {
      while (si < this.sentences.length - 1 && this.sentences[si].end <= t.start) si++;
      this.sentenceOf[k] = si;
    });
  }

  /** Index of the token containing or following offset `at`. */
  private tokenAt(at: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private isWord(k: number): boolean {
    const kind = this.toks[k].kind;
    return kind === 'arabic' || kind === 'latin' || kind === 'number';
  }

  private text(from: number, to: number): string {
    return from < to ? this.doc.text.slice(this.toks[from].start, this.toks[to - 1].end) : '';
  }

  run(): Span[] {
    const marks = findQuotationMarks(this.doc.text);
    const directs: { first: number; last: number; mark: Marked }[] = [];
    for (const m of marks) {
      const first = this.tokenAt(m.open + 1);
      const last = this.tokenAt(m.close);
      let words = 0;
      for (let k = first; k < last; k++) if (this.isWord(k)) words++;
      if (words < MIN_DIRECT_WORDS) continue;
      const before = this.previousWord(this.tokenAt(m.open) - 1);
      if (before >= 0 && this.lex.titleCue(this.toks[before].norm)) continue;
      // a short quoted name: ل"سكاي نيوز عربية"، "إل إل فيغن"
      if (words <= 4 && before >= 0 && before === this.tokenAt(m.open) - 1 && /^ل/.test(this.toks[before].norm) && this.toks[before].norm.length <= 2) continue;
      if (words <= 4 && this.allNamed(first, last)) continue;
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
      const cue = this.lex.cue(this.toks[k].norm);
      if (cue) this.reported(k, cue);
    }
    while (d < directs.length) this.direct(directs[d++]);
    return this.spans;
  }

  /** Every word in [first, last) belongs to an entity mention. */
  private allNamed(first: number, last: number): boolean {
    for (let k = first; k < last; k++) if (this.isWord(k) && !this.entityAt[k]) return false;
    return true;
  }

  private previousWord(k: number): number {
    while (k >= 0 && !this.isWord(k)) k--;
    return k;
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
        if (next && (next.role === 'adverb' || next.role === 'source')) break;
      }
      if (QUOTE_MARKS.has(t.text) && this.insideDirect[j + 1]) break;
      j++;
    }
    return j;
  }

  private direct(q: { first: number; last: number; mark: Marked }): void {
    const open = this.tokenAt(q.mark.open);
    const close = this.tokenAt(q.mark.close);
    let cueAt = -1;
    // a cue before the opening mark, in the same stretch of text (skipping quoted terms)
    for (let k = open - 1, n = 0; k >= 0 && n < CUE_WINDOW; k--, n++) {
      const t = this.toks[k];
      if (SENTENCE_END.test(t.text) || this.insideDirect[k]) break;
      if (this.doc.text.slice(t.end, this.toks[k + 1].start).includes('\n') && n > 0) break;
      if (!this.used.has(k) && this.lex.cue(t.norm)) {
        cueAt = k;
        break;
      }
    }
    // or just after the closing mark: "..."، قال X
    if (cueAt < 0) {
      for (let k = close + 1, n = 0; k < this.toks.length && n < 4; k++, n++) {
        if (this.insideDirect[k] || SENTENCE_END.test(this.toks[k].text)) break;
        if (this.lex.cue(this.toks[k].norm)) {
          cueAt = k;
          break;
        }
      }
    }
    let speaker: Known | null = null;
    if (cueAt >= 0) {
      this.used.add(cueAt);
      speaker = this.speakerFor(cueAt, this.lex.cue(this.toks[cueAt].norm)!, cueAt < open ? open : -1);
    } else {
      const prev = open - 1;
      const startsParagraph = open === 0 || this.doc.text.slice(this.toks[open - 1].end, this.toks[open].start).includes('\n');
      if (prev >= 0 && this.toks[prev].text === ':') speaker = this.subjectBefore(prev) ?? this.last;
      else if (startsParagraph && q.last - q.first >= 8) speaker = this.last;
      else return; // quoted words nobody is said to have said
    }
    this.emit('direct', this.toks[q.first].start, this.toks[q.last - 1].end, cueAt, speaker);
  }

  /** A named subject right before a colon: "وزير الخارجية X:" */
  private subjectBefore(k: number): Known | null {
    let org: EntityAt | null = null;
    for (let j = k - 1; j >= 0 && j > k - CUE_WINDOW; j--) {
      const e = this.entityAt[j];
      if (e && e.type === 'PER') return this.remember(e, '-', null, null);
      if (e && e.type === 'ORG') org ??= e;
      if (SENTENCE_END.test(this.toks[j].text)) break;
    }
    return org ? this.remember(org, '-', null, null) : null;
  }

  private reported(k: number, cue: Cue): void {
    const end = this.sentenceEndToken(k);
    if (cue.role === 'source') return this.sourcePhrase(k, end);
    if (cue.role === 'adverb') {
      // قائلا إن ... / لافتا إلى أن ... / لافتا إلى خلافات ...
      let j = k + 1;
      if (j < end && this.toks[j].norm === 'الي') j++;
      if (j < end && isComplementizer(this.toks[j].norm)) j++;
      else if (j === k + 1) return; // an adverb with neither إلى nor a complementizer: no content
      const stop = this.clauseEnd(j);
      if (stop <= j || this.insideDirect[j] || QUOTE_MARKS.has(this.toks[j].text)) return;
      const speaker = this.clauseSubject(k, cue.gender);
      this.emit('indirect', this.toks[j].start, this.toks[stop - 1].end, k, speaker);
      return;
    }
    // a verb: find the complementizer that opens its clause
    let comp = -1;
    for (let j = k + 1; j < end && j < k + 30; j++) {
      const t = this.toks[j];
      if (isComplementizer(t.norm)) {
        comp = j;
        break;
      }
      if (t.text === ':' || QUOTE_MARKS.has(t.text) || this.lex.cue(t.norm)) break;
    }
    let contentStart = comp + 1;
    if (comp < 0 && this.lex.objectVerb(this.toks[k].norm)) {
      // "أعلنت أنقرة مقتل 8 من جنودها": a named subject, then what was announced
      let j = k + 1;
      while (j < end && this.lex.skip(this.toks[j].norm)) j++;
      const e = this.entityAt[j];
      if (e && e.first === j && e.last < end && this.isWord(e.last) && !this.lex.stop(this.toks[e.last].norm) && !this.lex.cue(this.toks[e.last].norm)) {
        comp = e.last - 1;
        contentStart = e.last;
      } else if (!e && j === k + 1 && j < end && this.isWord(j) && !/^(ال|وال|لل)/.test(this.toks[j].norm) && !this.lex.stop(this.toks[j].norm) && !this.lex.skip(this.toks[j].norm) && !this.lex.speakerNoun(this.toks[j].norm)) {
        // "ونفى مشاركته في ...": no subject of its own (a definite noun there would be one), the object is the content
        comp = k;
        contentStart = j;
      }
    }
    if (comp < 0) {
      // "كما يلفت X، <clause>": the clause after the subject and its comma
      const before = this.previousWord(k - 1);
      if (before < 0 || this.toks[before].norm !== 'كما') return;
      const e = this.entityAt[k + 1];
      if (!e || e.last >= end || !COMMA.test(this.toks[e.last].text)) return;
      contentStart = e.last + 1;
      comp = e.last;
    }
    const stop = this.clauseEnd(contentStart);
    if (stop <= contentStart || QUOTE_MARKS.has(this.toks[contentStart].text)) return;
    const speaker = this.speakerFor(k, cue, comp);
    this.used.add(k);
    this.emit('indirect', this.toks[contentStart].start, this.toks[stop - 1].end, k, speaker);
  }

  private sentenceEndToken(k: number): number {
    const s = this.sentenceOf[k];
    let j = k;
    while (j < this.toks.length && this.sentenceOf[j] === s) j++;
    return j;
  }

  /** بحسب X، <clause> — or — <clause>، بحسب X */
  private sourcePhrase(k: number, end: number): void {
    const sentenceStart0 = this.sentenceStartToken(k);
    for (let b = sentenceStart0; b < k; b++) {
      const c = this.lex.cue(this.toks[b].norm);
      if (c && c.role !== 'source') return; // "وأكد مصدر، بحسب ما نقل التلفزيون، ...": the verb carries it
    }
    let j = k + 1;
    if (this.toks[k].norm.endsWith('نقلا') && j < end && this.toks[j].norm === 'عن') j++;
    // بحسب ما نقلت وكالة ... / وفقا لما ذكره
    if (j < end && (this.toks[j].norm === 'ما' || this.toks[j].norm === 'لما')) {
      j++;
      if (j < end && this.lex.sourceVerb(this.toks[j].norm.replace(/(ه|ها|هم)$/, '')) ) j++;
    }
    if (j < end && (this.toks[j].norm === 'ل' || this.toks[j].norm === 'لـ')) j++;
    // the source: an entity, or words up to the comma (unnamed: "مصادر أمنية")
    const e = this.entityAt[j] ?? this.entityAt[j + 1];
    let after = j;
    while (after < end && !COMMA.test(this.toks[after].text) && !SENTENCE_END.test(this.toks[after].text) && after < j + 6) after++;
    if (e) after = Math.max(after, e.last);
    const described = this.text(j, Math.min(after, end)).trim();
    if (!e && (described === '' || after >= j + 6)) return;
    const speaker = e ? this.remember(e, '-', null, null) : this.unnamed(described);
    const sentenceStart = this.sentenceStartToken(k);
    let lead = sentenceStart;
    while (lead < k && !this.isWord(lead)) lead++;
    const leadWords = new Set(['و', 'ولكن', 'لكن', 'ف', 'الا', 'غير', 'ان', 'الا ان']);
    const atStart = lead === k || (lead + 1 === k && leadWords.has(this.toks[lead].norm));
    let from: number;
    let to: number;
    if (atStart) {
      from = after < end && COMMA.test(this.toks[after].text) ? after + 1 : after;
      to = this.clauseEnd(from);
    } else {
      from = sentenceStart;
      to = k;
      while (to > from && !this.isWord(to - 1)) to--;
    }
    while (from < to && !this.isWord(from) && !QUOTE_MARKS.has(this.toks[from].text)) from++;
    // "وبحسب X، فإن ...": the complementizer is not the content
    if (from < to && isComplementizer(this.toks[from].norm.replace(/^ف/, ''))) from++;
    if (to - from < 2) return;
    this.used.add(k);
    this.emit('indirect', this.toks[from].start, this.toks[to - 1].end, k, speaker);
  }

  private sentenceStartToken(k: number): number {
    const s = this.sentenceOf[k];
    let j = k;
    while (j > 0 && this.sentenceOf[j - 1] === s) j--;
    return j;
  }

  /** The subject of the clause an adverbial cue hangs on: that clause's speaker, or its first named agent. */
  private clauseSubject(k: number, gender: Gender): Known | null {
    const start = this.sentenceStartToken(k);
    for (let i = this.spans.length - 1; i >= 0; i--) {
      const s = this.spans[i];
      if (s.end <= this.toks[start].start) break;
      const sp = s.attrs?.speakerRef as Known | null;
      if (sp) return sp;
    }
    for (let j = start; j < k; j++) {
      const e = this.entityAt[j];
      if (e && (e.type === 'PER' || e.type === 'ORG')) return this.remember(e, gender, null, null);
    }
    return this.fitting(gender);
  }

  /**
   * The speaker a verb cue governs: the named subject after it (titles before the name become its
   * role), a back-referring noun, an unnamed noun phrase (مصدر عسكري، ماي), a named subject just
   * before the verb, or, for a verb with no subject of its own, the last speaker that fits.
   */
  private speakerFor(k: number, cue: Cue, limit: number): Known | null {
    const end = Math.min(limit < 0 ? k + 12 : limit, this.sentenceEndToken(k));
    let j = k + 1;
    while (j < end && this.lex.skip(this.toks[j].norm)) j++;
    let i = j;
    for (; i < end && i < j + 10; i++) {
      const t = this.toks[i];
      if (t.text === ':' || COMMA.test(t.text) || SENTENCE_END.test(t.text) || isComplementizer(t.norm)) break;
      const e = this.entityAt[i];
      if (e && e.first < i) continue;
      if (e && this.toks[i].start < this.mentionStart(e) && /^ل/.test(t.norm)) break; // لرويترز: the outlet, not the subject
      if (/^ل./.test(t.norm) && this.lex.titleCue(t.norm.slice(1))) break; // لشبكة سي بي إس، لصحيفة ...: to whom, not who
      if (e && (e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC')) {
        // "مدير معهد نوبل أولاف نيولستاد": an organisation in the title, then the person
        if (e.type !== 'PER') {
          const p = this.entityAt[e.last] ?? this.entityAt[e.last + 1];
          if (p && p.type === 'PER' && p.first <= e.last + 1 && p.last <= end) {
            const title = this.text(j, p.first).replace(/[،,:]+$/, '').trim();
            const { role, outlet } = this.apposition(p.last, end);
            return this.remember(p, cue.gender, [title, role].filter(Boolean).join('، ') || null, outlet);
          }
        }
        const title = this.text(j, e.first).replace(/[،,:]+$/, '').trim();
        const { role, outlet } = this.apposition(e.last, end);
        return this.remember(e, cue.gender, [title, role].filter(Boolean).join('، ') || null, outlet);
      }
      if (QUOTE_MARKS.has(t.text)) {
        // صحيفة "ذي وال ستريت جورنال": a quoted outlet name as the subject
        let close = i + 1;
        while (close < end && !QUOTE_MARKS.has(this.toks[close].text)) close++;
        if (i > j && this.lex.titleCue(this.toks[i - 1].norm) && close < end) return this.unnamed(this.text(i + 1, close), this.text(j, i));
        break;
      }
      const noun = this.lex.speakerNoun(t.norm);
      if (noun && i === j) {
        const ref = this.backReference(noun.noun, noun.authorLike, cue.gender);
        if (ref) return ref;
      }
      if (this.lex.stop(t.norm) || this.lex.cue(t.norm)) break;
    }
    if (i > j) {
      // "السفيرة الأمريكية": a definite description of someone the article names elsewhere
      const described = this.describedEntity(j, Math.min(i, j + 5), k);
      if (described) return this.remember(described, cue.gender, null, null);
      return this.unnamed(this.text(j, Math.min(i, j + 5)));
    }
    // "X قال": a named subject right before the verb
    const before = this.previousWord(k - 1);
    const e = before >= 0 ? this.entityAt[before] : null;
    if (e && e.last === before + 1 && this.sentenceOf[before] === this.sentenceOf[k] && e.type !== 'LOC') return this.remember(e, cue.gender, null, null);
    return this.fitting(cue.gender);
  }

  private mentionStart(e: EntityAt): number {
    return this.mentionStarts.get(e) ?? this.toks[e.first].start;
  }

  /** Words of a noun phrase from token i: "المتحدث باسم الخارجية" up to a comma or the clause. */
  private nounPhrase(i: number, end: number): string {
    let j = i + 1;
    while (j < end && j < i + 5 && this.isWord(j) && !isComplementizer(this.toks[j].norm)) j++;
    return this.text(i, j);
  }

  /** "، خبير في مكافحة الإرهاب ل"نيوزويك":" -> role and outlet */
  private apposition(after: number, end: number): { role: string | null; outlet: string | null } {
    if (after >= end || !COMMA.test(this.toks[after].text)) return { role: null, outlet: null };
    let j = after + 1;
    let outlet: string | null = null;
    let roleEnd = j;
    while (j < end && j < after + 16) {
      const t = this.toks[j];
      if (COMMA.test(t.text) || t.text === ':' || isComplementizer(t.norm) || SENTENCE_END.test(t.text)) break;
      if (QUOTE_MARKS.has(t.text)) {
        // ل"نيوزويك": the outlet the words were given to
        const prev = j - 1;
        let close = j + 1;
        while (close < end && !QUOTE_MARKS.has(this.toks[close].text)) close++;
        if (prev > after && this.toks[prev].norm === 'ل') {
          outlet = this.text(j + 1, close);
          break;
        }
        break;
      }
      j++;
      roleEnd = j;
    }
    let role = this.text(after + 1, roleEnd).trim();
    if (outlet) role = role.replace(/\s*لـ*$/, '').trim();
    return { role: role || null, outlet };
  }

  /**
   * The person or organisation a definite description refers to: the one whose title or
   * apposition anywhere in the article holds the description's head noun (السفيرة ← "السفيرة
   * الأمريكية نيكي هايلي"), more of its words breaking ties, then the latest mention before `k`.
   */
  private describedEntity(from: number, to: number, k: number): EntityAt | null {
    const head = this.toks[from].norm;
    if (!/^(ال|وال)/.test(head)) return null;
    const words = [] as string[];
    for (let i = from; i < to; i++) if (this.isWord(i)) words.push(withoutArticle(this.toks[i].norm));
    const described = this.describedBy();
    let best: EntityAt | null = null;
    let bestScore = 0;
    for (const [e, ctx] of described) {
      if (!ctx.has(words[0])) continue;
      let score = 10;
      for (const w of words.slice(1)) if (ctx.has(w)) score++;
      if (e.first < k) score += 0.5; // introduced before the reference
      if (score > bestScore || (score === bestScore && best && e.first < k && e.first > best.first)) [best, bestScore] = [e, score];
    }
    return best;
  }

  private describedCache: Map<EntityAt, Set<string>> | null = null;

  /** Per person or organisation mention: the words of the title before it and of the apposition after it. */
  private describedBy(): Map<EntityAt, Set<string>> {
    if (this.describedCache) return this.describedCache;
    const out = new Map<EntityAt, Set<string>>();
    const seen = new Set<EntityAt>();
    for (const e of this.entityAt) {
      if (!e || seen.has(e) || e.type !== 'PER') continue;
      seen.add(e);
      const ctx = new Set<string>();
      // the title: up to 6 words right before the name ("السفيرة الأمريكية لدى الأمم المتحدة نيكي هايلي")
      for (let b = e.first - 1, n = 0; b >= 0 && n < 6 && this.isWord(b) && this.entityAt[b]?.type !== 'PER' && !this.lex.cue(this.toks[b].norm); b--, n++) ctx.add(withoutArticle(this.toks[b].norm));
      // the apposition: "، المحلل السياسي في ..."
      if (e.last < this.toks.length && COMMA.test(this.toks[e.last].text)) {
        for (let a = e.last + 1, n = 0; a < this.toks.length && n < 4 && this.isWord(a); a++, n++) ctx.add(withoutArticle(this.toks[a].norm));
      }
      if (ctx.size === 0) continue;
      // one entity id, several mentions: the words of all its mentions count for each
      for (const [other, words] of out) {
        if (other.id === e.id) {
          for (const w of ctx) words.add(w);
          for (const w of words) ctx.add(w);
        }
      }
      out.set(e, ctx);
    }
    this.describedCache = out;
    return out;
  }

  private remember(e: EntityAt, gender: Gender, role: string | null, outlet: string | null): Known {
    let k = this.known.find((s) => s.entity === e.id);
    if (!k) {
      k = { entity: e.id, name: e.name, role: null, outlet: null, gender: '-', roleWords: new Set() };
      this.known.push(k);
    }
    if (gender !== '-' && k.gender === '-') k.gender = gender;
    if (role && !k.role) {
      k.role = role;
      for (const w of role.split(/\s+/)) k.roleWords.add(withoutArticle(this.normOf(w)));
    }
    if (outlet) k.outlet = outlet;
    return k;
  }

  private normOf(word: string): string {
    return normalize(word.replace(/[^\p{L}\p{M}]/gu, ''), SEARCH_NORMALIZATION);
  }

  /** A source with no entity: an unnamed one (مصدر عسكري) or a name the tagger missed; remembered for back-references. */
  private unnamed(name: string, role: string | null = null): Known {
    let k = this.known.find((s) => s.entity === null && s.name === name);
    if (!k) {
      k = { entity: null, name, role, outlet: null, gender: '-', roleWords: new Set() };
      for (const w of `${name} ${role ?? ''}`.split(/\s+/)) if (w) k.roleWords.add(withoutArticle(this.normOf(w)));
      this.known.push(k);
    }
    return k;
  }

  /** المحلل -> the latest speaker whose role holds محلل; an author-like noun falls back to the first speaker. */
  private backReference(noun: string, authorLike: boolean, gender: Gender): Known | null {
    for (let i = this.known.length - 1; i >= 0; i--) if (this.known[i].roleWords.has(noun)) return this.known[i];
    if (authorLike) return this.known.find((s) => s.entity !== null) ?? null;
    return this.fitting(gender);
  }

  /** The last speaker, if the verb's agreement allows it (قالت is not a man). */
  private fitting(gender: Gender): Known | null {
    const fits = (s: Known) => gender === '-' || s.gender === '-' || s.gender === gender;
    if (this.last && fits(this.last)) return this.last;
    for (let i = this.known.length - 1; i >= 0; i--) if (this.known[i].entity && fits(this.known[i])) return this.known[i];
    return null;
  }

  private emit(kind: 'direct' | 'indirect', start: number, end: number, cueAt: number, speaker: Known | null): void {
    // trim spaces and a closing full stop from the span
    while (end > start && /[\s.]/.test(this.doc.text[end - 1])) end--;
    while (start < end && /\s/.test(this.doc.text[start])) start++;
    if (end <= start) return;
    if (speaker && speaker.entity) this.last = speaker;
    const cue = cueAt >= 0 ? { start: this.toks[cueAt].start, end: this.toks[cueAt].end } : null;
    const out: QuoteSpeaker | null = speaker ? { entity: speaker.entity, name: speaker.name, role: speaker.role, outlet: speaker.outlet } : null;
    this.spans.push({ start, end, label: kind, source: `quotes/${kind}`, attrs: { cue, speaker: out, speakerRef: speaker } });
  }
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
