import type { TaggedWords } from './ner-consistency.js';

/** Curated names: a name's type by the key of its words, and which keys can open a longer name. */
export interface KnownNames {
  typeOf(key: string): string | undefined;
  startsName(firstWordKey: string): boolean;
  /** Whether some curated name of two words or more starts with these two (keyed as a name). */
  opensName(firstTwoKey: string): boolean;
}

const MAX_WORDS = 6;

/** What the curated names say of one word on its own (see tagKnownNames). */
export interface KnownWord {
  /** the curated type of the word alone, keyed as the lists write it */
  type: string | undefined;
  /** whether a curated name of two words or more starts with the word: keyed as the lists write it, as inside a name, as written */
  startsListed: boolean;
  startsInName: boolean;
  startsWritten: boolean;
  /** whether the word as written is keyed otherwise than as the lists write it */
  writtenDiffers: boolean;
}

/** A word's KnownWord from the keys and the names, computed each time (tagging keeps them with each word's info). */
export function knownWordOf(
  keyOf: (words: readonly string[], inName: boolean) => string,
  known: KnownNames,
  writtenKeyOf: ((words: readonly string[]) => string) | null,
): (word: string) => KnownWord {
  return (word) => {
    const listed = keyOf([word], false);
    const written = writtenKeyOf ? writtenKeyOf([word]) : listed;
    return {
      type: known.typeOf(listed),
      startsListed: known.startsName(listed),
      startsInName: known.startsName(keyOf([word], true)),
      startsWritten: known.startsName(written),
      writtenDiffers: written !== listed,
    };
  };
}

/**
 * Names from the project's curated lists (countries, cities, organisations and armed groups,
 * media) are tagged wherever the model left them untagged: these lists are small and precise,
 * and they know names newer than any annotated corpus ("داعش" postdates ANERcorp by a decade).
 * Longest match first. A curated name of two words or more also completes a name the model
 * began ("جامعة جورجيا" + "الحكومية") and takes its words back from a name the model ran into it
 * (see `fits`); a listed person also takes the words around a single word the model tagged in it
 * (its surname, or its first word as any type: "عبد" B-LOC in عبد الملك الحوثي); otherwise the
 * model's tags stand (ANERcorp tags "مكة" in "مكة المكرمة" and "غزة" in "قطاع غزة", and so does
 * the model).
 */
export function tagKnownNames(
  sentences: TaggedWords[],
  keyOf: (words: readonly string[], inName: boolean) => string,
  known: KnownNames,
  writtenKeyOf: ((words: readonly string[]) => string) | null = null,
  knownWord: (word: string) => KnownWord = knownWordOf(keyOf, known, writtenKeyOf),
): void {
  for (const s of sentences) {
    const continues = (k: number) => k > 0 && k < s.tags.length && s.tags[k].startsWith('I-') && s.tags[k - 1].slice(2) === s.tags[k].slice(2);
    for (let i = 0; i < s.words.length; i++) {
      const crossed = continues(i);
      // inside a name the model tagged, a word keeps its preposition: "اللجنة الدولية للصليب الأحمر"
      // does not give up "للصليب الأحمر" as الصليب الأحمر
      const word = knownWord(s.words[i]);
      let key = keyOf;
      let opens = i + 1 < s.words.length && (crossed ? word.startsInName : word.startsListed) && known.opensName(keyOf(s.words.slice(i, i + 2), crossed));
      // "بان كي مون"، "وكالة الأنباء السعودية"، "سان فرانسيسكو": a first letter that reads as a
      // proclitic may be the name's own, so a name may also open with its first word as written
      if (!opens && !crossed && writtenKeyOf && i + 1 < s.words.length) {
        if (word.writtenDiffers && word.startsWritten && known.opensName(writtenKeyOf(s.words.slice(i, i + 2)))) {
          opens = true;
          key = writtenKeyOf;
        }
      }
      const longest = opens ? MAX_WORDS : crossed ? 0 : 1;
      // where the model's name that runs into word i begins: a curated name inside a longer one the
      // lists also know ("العفو الدولية" in "منظمة العفو الدولية") does not split it
      let begin = i;
      if (crossed) while (begin > 0 && continues(begin)) begin--;
      for (let len = Math.min(longest, s.words.length - i); len >= 1; len--) {
        const fitting = fits(s.tags, i, len, crossed, continues);
        // a listed person whose surname alone the model took ("إدوار فيليب": O B-PER) takes the
        // first name too (a place stays as the model tagged it: ANERcorp tags غزة in قطاع غزة)
        const surname = !fitting && !crossed && endsInPerson(s.tags, i, len, continues);
        // and one whose first word alone the model tagged, as anything ("عبد الملك الحوثي": B-LOC O O)
        const firstName = !fitting && !surname && !crossed && startsAlone(s.tags, i, len, continues);
        if (!fitting && !surname && !firstName) continue;
        if (crossed && known.typeOf(keyOf(s.words.slice(begin, i + len), false)) !== undefined) break;
        // (one word is never a crossed name's: fits wants two)
        const type = len === 1 ? word.type : known.typeOf(key(s.words.slice(i, i + len), crossed));
        if (!type || ((surname || firstName) && type !== 'PER')) continue;
        // a listed person inside a longer person's name the model tagged is the father in it
        // ("راشد بن محمد بن راشد آل مكتوم") or the name without its first part ("سيد محمد خاتمي")
        if (crossed && type === 'PER' && s.tags[begin] === 'B-PER') break;
        s.tags[i] = 'B-' + type;
        for (let k = 1; k < len; k++) s.tags[i + k] = 'I-' + type;
        i += len - 1;
        break;
      }
    }
  }
}

