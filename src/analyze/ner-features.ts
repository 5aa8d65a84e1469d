import { normalize, SEARCH_NORMALIZATION, segmentClitics, lightStem } from '../text/index.js';

/**
 * Feature templates for the NER tagger. Word-level features are computed once per distinct word
 * and cached; context features combine neighbours' cached keys. Everything ends as integer ids.
 */

export interface GazetteerLike {
  /** Types (PER, LOC, ORG, MISC) of a search-normalized name, one or several words. */
  types(norm: string): readonly string[] | undefined;
  readonly maxWords: number;
}

export interface NerResources {
  /** word (search-normalized) -> cluster path, coarse to fine */
  clusters: Map<string, string[]> | null;
  gazetteer: GazetteerLike | null;
  /** Trigger words, search-normalized, without the article ال: titles, organisation and place heads, person cues. */
  triggers: Map<string, string[]>;
}

interface WordInfo {
  norm: string;
  stem: string;
  /** norm without conjunction/preposition proclitics, keeping ال ("والقاهرة" -> "القاهره") */
  bare: string;
  shape: string;
  coarse: string;
  fine: string;
  gaz: string;
  trig: string;
  self: string[];
}

const BOUNDARY: WordInfo = { norm: '<s>', stem: '<s>', bare: '<s>', shape: '<s>', coarse: '<s>', fine: '<s>', gaz: '', trig: '', self: [] };

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

function shapeOf(word: string): string {
  const c = word.charCodeAt(0);
  let kind: string;
  if (c >= 0x0600 && c <= 0x06ff) kind = 'A';
  else if (/^[A-Z]/.test(word)) kind = /^[A-Z]+$/.test(word) ? 'LU' : 'LC';
  else if (/^[a-z]/.test(word)) kind = 'Ll';
  else if (/^[0-9٠-٩]/.test(word)) kind = 'D';
  else kind = 'P';
  const len = word.length <= 2 ? '2' : word.length <= 4 ? '4' : word.length <= 7 ? '7' : 'L';
  return kind + len;
}

/** A names-to-types table learned from annotated text (train-time folds, or the shipped model's). */
export class NameTable implements GazetteerLike {
  private readonly table = new Map<string, Set<string>>();
  maxWords = 1;

  add(key: string, type: string): void {
    let set = this.table.get(key);
    if (!set) this.table.set(key, (set = new Set()));
    set.add(type);
    this.maxWords = Math.min(6, Math.max(this.maxWords, key.split(' ').length));
  }

  types(key: string): readonly string[] | undefined {
    const set = this.table.get(key);
    return set ? [...set].sort() : undefined;
  }

  entries(): [string, string[]][] {
    return [...this.table].map(([k, v]) => [k, [...v].sort()]);
  }

  static fromEntries(entries: [string, string[]][]): NameTable {
    const t = new NameTable();
    for (const [k, types] of entries) for (const type of types) t.add(k, type);
    return t;
  }
}

export class NerFeatures {
  private readonly cache = new Map<string, WordInfo>();
  /** Names seen annotated in training text; at training time, only from the other folds. */
  names: NameTable | null = null;

  constructor(private readonly res: NerResources) {}

  /** A word's key for document-level consistency: its stem, or '' for punctuation, numbers and short words. */
  nameKeyOf = (word: string): string => {
    const info = this.info(word);
    return info.shape[0] === 'A' || info.shape[0] === 'L' ? info.stem : '';
  };

  /** The key a name is stored under: its first word without conjunction/preposition, the rest normalized. */
  nameKey(words: readonly string[]): string {
    const infos = words.map((w) => this.info(w));
    return [infos[0].bare, ...infos.slice(1).map((i) => i.norm)].join(' ');
  }

