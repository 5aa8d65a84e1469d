import type { Dateline, Section } from '../parse/article.js';

/**
 * Where a document came from. `format` is the reader that produced it: 'txt', 'html', 'jsonl'
 * (a JSON Lines record), 'json' (an element of a JSON array file, or a file holding one article
 * object), 'rss' / 'atom' (a feed item or entry), 'telegram' (a message of a Telegram Desktop
 * export). Optional fields appear only where they apply; all are additions to the contract.
 */
export interface SourceInfo {
  path: string | null;
  url: string | null;
  /** The outlet: a record's `source`, a feed's title, a Telegram channel's name. */
  site: string | null;
  format: string;
  /** Line number inside a JSON Lines file, when the document is one of its records. */
  line?: number;
  /**
   * 0-based position of the document in its file's list, counting every element (skipped ones
   * too): the JSON array element (`path:[index]` in messages), the feed item or entry (messages
   * say `path#item N` with N = index + 1), the message in a Telegram export's `messages`.
   */
  index?: number;
  /** Telegram: the channel (or chat) the export is of. */
  channel?: ChannelInfo;
  /** Telegram: the message's own details. */
  post?: PostInfo;
}

/** A Telegram channel or chat, from the top of a Telegram Desktop export. */
export interface ChannelInfo {
  /** The export's `name`. */
  name: string | null;
  /** The export's numeric `id`, as a decimal string (ids are stable; names change). */
  id: string | null;
  /** The export's `type`: 'public_channel', 'private_channel', 'private_group', ... */
  type: string | null;
}

/** One Telegram message's details beyond its text. Absent values are null, never missing. */
export interface PostInfo {
  /** The message id, unique within its channel (`https://t.me/CHANNEL/ID` for a public one). */
  id: number;
  /** `views`, when the export has it. */
  views: number | null;
  /** `forwarded_from`: the name of the channel or user the post was forwarded from. */
  forwardedFrom: string | null;
  /** `reply_to_message_id`: the message (in the same channel) this one answers. */
  replyTo: number | null;
}

export interface MentionJson {
  start: number;
  end: number;
  text: string;
}

/** The entity types of the contract (ANERcorp's, with PERS written PER). */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityJson {
  id: string;
  type: EntityType;
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
