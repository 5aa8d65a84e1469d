import { normalize, SEARCH_NORMALIZATION } from '../text/normalize.js';
import { gazetteerKey, listedPersonGender, loadGazetteer } from '../lang/gazetteer.js';
import { isComplementizer, withoutArticle, type Gender, type QuoteLexicon } from './quote-cues.js';
import { COMMA, type EntityAt, type QuoteText } from './quote-text.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { loadLangList } from '../lang/ar/index.js';

/** A relative pronoun, with its conjunction: a title never runs across one. */
const RELATIVE = /^[وف]?(الذي|التي|الذين)$/;

/** Nouns that stand for a state (src/lang/ar/state-nouns.tsv): normalized noun -> the states' canonical names. */
let stateNouns: Map<string, string[]> | null = null;
function statesSpokenFor(name: string): string[] | undefined {
  if (!stateNouns) {
    stateNouns = new Map();
    for (const line of loadLangList('state-nouns.tsv').slice(1)) {
      const [written, states] = line.split('\t');
      stateNouns.set(normalize(written, SEARCH_NORMALIZATION), states.split('|'));
    }
  }
  return stateNouns.get(normalize(name, SEARCH_NORMALIZATION));
}

/** Title nouns that name the same tie or office (src/lang/ar/title-synonyms.txt): normalized noun -> its group. */
let synonyms: Map<string, string[]> | null = null;
function withSynonyms(norm: string): string[] {
  if (!synonyms) {
    synonyms = new Map();
    for (const line of loadLangList('title-synonyms.txt')) {
      const group = line.split(/\s+/).map((w) => normalize(w, SEARCH_NORMALIZATION));
      for (const w of group) synonyms.set(w, group);
    }
  }
  return synonyms.get(norm) ?? [norm];
}

/** A quote's speaker as the quotes layer carries it. */
export interface QuoteSpeaker {
  /** entity id in the document's entities layer, or null for an unnamed source (مصادر أمنية) */
  entity: string | null;
  name: string;
  role: string | null;
  /** the outlet the words were given to (ل"نيوزويك"), when stated */
  outlet: string | null;
}

/** A speaker the article has quoted, with what later references can match. */
export interface Known extends QuoteSpeaker {
  gender: Gender;
  /** normalized words of the role, for back-references */
  roleWords: Set<string>;
  /** the entity's type (PER, ORG...), null for an unnamed source */
  type: string | null;
}

/**
 * The speakers of one document in reading order: who has spoken, with which role and gender, and
 * who spoke last. Resolves the references that name nobody: a pronoun subject (the last speaker
 * whose gender fits the verb), a back-referring noun (المحلل), a definite description (السفيرة
 * الأمريكية).
 */
export class SpeakerBook {
  private readonly known: Known[] = [];
  /** the last speaker quoted, named or not ("شقيقته مهى" goes on speaking in "تضيف") */
  last: Known | null = null;
  /** the token at which the last speaker's words were read: their cue, else their first word */
  lastAt = -1;

  constructor(
    private readonly t: QuoteText,
    private readonly lex: QuoteLexicon,
  ) {}