  private info(word: string): WordInfo {
    let info = this.cache.get(word);
    if (info) return info;
    // Punctuation glued to a word ("كابول؛") is not part of the name: look the word up without it.
    const core = word.replace(EDGE_PUNCTUATION, '') || word;
    const norm = normalize(core, SEARCH_NORMALIZATION).toLowerCase();
    const segs = segmentClitics(norm);
    let stem = norm;
    let pro = '';
    let enc = '';
    let bare = norm;
    for (const s of segs) {
      if (s.kind === 'stem') stem = s.text;
      else if (s.kind === 'enclitic') enc = s.text;
      else pro += s.text;
    }
    // keep the article: "وال" + stem -> "ال" + stem
    if (pro.length > 0) bare = pro.endsWith('ال') ? 'ال' + norm.slice(pro.length) : norm.slice(pro.length);
    const shape = shapeOf(word);
    const cl = this.res.clusters?.get(norm) ?? this.res.clusters?.get(stem);
    const coarse = cl ? cl[0] : '-';
    const fine = cl ? cl[cl.length - 1] : '-';
    const gazTypes = this.res.gazetteer?.types(norm) ?? this.res.gazetteer?.types(bare) ?? this.res.gazetteer?.types(stem);
    const gaz = gazTypes ? gazTypes.join('|') : '';
    const trigTypes = this.res.triggers.get(stem) ?? this.res.triggers.get(norm);
    const trig = trigTypes ? trigTypes.join('|') : '';
    const self = [
      'b',
      'w=' + word,
      'n=' + norm,
      's=' + stem,
      'bare=' + bare,
      'p=' + pro,
      'e=' + enc,
      'ls=' + lightStem(norm),
      'p2=' + stem.slice(0, 2),
      'p3=' + stem.slice(0, 3),
      'x1=' + norm.slice(-1),
      'x2=' + norm.slice(-2),
      'x3=' + norm.slice(-3),
      'sx2=' + stem.slice(-2),
      'sx3=' + stem.slice(-3),
      'sh=' + shape,
    ];
    if (cl) for (let k = 0; k < cl.length; k++) self.push(`c${k}=` + cl[k]);
    if (gazTypes) for (const t of gazTypes) self.push('g=' + t);
    if (gazTypes) self.push('gset=' + gaz);
    if (trigTypes) for (const t of trigTypes) self.push('t=' + t);
    if (core !== word) self.push('glued');
    info = { norm, stem, bare, shape, coarse, fine, gaz, trig, self };
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(word, info);
    return info;
  }

  /** Gazetteer matches, longest first: "B-PER", "I-LOC"... per token, or ''. */
  private gazetteerSpans(infos: WordInfo[], gaz: GazetteerLike | null, minWords = 2): string[] {
    const marks = new Array<string>(infos.length).fill('');
    if (!gaz) return marks;
    for (let i = 0; i < infos.length; ) {
      let matched = 0;
      for (let len = Math.min(gaz.maxWords, infos.length - i); len >= minWords && !matched; len--) {
        let key = infos[i].bare;
        for (let k = 1; k < len; k++) key += ' ' + infos[i + k].norm;
        let types = gaz.types(key);
        if (!types && infos[i].bare.startsWith('ال')) {
          key = infos[i].stem;
          for (let k = 1; k < len; k++) key += ' ' + infos[i + k].norm;
          types = gaz.types(key);
        }
        if (types) {
          const t = types.join('|');
          marks[i] = 'B-' + t;
          for (let k = 1; k < len; k++) marks[i + k] = 'I-' + t;
          matched = len;
        }
      }
      i += matched || 1;
    }
    return marks;
  }

  /** Feature strings for each token of one sentence. */
  sentence(words: readonly string[]): string[][] {
    const infos = words.map((w) => this.info(w));
    const at = (i: number): WordInfo => (i >= 0 && i < infos.length ? infos[i] : BOUNDARY);
    const gm = this.gazetteerSpans(infos, this.res.gazetteer);
    const nm = this.gazetteerSpans(infos, this.names, 1);
    const out: string[][] = [];
    for (let i = 0; i < infos.length; i++) {
      const w = infos[i];
      const p1 = at(i - 1);
      const p2 = at(i - 2);
      const n1 = at(i + 1);
      const n2 = at(i + 2);
      const f = w.self.slice();
      f.push(
        'n-1=' + p1.norm,
        'n-2=' + p2.norm,
        'n+1=' + n1.norm,
        'n+2=' + n2.norm,
        's-1=' + p1.stem,
        's+1=' + n1.stem,
        'b-1=' + p1.norm + '|' + w.norm,
        'b+1=' + w.norm + '|' + n1.norm,
        'sh-1=' + p1.shape + '|' + w.shape,
        'sh+1=' + w.shape + '|' + n1.shape,
        'c-1=' + p1.coarse,
        'c+1=' + n1.coarse,
        'cf-1=' + p1.fine,
        'cf+1=' + n1.fine,
        'cc=' + p1.coarse + '|' + w.coarse + '|' + n1.coarse,
      );
      if (p1.gaz) f.push('g-1=' + p1.gaz);
      if (n1.gaz) f.push('g+1=' + n1.gaz);
      if (p1.trig) f.push('t-1=' + p1.trig);
      if (p2.trig) f.push('t-2=' + p2.trig);
      if (n1.trig) f.push('t+1=' + n1.trig);
      if (gm[i]) f.push('gm=' + gm[i]);
      if (nm[i]) f.push('nm=' + nm[i], 'nmw=' + nm[i] + '|' + w.shape);
      out.push(f);
    }
    return out;
  }
}
