import type { Gender } from './quote-cues.js';
import { withoutArticle } from './quote-cues.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { COMMA, SENTENCE_END, type EntityAt } from './quote-text.js';
import type { Known } from './quote-speakers.js';
import { NISBA, RELATIVES } from './quote-organisations.js';
import { QuoteTitles } from './quote-titles.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/normalize.js';
import { segmentClitics } from '../text/clitics.js';

/** كان in the forms that open a clause whose verb comes after قد. */
const KANA = /^[وف]?(كان|كانت|كانوا)$/;

/** A preposition with a pronoun that takes up a relative's antecedent (الوقت الذي قال فيه). */
/** Prepositions that say where: a place after them is where something is, not a state that speaks. */
const PLACE_PREPOSITION = /^(في|من|الي|داخل|خارج|عبر|نحو|قرب)$/;
export const RESUMPTIVE = /^(فيه|فيها|عليه|عليها|عنه|عنها|منه|منها|به|بها)$/;

/** The verb agreement a relative pronoun stands for (normalized forms). */
export const RELATIVE_GENDER: Record<string, Gender> = { 'التي': 'f', 'الذي': 'm', 'الذين': 'p' };

/**
 * Words after which a country right before a verb is its subject: those that open a clause set
 * against the one before (لكن، بينما، فيما، في حين) and إن/أن, which also ends غير أن and إلا أن.
 */
const CONTRAST_OPENERS = /^[وف]?(لكن|ولكن|بينما|فيما|حين|ان)$/;

/**
 * Subjects that stand before their verb, and the pronoun subjects that go back to a sentence's
 * opener: a name or an organisation opening the clause ("لكن روسيا تنفي"، "إلا أن هيئة شؤون الأسرى
 * والمحررين أكدت")، a title with the name apposed ("أن وزير الدفاع، سيرغي شويغو، قال")، a relative
 * pronoun's antecedent ("الحكومة التي تقول")، the subject between كان and قد، a description or a title
 * before the verb ("السفير الروسي من جانبه أكد"), a topic fronted by أما ("أما المحامي ... فقد قال"),
 * the sentence's subject shared by a clause of time ("... قبل أن تعلن"). The subject readings after the verb
 * (quote-subjects.ts) ask these first or fall back on them.
 */
export class QuoteClauseOpeners extends QuoteTitles {
  /**
   * "وكان وزير الخارجية التركي قد أعلن سابقا أن ...": the subject stands between كان and the قد
   * (if any) right before the verb: a person or organisation in it (after its title), someone the article
   * described with its words, or the words themselves.
   */
  protected subjectOfKana(k: number, gender: Gender): Known | null {
    // (a relative pronoun before the verb is its subject, whatever stands before: "كان يتوقع منه
    // الدعم لبرنامج الحملة الذي أكد")
    if (k > 0 && RELATIVE_GENDER[this.toks[k - 1].norm]) return null;
    // (قد is often left out: "وكان المرصد أفاد عن ...")
    const end = k > 0 && this.toks[k - 1].norm === 'قد' ? k - 1 : k;
    if (end < 2) return null;
    let c = end - 1;
    // (a name may be a hashtag: "وكانت #بكين حذرت")
    while (c >= 0 && k - c <= 8 && (this.isWord(c) || this.toks[c].kind === 'hashtag') && this.sentenceOf[c] === this.sentenceOf[k] && !KANA.test(this.toks[c].norm)) c--;
    if (c < 0 || !this.isWord(c) || !KANA.test(this.toks[c].norm) || c + 1 >= end) return null;
    // "الباعة الذين كانوا معه قالوا": كان of a relative clause, whose words are no subject
    if (c > 0 && RELATIVE_GENDER[this.toks[c - 1].norm]) return null;
    // ("فعندما كان وزيرا للاقتصاد ... وصفه رجل": كان of a time clause, with its predicate in the accusative)
    if ((c > 0 && this.lex.timeSubordinator(this.toks[c - 1].norm)) || (/^[^ال].{2,}ا$/.test(this.toks[c + 1].norm) && !this.entityAt[c + 1])) return null;
    // ("وكان الوزير مسؤولا قبل أن يعلن"، "وكان من المتوقع أن تعلن": the verb of a clause within, not كان's own)
    // (nor after a conjunction that opens a clause of its own: "وكان آخر هذه التصريحات السبت الماضي عندما قال")
    for (let m = c + 1; m < end; m++) if (this.isComplementizerAt(m) || this.lex.clauseOpener(this.toks[m].norm)) return null;
    for (let m = c + 1; m < end; m++) {
      const e = this.entityAt[m];
      // (a state by its place or capital, when that is all the subject is: "وكانت بكين حذرت")
      const state = e !== null && e.type === 'LOC' && m === c + 1 && e.last === end;
      if (!e || e.first !== m || e.last > end || (e.type !== 'PER' && e.type !== 'ORG' && !state)) continue;
      // ("وكان رئيس المفوضية الأوروبية جان كلود يونكر قال": the organisation in a person's title, then the person)
      const holder = e.type === 'ORG' && m > c + 1 && this.personTitleAt(c + 1) ? this.entityAt[e.last] : null;
      if (holder && holder.type === 'PER' && holder.first === e.last && holder.last <= end) return this.speakers.remember(holder, gender, this.text(c + 1, e.last).trim(), null);
      return this.speakers.remember(e, gender, this.text(c + 1, m).trim() || null, null);
    }
    const described = this.speakers.describedEntity(c + 1, end, k, gender);
    if (described) return this.speakers.remember(described, gender, null, null);
    return this.speakers.unnamed(this.text(c + 1, end).trim());
  }