/**
 * Whether a curated name may take tokens [i, i + len): all untagged; or 2+ words that lengthen a
 * name of 2+ words the model began at i; or 2+ words at whose start a name the model tagged runs
 * in ("ديمة لبي" + "بي سي" is "ديمة" and "لبي بي سي"), ending where no tagged name goes on.
 */
function fits(tags: string[], i: number, len: number, crossed: boolean, continues: (k: number) => boolean): boolean {
  if (crossed) return len >= 2 && !continues(i + len);
  let tagged = 0;
  while (tagged < len && tags[i + tagged] !== 'O' && (tagged === 0 || continues(i + tagged))) tagged++;
  let untagged = 0;
  for (let k = i + tagged; k < i + len; k++) if (tags[k] === 'O') untagged++;
  return tagged + untagged === len && (tagged === 0 || (tagged >= 2 && untagged > 0));
}

/** Whether tokens [i, i + len) are untagged words, then a whole person the model tagged, ending there. */
function endsInPerson(tags: string[], i: number, len: number, continues: (k: number) => boolean): boolean {
  let j = i;
  while (j < i + len && tags[j] === 'O') j++;
  if (j === i || j === i + len || tags[j] !== 'B-PER') return false;
  let k = j + 1;
  while (k < i + len && continues(k)) k++;
  return k === i + len && !continues(i + len);
}

/** Whether token i is a one-word name the model tagged and tokens (i, i + len) are untagged, len >= 2. */
function startsAlone(tags: string[], i: number, len: number, continues: (k: number) => boolean): boolean {
  if (len < 2 || !tags[i].startsWith('B-') || continues(i + 1)) return false;
  for (let k = i + 1; k < i + len; k++) if (tags[k] !== 'O') return false;
  return true;
}

/**
 * A person's name does not open with a nationality: "البرازيلي مارسيلو" is the Brazilian + Marcelo.
 * ANERcorp tags a definite demonym before a person O, 210 times in train and never inside the
 * name, but the model sometimes runs the name back over it.
 */
export function shedDemonyms(sentences: TaggedWords[], isDefiniteDemonym: (word: string) => boolean): void {
  for (const s of sentences) {
    for (let i = 0; i + 1 < s.words.length; i++) {
      if (s.tags[i] !== 'B-PER' || s.tags[i + 1] !== 'I-PER' || !isDefiniteDemonym(s.words[i])) continue;
      s.tags[i] = 'O';
      s.tags[i + 1] = 'B-PER';
    }
  }
}

/**
 * "وقال بن علي يلدريم للصحفيين": a person's name does not go on into a word with لل (ل + the
 * article: "to the journalists"); ANERcorp train has no such word inside a person (2,205 inner words).
 */