  /**
   * The person or organisation a definite description refers to: the one whose title or
   * apposition anywhere in the article holds the description's head noun (السفيرة ← "السفيرة
   * الأمريكية نيكي هايلي"), more of its words breaking ties, then the latest mention before `k`.
   */
  describedEntity(from: number, to: number, k: number, gender: Gender = '-', construct = false, allWords = false): EntityAt | null {
    const head = this.t.toks[from].norm;
    // definite: with the article, or as the head of a construct ("ولي العهد السعودي", "وزير الدولة",
    // or one the caller knows ends in a name: "مديرة منظمة "النساء الآن"")
    const definite = construct || /^(ال|وال)/.test(head) || (from + 1 < to && /^(ال|لل)/.test(this.t.toks[from + 1].norm));
    // (a document is no person's description: "وقال التقرير" is the report, whoever it criticised)
    if (!definite || this.lex.documentNoun(head)) return null;
    const words = [] as string[];
    for (let i = from; i < to; i++) if (this.t.isWord(i)) words.push(withoutArticle(this.t.toks[i].norm));
    const described = this.describedBy();
    let best: EntityAt | null = null;
    let bestScore = 0;
    // "الفقيه الدستوري" for "الخبير الدستوري شوقي السيد": with no head noun in common, the other
    // words may still pick out one person, if only one
    const byModifier = new Set<string>();
    for (const [e, ctx] of described) {
      // "وقالت الطالبة" is not the man she attacked ("هاجمت الطالبة ترامب" puts her right before his name)
      if (this.clashes(e, gender)) continue;
      if (!ctx.has(words[0])) {
        // (a nationality picks out the person whose title names the country: "المسؤول الإثيوبي" for
        // "رئيس وزراء إثيوبيا إبيي أحمد")
        // (only a person's noun and its nationality, not a longer title that has its own, "قائد القيادة
        // المركزية الأمريكية"، nor a ministry's, "الخارجية الفرنسية")
        if (e.type === 'PER' && words.slice(1).some((w) => w.length > 2 && (ctx.has(w) || (words.length === 2 && this.lex.roleNoun(words[0]) && countryWords(w).some((c) => ctx.has(c)))))) byModifier.add(e.id);
        continue;
      }
      // (allWords: every word of the description in the person's title, "رئيس الوزراء الإسرائيلي" is not
      // "الرئيس السوري")
      if (allWords && !words.every((w) => ctx.has(w))) continue;
      let score = 10;
      for (const w of words.slice(1)) if (ctx.has(w)) score++;
      if (e.first < k) score += 0.5; // introduced before the reference
      if (score > bestScore || (score === bestScore && best && e.first < k && e.first > best.first)) [best, bestScore] = [e, score];
    }
    // (an organisation's head noun describes no person: "الجيش الإسرائيلي" is not the Israeli
    // ambassador named further on)
    // (nor when the article wrote the description before without its article, for someone it did not
    // name: "نفى مسؤول سعودي رفيع المستوى ... . وقال المسؤول السعودي" is not the Saudi journalist)
    // (of several, the person quoted last, whom the article is about: "السفير اليمني لدى الأمم المتحدة،
    // أحمد عوض بن مبارك" quoted, then "وأكد الدبلوماسي اليمني", with the Yemeni president named too)
    const lastQuoted = this.last?.entity ?? null;
    const modifierOnly = byModifier.size === 1 ? [...byModifier][0] : lastQuoted !== null && byModifier.has(lastQuoted) ? lastQuoted : null;
    if (!best && !allWords && modifierOnly !== null && !this.lex.orgHead(words[0]) && !this.writtenIndefinite(words, k)) {
      const id = modifierOnly;
      for (const e of described.keys()) if (e.id === id && (!best || (e.first < k && e.first > best.first))) best = e;
    }
    return best;
  }

  /**
   * The one person whose titles in the article hold every word of a title description
   * ("الدبلوماسي اليمني" words: دبلوماسي، يمني), read anywhere in the article, before or after the
   * description; null when none or more than one does, or when the verb's gender rules them out.
   */
  personWithTitle(words: readonly string[], gender: Gender): EntityAt | null {
    if (words.length === 0) return null;
    let found: EntityAt | null = null;
    for (const [e, ctx] of this.describedBy()) {
      if (e.type !== 'PER' || this.clashes(e, gender) || !words.every((w) => ctx.has(w))) continue;
      if (found && found.id !== e.id) return null;
      if (!found || e.first < found.first) found = e;
    }
    return found;
  }

  /**
   * Whether an unnamed source's description (مسؤول، مصدر) stood before token k without its article
   * ("مسؤول سعودي"): someone the article introduced and did not name.
   */
  writtenIndefinite(words: readonly string[], k: number): boolean {
    if (words.length < 2 || !this.lex.unnamedSource(words[0])) return false;
    const toks = this.t.toks;
    for (let i = 0; i + 1 < k; i++) if (toks[i].norm === words[0] && !this.t.entityAt[i] && toks[i + 1].norm === words[1]) return true;
    return false;
  }

