import { loadLangJson, loadLangList } from '../lang/ar/index.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/normalize.js';

/**
 * The language data quote attribution reads: reporting cues with their role and agreement, nouns
 * that refer back to a speaker, and words that mark a quoted stretch as a title. Everything is
 * keyed by the search-normalized form, as tokens carry it (`token.norm`).
 */

export type CueRole = 'say' | 'continue' | 'adverb' | 'source' | 'noun';
export type Gender = 'm' | 'f' | 'p' | '-';

export interface Cue {
  role: CueRole;
  gender: Gender;
}

export interface QuoteLexicon {
  /** A reporting cue, with a leading و/ف stripped when the bare form is the cue (وقال، فأضاف). */
  cue(norm: string): Cue | undefined;
  /** A back-reference noun (المحلل -> محلل); `authorLike` nouns fall back to the article's first speaker. */
  speakerNoun(norm: string): { noun: string; authorLike: boolean } | undefined;
  /** A speaker noun with or without the article (مراسل، المراسل): part of a subject's noun phrase. */
  roleNoun(norm: string): boolean;
  /** A document noun (التقرير -> تقرير, also indefinite and with و/ف/ب/ل/ال): whoever issued it speaks. */
  documentNoun(norm: string): string | undefined;
  /** A word that makes a following quoted stretch a title or a name (برنامج، عملية، يسمى). */
  titleCue(norm: string): boolean;
  /** The head noun of an organisation's name, indefinite (صحيفة، منظمة، وزارة: src/lang/ar/org-heads.txt). */
  orgHead(norm: string): boolean;
  /** A verb by which an outlet passes on someone's words (نقلت ... عن X): X speaks. */
  relayVerb(norm: string): boolean;
  /** A preposition after which a reporting verb's form is its verbal noun (في كشف اسمه): no cue. */
  verbalNounAfter(norm: string): boolean;
  /** A particle that makes a complementizer right after it open a subordinate clause (قبل أن، إلا أن). */
  subordinator(norm: string): boolean;
  /** قبل، بعد، منذ (with و or ف): before أن, a clause of time that shares its subject with the clause it hangs on */
  timeSubordinator(norm: string): boolean;
  /** A verb whose ب follows its subject with no object between (تعهدت قطر بدعم ...). */
  prepositionAfterSubject(norm: string): boolean;
  /** A verb that takes an object before its ب (اتهم X بـ، وصف X بأنه): a lone noun phrase before the ب is that object. */
  objectBeforePreposition(norm: string): boolean;
  /** What someone says or writes as a whole (تصريحات، كلمة، خطاب، تغريدة): a name after it is whose. */
  utterance(norm: string): boolean;
  /** After من and before أن, the writer's background (من المتوقع أن، من المقرر أن). */
  expectedAfterMin(norm: string): boolean;
  /** A conjunction or adverb that opens a clause of its own (بعدما، حيث، عندما، لأن، فيما). */
  clauseOpener(norm: string): boolean;
  /** "But", alone or with a pronoun (لكن، لكنها): after a comma, before a reporting verb, new words. */
  contrast(norm: string): boolean;
  /** A verb that, followed at once by its complementizer, is the writer's background (يذكر أن). */
  impersonal(norm: string): boolean;
  /** An indefinite noun that names an unnamed source (مصدر، مسؤولون): a subject, not an object. */
  unnamedSource(norm: string): boolean;
  /** Between a verb and its subject, neither (قد، أمس، الخميس). */
  skip(norm: string): boolean;
  /** A preposition or particle that ends a subject noun phrase (أمام، في، إن). */
  stop(norm: string): boolean;
  /** A verb after بحسب ما / وفقا لما (نقلت، ذكرت). */
  sourceVerb(norm: string): boolean;
  /** A verb whose content may be a noun phrase, not an أن clause (أعلن X مقتل ...، نفى X ...). */
  objectVerb(norm: string): boolean;
  /** The prepositions that open a verb's noun-phrase content (دعا -> الي، على; طالب -> ب; حذر -> من). */
  prepositionObject(norm: string): readonly string[] | undefined;
  /** A verb that characterizes in the source's words (وصف، وصفته، واصفا), a leading و/ف stripped. */
  describeVerb(norm: string): boolean;
  /** A speaker's own words with the pronoun for them (تعبيره، قولها): that pronoun's gender; undefined for other words. */
  ownWords(norm: string): Gender | undefined;
  /** A plural noun for unnamed people that may open a clause after إن/أن as its verb's subject (شهود، خبراء). */
  groupSource(norm: string): boolean;
  /** The same noun with no pronoun (قول، رأي، وصف): in "حسب قول المختصين" the source comes after it. */
  ownWordsNoun(norm: string): boolean;
  /** An imperfect cue that is passive when its prefix is written with a damma (يُزعم، يُعتبر). */
  passiveWithDamma(norm: string): boolean;
  /** يدعى/تدعى "is called", as written (a leading و/ف allowed): no cue, though it folds to يدعي "claims". */
  calledForm(written: string): boolean;
  /** أبلغ، دعا، حث، ناشد (with و/ف): verbs whose object is the person addressed, right after them. */
  addresseeVerb(norm: string): boolean;
  /** طالبا، مفضلة، رافضين (normalized): before عدم, a speaker asking not to be named, not the speaker's name. */
  withholding(norm: string): boolean;
  /** بقيادة، برئاسة (normalized, at token k's word or the two words from it): the name after is an organisation's leader, not its speaker. */
  ledBy(norm: string, next?: string): boolean;
  /** After على in a source phrase, a word that says where something was posted (تويتر، موقعها). */
  postedOn(norm: string): boolean;
  /** A form that is a noun or a name as written (رأي، راي), though normalized it is a cue's (رأى). */
  nounAsWritten(written: string): boolean;
  /** A noun for someone by their tie to another person (محامي، زوجة، والد: relation-nouns.txt), normalized. */
  relationNoun(norm: string): boolean;
  /** A noun for an outlet's own people, said with "our" (مراسلنا، مصادرنا: outlet-nouns.txt), normalized. */
  outletNoun(norm: string): boolean;
  /** People in a sound plural, with its ن (مسؤولون، معارضين، دبلوماسيون، كثيرون), the article's or not: not a singular that ends so (تلفزيون، قانون). */
  humanPlural(norm: string): boolean;
  /** A piece of writing whose author is named after it with ل (مقال، التحقيق), a leading و/ف allowed. */
  authoredPiece(norm: string): boolean;
  /** A reporting verb written as a preposition (بين "between" / بيّن "showed"). */
  prepositionHomograph(norm: string): boolean;
  /** A definite adjective that goes on an organisation's name (العام، المتحدة), besides the nisba ones. */
  nameAdjective(norm: string): boolean;
  /** A word for part of a group, before من (عدد، العديد، أكثر، معظم): "عدد من الخبراء" speaks as one. */
  partitive(norm: string): boolean;
  /** هذا، هذه، تلك ...: "كثير من هذه المواقع" goes on past it. */
  demonstrative(norm: string): boolean;
  /** مرة، مرات: "قال أكثر من مرة" is how often, not who. */
  timesNoun(norm: string): boolean;
  /** كل, which before من opens the speakers' list ("قال كل من X وY"). */
  eachOf(norm: string): boolean;
  /** An institution by its short definite name (الخارجية the foreign ministry، الإليزيه), a leading و/ف allowed. */
  institution(norm: string): boolean;
  /** A name or identity kept back, one or two words after a verb (لم تكشف هويتها، لم يكشف عن اسمه): that verb reports nothing. */
  withheldIdentity(words: string): boolean;
  /** Whether a cue form that is also a noun (طالب "student") reads as the noun between these words (وهو طالب، طالب لجوء). */
  nounReading(word: string, before: string | undefined, after: string | undefined): boolean;
  /** Whether a cue form is also a noun (see nounReading). */
  nounHomograph(word: string): boolean;
  /** A participle that says who issued a document, before عن/من (الصادر، المنشورة). */
  issuedBy(norm: string): boolean;
  /** A verb of issuing a document, with its object pronoun (أصدرته، أجراها), after الذي/التي. */
  issuingVerb(norm: string): boolean;
  /** يعتبر before من، بمثابة or an elative (أكبر، أهم): "is considered", no one speaking. */
  considered(verb: string, next: string): boolean;
  /** A state's head noun before its name (دولة الإمارات، مملكة البحرين، جمهورية مصر). */
  stateHead(norm: string): boolean;
  /** A word that opens a related link or headline before its source (قد يهمك، شاهد، أيضا). */
  headlineMarker(norm: string): boolean;
  /** A word that opens a profile's title after a name and a colon (قصة، أول امرأة). */
  profileOpener(norm: string): boolean;
}