export function shedPrepositionalTails(sentences: TaggedWords[]): void {
  for (const s of sentences) {
    for (let i = 1; i < s.words.length; i++) {
      if (s.tags[i] !== 'I-PER' || !/^[وف]?لل/.test(s.words[i])) continue;
      s.tags[i] = 'O';
      if (i + 1 < s.words.length && s.tags[i + 1] === 'I-PER') s.tags[i + 1] = 'B-PER';
    }
  }
}

/**
 * "جورج بوش ورايس": a person's name does not go on past و + another name; the model sometimes runs
 * two coordinated people into one. A word inside a person that is و + a known name (and not a
 * name as written: وليد، وقاص) opens a person of its own.
 */
export function splitCoordinatedNames(sentences: TaggedWords[], isWaName: (word: string) => boolean): void {
  for (const s of sentences) {
    for (let i = 1; i < s.words.length; i++) {
      if (s.tags[i] !== 'I-PER' || !isWaName(s.words[i])) continue;
      s.tags[i] = 'B-PER';
    }
  }
}

/** A particle before a family name: before any word (آل), or only before a known name (ولد, also a verb). */
export type FamilyParticle = 'any' | 'name';

/** What the name lists say of one word: a known first name, a known surname. */
export type PersonNameRole = (word: string) => { first: boolean; last: boolean };

/**
 * Two words where the first is a known first name and the second a known surname are a person
 * ("ميا بلوم"): the model misses such names when nothing around them marks a person. Both words
 * untagged; or the surname tagged alone as a place or organisation after an untagged first name
 * that is also a common noun ("والي نصر": "governor" + a word that is also a place); or the
 * surname tagged alone as a person after an untagged first name.
 */
export function tagNamePairs(
  sentences: TaggedWords[],
  roleOf: PersonNameRole,
  isCommon: (word: string) => boolean = () => false,
  firstAsWritten: (word: string) => boolean = (word) => roleOf(word).first,
): void {
  for (const s of sentences) {
    // each word is asked about twice (as a first name, then as a surname): once is enough
    const roles: ({ first: boolean; last: boolean } | undefined)[] = new Array(s.words.length);
    const role = (k: number) => roles[k] ?? (roles[k] = roleOf(s.words[k]));
    const commons: (boolean | undefined)[] = new Array(s.words.length);
    const common = (k: number) => commons[k] ?? (commons[k] = isCommon(s.words[k]));
    for (let i = 0; i + 1 < s.words.length; i++) {
      if (s.tags[i] !== 'O') continue;
      const next = s.tags[i + 1];
      // a person the model began at the surname: a known first name before it, as written (not
      // "لصالح", "وألحان"), is theirs ("طلعت زكريا"); not before a coordinated one ("سالم ويوسف")
      if (next === 'B-PER' && s.words[i + 1][0] !== 'و' && !common(i) && firstAsWritten(s.words[i])) {
        s.tags[i] = 'B-PER';
        s.tags[i + 1] = 'I-PER';
        i++;
        continue;
      }
      const alone = next === 'O' || (next.startsWith('B-') && next !== 'B-PER' && !(s.tags[i + 2] ?? 'O').startsWith('I-'));
      if (!alone) continue;
      // words the training text mostly leaves untagged (والي "governor", نصر "victory") pair up
      // only when the model already took the second for a name
      if (next === 'O' && (common(i) || common(i + 1))) continue;
      if (role(i).first && role(i + 1).last) {
        s.tags[i] = 'B-PER';
        s.tags[i + 1] = 'I-PER';
        i++;
      }
    }
  }
}

const OPENING_MARKS = new Set(['"', '«', '“']);
const CLOSING_MARKS = new Set(['"', '»', '”']);
/** Longest name in quotation marks after an organisation head (منظمة "أنقذوا الأطفال"). */
const MAX_QUOTED_NAME = 5;

/**
 * An organisation's name in quotation marks right after a head noun (منظمة "أنقذوا الأطفال"،
 * جماعة "مجاهدي خلق"، صحيفة "ذي إندبندنت") is an organisation: news writes names it does not
 * expect its readers to know this way, and no name list has them. So is a quoted name of two
 * words or more that opens with such a head (تقرير نشره "مركز أبحاث الأراضي").
 */
