import type { Span } from '../doc/span.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/normalize.js';
import { withoutArticle, type Cue } from './quote-cues.js';
import { QUOTE_MARKS } from './quote-marks.js';
import type { Known } from './quote-speakers.js';
import { QuoteSubjects } from './quote-subjects.js';
import { RELATIVES } from './quote-organisations.js';
import type { EntityAt } from './quote-text.js';
import { INDEFINITE_NISBA } from './quote-objects.js';

/** Words of rank that any title may carry (مسؤول كبير، مستشار بارز): no sign that two titles are one office. */
const RANK_WORDS = new Set(['كبير', 'بارز', 'رفيع', 'سابق', 'رسمي', 'عام', 'اعلي']);

/** How far (in characters) after an unnamed source's words a name may come that names it. */
const MAX_NAMING_GAP = 400;

/**
 * Speakers named by what the article says after their words, once every quote is found: the
 * person يدعى names, the name that follows an unnamed source, the person a pronoun on a tie stands
 * for (محاميه), the outlet behind "our" (مراسلنا).
 */
export class QuoteNaming extends QuoteSubjects {
  protected nameSpeakersFromLaterWords(): void {
    this.calledSpeakers();
    this.nameUnnamedSpeakers();
    this.relatedSpeakers();
    this.titledSpeakers();
    this.embeddedQuotes();
  }

  /**
   * "وقال رئيس مجلس إدارة "سي بي اس" إن ..." when the article names the holder of that title
   * anywhere ("ليسلي مونفس، رئيس مجلس إدارة "سي بي اس""): a speaker left as a title of a person
   * (not an unnamed source, a group, an organisation or a document) is the one person whose titles
   * in the article hold all its words, the title becoming the role.
   */
  private titledSpeakers(): void {
    const resolved = new Map<Known, Known | null>();
    for (const span of this.spans) {
      const sp = span.attrs!.speakerRef as Known | null;
      if (!sp || sp.entity !== null) continue;
      if (!resolved.has(sp)) resolved.set(sp, this.titleHolder(sp));
      const holder = resolved.get(sp);
      // (not someone named between the cue and the words: "واتهم رئيس وزراء إسرائيل الرئيس الإيراني حسن
      // روحاني بدعم ..." has him for its object)
      const cue = span.attrs!.cue as { start: number; end: number } | null;
      const between = holder && cue ? this.entityAt.some((e, i) => e?.id === holder.entity && this.toks[i].start >= cue.end && this.toks[i].end <= span.start) : false;
      if (holder && !between) this.reattribute(span, holder);
    }
  }