  /**
   * Whether what the article has shown of this entity's gender, or else the gender the name lists
   * give a person's first name (دونالد، فاطمة), contradicts a verb's agreement.
   */
  clashes(e: EntityAt, gender: Gender): boolean {
    if (gender === '-') return false;
    const g = this.known.find((s) => s.entity === e.id)?.gender ?? '-';
    if (g !== '-') return g !== gender;
    if (e.type !== 'PER' || gender === 'p') return false;
    const first = this.firstNameGender(e);
    return first !== null && first !== gender;
  }

  /** A speaker's gender: as the article has shown it, else as the name lists give a person's first name. */
  genderOf(k: Known): Gender {
    if (k.gender !== '-' || k.type !== 'PER' || !k.entity) return k.gender;
    const e = this.t.entityAt.find((x) => x?.id === k.entity);
    return e ? this.entityGender(e) : '-';
  }

  /** A person's gender: as the article has shown it as a speaker, else as the name lists give its first name. */
  entityGender(e: EntityAt): Gender {
    const g = this.known.find((s) => s.entity === e.id)?.gender ?? '-';
    return g !== '-' || e.type !== 'PER' ? g : (this.firstNameGender(e) ?? '-');
  }

  private readonly firstNameGenders = new Map<string, 'm' | 'f' | null>();

  /** The gender the curated people list gives the entity, else the name lists its first word, looked up once per entity. */
  private firstNameGender(e: EntityAt): 'm' | 'f' | null {
    let g = this.firstNameGenders.get(e.id);
    if (g === undefined) {
      g = listedPersonGender(e.name) ?? loadGazetteer().lookup(gazetteerKey(e.name.split(' ')[0]))?.gender ?? null;
      this.firstNameGenders.set(e.id, g);
    }
    return g;
  }

  private describedCache: Map<EntityAt, Set<string>> | null = null;