export function tagQuotedOrganisations(sentences: TaggedWords[], isOrgHead: (word: string) => boolean): void {
  for (const s of sentences) {
    // a straight mark after an odd number of them closes a quote ('"التعليق ..." للحزب بسبب ما وصفه بأنه "...')
    const closes = new Array<boolean>(s.words.length).fill(false);
    let straight = 0;
    s.words.forEach((w, i) => {
      if (w !== '"') return;
      closes[i] = straight % 2 === 1;
      straight++;
    });
    for (let i = 0; i + 3 < s.words.length; i++) {
      if (!OPENING_MARKS.has(s.words[i]) || closes[i] || !isOrgHead(s.words[i + 1])) continue;
      let close = i + 2;
      while (close < s.words.length && close - (i + 1) <= MAX_QUOTED_NAME && !CLOSING_MARKS.has(s.words[close])) close++;
      if (close >= s.words.length || close - (i + 1) > MAX_QUOTED_NAME) continue;
      if (s.tags.slice(i + 1, close).some((t) => t !== 'O')) continue;
      s.tags[i + 1] = 'B-ORG';
      for (let k = i + 2; k < close; k++) s.tags[k] = 'I-ORG';
      i = close;
    }
    for (let i = 0; i + 2 < s.words.length; i++) {
      if (!isOrgHead(s.words[i]) || !OPENING_MARKS.has(s.words[i + 1])) continue;
      let close = i + 2;
      while (close < s.words.length && close - (i + 2) <= MAX_QUOTED_NAME && !CLOSING_MARKS.has(s.words[close])) close++;
      if (close >= s.words.length || close === i + 2 || close - (i + 2) > MAX_QUOTED_NAME) continue;
      const inside = s.tags.slice(i + 2, close);
      // untagged, or run into by an organisation the model began at the head or the mark, or a
      // place that is the whole quoted name (صحيفة "القدس"، صحيفة " الشرق الأوسط ")
      const runIn = s.tags[i + 1].endsWith('-ORG') && inside.every((t) => t === 'I-ORG') && s.tags[close] !== 'I-ORG';
      const place = inside[0] === 'B-LOC' && inside.slice(1).every((t) => t === 'I-LOC');
      if (!runIn && !place && inside.some((t) => t !== 'O')) continue;
      if (runIn) {
        s.tags[i + 1] = 'O';
        if (s.tags[i] === 'B-ORG') s.tags[i] = 'O';
      }
      s.tags[i + 2] = 'B-ORG';
      for (let k = i + 3; k < close; k++) s.tags[k] = 'I-ORG';
      i = close;
    }
  }
}

/**
 * A family name joined by its particle after a person's name belongs to it: "حمد بن خليفة" + "آل
 * ثاني". The model, which sees آل mostly before a family name alone, stops before it.
 */
export function joinFamilyNames(sentences: TaggedWords[], particle: (word: string) => FamilyParticle | null, isName: (word: string) => boolean = () => false): void {
  for (const s of sentences) {
    for (let i = 1; i + 1 < s.words.length; i++) {
      const kind = s.tags[i] === 'O' && s.tags[i - 1].endsWith('-PER') ? particle(s.words[i]) : null;
      if (!kind) continue;
      const next = s.tags[i + 1];
      if ((next !== 'O' && next !== 'B-PER' && next !== 'B-LOC') || !/^\p{Script=Arabic}+$/u.test(s.words[i + 1])) continue;
      // ولد is also "was born" (ولد في، ولد عام): only before a name, which may be a long one
      // (وعبد الرحمان ولد محمد حمودي: "son of"); آل not into a longer name (حمد آل الثاني)
      if (kind === 'name' ? next === 'O' && !isName(s.words[i + 1]) : (s.tags[i + 2] ?? 'O').startsWith('I-')) continue;
      s.tags[i] = 'I-PER';
      s.tags[i + 1] = 'I-PER';
      // ("محمد ولد عبد العزيز": the family name may run on over known names)
      for (let k = i + 2; k < s.words.length && k < i + 4 && s.tags[k] === 'O' && isName(s.words[k]); k++) s.tags[k] = 'I-PER';
    }
  }
}