  private titleHolder(sp: Known): Known | null {
    const words = sp.name.replace(/["«»“”#()]/g, ' ').split(/\s+/).filter(Boolean).map((w) => normalize(w, SEARCH_NORMALIZATION));
    if (words.length < 2 || words.length > 6) return null;
    const head = words[0];
    const bare = withoutArticle(head);
    if (!this.lex.roleNoun(head) || this.lex.unnamedSource(head) || this.lex.unnamedSource(bare) || this.lex.groupSource(head) || this.lex.orgHead(bare) || this.lex.documentNoun(head) || this.lex.partitive(head)) return null;
    // (an indefinite title with an indefinite adjective is someone unnamed: "محامية أميركية")
    if (!/^ال/.test(head) && INDEFINITE_NISBA.test(words[1])) return null;
    const content = words.map(withoutArticle).filter((w) => w.length > 2 && !this.lex.stop(w) && !RANK_WORDS.has(w));
    const person = this.speakers.personWithTitle(content, sp.gender);
    return person ? this.speakers.remember(person, sp.gender, sp.role ?? sp.name, sp.outlet) : null;
  }

  /**
   * "قالت وايت إن الأسلحة الروسية التي كشفت عنها روسيا "كانت قيد التطوير ..."": words in quotation
   * marks that go on a reported clause, after a cue of a relative clause inside it (التي كشفت), are
   * the reported speaker's ("وقال كوجان إن هارون قال "..."" stays Harun's).
   */
  private embeddedQuotes(): void {
    for (const span of this.spans) {
      const cue = span.attrs!.cue as { start: number; end: number } | null;
      if (span.label !== 'direct' || !cue) continue;
      const k = this.tokenAt(cue.start);
      if (k < 1 || !RELATIVES.test(this.toks[k - 1].norm)) continue;
      const outer = this.spans.find((o) => o.label === 'indirect' && o.start <= cue.start && cue.end <= o.end && span.start - o.end >= 0 && span.start - o.end <= 2);
      const speaker = outer?.attrs!.speakerRef as Known | null | undefined;
      if (speaker && speaker !== span.attrs!.speakerRef) this.reattribute(span, speaker);
    }
  }

  /**
   * "وقال طبيب يدعى جاد إن ..."، "قالت محامية أميركية تدعى ربيعة شودري: "..."": the subject is
   * the person named after يدعى, an unnamed description becoming the role (and that description's
   * other quotes the person's).
   */
  private calledSpeakers(): void {
    for (const span of this.spans) {
      const unnamed = span.attrs!.speakerRef as Known | null;
      const cue = span.attrs!.cue as { start: number } | null;
      // (between the cue and the words there is only the subject: "وقال المسلح، ويدعى رضوان لقديم، إنه ...")
      if (!unnamed || !cue) continue;
      const from = this.tokenAt(cue.start);
      const to = this.tokenAt(span.start);
      for (let j = from + 1; j + 1 < to; j++) {
        if (!this.lex.calledForm(this.toks[j].text)) continue;
        const at = QUOTE_MARKS.has(this.toks[j + 1].text) ? j + 2 : j + 1;
        const e = this.entityAt[at];
        if (!e || e.type !== 'PER' || e.first !== at) break;
        if (e.id === unnamed.entity) break;
        const named = this.speakers.remember(e, this.lex.cue(this.toks[from].norm)?.gender ?? '-', unnamed.entity === null ? unnamed.name : null, unnamed.outlet);
        for (const other of unnamed.entity === null ? this.spans : [span]) if (other.attrs!.speakerRef === unnamed) this.reattribute(other, named);
        break;
      }
    }
  }

  /**
   * An unnamed source named right after: "وقال متحدث باسم وزارة الصحة إن ... . وأضاف خالد مجاهد
   * إن ..." (a continuing verb with a new name), "قالت متحدثة باسم المكتب إن ... . وقالت ليندا توم
   * وهي متحدثة باسم المكتب ..." (the name with the same title). The unnamed speaker's quotes just
   * before go to the named person.
   */
  private nameUnnamedSpeakers(): void {
    const cueOf = (s: Span): Cue | undefined => {
      const c = s.attrs?.cue as { start: number } | null;
      return c ? this.lex.cue(this.toks[this.tokenAt(c.start)].norm) : undefined;
    };
    for (let i = 1; i < this.spans.length; i++) {
      const named = this.spans[i].attrs!.speakerRef as Known | null;
      const before = this.spans[i - 1].attrs!.speakerRef as Known | null;
      if (!named || named.type !== 'PER' || !before || before.entity !== null || named === before) continue;
      // one person: an indefinite title of a person (متحدث، مسؤول; not صحيفة "لوموند", not مصادر), close before
      // (or a definite one, when a continuing verb brings the name: "وقالت المتحدثة باسم الخارجية ... .
      // وأضافت سارة ساندرز")
      const head = normalize(before.name.split(/\s+/)[0], SEARCH_NORMALIZATION);
      const definiteHead = /^(ال|وال)/.test(head);
      if (!this.lex.roleNoun(head) || this.lex.orgHead(head) || this.lex.orgHead(withoutArticle(head)) || this.lex.documentNoun(head)) continue;
      if (this.spans[i].start - this.spans[i - 1].end > MAX_NAMING_GAP) continue;
      const beforeCue = cueOf(this.spans[i - 1]);
      const cue = cueOf(this.spans[i]);
      if (!beforeCue || !cue || beforeCue.gender === 'p' || (beforeCue.gender !== '-' && cue.gender !== '-' && beforeCue.gender !== cue.gender)) continue;
      // (or the same office in other words: "رئيس الشرطة الفلبينية" ... "القائد العام للشرطة، رونالد ديلا روزا")
      const sameTitle = named.roleWords.has(head) || this.sameOffice(before, named, head);
      if (cue.role !== 'continue' && (!sameTitle || definiteHead)) continue;
      // a name new to the article (not "محامي جولي" when Jolie was in the story before), of a fitting gender
      const cueStart = (this.spans[i - 1].attrs!.cue as { start: number }).start;
      if (this.entityAt.some((e, j) => e?.id === named.entity && this.toks[j].start < cueStart)) continue;
      if (beforeCue.gender !== '-' && this.speakers.genderOf(named) !== '-' && this.speakers.genderOf(named) !== beforeCue.gender) continue;
      // (and those of the same unnamed office said more fully just before: "أعلن رئيس #الشرطة_الفلبينية"
      // ... "وأشار رئيس الشرطة" ... "وقال القائد العام للشرطة، رونالد ديلا روزا")
      const sameUnnamed = (k: Known | null) => k === before || (k !== null && k !== named && k.entity === null && [...before.roleWords].every((w) => k.roleWords.has(w)));
      for (let j = i - 1; j >= 0 && sameUnnamed(this.spans[j].attrs!.speakerRef as Known | null); j--) this.reattribute(this.spans[j], named);
    }
  }

  /**
   * Whether an unnamed title names the office a named person's title names in other words: every
   * word of it past its head, but for ranks, is in the person's title, which opens with a title noun
   * ("رئيس الشرطة" ... "القائد العام للشرطة"; not "متحدث باسم شركة فيسبوك" ... "مدير شركة أمازون").
   */
  private sameOffice(before: Known, named: Known, head: string): boolean {
    if (named.role === null || !this.lex.roleNoun(withoutArticle(normalize(named.role.split(/\s+/)[0], SEARCH_NORMALIZATION)))) return false;
    const words = [...before.roleWords].filter((w) => w !== head && w.length >= 3 && !RANK_WORDS.has(w) && !this.lex.stop(w));
    return words.length > 0 && words.every((w) => named.roleWords.has(w));
  }

  /**
   * "وقال محاميه إن ..."، "قالت زوجته": a speaker named by a tie and a pronoun is named after the
   * person the pronoun stands for, the latest person close before the cue known to be of its
   * gender ("محامي طارق رمضان"): "his lawyer" tells a reader nothing. "مراسلنا"، "مصادرنا" are the
   * publishing outlet's (Doc.outlet): "مراسل سكاي نيوز عربية".
   */
  private relatedSpeakers(): void {
    for (const span of this.spans) {
      const sp = span.attrs!.speakerRef as Known | null;
      const cue = span.attrs!.cue as { start: number } | null;
      const m = sp && sp.entity === null && cue ? /^(\p{L}+?)(هما|هم|هن|ها|ه|نا)$/u.exec(sp.name) : null;
      if (!m) continue;
      const noun = m[1].replace(/ت$/, 'ة');
      const key = normalize(noun, SEARCH_NORMALIZATION);
      // "قال مراسلنا": the outlet that published the article
      if (m[2] === 'نا') {
        if (!this.doc.outlet || !this.lex.outletNoun(key)) continue;
        this.reattribute(span, this.speakers.unnamed(`${noun} ${this.doc.outlet}`, sp!.role), sp!.outlet);
        continue;
      }
      // (or two of them, the dual's ن dropped before the pronoun: "محامياها")
      if (!this.lex.relationNoun(key) && !(/ا$/.test(key) && this.lex.relationNoun(key.slice(0, -1)))) continue;
      // one person, of the pronoun's gender as the article or the name lists show it ("عائلتهما"
      // stands for two: left as it is), named in the sentence of the cue or the two before
      if (m[2] !== 'ه' && m[2] !== 'ها') continue;
      const gender = m[2] === 'ه' ? 'm' : 'f';
      const at = this.tokenAt(cue!.start);
      let person: EntityAt | null = null;
      for (let j = at - 1; j >= 0 && !person && this.sentenceOf[j] >= this.sentenceOf[at] - 2; j--) {
        const e = this.entityAt[j];
        if (e && e.type === 'PER' && this.speakers.entityGender(e) === gender) person = e;
      }
      if (!person) continue;
      this.reattribute(span, this.speakers.unnamed(`${noun} ${person.name}`, sp!.role), sp!.outlet);
    }
  }

  /** Gives a quote found earlier to another speaker (the outlet stated with the words stays theirs). */
  private reattribute(span: Span, speaker: Known, outlet = speaker.outlet): void {
    span.attrs!.speakerRef = speaker;
    span.attrs!.speaker = { entity: speaker.entity, name: speaker.name, role: speaker.role, outlet };
  }
}