  /** Per person or organisation mention: the words of the title before it and of the apposition after it. */
  private describedBy(): Map<EntityAt, Set<string>> {
    if (this.describedCache) return this.describedCache;
    const out = new Map<EntityAt, Set<string>>();
    const seen = new Set<EntityAt>();
    for (const e of this.t.entityAt) {
      if (!e || seen.has(e) || e.type !== 'PER') continue;
      seen.add(e);
      const ctx = new Set<string>();
      // the title: up to 6 words right before the name ("السفيرة الأمريكية لدى الأمم المتحدة نيكي هايلي"),
      // or before the comma that sets the name in apposition ("السفيرة الأمريكية في مجلس الأمن، نيكي هايلي،")
      const titleEnd = e.first > 1 && COMMA.test(this.t.toks[e.first - 1].text) ? e.first - 1 : e.first;
      // (quotation marks around an organisation's name in the title are passed over)
      // ("ورأى الفريق أن القيادي الحوثي X": a complementizer, فإن too, ends the title; what is before it is the clause's subject;
      // so does a relative pronoun: "رئيس مكتب التحقيقات السابق، الذي طرده ترامب" is no title of Trump's,
      // and بقيادة: "المتحدث باسم الجيش الوطني الليبي بقيادة حفتر" is no title of Haftar's)
      const titleWords = (from: number): { words: number; stop: number } => {
        let b = from;
        let n = 0;
        for (; b >= 0 && n < 6 && (this.t.isWord(b) || QUOTE_MARKS.has(this.t.toks[b].text)) && this.t.entityAt[b]?.type !== 'PER' && !this.lex.cue(this.t.toks[b].norm) && !this.t.isComplementizerAt(b) && !isComplementizer(this.t.toks[b].norm.replace(/^ف/, ''), this.t.toks[b].text) && !RELATIVE.test(this.t.toks[b].norm) && !this.lex.skip(this.t.toks[b].norm) && !this.lex.ledBy(this.t.toks[b].norm) && !(b > 0 && this.lex.ledBy(this.t.toks[b - 1].norm, this.t.toks[b].norm)); b--) {
          if (!this.t.isWord(b)) continue;
          for (const w of this.titleWords(this.t.toks[b].norm)) ctx.add(w);
          n++;
        }
        return { words: n, stop: b };
      };
      // ("وقالت والدة أحمد سيد عيد": a tie heading the name in a construct is someone else's title: his mother's)
      const tie = titleEnd === e.first && e.first > 0 && this.isTie(this.t.toks[e.first - 1].norm);
      const before = tie ? { words: 0, stop: -1 } : titleWords(titleEnd - 1);
      // (a rank right before the name may follow the title and its comma: "العاهل الأردني، الملك عبد الله
      // الثاني"; not a rank with و, which adds a person to a list: "، والأدميرال مايكل روجرز")
      const rank = before.stop + 1;
      if (titleEnd === e.first && before.words > 0 && before.words <= 2 && before.stop > 0 && COMMA.test(this.t.toks[before.stop].text) && !/^[وف]ال/.test(this.t.toks[rank].norm)) titleWords(before.stop - 1);
      // the apposition: "، المحلل السياسي في ..."
      if (e.last < this.t.toks.length && COMMA.test(this.t.toks[e.last].text)) {
        for (let a = e.last + 1, n = 0; a < this.t.toks.length && n < 4 && this.t.isWord(a); a++, n++) for (const w of this.titleWords(this.t.toks[a].norm)) ctx.add(w);
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

  /** A tie noun (محامي، والدة، زوجة), with the article or a conjunction or not. */
  private isTie(norm: string): boolean {
    const bare = withoutArticle(norm);
    return this.lex.relationNoun(bare) || (/^[وف]./.test(bare) && this.lex.relationNoun(bare.slice(1)));
  }

  /**
   * What a word of a title says of the person, as later references may name it: the word without
   * its article, the nouns that name the same tie (والدة, أم), and a tie without its pronoun
   * ("والدتها، فاطمة" is a mother: "وأضافت الأم").
   */
  private titleWords(norm: string): string[] {
    const tie = /^(.{2,}?)(ت)?(ه|ها|هما|هم|هن)$/.exec(norm);
    const noun = tie ? tie[1] + (tie[2] ? 'ه' : '') : null;
    return noun && this.lex.relationNoun(noun) ? [...withSynonyms(withoutArticle(norm)), ...withSynonyms(noun)] : withSynonyms(withoutArticle(norm));
  }

  remember(e: EntityAt, gender: Gender, role: string | null, outlet: string | null): Known {
    let k = this.known.find((s) => s.entity === e.id);
    if (!k) {
      k = { entity: e.id, name: this.writtenName(e), role: null, outlet: null, gender: '-', roleWords: new Set(), type: e.type };
      this.known.push(k);
    }
    if (gender !== '-' && k.gender === '-') k.gender = gender;
    if (role && !k.role) {
      k.role = role;
      for (const w of role.split(/\s+/)) for (const x of withSynonyms(withoutArticle(this.normOf(w)))) k.roleWords.add(x);
    }
    if (outlet) k.outlet = outlet;
    return k;
  }

  /**
   * An organisation's name as the article gives it: its listed name when the article writes it (a
   * mention shares one of its words), else the form the article writes most, the longest of those
   * (the lists file "تنظيم الدولة الإسلامية" under داعش: an article that never writes داعش names it
   * by its mentions). A person keeps the listed name.
   */
  private writtenName(e: EntityAt): string {
    if (e.type !== 'ORG') return e.name;
    const listed = new Set(normalize(e.name, SEARCH_NORMALIZATION).split(' ').filter((w) => w.length > 2).map(withoutArticle));
    const forms = new Map<string, number>();
    const at = this.t.entityAt;
    for (let i = 0; i < at.length; i++) {
      const m = at[i];
      if (!m || m.id !== e.id || m.first !== i) continue;
      // (from where the mention starts, after a clitic it leaves out: "لمجلس الأمن")
      const written = this.t.doc.text.slice(m.start, this.t.toks[m.last - 1].end).replace(/["«»“”#]/g, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().replace(/^لل(?=\S{3})/, 'ال');
      const norm = normalize(written, SEARCH_NORMALIZATION);
      // (a mention sharing a word with the listed name writes that name, maybe spelled otherwise or
      // shortened: "ذي وال ستريت جورنال" for وول ستريت جورنال، "مجلس الأمن" for مجلس الأمن الدولي)
      if (norm.split(' ').some((w) => w.length > 2 && listed.has(withoutArticle(w)))) return e.name;
      if (written) forms.set(written, (forms.get(written) ?? 0) + 1);
    }
    // the form the article writes most, the longest of those
    let best = '';
    for (const [w, n] of forms) if (!best || n > forms.get(best)! || (n === forms.get(best)! && w.length > best.length)) best = w;
    return best || e.name;
  }

  private normOf(word: string): string {
    return normalize(word.replace(/[^\p{L}\p{M}]/gu, ''), SEARCH_NORMALIZATION);
  }

  /**
   * Who speaks in a line that stands apart from the article's account (a related link's headline):
   * what `find` returns, without the book keeping it, so that no later "وقال" or "المجلة" reads
   * back to it. A speaker the book already held stays.
   */
  apart(find: () => Known | null): Known | null {
    const size = this.known.length;
    const last = this.last;
    const k = find();
    this.known.length = size;
    this.last = last;
    return k;
  }

  /** A source with no entity: an unnamed one (مصدر عسكري) or a name the tagger missed; remembered for back-references. */
  unnamed(name: string, role: string | null = null): Known {
    // a hashtag reads as its words, as in entity names: "رئيس #بوينغ"، "#وزارة_العدل_الأميركية"
    name = readHashtags(name);
    name = withoutOpenAside(name);
    if (role) role = readHashtags(role);
    const group = this.groupOf(name) ?? this.namedByHead(name);
    if (group) return group;
    const person = this.personCalled(name);
    if (person) return this.remember(person, '-', role, null);
    const surnamed = this.untaggedNamed(name);
    if (surnamed) return surnamed;
    let k = this.known.find((s) => s.entity === null && s.name === name);
    if (!k) {
      // (people in a sound plural are plural, whatever their verb: "يتوقع كثيرون" is no "عنه" after it;
      // a plural of things, "مصادر"، takes a feminine verb and stays unknown)
      const plural = this.lex.humanPlural(this.normOf(name.split(/\s+/)[0]));
      k = { entity: null, name, role, outlet: null, gender: plural ? 'p' : '-', roleWords: new Set(), type: null };
      for (const w of `${name} ${role ?? ''}`.split(/\s+/)) if (w) for (const x of withSynonyms(withoutArticle(this.normOf(w)))) k.roleWords.add(x);
      this.known.push(k);
    }
    return k;
  }

  /**
   * "وقالت حديد" after "سماح حديد" was quoted, a name the tagger missed: one word that ends the
   * name of exactly one untagged speaker whose name starts with a listed first name (after a title:
   * "الطبيب أشرف القدرة") is that speaker.
   */
  private untaggedNamed(name: string): Known | null {
    if (/\s/.test(name)) return null;
    const word = this.normOf(name);
    if (word.length < 3) return null;
    let found: Known | null = null;
    for (const k of this.known) {
      if (k.entity !== null) continue;
      const words = k.name.split(/\s+/);
      if (words.length < 2 || this.normOf(words[words.length - 1]) !== word) continue;
      const first = words.findIndex((w) => loadGazetteer().lookup(gazetteerKey(w))?.roles.includes('first'));
      if (first < 0 || first === words.length - 1 || words.length - first > 3) continue;
      if (found && found !== k) return null;
      found = k;
    }
    return found;
  }

  private nameWordsCache: Map<string, EntityAt | null> | null = null;

  /**
   * "وقال الصدر"، "وقال لي على فيسبوك": one word the tagger left untagged here that is a word of
   * exactly one person's name as the article tags it elsewhere ("مقتدى الصدر"، "لي هسين لونج") is
   * that person; a title, an unnamed source's noun or a stop word never is.
   */
  personCalled(name: string): EntityAt | null {
    // ("ودعا المطلق النساء إلى"، "وطالب الكوكباني جميع المنظمات": the reading ran on into the object,
    // a definite or quantified noun; the name is the first word)
    const [first, next] = name.split(/\s+/);
    if (next !== undefined && !/^(ال|جميع|كل|كافة)/.test(this.normOf(next))) return null;
    const word = this.normOf(first);
    if (word.length < 2 || this.lex.roleNoun(word) || this.lex.unnamedSource(word) || this.lex.stop(word) || this.lex.orgHead(withoutArticle(word))) return null;
    if (!this.nameWordsCache) {
      const byWord = new Map<string, EntityAt | null>();
      const at = this.t.entityAt;
      for (let i = 0; i < at.length; i++) {
        const e = at[i];
        if (!e || e.type !== 'PER') continue;
        const w = this.t.toks[i].norm;
        const had = byWord.get(w);
        byWord.set(w, had === undefined || had?.id === e.id ? e : null);
      }
      this.nameWordsCache = byWord;
    }
    return this.nameWordsCache.get(word) ?? null;
  }

  /**
   * "أحد المصادر" (one of the sources) is the unnamed group the article quoted before: "مصادر في
   * وزارة الدفاع الفرنسية" (إحدى الجهات -> "جهات أممية"); the latest unnamed speaker whose head
   * noun is the one the description picks from.
   */
  private groupOf(name: string): Known | null {
    const m = /^(?:أحد|احد|إحدى|احدى)\s+(\S+)$/u.exec(name);
    if (!m) return null;
    const plural = withoutArticle(this.normOf(m[1]));
    if (plural.length < 3) return null;
    for (let i = this.known.length - 1; i >= 0; i--) {
      const k = this.known[i];
      if (k.entity !== null) continue;
      const head = k.name.split(/\s+/)[0];
      if (head && withoutArticle(this.normOf(head)) === plural) return k;
    }
    return null;
  }

  /**
   * "شركة السياحة البريطانية" (an organisation's head noun with definite words, no name) is the
   * organisation of that head the article has quoted by name: the latest speaker "شركة توماس كوك".
   */
  private namedByHead(name: string): Known | null {
    const words = name.split(/\s+/);
    if (words.length < 2 || /^ال/.test(words[0]) || !this.lex.orgHead(this.normOf(words[0]))) return null;
    if (!words.slice(1).every((w) => /^ال/.test(w))) return null;
    const head = this.normOf(words[0]);
    for (let i = this.known.length - 1; i >= 0; i--) {
      const k = this.known[i].name.split(/\s+/);
      if (k.length >= 2 && this.normOf(k[0]) === head && !/^(ال|لل)/.test(k[1])) return this.known[i];
    }
    return null;
  }

  /**
   * المحلل -> the latest speaker whose role holds محلل (and the description's nisba adjectives:
   * المندوب الروسي); an author-like noun falls back to the first speaker.
   */
  backReference(noun: string, authorLike: boolean, adjectives: readonly string[] = []): Known | null {
    // ("المندوب الروسي" is not the British delegate quoted last: a speaker whose role has the noun
    // and its adjectives first, then one whose role has the noun and no other such adjective)
    for (let i = this.known.length - 1; i >= 0; i--) if (this.known[i].roleWords.has(noun) && adjectives.every((a) => this.known[i].roleWords.has(a))) return this.known[i];
    if (adjectives.length > 0) {
      for (let i = this.known.length - 1; i >= 0; i--) if (this.known[i].roleWords.has(noun) && !this.otherAdjective(this.known[i], adjectives)) return this.known[i];
      return null;
    }
    if (authorLike) return this.known.find((s) => s.entity !== null) ?? null;
    return null;
  }

  /** Whether some speaker's role has the noun with a nisba adjective other than the description's (البريطاني for المندوب الروسي). */
  contradicted(noun: string, adjectives: readonly string[]): boolean {
    return adjectives.length > 0 && this.known.some((k) => k.roleWords.has(noun) && this.otherAdjective(k, adjectives));
  }

  private otherAdjective(k: Known, adjectives: readonly string[]): boolean {
    for (const w of k.roleWords) if (w.length >= 4 && w.endsWith('ي') && !adjectives.includes(w)) return true;
    return false;
  }

  /**
   * The state an unnamed speaker stands for: "المملكة" goes to the kingdom the article names (the
   * latest of its states mentioned before token k, else the first after); any other speaker, or
   * one whose state the article never names, stays.
   */
  stateFor(speaker: Known, k: number): Known {
    if (speaker.entity !== null) return speaker;
    const states = statesSpokenFor(speaker.name);
    if (!states) return speaker;
    let before: EntityAt | null = null;
    let after: EntityAt | null = null;
    const at = this.t.entityAt;
    for (let i = 0; i < at.length; i++) {
      const e = at[i];
      if (!e || e.first !== i || !states.includes(e.name)) continue;
      if (i < k) before = e;
      else if (!after) after = e;
    }
    const state = before ?? after;
    return state ? this.remember(state, '-', null, null) : speaker;
  }

  /** The last person the article named before token k whose gender, as far as it is known, is the given one: whom a pronoun stands for when no speaker fits it. */
  lastPersonNamedBefore(k: number, gender: Gender): Known | null {
    if (gender === 'p') return null;
    for (let i = k - 1; i >= 0; i--) {
      const e = this.t.entityAt[i];
      if (e && e.first === i && e.type === 'PER' && !this.clashes(e, gender)) return this.remember(e, gender, null, null);
    }
    return null;
  }

  /** The last speaker, if the verb's agreement allows it (قالت is not a man). */
  fitting(gender: Gender): Known | null {
    const fits = (s: Known) => gender === '-' || s.gender === '-' || s.gender === gender;
    // "وقالت الطالبة": a woman quoted earlier beats a last person of unknown gender (not an
    // organisation: those take feminine verbs as a rule)
    if (this.last && gender !== '-' && this.last.gender !== gender && this.last.type === 'PER') {
      for (let i = this.known.length - 1; i >= 0; i--) if (this.known[i].gender === gender && this.known[i] !== this.last) return this.known[i];
    }
    if (this.last && fits(this.last)) return this.last;
    for (let i = this.known.length - 1; i >= 0; i--) if (this.known[i].entity && fits(this.known[i])) return this.known[i];
    return null;
  }
}

/** The words of the country a nationality adjective names (الاثيوبي -> اثيوبيا), normalized as tokens are; none for other words. */
function countryWords(norm: string): string[] {
  let words = countryWordsOf.get(norm);
  if (words === undefined) {
    const country = loadGazetteer().nationality(gazetteerKey(norm))?.country;
    words = country ? normalize(country, SEARCH_NORMALIZATION).split(' ').map(withoutArticle) : [];
    if (countryWordsOf.size >= 10_000) countryWordsOf.clear();
    countryWordsOf.set(norm, words);
  }
  return words;
}
const countryWordsOf = new Map<string, string[]>();

/**
 * A name with a bracket left open: the aside is not part of it ("البيت الأزرق (مقر الرئاسة"), but
 * after a lone head noun the bracket holds the name itself ("جمعية (Kick It Out").
 */
function withoutOpenAside(name: string): string {
  const open = name.lastIndexOf('(');
  if (open < 0 || name.indexOf(')', open) >= 0) return name;
  const before = name.slice(0, open).replace(/[\s(]+$/, '').trim();
  if (before.split(/\s+/).length >= 2) return before;
  return name.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Hashtags in a phrase as their words: "#وزارة_العدل" -> "وزارة العدل". */
function readHashtags(text: string): string {
  return text.includes('#') ? text.replace(/#([^\s#]+)/gu, (_, words: string) => words.replace(/_+/g, ' ').trim()) : text;
}
