import type { DocumentJson, EntityJson, QuoteJson } from '../doc/json.js';
import type { ParsedQuery } from '../search/query.js';

/**
 * What ingest hands the store for one document: the analysis as `rasid analyze` prints it, the
 * search terms of its title and body (searchTerms, space-joined), and its near-duplicate
 * fingerprint. The store does no analysis of its own, so every implementation stores the same.
 */
export interface DocumentToStore {
  json: DocumentJson;
  terms: { title: string; body: string };
  /** MinHash signature; null for texts too short to fingerprint (they are never grouped). */
  signature: Uint32Array | null;
  /** LSH band keys of the signature: documents sharing one are candidate near-duplicates. */
  bands: number[];
}

export type AddOutcome = 'added' | 'duplicate';

/** A stored document: the analysis plus the store's own facts about it. */
export interface StoredDocument extends DocumentJson {
  /** The id of its near-duplicate group's representative (its own id when it represents it). */
  group: string;
  /** The other members of the group, representative first. */
  copies: string[];
  ingestedAt: string;
}

export interface SearchOptions {
  limit: number;
  offset?: number;
  /** Compute facets (entities, speakers, sources, dates) over the best `facetDepth` groups. */
  facets?: boolean;
  facetDepth?: number;
  /** Snippets with <mark>ed matches (the default); off for raw ranking speed. */
  snippets?: boolean;
}

export interface SearchHit {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  score: number;
  snippet: string;
  /** The other documents of the hit's near-duplicate group. */
  duplicates: string[];
  /** Set when the document has only some of the query's words: it follows all those that have all. */
  partial?: true;
}

export interface FacetCount {
  name: string;
  count: number;
}

export interface SearchFacets {
  entities: (FacetCount & { type: string })[];
  speakers: FacetCount[];
  sources: FacetCount[];
  dates: { bucket: string; count: number }[];
  /** How many of the best groups the facets were counted over. */
  over: number;
}

export interface SearchResult {
  query: string;
  /**
   * Matching groups (near-duplicates count once): those with all the words, or, when they are
   * fewer than the page asks for, those with any (the ones with all ranked first; the others
   * marked `partial`).
   */
  total: number;
  /** 'all' when documents with every word come first; 'any' when no document had them all. */
  matched: 'all' | 'any';
  hits: SearchHit[];
  facets?: SearchFacets;
}

export interface EntitySummary {
  name: string;
  type: EntityJson['type'];
  latin: string | null;
  mentions: number;
  documents: number;
  /** Near-duplicate groups the entity appears in: reprints count once. */
  groups: number;
}

export interface StoredQuote extends QuoteJson {
  document: string;
  title: string | null;
  published: string | null;
  source: string | null;
}

export interface StoreStats {
  documents: number;
  groups: number;
  entities: number;
  quotes: number;
}

/**
 * The corpus store. SQLite (embedded, the default) implements it now; PostgreSQL will implement
 * the same interface and pass the same contract tests (test/store/contract.ts). Async throughout
 * so that a server-backed store fits; ids are document ids (sha256 of the normalized body).
 */
export interface Store {
  readonly location: string;
  /** Stores each document atomically (all of it or nothing); an id already stored is a duplicate. */
  addDocuments(docs: readonly DocumentToStore[]): Promise<AddOutcome[]>;
  hasDocument(id: string): Promise<boolean>;
  /** A document by id or by an unambiguous id prefix (at least 6 characters); null when none. */
  getDocument(idOrPrefix: string): Promise<StoredDocument | null>;
  search(query: ParsedQuery, opts: SearchOptions): Promise<SearchResult>;
  topEntities(opts: { limit: number; type?: string }): Promise<EntitySummary[]>;
  quotes(opts: { speaker?: string; limit?: number }): AsyncIterable<StoredQuote>;
  /** Every document, in ingest order, streamed. */
  documents(): AsyncIterable<StoredDocument>;
  /** Every entity of every document, streamed (one row per document and entity). */
  entityRows(): AsyncIterable<{ document: string; id: string; type: string; name: string; latin: string | null; mentions: number }>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
