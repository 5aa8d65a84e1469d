import type { Dateline, Section } from '../parse/article.js';

/** Where a document came from. */
export interface SourceInfo {
  path: string | null;
  url: string | null;
  site: string | null;
  format: string;
  /** Line number inside a JSON Lines file, when the document is one of its records. */
  line?: number;
}

export interface MentionJson {
  start: number;
  end: number;
  text: string;
}

export interface EntityJson {
  id: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  name: string;
  latin: string | null;
  mentions: MentionJson[];
}

export interface QuoteJson {
  kind: 'direct' | 'indirect';
  text: string;
  start: number;
  end: number;
  cue: string | null;
  /** where the cue is (an addition to the contract) */
  cueStart: number | null;
  cueEnd: number | null;
  /** `outlet`: the medium the words were given to (ل"نيوزويك"), an addition to the contract */
  speaker: { entity: string | null; name: string | null; role: string | null; outlet: string | null } | null;
}

export interface DateJson {
  text: string;
  value: string | null;
  start: number;
  end: number;
}

/**
 * The `rasid analyze --format json` contract (see DESIGN.md). Layers not built yet are empty
 * arrays, never missing. `dateline`, `pullQuotes` and `author` are additions beyond the contract.
 */
export interface DocumentJson {
  id: string;
  source: SourceInfo;
  title: string | null;
  published: string | null;
  author: string | null;
  caption: string | null;
  lead: string | null;
  pullQuotes: string[];
  dateline: Dateline | null;
  sections: Section[];
  text: string;
  entities: EntityJson[];
  quotes: QuoteJson[];
  dates: DateJson[];
  topics: { label: string; score: number }[];
  themes: { id: string; score: number; evidence: { start: number; end: number }[] }[];
}
