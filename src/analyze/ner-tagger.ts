import { NerModel } from '../models/ner-model.js';
import { NerFeatures, type DocumentContext, type PersonLists } from './ner-features.js';
import { NameTable } from './ner-name-table.js';
import { propagateNames } from './ner-consistency.js';
import { NameLikeness } from './name-likeness.js';
import { joinFamilyNames, shedDemonyms, shedPrepositionalTails, splitCoordinatedNames, tagKnownNames, tagNamePairs, tagQuotedOrganisations, type KnownNames, type PersonNameRole } from './ner-known-names.js';
import { gazetteerKey, loadCuratedNames, loadGazetteer } from '../lang/gazetteer.js';
import { nerResources, NER_MODEL_PATH } from './ner-resources.js';
import { loadLangList } from '../lang/ar/index.js';
import { normalize, LEXICON_NORMALIZATION } from '../text/normalize.js';
import { lexiconCount } from '../text/clitics.js';
import { dirname, join } from 'node:path';
import { WindowNet } from '../models/window-net.js';
import { WindowScorer } from './ner-window.js';
import { loadWordVectors } from '../text/word-vectors.js';

/** السوري، البرازيلي (with و/ف before): a nationality adjective with the article, from countries.tsv. */
export function isDefiniteDemonym(word: string): boolean {
  const key = gazetteerKey(word).replace(/^[وف](?=ال)/, '');
  return key.startsWith('ال') && loadGazetteer().nationality(key) !== undefined;
}

/** Particles joining a family name to a person's name (src/lang/ar/family-name-particles.txt). */
const familyParticles = new Map(
  loadLangList('family-name-particles.txt').map((line) => {
    const [word, when] = line.split(/\s+/);
    return [word, when === 'name' ? 'name' : 'any'] as const;
  }),
);

/** Words in, BIO tags (PER, LOC, ORG, MISC) out, one sentence at a time. */
export class NerTagger {
  private readonly mostlyNotNames: Set<string>;
  /** The curated names as this model's tagging uses them (one object: words keep its answers, see NerFeatures.knownWord). */
  private readonly known: KnownNames | null;
  /** The person-name lists as this tagger reads them (one object, as `known`). */
  private readonly personLists: PersonLists | null;

  constructor(
    readonly model: NerModel,
    private readonly features: NerFeatures,
    private readonly knownNames: CuratedNames | null = null,
    private readonly personRole: PersonNameRole | null = null,
    /** The window network whose log-probabilities join the model's scores, if the model has one. */
    private readonly window: WindowScorer | null = null,
  ) {
    features.names = model.header.names ? NameTable.fromEntries(model.header.names) : null;
    this.mostlyNotNames = new Set(model.header.mostlyNotNames ?? []);
    this.known = knownNames && this.curatedLookup(knownNames);
    this.personLists = personRole && { role: personRole, common: this.mostlyNotNames };
    features.nameLikeness = model.header.nameLikeness ? NameLikeness.fromJSON(model.header.nameLikeness) : null;
  }

  tag(words: readonly string[], context?: DocumentContext): string[] {
    if (words.length === 0) return [];
    const T = this.model.tags.length;
    const emit = this.features.sentenceScores(words, this.model.index, this.model.weights.emission, T, context);
    this.window?.addScores(words, emit);
    return this.model.tagScores(emit, words.length);
  }

  /** Tags the sentences of one document, then makes its names consistent across sentences. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const context = this.model.header.documentContext ? this.features.documentContext(sentences) : null;
    const tagged = sentences.map((words, k) => ({ words, tags: this.tag(words, context?.[k]) }));
    shedDemonyms(tagged, isDefiniteDemonym);
    shedPrepositionalTails(tagged);
    if (this.personLists) {
      splitCoordinatedNames(tagged, (word) => {
        const norm = this.features.lookupForms(word)[0];
        return norm.length > 3 && norm[0] === 'و' && this.isKnownName(norm.slice(1)) && !this.isKnownName(norm);
      });
      const lists = this.personLists;
      const person = (word: string) => this.features.personWord(word, lists);
      tagNamePairs(
        tagged,
        person,
        (word) => person(word).common,
        (word) => person(word).firstAsWritten,
      );
    }
    joinFamilyNames(
      tagged,
      (word) => familyParticles.get(word) ?? null,
      (word) => {
        const p = this.personLists && this.features.personWord(word, this.personLists);
        return p !== null && (p.first || p.last);
      },
    );
    const known = this.known;
    const knownWord = (word: string) => this.features.knownWord(word, known!);
    // curated names first take back words the model ran into them ("ديمة لبي" | "بي سي"), so that
    // consistency sees the names as they are; then they fill what it left untagged
    if (known) tagKnownNames(tagged, (words, inName) => this.features.listedKey(words, inName), known, this.features.writtenKey, knownWord);
    propagateNames(
      tagged,
      this.features.nameKeyOf,
      (key) => !this.mostlyNotNames.has(key),
      (word) => this.features.lookupForms(word)[0],
      this.features.looksLikeName,
      (word) => known !== null && knownWord(word).type !== undefined,
    );
    tagQuotedOrganisations(tagged, this.features.isOrgHead);
    if (known) tagKnownNames(tagged, (words, inName) => this.features.listedKey(words, inName), known, this.features.writtenKey, knownWord);
    return tagged.map((t) => t.tags);
  }

  /** Whether the name lists know this key as a first name or a surname. */
  private isKnownName(key: string): boolean {
    const r = this.personRole?.(key);
    return r !== undefined && (r.first || r.last);
  }

