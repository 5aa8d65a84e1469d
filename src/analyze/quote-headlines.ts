import type { Known } from './quote-speakers.js';
import { QuoteNaming } from './quote-naming.js';
import { RELATIVES } from './quote-organisations.js';
import { SENTENCE_END } from './quote-text.js';

/**
 * Headlines and related links inside an article that give a source, a colon and what it said
 * ("منظمة أنقذوا الأطفال: مستشفى ولادة في إدلب يتعرض لقصف"، "قد يهمك/ مصادر لـCNN: إدارة ترامب
 * تدرس ..."): reported speech of a person or organisation the line opens with, or of an unnamed
 * source noun. Not a profile's title ("جينا هاسبل: أول امرأة ..."), a fact sheet's row or words
 * in quotation marks.
 */

/** A headline's source has at most this many words before its colon, and what it said at most HEADLINE_WORDS. */
const HEADLINE_SOURCE_WORDS = 6;
const HEADLINE_WORDS = 30;

export interface Headline {
  speaker: Known;
  start: number;
  end: number;
}

export class QuoteHeadlines extends QuoteNaming {
  /**
   * The colon at token c ends a headline's source: its speaker (kept apart from the speaker book:
   * the line stands apart from the article's account) and the span of what it said; null if the
   * line is no such headline. `insideDirect` marks the tokens inside quotation marks.
   */
  protected headlineAt(c: number, insideDirect: readonly boolean[]): Headline | null {
    const text = this.doc.text;
    const lineStart = text.lastIndexOf('\n', this.toks[c].start) + 1;
    const newline = text.indexOf('\n', this.toks[c].end);
    const lineEnd = newline < 0 ? text.length : newline;
    let from = c;
    while (from > 0 && this.toks[from - 1].start >= lineStart) from--;
    let z = c + 1;
    while (z < this.toks.length && this.toks[z].end <= lineEnd) z++;
    // (past the link's marker and its punctuation: "قد يهمك/"، "شاهد.."، "أيضا/")
    while (from < c && (!this.isWord(from) || this.lex.headlineMarker(this.toks[from].norm))) from++;
    const heads = this.wordsIn(from, c);
    const said = this.wordsIn(c + 1, z);
    if (heads === 0 || heads > HEADLINE_SOURCE_WORDS || said < 3 || said > HEADLINE_WORDS || insideDirect[c + 1]) return null;
    // (not a profile's title, "كيم جونغ أون: زعيم ..."، "جون بولتون: الصقر الذي ..."، nor a fact sheet's
    // figures, "هاتف آيفون: 174 غرام")
    let arabic = 0;
    for (let i = c + 1; i < z; i++) {
      if (this.toks[i].text === ':') return null; // a table's row: "الأبعاد: ... هاتف آيفون: ..."
      if (this.toks[i].kind === 'arabic') arabic++;
    }
    const first = this.nextWord(c + 1, z);
    // (nor words in quotation marks: those are a direct quote of their own)
    if (arabic < 3 || first < 0 || insideDirect[first] || this.isTitleNoun(first) || this.lex.profileOpener(this.toks[first].norm)) return null;
    // ("عالمة الكيمياء التي تقود ألمانيا": a description with its relative clause)
    for (let i = first + 1, words = 0; i < z && words < 3; i++) {
      if (!this.isWord(i)) continue;
      if (RELATIVES.test(this.toks[i].norm)) return null;
      words++;
    }
    for (let i = from; i < c; i++) if (SENTENCE_END.test(this.toks[i].text) || this.lex.cue(this.toks[i].norm)) return null;
    // the outlet it was said to: "لـCNN"
    let to = c;
    let outlet: string | null = null;
    for (let i = from + 1; i < c; i++) {
      if (/^لـ?/.test(this.toks[i].text) && (this.toks[i].text.length <= 2 || this.entityAt[i])) {
        to = i;
        outlet = this.text(i, c).replace(/^\s*لـ?/, '').trim() || null;
        break;
      }
    }
    const e = this.entityAt[from];
    // (the line stands apart from the article's account: its source is no "last speaker" for what follows)
    const speaker = this.speakers.apart(() => {
      if (e && e.first === from && (e.type === 'PER' || e.type === 'ORG') && e.last <= to) return this.speakers.remember(e, '-', null, outlet);
      if (e) return null;
      const head = this.toks[from].norm.replace(/^و/, '');
      const inner = this.entityAt[from + 1];
      // "منظمة أنقذوا الأطفال:"، "منظمة "أنقذوا الأطفال":": an organisation's head and its name
      if (this.lex.orgHead(head) && to - from <= 5) return inner && inner.type === 'ORG' && inner.first === from + 1 ? this.speakers.remember(inner, '-', null, outlet) : this.speakers.unnamed(this.text(from, to).replace(/["«»“”]/g, '').replace(/\s+/g, ' ').trim());
      // (indefinite: "مسؤول أوروبي:"، "محللون:"; "الموقع:" labels a fact sheet's line)
      if (!/^ال/.test(head) && (this.lex.unnamedSource(head) || this.lex.groupSource(head) || this.lex.roleNoun(head))) return this.speakers.unnamed(this.text(from, to).trim());
      return null;
    });
    return speaker ? { speaker, start: this.toks[c + 1].start, end: this.toks[z - 1].end } : null;
  }
}