const key = (s: string): string => normalize(s, SEARCH_NORMALIZATION);

/** The person and number an attached pronoun stands for (تعبيره، قولها، كلامهم). */
const PRONOUN_GENDER: Record<string, Gender> = { 'ه': 'm', 'ها': 'f', 'هم': 'p', 'هما': 'p', 'هن': 'p' };

/** Words that begin with وال of their own (a parent, a governor), normalized. */
const OWN_WAL = /^وال(د|ده|دان|دين|ي)$/;

/** The word without a leading conjunction and/or the article: والمحلل -> محلل. */
export function withoutArticle(norm: string): string {
  let w = norm;
  // (و and ف only as conjunctions before the article: "وزير"، "فريق" keep their first letter, and so do
  // والد، والدة and والي, whose وال is no conjunction and article)
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') && w.startsWith('ال', 1) && !OWN_WAL.test(w)) w = w.slice(1);
  if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  else if (w.length > 3 && (w.startsWith('لل') || w.startsWith('بال'))) w = w.slice(w.startsWith('لل') ? 2 : 3);
  return w;
}

let shared: QuoteLexicon | undefined;

export function quoteLexicon(): QuoteLexicon {
  if (shared) return shared;
  const cues = new Map<string, Cue>();
  for (const line of loadLangList('reporting-cues.tsv')) {
    const [form, role, gender] = line.split('\t');
    cues.set(key(form), { role: role as CueRole, gender: (gender ?? '-') as Gender });
  }
  const nouns = new Map<string, boolean>();
  const relations = new Set(loadLangList('relation-nouns.txt').map(key));
  const outletNouns = new Set(loadLangList('outlet-nouns.txt').map(key));
  for (const line of loadLangList('speaker-nouns.txt')) nouns.set(key(line.replace('*', '')), line.endsWith('*'));
  const titles = new Set(loadLangList('quote-title-cues.txt').map(key));
  const documents = new Set(loadLangList('document-nouns.txt').map(key));
  const orgHeads = new Set([...loadLangList('org-heads.txt'), ...loadLangList('speaker-org-heads.txt')].map(key));
  const words = loadLangJson<{ skip: string[]; stop: string[]; sourceVerbs: string[]; objectVerbs: string[]; prepositionObjects: Record<string, string[]>; describeVerbs: string[]; unnamedSources: string[]; subordinators: string[]; clauseOpeners: string[]; contrast: string[]; verbalNounAfter: string[]; impersonal: string[]; relayVerbs: string[]; nameAdjectives: string[]; ownWords: string[]; prepositionHomographs: string[]; passiveWithDamma: string[]; calledForms: string[]; addresseeVerbs: string[]; withholdingParticiples: string[]; ledBy: string[]; authoredPieces: string[]; issuedBy: string[]; issuingVerbs: string[]; institutionShortNames: string[]; partitives: string[]; eachOf: string[]; timesNouns: string[]; demonstratives: string[]; titleCuesAsWritten: string[]; withheldIdentity: string[]; groupSources: string[]; consideredVerbs: string[]; consideredAs: string[]; stateHeads: string[]; headlineMarkers: string[]; profileOpeners: string[]; timeSubordinators: string[]; prepositionAfterSubject: string[]; objectBeforePreposition: string[]; utterances: string[]; expectedAfterMin: string[]; postedOn: string[]; nounsAsWritten: string[]; nounHomographs: Record<string, { before: string[]; after: string[] }> }>('quote-words.json');
  const prepositionObjects = new Map<string, string[]>();
  for (const [prep, verbs] of Object.entries(words.prepositionObjects)) {
    for (const v of verbs) {
      const preps = prepositionObjects.get(key(v)) ?? [];
      prepositionObjects.set(key(v), [...preps, key(prep)]);
    }
  }
  // a listed word, or one with و or ف attached (وأعلنت، فنفى)
  const listed = (list: string[]) => {
    const set = new Set(list.map(key));
    return (norm: string): boolean => set.has(norm) || ((norm[0] === 'و' || norm[0] === 'ف') && set.has(norm.slice(1)));
  };
  const authoredPieces = listed(words.authoredPieces);
  const skip = new Set(words.skip.map(key));
  const stop = new Set(words.stop.map(key));
  const sourceVerbs = new Set(words.sourceVerbs.map(key));
  const subordinators = new Set(words.subordinators.map(key));
  const timeSubordinators = new Set(words.timeSubordinators.map(key));
  const clauseOpeners = new Set(words.clauseOpeners.map(key));
  const contrast = new Set(words.contrast.map(key));
  const ownWords = new Set(words.ownWords.map(key));
  const issuedBy = new Set(words.issuedBy.map(key));
  const titlesAsWritten = new Set(words.titleCuesAsWritten.map(key));
  const withheldIdentity = new Set(words.withheldIdentity.map(key));
  const postedOn = words.postedOn.map(key);
  const nounHomographs = new Map(Object.entries(words.nounHomographs).map(([w, c]) => [key(w), { before: new Set(c.before.map(key)), after: new Set(c.after.map(key)) }]));
  const issuingVerbs = new Set(words.issuingVerbs.map(key));
  const consideredVerbs = new Set(words.consideredVerbs.map(key));
  const consideredAs = new Set(words.consideredAs.map(key));
  const ledBy = new Set(words.ledBy.map(key));
  const withholding = new Set(words.withholdingParticiples.map(key));
  shared = {
    cue(norm) {
      const direct = cues.get(norm);
      if (direct) return direct;
      if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) return cues.get(norm.slice(1));
      return undefined;
    },
    speakerNoun(norm) {
      if (!norm.startsWith('ال') && !/^[وف]ال/.test(norm)) return undefined; // only definite nouns refer back
      const noun = withoutArticle(norm);
      const authorLike = nouns.get(noun);
      return authorLike === undefined ? undefined : { noun, authorLike };
    },
    // (as written first: وزير is no و + زير; then without a conjunction: ومراسل)
    roleNoun: (norm) => nouns.has(norm) || nouns.has(withoutArticle(norm)) || (/^[وف]./.test(norm) && nouns.has(withoutArticle(norm.slice(1)))),
    documentNoun(norm) {
      for (const w of [norm, withoutArticle(norm), norm.replace(/^[وفبل]/, '')]) if (documents.has(w)) return w;
      return undefined;
    },
    // (أنباء only as written: وكالة أنباء "الأناضول" is a name, وكالات الأنباء "..." someone's words)
    titleCue(norm) {
      return titles.has(norm) || titles.has(withoutArticle(norm)) || (/^[وف]./.test(norm) && titles.has(withoutArticle(norm.slice(1)))) || titlesAsWritten.has(norm);
    },
    orgHead: (norm) => orgHeads.has(norm) || ((norm[0] === 'و' || norm[0] === 'ف') && orgHeads.has(norm.slice(1))),
    skip: (norm) => skip.has(norm) || (norm[0] === 'و' && skip.has(norm.slice(1))),
    // attached prepositions: للصحفيين، بالقول
    stop: (norm) => stop.has(norm) || /^(لل|بال)/.test(norm),
    sourceVerb: (norm) => sourceVerbs.has(norm),
    objectVerb: listed(words.objectVerbs),
    prepositionObject: (norm) => prepositionObjects.get(norm) ?? (norm[0] === 'و' || norm[0] === 'ف' ? prepositionObjects.get(norm.slice(1)) : undefined),
    subordinator: (norm) => subordinators.has(norm),
    prepositionAfterSubject: listed(words.prepositionAfterSubject),
    objectBeforePreposition: listed(words.objectBeforePreposition),
    utterance: listed(words.utterances),
    expectedAfterMin: listed(words.expectedAfterMin),
    timeSubordinator: (norm) => timeSubordinators.has(norm.replace(/^[وف](?=.{3})/, '')),
    clauseOpener: (norm) => clauseOpeners.has(norm),
    contrast: (norm) => contrast.has(norm),
    verbalNounAfter: listed(words.verbalNounAfter),
    relayVerb: listed(words.relayVerbs),
    impersonal: listed(words.impersonal),
    unnamedSource: listed(words.unnamedSources),
    describeVerb: listed(words.describeVerbs),
    nameAdjective: listed(words.nameAdjectives),
    prepositionHomograph: listed(words.prepositionHomographs),
    relationNoun: (norm) => relations.has(norm),
    outletNoun: (norm) => outletNouns.has(norm),
    humanPlural(norm) {
      const head = withoutArticle(norm.replace(/^[وف](?=ال)/, ''));
      if (!/^.{3,}(ون|ين)$/.test(head)) return false;
      if (this.groupSource(head) || this.unnamedSource(head) || this.roleNoun(head.slice(0, -2)) || /^(كثير|اخر|عديد)(ون|ين)$/.test(head)) return true;
      // (a nisba plural, يون/يين: not a singular noun of that shape, تلفزيون)
      return /^.{2,}(يون|يين)$/.test(head) && !outletNouns.has(head) && !this.orgHead(head) && this.documentNoun(head) === undefined;
    },
    passiveWithDamma: listed(words.passiveWithDamma),
    authoredPiece: (norm) => authoredPieces(norm) || authoredPieces(withoutArticle(norm)) || (/^[وف]./.test(norm) && authoredPieces(withoutArticle(norm.slice(1)))),
    calledForm: (written) => words.calledForms.includes(written.replace(/^[وف]/, '')),
    withholding: (norm) => withholding.has(norm),
    addresseeVerb: listed(words.addresseeVerbs),
    ledBy: (norm, next) => ledBy.has(norm) || (next !== undefined && ledBy.has(`${norm} ${next}`)),
    postedOn: (norm) => {
      const bare = norm.replace(/^ال/, '');
      return postedOn.some((p) => bare.startsWith(p) || norm.startsWith(p));
    },
    nounAsWritten: (written) => words.nounsAsWritten.includes(written.replace(/^[وف]/, '')),
    issuedBy: (norm) => issuedBy.has(norm),
    withheldIdentity: (words) => withheldIdentity.has(words),
    nounReading: (word, before, after) => {
      const h = nounHomographs.get(word);
      return h !== undefined && ((before !== undefined && h.before.has(before)) || (after !== undefined && h.after.has(after)));
    },
    nounHomograph: (word) => nounHomographs.has(word),
    institution: listed(words.institutionShortNames),
    partitive: listed(words.partitives),
    eachOf: listed(words.eachOf),
    timesNoun: listed(words.timesNouns),
    demonstrative: listed(words.demonstratives),
    issuingVerb: (norm) => issuingVerbs.has(norm.replace(/(ه|ها)$/, '')),
    ownWords(norm) {
      const m = /^(.+?)(هما|ها|هم|هن|ه)$/.exec(norm);
      return m && ownWords.has(m[1]) ? PRONOUN_GENDER[m[2]] : undefined;
    },
    ownWordsNoun: (norm) => ownWords.has(norm),
    groupSource: listed(words.groupSources),
    stateHead: listed(words.stateHeads),
    headlineMarker: listed(words.headlineMarkers),
    profileOpener: listed(words.profileOpeners),
    considered: (verb, next) => consideredVerbs.has(verb.replace(/^[وف]/, '')) && consideredAs.has(next),
  };
  return shared;
}

/** The complementizers that open reported speech (إن، أن، بأن), also with an attached pronoun (أنه، إنها). */
const COMPLEMENTIZER = /^(?:ب)?ان(?:ه|ها|هم|هما|هن|نا|ني|ك|كم)?$/;

export function isComplementizer(norm: string, written?: string): boolean {
  // آن with madda ("now", or the name آن in "آن غيديتشللي") folds to ان but is never إن or أن
  if (written !== undefined && /^[فب]?آ/.test(written)) return false;
  return COMPLEMENTIZER.test(norm);
}