  /** The curated names, except words and names the training text mostly leaves untagged. */
  private curatedLookup(known: CuratedNames): KnownNames {
    const common = this.mostlyNotNames;
    return { typeOf: (key) => (common.has(key) ? undefined : known.typeOf(key)), startsName: known.startsName, opensName: known.opensName };
  }
}

let shared: NerTagger | undefined;

/** Sentences per stand-in document when the input marks no documents (CoNLL files). */
export const DOCUMENT_WINDOW = 40;

/** Names from the curated lists only (the big name lists are features, too noisy to tag with alone). */
export interface CuratedNames {
  typeOf(key: string): string | undefined;
  /** Whether some curated name of two words or more starts with this key: most words are skipped. */
  startsName(key: string): boolean;
  /** Whether some curated name of two words or more starts with these two words' key. */
  opensName(key: string): boolean;
}

export function curatedNames(): CuratedNames {
  const gazetteer = loadGazetteer();
  const firstWords = new Set<string>();
  const firstTwo = new Set<string>();
  const commonWords = new Set<string>();
  for (const c of loadCuratedNames()) {
    const words = gazetteerKey(c.name).split(' ');
    if (words.length > 1) {
      firstWords.add(words[0]);
      firstTwo.add(words[0] + ' ' + words[1]);
    }
    // places and other names only: the organisations (القاعدة، النصرة، الجزيرة) are the armed groups and
    // outlets users follow, where a miss costs more than a false alarm (CV 78.54 with them, 78.48 without);
    // and not when the bare form is the same name (أوروغواي)
    else if (c.type !== 'ORG' && isCommonWord(c.name) && !(gazetteer.lookup(words[0].slice(2))?.types.includes(c.type) ?? false)) commonWords.add(words[0]);
  }
  return {
    typeOf(key) {
      if (commonWords.has(key)) return undefined;
      // the key as written: "أقصر" ("shorter") is not الأقصر (Luxor); names written with the article keep it
      const entry = gazetteer.lookup(key);
      return entry && entry.names.length > 0 ? entry.names[0].type : undefined;
    },
    startsName: (key) => firstWords.has(key),
    opensName: (key) => firstTwo.has(key),
  };
}

/** A common word takes the article's name often enough without it, too (قمر, باب, متوسط): ... */
const COMMON_WORD_MIN_COUNT = 10;
/** ...at least this share of the times news writes it with the article (رمادي is 7% of الرمادي: Ramadi). */
const COMMON_WORD_SHARE = 0.1;

/**
 * Whether a one-word name with the article is also a common noun or adjective (القمر the moon,
 * الباب the door, المتوسط the average, الزرقاء blue): news writes its bare form often, which it
 * never does for الكرملين or الحجاز. Such names are left to the model, which weighs the context.
 */
function isCommonWord(name: string): boolean {
  const form = normalize(name, LEXICON_NORMALIZATION);
  if (!form.startsWith('ال') || form.includes(' ')) return false;
  const bare = lexiconCount(form.slice(2));
  return bare >= COMMON_WORD_MIN_COUNT && bare >= COMMON_WORD_SHARE * lexiconCount(form);
}

/** First-name and surname roles from the name lists (arabic-first-names, ANETAC, curated). */
export function personNameRole(): PersonNameRole {
  const gazetteer = loadGazetteer();
  return (key) => {
    const roles = gazetteer.lookup(key)?.roles ?? [];
    return { first: roles.includes('first'), last: roles.includes('last') };
  };
}

/**
 * Whether the window network joins the perceptron: on unless RASID_NER_WINDOW=off, which trades
 * about 0.7 points of cross-validated F1 for about a fifth more analysis throughput.
 */
export function windowNetworkOn(): boolean {
  return process.env.RASID_NER_WINDOW !== 'off';
}

/** A model file with its resources, and the window network beside it when the model names one (see windowNetworkOn). */
export function loadNerTagger(path: string = NER_MODEL_PATH, withWindow = windowNetworkOn()): NerTagger {
  const model = NerModel.load(path);
  const features = new NerFeatures(nerResources());
  const window = withWindow && model.header.window ? new WindowScorer(WindowNet.load(join(dirname(path), model.header.window)), features, loadWordVectors()) : null;
  return new NerTagger(model, features, curatedNames(), personNameRole(), window);
}

/** The shipped model with its resources, loaded once per process on first use. */
export function defaultNerTagger(): NerTagger {
  shared ??= loadNerTagger(NER_MODEL_PATH);
  return shared;
}