  /**
   * "أما محامي جماعة الإخوان، عبد المنعم عبد المقصود، فقد قال": a topic fronted by أما, taken up by
   * ف before the verb (فقال، فقد قال، فيقول), is the verb's subject: the name in apposition after
   * its title, else the person or organisation it names, else its words.
   */
  protected frontedTopic(k: number, gender: Gender): Known | null {
    // (or a relative clause on the topic: "أما الرئيس الأمريكي، الذي قال ... إن ...، فقد كتب")
    const relative = k > 0 && RELATIVES.test(this.toks[k - 1].norm);
    let f = k > 0 && this.toks[k - 1].norm === 'فقد' ? k - 1 : k;
    if (relative) f = COMMA.test(this.toks[k - 2]?.text ?? '') ? k - 2 : k - 1;
    else if (!/^ف/.test(this.toks[f].norm) || (f === k && !this.lex.cue(this.toks[k].norm.slice(1)))) return null;
    const start = this.sentenceStartToken(k);
    let a = f - 1;
    while (a >= start && f - a <= 24 && !/^و?اما$/.test(this.toks[a].norm) && !SENTENCE_END.test(this.toks[a].text)) a--;
    if (a < start || !/^و?اما$/.test(this.toks[a].norm) || a + 1 >= f) return null;
    // (the topic ends at its comma or at a relative clause on it, whose verbs are not this one's; only
    // past such a clause may the verb stand more than 14 tokens after أما)
    let topicEnd = a + 1;
    while (topicEnd < f && !COMMA.test(this.toks[topicEnd].text) && !RELATIVES.test(this.toks[topicEnd].norm)) topicEnd++;
    const clauseOnTopic = topicEnd < f && RELATIVES.test(this.toks[this.nextWord(topicEnd, f)]?.norm ?? '');
    if (relative ? topicEnd !== f : f - a > 14 && !clauseOnTopic) return null;
    if (clauseOnTopic) f = topicEnd;
    // (not "أما عن مدربه ..."، "أما بالنسبة إلى ...": about whom, not who; nor a verb with a subject of its
    // own after it: "فقال صلاح"، "فأكد موسك")
    if (/^(عن|بالنسبه|فيما)$/.test(this.toks[a + 1].norm)) return null;
    const next = this.pastSkipped(k + 1, Math.min(this.toks.length, k + 4));
    if (next < this.toks.length && this.isWord(next) && !this.isComplementizerAt(next) && !/^(ل|في|علي|خلال|عبر|من)/.test(this.toks[next].norm)) return null;
    for (let m = a + 1; m < f; m++) if (this.lex.cue(this.toks[m].norm) || this.isComplementizerAt(m)) return null;
    for (let c = a + 2; c < f; c++) {
      if (!COMMA.test(this.toks[c].text)) continue;
      const p = this.apposedPerson(c, f);
      if (p && this.isTitleNoun(a + 1)) return this.speakers.remember(p, gender, this.text(a + 1, c).trim(), null);
      break;
    }
    let to = f;
    while (to > a + 1 && !this.isWord(to - 1)) to--;
    for (const type of ['PER', 'ORG']) {
      for (let m = a + 1; m < to; m++) {
        const e = this.entityAt[m];
        // (not the organisation in a person's title: "أما محامي جماعة الإخوان")
        if (e && e.first === m && e.type === type && e.last <= to && !(m > a + 1 && type === 'ORG' && this.personTitleAt(a + 1))) return this.speakers.remember(e, gender, null, null);
      }
    }
    return to > a + 1 && this.isTitleNoun(a + 1) ? this.speakers.unnamed(this.text(a + 1, to).replace(/["«»“”]/g, '').replace(/\s+/g, ' ').trim()) : null;
  }

  /**
   * "الشيخ علي حسن جيلان، عضو مديريات الملاحيط، من جهته، دعا القبائل إلى"، "لكن "جيش الإسلام"،
   * الفصيل الأقوى في الغوطة، ينفي": a name that opens the sentence, set off by a comma, then its
   * apposition or من جهته between commas, right before the verb, is the verb's subject; what
   * follows the verb is its object, whatever the article said of it elsewhere. A place speaks so
   * only with nothing but من جانبها between ("روسيا، من جانبها، نفت"; not a dateline: "القاهرة، 5
   * مارس، قال").
   */
  protected frontedNameBeforeComma(k: number, gender: Gender): Known | null {
    if (k < 3 || !COMMA.test(this.toks[k - 1].text)) return null;
    const name = this.sentenceOpeningName(k);
    if (!name) return null;
    const e = name.entity;
    let comma = name.last;
    while (comma < k && QUOTE_MARKS.has(this.toks[comma].text)) comma++;
    if (comma >= k - 1 || !COMMA.test(this.toks[comma].text) || k - 1 - comma > 16) return null;
    // between the commas: who the name is, or where they stand (no verb of its own, no clause)
    const onlyAside = this.pastSkipped(comma + 1, k - 1) === k - 1;
    if (e?.type === 'LOC' && !onlyAside) return null;
    for (let m = comma + 1; m < k - 1; m++) {
      const t = this.toks[m];
      if (SENTENCE_END.test(t.text) || t.text === ':' || QUOTE_MARKS.has(t.text) || this.isComplementizerAt(m) || (this.lex.cue(t.norm) && !this.lex.skip(t.norm))) return null;
    }
    // (not when the verb names a subject of its own: "ترامب، من جهته، قال المتحدث باسمه")
    const after = this.pastSkipped(k + 1, this.sentenceEndToken(k));
    if (after < this.toks.length && this.entityAt[after]?.type === 'PER') return null;
    if (e && this.speakers.clashes(e, gender)) return null;
    // (the role is the apposition up to its comma, without a من جهته after it)
    let roleEnd = comma + 1;
    while (roleEnd < k - 1 && !COMMA.test(this.toks[roleEnd].text)) roleEnd++;
    const role = onlyAside ? null : this.text(comma + 1, roleEnd).trim() || null;
    return e ? this.speakers.remember(e, gender, role, null) : this.speakers.unnamed(this.text(name.first, name.last).trim(), role);
  }

  /**
   * The name that opens verb k's sentence (after لكن and a title: "الشيخ"، "وزير الخارجية"): a
   * person, organisation or place, or a few words in quotation marks the tagger missed ("جيش
   * الإسلام"), entity null; its token range [first, last).
   */
  private sentenceOpeningName(k: number): { entity: EntityAt | null; first: number; last: number } | null {
    let first = this.sentenceStartToken(k);
    while (first < k && !this.isWord(first)) first++;
    // (after a conjunction that sets the sentence against the one before: لكن)
    if (first < k && CONTRAST_OPENERS.test(this.toks[first].norm) && !this.entityAt[first]) first++;
    const quoted = first < k && QUOTE_MARKS.has(this.toks[first].text);
    if (quoted) first++;
    let at = first;
    while (!quoted && at < k && at - first < 3 && !this.entityAt[at] && this.isWord(at) && this.isTitleNoun(at)) at++;
    const e = this.entityAt[at];
    if (e && e.first === at && (e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC')) return { entity: e, first: at, last: e.last };
    if (!quoted) return null;
    let close = first;
    while (close < k && close - first < 5 && this.isWord(close)) close++;
    return close > first && close < k && QUOTE_MARKS.has(this.toks[close].text) ? { entity: null, first, last: close } : null;
  }

  /**
   * "وخاضت أفغانستان ثلاثة حروب قبل أن تعلن استقلالها"، "وكانت إريتريا إقليما ... قبل أن تعلن": a
   * verb right after قبل أن / بعد أن with no subject of its own shares the subject of the clause it
   * hangs on: the name that opens the sentence or follows its first verb, with no comma between (a
   * place too: states act).
   */
  protected timeClauseSubject(k: number, gender: Gender): Known | null {
    if (k < 2 || !this.isComplementizerAt(k - 1) || !this.lex.timeSubordinator(this.toks[k - 2].norm)) return null;
    let first = this.sentenceStartToken(k);
    while (first < k - 2 && !this.isWord(first)) first++;
    for (const m of [first, first + 1]) {
      const e = m < k - 2 ? this.entityAt[m] : null;
      if (!e || e.first !== m || e.last > k - 2 || this.speakers.clashes(e, gender)) continue;
      // (not across a comma: "للكومنولث الذي انسحب منه جامع في 2013، بعد أن وصفه" hangs on the clause after it)
      for (let c = e.last; c < k - 2; c++) if (COMMA.test(this.toks[c].text)) return null;
      return this.speakers.remember(e, gender, null, null);
    }
    return null;
  }

  /**
   * "وحذر نتنياهو إيران ... . وقال إن": with nobody quoted before, a pronoun subject goes on with the
   * person who opens the sentence before, as its verb's subject (its second word, after one word
   * that is no name) or before it (its first word), if the gender fits.
   */
  protected previousSentenceSubject(start: number, gender: Gender): Known | null {
    if (gender !== 'm' && gender !== 'f') return null;
    let first = start - 1;
    while (first >= 0 && !this.isWord(first)) first--;
    if (first < 0) return null;
    first = this.sentenceStartToken(first);
    while (first < start && !this.isWord(first)) first++;
    return this.sentenceOpener(first, start, gender);
  }

  /**
   * "ونشر المركز الإعلامي للمنطقة العسكرية الخامسة فيديو ... . وأوضح أن": a verb that goes on, with
   * no subject of its own, goes on with the organisation that is the subject of the verb opening the
   * sentence before, when the organisation's head noun agrees with it (المركز with وأوضح, not وزارة).
   */
  protected previousSentenceOrganisation(start: number, gender: Gender): Known | null {
    if (gender !== 'm' && gender !== 'f') return null;
    let first = this.previousWord(start - 1);
    if (first < 0) return null;
    first = this.sentenceStartToken(first);
    while (first < start && !this.isWord(first)) first++;
    const verb = this.toks[first].norm;
    const s = this.nextWord(first + 1, start);
    // (a reporting verb made that sentence a quote: its speaker is the last one already)
    if (s < 0 || this.entityAt[first] || this.lex.cue(verb) !== undefined || /^[وف]?ال/.test(verb) || this.lex.stop(verb) || this.lex.skip(verb) || this.lex.clauseOpener(verb) || this.lex.contrast(verb)) return null;
    const head = withoutArticle(this.toks[s].norm);
    const agrees = (/ه$/.test(head) ? 'f' : 'm') === gender;
    const e = this.entityAt[s];
    if (e) return e.first === s && e.type === 'ORG' && agrees && !this.prefixedByPreposition(e) ? this.speakers.remember(e, gender, null, null) : null;
    if (!agrees || !/^ال/.test(this.toks[s].norm) || !this.lex.orgHead(head)) return null;
    let to = s + 1;
    // (its definite adjectives: not a relative, a time word, a preposition that looks definite: الي)
    const adjective = (m: number) => this.isWord(m) && !this.entityAt[m] && /^ال/.test(this.toks[m].norm) && !RELATIVES.test(this.toks[m].norm) && !this.lex.stop(this.toks[m].norm) && !this.lex.skip(this.toks[m].norm);
    while (to < start && adjective(to)) to++;
    // (and what it is of, with لل: "المركز الإعلامي للمنطقة العسكرية الخامسة")
    if (to > s + 1 && to < start && this.isWord(to) && !this.entityAt[to] && /^لل/.test(this.toks[to].norm)) {
      to++;
      while (to < start && adjective(to)) to++;
    }
    return to > s + 1 ? this.speakers.unnamed(this.text(s, to).trim()) : null;
  }

  /** The definite title that opens the clause after لكن/ولكن, before token k, as its verb's subject: the person it describes, else its words. */
  protected titleAfterContrast(start: number, k: number, gender: Gender): Known | null {
    let c = k - 1;
    while (c >= start && !this.lex.contrast(this.toks[c].norm)) c--;
    const m = c + 1;
    if (c < start || m >= k || this.entityAt[m] || !/^ال/.test(this.toks[m].norm) || !this.personTitleAt(m)) return null;
    let to = m + 1;
    while (to < k && this.isWord(to) && !this.entityAt[to] && NISBA.test(this.toks[to].norm)) to++;
    // (then its verb: a word with no article that is no particle)
    if (to >= k || !this.isWord(to) || /^[وف]?ال/.test(this.toks[to].norm) || this.lex.stop(this.toks[to].norm)) return null;
    const described = this.speakers.describedEntity(m, to, k, gender);
    return described ? this.speakers.remember(described, gender, null, null) : this.speakers.unnamed(this.text(m, to).trim());
  }

  /**
   * Whether the place mentioned at token m, after the sentence's start, is a state acting as the
   * subject of the feminine verb right before it ("تنفذ تركيا"، "ودافعت إسرائيل"): states take
   * feminine verbs; a place a preposition governs is where, not who.
   */
  protected stateAfterVerb(e: EntityAt, m: number, start: number, gender: Gender): boolean {
    if (e.type !== 'LOC' || gender !== 'f' || m <= start || !this.isWord(m - 1) || this.entityAt[m - 1]) return false;
    const verb = this.toks[m - 1].norm.replace(/^[وف](?=.{3})/, '');
    // (a past verb ends in ت, but not a plural's ات: "طلبات تركيا"، "عقوبات واشنطن")
    return (/^ت.{2,}/.test(verb) || /^[^ال].+[^ا]ت$/.test(verb)) && !this.lex.stop(verb) && !this.prefixedByPreposition(e);
  }

  /** Whether a preposition is attached to the mention's first word (بنتنياهو، لرويترز): the name is its object. */
  protected prefixedByPreposition(e: EntityAt): boolean {
    const t = this.toks[e.first];
    return e.start > t.start || (/^[بلك]/.test(t.norm) && !e.name.includes(this.doc.text.slice(t.start, t.end)));
  }

  /** The person named by the first or second word from token `first` (a verb, then its subject), before `start`, if of the verb's gender. */
  protected sentenceOpener(first: number, start: number, gender: Gender): Known | null {
    if (gender !== 'm' && gender !== 'f') return null;
    const at = (m: number) => {
      const e = m < start ? this.entityAt[m] : null;
      return e && e.first === m && e.type === 'PER' ? e : null;
    };
    // "يذكر أن رئيس الوزراء الأردني هاني الملقي كان رفض ...": a background opener says nothing of
    // who acts; the clause after its أن opens with the subject
    // (so does "ومن المتوقع أن يؤدي سانتشيث اليمين": the verb after أن, then its subject)
    const expected = /^[وف]?من$/.test(this.toks[first].norm) && first + 1 < start && this.lex.expectedAfterMin(this.toks[first + 1].norm);
    const background = this.lex.impersonal(this.toks[first].norm) ? this.nextWord(first + 1, start) : expected ? this.nextWord(first + 2, start) : -1;
    if (background > 0 && background + 1 < start && this.isComplementizerAt(background)) {
      const from = this.nextWord(background + 1, start);
      const verbThenName = from >= 0 && !this.entityAt[from] && !this.isTitleNoun(from) && /^[يت]/.test(this.toks[from].norm) ? at(from + 1) : null;
      const e = from < 0 ? null : (at(from) ?? verbThenName ?? (this.isTitleNoun(from) ? this.personAfterTitle(from + 1, Math.min(start, from + 10)) : null));
      if (!e || this.prefixedByPreposition(e)) return null;
      const g = this.speakers.entityGender(e);
      return g === gender || g === '-' ? this.speakers.remember(e, gender, null, null) : null;
    }
    const opener = this.toks[first];
    // (the second word after a verb, not after a title or a tie it is the complement of: "محامي زكا")
    const verbFirst = first + 1 < start && !this.entityAt[first] && !this.lex.stop(opener.norm) && !this.lex.skip(opener.norm) && !this.isTitleNoun(first) && !this.lex.relationNoun(opener.norm) && this.isWord(first + 1);
    let e = at(first) ?? (verbFirst ? at(first + 1) : null);
    // (or the name its title leads to: "واستقبل الرئيس المصري عبد الفتاح السيسي الوفد"; not one a
    // preposition governs: "والتقى الوزير بنتنياهو")
    if (!e && verbFirst && !this.entityAt[first + 1] && this.isTitleNoun(first + 1)) {
      const p = this.personAfterTitle(first + 2, Math.min(start, first + 10));
      if (p && !this.prefixedByPreposition(p)) e = p;
      // (or the person a definite title describes: "وأكد الرئيس الفلسطيني الذي كان محاطا بمساعديه ...")
      let to = first + 2;
      while (!e && to < start && to < first + 5 && this.isWord(to) && !this.entityAt[to] && /^ال/.test(this.toks[to].norm) && !RELATIVES.test(this.toks[to].norm)) to++;
      if (!e && /^[وف]?ال/.test(this.toks[first + 1].norm)) {
        const d = this.speakers.describedEntity(first + 1, to, start, gender);
        if (d && d.type === 'PER' && d.first < first) e = d;
      }
    }
    // (or the name in apposition after its title: "وطالب مدير مكتب المفوضية في البصرة، مهدي التميمي، بـ")
    if (!e && verbFirst && !this.entityAt[first + 1] && this.isTitleNoun(first + 1)) {
      for (let c = first + 2; c < Math.min(start, first + 12); c++) {
        if (!COMMA.test(this.toks[c].text)) continue;
        e = this.apposedPerson(c, start);
        break;
      }
    }
    // "الشيخ شائق محمد شائق ..."، "محامي زكا في لبنان، مجد دمشقية، فضل ...": a title or a tie opening
    // the sentence, then the name right after it or in apposition after its comma
    const titled = !verbFirst && !this.entityAt[first] && (this.isTitleNoun(first) || this.lex.relationNoun(opener.norm));
    // (only after a definite title: the name after a tie or a construct is another's, "محامي زكا")
    if (!e && titled && /^[وف]?ال/.test(opener.norm) && !this.lex.relationNoun(opener.norm)) e = at(first + 1);
    if (!e && titled) {
      for (let c = first + 1; c < Math.min(start, first + 8); c++) {
        if (!COMMA.test(this.toks[c].text)) continue;
        e = this.apposedPerson(c, start);
        // (a name the tagger missed, set off by commas after the title: "، مجد دمشقية،")
        const named = e ? -1 : this.untaggedName(c + 1, start);
        if (named > 0 && named < start && COMMA.test(this.toks[named].text)) return this.speakers.unnamed(this.text(c + 1, named).trim(), this.text(first, c).trim());
        break;
      }
    }
    if (!e) return null;
    const g = this.speakers.entityGender(e);
    return g === gender || g === '-' ? this.speakers.remember(e, gender, null, null) : null;
  }

  /**
   * The subject that opens verb k's clause (sentence start, و، لكن، a comma) right before it: a
   * person or organisation; an organisation's head and a name the tagger missed ("صحيفة لاكروا
   * دعت"); or a definite noun for a speaker quoted before ("الصحيفة قالت").
   */
  protected clauseOpeningSubject(k: number, gender: Gender): Known | null {
    const clauseStartsAt = (i: number) => i === 0 || !this.isWord(i - 1) || this.sentenceOf[i - 1] !== this.sentenceOf[k] || /^(و|ف)?(لكن|ولكن)$/.test(this.toks[i - 1].norm) || this.isComplementizerAt(i - 1);
    // "ومراسل الجزيرة قال"، "لكن مراسل "العربية" قال": an indefinite title over an organisation,
    // in or out of quotation marks, opening the clause, is someone unnamed of it
    const titled = (open: number): Known | null => {
      const t = open - 1;
      if (t < 0 || this.sentenceOf[t] !== this.sentenceOf[k] || !clauseStartsAt(t)) return null;
      const head = this.toks[t].norm;
      if (/^[وف]?ال/.test(head) || !this.lex.roleNoun(head) || this.lex.documentNoun(head) || this.lex.orgHead(withoutArticle(head))) return null;
      // (without its conjunction: "ومراسل" is مراسل, "وزير" keeps its و)
      const conjunction = /^[وف]/.test(head) && this.lex.roleNoun(head.slice(1)) ? 1 : 0;
      return this.speakers.unnamed(this.text(t, k).trim().slice(conjunction).replace(/["«»“”]/g, '').replace(/\s+/g, ' ').trim());
    };
    if (k > 1 && QUOTE_MARKS.has(this.toks[k - 1].text)) {
      let open = k - 2;
      while (open > 0 && k - open < 6 && !QUOTE_MARKS.has(this.toks[open].text)) open--;
      if (QUOTE_MARKS.has(this.toks[open].text) && open < k - 2) return titled(open);
    }
    const apposed = this.apposedBeforeVerb(k, gender);
    if (apposed) return apposed;
    const e = k > 0 ? this.entityAt[k - 1] : null;
    // "إن وزير خارجيتها بوريس جونسون أبلغ"، "مؤسسة نيلسون مانديلا تطالب": a person right before the
    // verb with a title or an organisation's head before the name, opening the clause
    if (e && e.type === 'PER' && e.last === k && e.first > 0 && !clauseStartsAt(e.first)) {
      let from = e.first;
      while (from > 0 && e.first - from < 3 && this.isWord(from - 1) && !this.entityAt[from - 1] && !clauseStartsAt(from)) from--;
      const head = this.toks[from].norm;
      if (from < e.first && clauseStartsAt(from) && this.sentenceOf[from] === this.sentenceOf[k] && !/^[وف]?ال/.test(head)) {
        if (this.lex.orgHead(head) || (this.lex.relationNoun(head) && !this.tieWithPronoun(from))) return this.speakers.unnamed(this.text(from, k).trim());
        if (this.personTitleAt(from) && !this.speakers.clashes(e, gender)) return this.speakers.remember(e, gender, this.text(from, e.first).trim(), null);
      }
    }
    // "لكن السفارة الروسية في لندن قالت": an organisation's head with the article, its adjectives,
    // then where it is, opening the clause
    if (e && e.type === 'LOC' && e.last === k && e.first >= 3 && this.toks[e.first - 1].norm === 'في') {
      let from = e.first - 1;
      while (from > 0 && e.first - 1 - from < 3 && this.isWord(from - 1) && !this.entityAt[from - 1] && !clauseStartsAt(from)) from--;
      const head = this.toks[from].norm;
      if (from < e.first - 1 && clauseStartsAt(from) && /^ال/.test(head) && this.lex.orgHead(withoutArticle(head)) && this.sentenceOf[from] === this.sentenceOf[k]) {
        return this.organisationByHead(from, gender) ?? this.speakers.unnamed(this.text(from, k).trim());
      }
    }
    if (e) {
      // ("لكن روسيا تنفي"، "غير أن روسيا تتهم": a country opening a clause set against the one before)
      const contrasted = e.type === 'LOC' && e.first > 0 && CONTRAST_OPENERS.test(this.toks[e.first - 1].norm) && this.sentenceOf[e.first - 1] === this.sentenceOf[k];
      if (e.last !== k || (e.type !== 'PER' && e.type !== 'ORG' && !contrasted) || this.speakers.clashes(e, gender)) return null;
      if (contrasted) return this.speakers.remember(e, gender, null, null);
      if (e.type === 'ORG') {
        const unnamed = titled(e.first);
        if (unnamed) return unnamed;
      }
      return this.sentenceOf[e.first] === this.sentenceOf[k] && clauseStartsAt(e.first) ? this.speakers.remember(e, gender, null, null) : null;
    }
    // (up to three words; five for an organisation's name: "إلا أن هيئة شؤون الأسرى والمحررين أكدت")
    let from = k;
    while (from > 0 && k - from < 5 && !clauseStartsAt(from) && !this.entityAt[from - 1]) from--;
    if (from === k || !clauseStartsAt(from)) return null;
    for (let i = from; i < k; i++) if (this.lex.stop(this.toks[i].norm) || this.lex.cue(this.toks[i].norm) || this.lex.skip(this.toks[i].norm) || this.isComplementizerAt(i)) return null;
    const head = this.toks[from].norm;
    if (k - from > 3 && !this.lex.orgHead(head)) return null;
    if (from + 1 < k && this.lex.orgHead(head)) return this.speakers.unnamed(this.text(from, k).trim());
    // "غير أن شهود عيان أوضحوا أن": after إن/أن, unnamed people before a plural verb
    if (gender === 'p' && from > 0 && this.isComplementizerAt(from - 1) && !this.entityAt[from] && this.lex.groupSource(head)) return this.speakers.unnamed(this.text(from, k).trim());
    // "لكن مصدرا أمنيا قال"، "إن مسؤولا أميركيا أكد": an unnamed source in the accusative after لكن or
    // إن/أن, with its adjectives, opening the clause (the nominative, مصدر أمني قال, as well)
    if (!this.entityAt[from] && this.lex.unnamedSource(head.replace(/^[وف]/, '').replace(/(?<=.{3})ا$/, ''))) {
      const words = this.text(from, k).replace(/^[وف](?=\S{3})/, '').trim().split(/\s+/);
      // (named in the nominative: "مصدرا أمنيا" is "مصدر أمني")
      const accusative = /..[^ا]اً?$/.test(words[0]);
      return this.speakers.unnamed((accusative ? words.map((w) => w.replace(/(?<=\S{2}[^ا])اً?$/, '')) : words).join(' '));
    }
    // "أن وزير الخارجية الأمريكي طالب القيادة السعودية": after إن/أن, a person's title with the words
    // it governs right before the verb is its subject, when the article gave someone all those words
    if (from > 0 && this.isComplementizerAt(from - 1) && k - from >= 2 && !this.entityAt[from] && this.personTitleAt(from)) {
      const d = this.speakers.describedEntity(from, k, k, gender, !/^[وف]?ال/.test(head), true);
      if (d && d.type === 'PER') return this.speakers.remember(d, gender, null, null);
    }
    const noun = from + 1 === k ? this.lex.speakerNoun(head) : undefined;
    if (!noun) {
      // "غير أن الشرطة أكدت أن": after إن/أن, an organisation's head with the article before the verb is its subject
      if (from === 0 || !this.isComplementizerAt(from - 1) || this.entityAt[from] || !/^ال/.test(head) || !this.lex.orgHead(withoutArticle(head))) return null;
      // (without the particle before the verb: "أن السلطات الأميركية سوف تكشف")
      let to = k;
      while (to > from + 1 && /^(سوف|قد|لن|لم|لا)$/.test(this.toks[to - 1].norm)) to--;
      return this.organisationByHead(from, gender) ?? this.speakers.unnamed(this.text(from, to).trim());
    }
    // ("الصحيفة ترى أن" after "صحيفة ذي وال ستريت جورنال": the organisation introduced with the noun)
    return this.speakers.backReference(noun.noun, false) ?? this.organisationByHead(from, gender);
  }

  /** The antecedent of a relative pronoun right before verb k that agrees with it: an entity, or a definite noun phrase of up to three words. */
  protected relativeSubject(k: number, gender: Gender): Known | null {
    const rel = k - 1;
    if (rel < 1 || RELATIVE_GENDER[this.toks[rel].norm] !== gender) return null;
    // the antecedent is the verb's object or adverb when a pronoun takes it up: "المادة التي
    // وصفتها بأنها"، "الوقت الذي قال فيه المرصد"
    if (this.resumes(k)) return null;
    // "الولايات المتحدة، التي أعلنت": the antecedent may stand before a comma
    const before = rel > 1 && COMMA.test(this.toks[rel - 1].text) ? rel - 1 : rel;
    const e = this.entityAt[before - 1];
    // (a place speaks as its state, "لروسيا التي تنفي"، "بين موسكو التي تنفي"; not one where something is,
    // "في المدينة التي قال")
    const where = e !== null && e.type === 'LOC' && ((e.first > 0 && PLACE_PREPOSITION.test(this.toks[e.first - 1].norm)) || /^ب/.test(segmentClitics(this.toks[e.first].text)[0].text));
    // (nor a name that a noun before it governs, which the relative may stand for instead: "حركة
    // غولن التي"، "مستشفى عفرين الذي"; nor one of the other gender)
    const governed = e !== null && e.first > 0 && this.isWord(e.first - 1) && !this.entityAt[e.first - 1] && !/^[وف]?ال/.test(this.toks[e.first - 1].norm) && !this.lex.stop(this.toks[e.first - 1].norm);
    // (the organisation such a noun heads speaks, when it agrees: "حركة غولن التي تنفي")
    if (e && e.last === before && governed && gender !== 'p') {
      const head = this.toks[e.first - 1].norm;
      if (this.lex.orgHead(head) && /[هة]$/.test(head) === (gender === 'f')) return this.speakers.unnamed(this.text(e.first - 1, e.last).trim());
    }
    if (e && e.last === before && !governed && !this.speakers.clashes(e, gender) && (e.type === 'PER' || e.type === 'ORG' || (e.type === 'LOC' && (before < rel || !where)))) return this.speakers.remember(e, gender, null, null);
    if (e) return null;
    let from = rel;
    while (from > 0 && rel - from < 3 && this.isWord(from - 1) && /^ال/.test(this.toks[from - 1].norm) && !this.entityAt[from - 1] && !this.lex.stop(this.toks[from - 1].norm)) from--;
    if (from === rel) return null;
    // ("وزراء الخارجية العرب الذين طالبوا": with the title that heads them in a construct)
    if (from > 0 && this.isWord(from - 1) && !this.entityAt[from - 1] && !/^[وف]?ال/.test(this.toks[from - 1].norm) && (this.lex.roleNoun(this.toks[from - 1].norm) || this.lex.orgHead(this.toks[from - 1].norm))) from--;
    // "للقوات الحكومية التي تقول": the noun may carry a preposition (shed in the name)
    let name = this.text(from, rel).trim();
    if (NISBA.test(this.toks[from].norm) && from > 0 && /^(لل|بال)/.test(this.toks[from - 1].norm) && !this.entityAt[from - 1]) {
      from--;
      name = this.text(from, rel).trim().replace(/^لل/, 'ال').replace(/^بال/, 'ال');
    }
    // not half a phrase ("للقاعدة القانونية التي" without its noun), nor a feminine head that الذي
    // does not agree with ("مدير الحملة الانتخابية الذي")
    const head = withoutArticle(this.toks[from].norm);
    if ((NISBA.test(this.toks[from].norm) && /^ال/.test(this.toks[from].norm)) || (gender === 'm' && /[هة]$/.test(head))) return null;
    // and not a thing: "ملايين الدولارات التي قالت إن حملته تلقتها" is the student's words about
    // the dollars (a thing's plural takes التي and a feminine verb, as a woman does); الذين stands
    // for people only (الشهود الذين قالوا)
    if (gender !== 'p' && !this.speakerHead(this.toks[from].norm)) return null;
    return this.speakers.unnamed(name);
  }

  /** Whether verb k takes up what comes before it by a pronoun: an object suffix (وصفتها) or a preposition with one after it (فيه، عليها). */
  protected resumes(k: number): boolean {
    const verb = this.toks[k].norm;
    const suffix = /(ها|هما|هم|ه)$/.exec(verb);
    if (suffix && verb.length - suffix[0].length >= 3 && this.lex.cue(verb.slice(0, -suffix[0].length))) return true;
    return k + 1 < this.toks.length && RESUMPTIVE.test(this.toks[k + 1].norm);
  }

  /**
   * "ذكرت وكالات أنباء روسية أن وزير الدفاع، سيرغي شويغو، قال إن": after إن/أن, a title and the
   * person's name in apposition between commas, right before the verb, are its subject.
   */
  protected apposedBeforeVerb(k: number, gender: Gender): Known | null {
    if (k < 4 || !COMMA.test(this.toks[k - 1].text)) return null;
    const p = this.entityAt[k - 2];
    if (!p || p.type !== 'PER' || p.last !== k - 1 || p.first < 2 || !COMMA.test(this.toks[p.first - 1].text)) return null;
    const comma = p.first - 1;
    let from = comma;
    while (from > 0 && comma - from < 5 && this.isWord(from - 1) && !this.isComplementizerAt(from - 1) && !this.entityAt[from - 1]) from--;
    if (from === comma || from === 0 || !this.isComplementizerAt(from - 1) || this.sentenceOf[from] !== this.sentenceOf[k] || !this.personTitleAt(from) || this.speakers.clashes(p, gender)) return null;
    return this.speakers.remember(p, gender, this.text(from, comma).trim(), null);
  }

  /** Whether token j is a tie with a pronoun, written with ه (محاميه "his lawyer", not محامية "a lawyer"): the name after it is that person's own. */
  protected tieWithPronoun(j: number): boolean {
    const m = /^(.+?)(هما|هم|هن|ها|ه)$/.exec(this.toks[j].text.replace(/[\u064B-\u0652\u0640]/g, ''));
    return m !== null && this.lex.relationNoun(normalize(m[1], SEARCH_NORMALIZATION));
  }

  /** A definite title and its nisba adjectives between a clause start and verb k (a skip phrase may come between: من جانبه): whoever the article gave that title, or the title itself. */
  protected titleBefore(k: number): Known | null {
    let end = k;
    if (end >= 2 && this.lex.skip(this.toks[end - 2].norm + ' ' + this.toks[end - 1].norm)) end -= 2;
    else if (end >= 1 && this.lex.skip(this.toks[end - 1].norm)) end--;
    let from = end;
    while (from > 0 && end - from < 3 && this.isWord(from - 1) && !this.entityAt[from - 1] && /^ال/.test(this.toks[from - 1].norm) && this.sentenceOf[from - 1] === this.sentenceOf[k]) from--;
    const clauseStart = from === 0 || !this.isWord(from - 1) || this.sentenceOf[from - 1] !== this.sentenceOf[k] || /^(و|ف)?(لكن|ولكن)$/.test(this.toks[from - 1].norm);
    if (end - from < 2 || !clauseStart || !this.personTitleAt(from)) return null;
    const adjectives = this.nisbaAfter(from + 1, end);
    if (adjectives.length !== end - from - 1) return null;
    return this.speakers.backReference(withoutArticle(this.toks[from].norm), false, adjectives) ?? this.speakers.unnamed(this.text(from, end).trim());
  }

  /** The person a description of at most three words between a clause start (sentence start, و، لكن، comma) and the verb refers to. */
  protected descriptionBefore(k: number, gender: Gender): EntityAt | null {
    // token i-1 ends a clause's start: nothing, no word, another sentence, or لكن
    const clauseStartsAt = (i: number) => i === 0 || !this.isWord(i - 1) || this.sentenceOf[i - 1] !== this.sentenceOf[k] || /^(و|ف)?(لكن|ولكن)$/.test(this.toks[i - 1].norm);
    let from = k;
    while (k - from < 3 && !clauseStartsAt(from)) from--;
    if (from === k || !clauseStartsAt(from) || this.entityAt[from]) return null;
    return this.speakers.describedEntity(from, k, k, gender);
  }

  /**
   * Whether a definite noun (as written, with its article) can head a speaker's description: a
   * title or role (المتحدث), an organisation's head (الحكومة), an unnamed source (المصادر), a
   * document (البيان), or a sound masculine plural of people (المحللين، المسؤولون).
   */
  protected speakerHead(norm: string): boolean {
    const l = this.lex;
    const head = withoutArticle(norm);
    return l.roleNoun(norm) || l.orgHead(head) || l.unnamedSource(head) || l.documentNoun(norm) !== undefined || /^.{3,}(ون|ين)$/.test(head);
  }
}
