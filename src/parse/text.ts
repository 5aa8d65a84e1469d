import { BYTE_ORDER_MARK, LEFT_TO_RIGHT_MARK, LINE_SEPARATOR, PARAGRAPH_SEPARATOR, RIGHT_TO_LEFT_MARK, ZERO_WIDTH_SPACE } from '../text/chars.js';
import { loadLangJson, loadLangList } from '../lang/ar/index.js';
import type { Article, Dateline, Section } from './article.js';
import { WORD_END, alternation, foldArabic } from './arabic-pattern.js';
import { parseDateTime, parseDatelineLine } from './datetime.js';

/**
 * Scraped article text -> Article. Scrapers save a page as lines: a photo caption (often twice),
 * a dateline, the headline, a lead, pull quotes, short subheadings and paragraphs, separated by
 * blank lines or single newlines alike. Every non-empty line is one block; each block is
 * classified by its shape and its neighbours.
 */

export interface TextHints {
  /** The headline from the record (RSS, JSON): used instead of guessing one from the text. */
  title?: string | null;
  /** The record's publication time in any form `parseDateTime` reads; wins over a dateline in the text. */
  published?: string | null;
  /** false for text that has no headline (a channel post): no first line is taken for one. */
  detectTitle?: boolean;
}

const INVISIBLE = BYTE_ORDER_MARK + LEFT_TO_RIGHT_MARK + RIGHT_TO_LEFT_MARK + ZERO_WIDTH_SPACE;
const EDGE_RE = new RegExp(`^[\\s${INVISIBLE}]+|[\\s${INVISIBLE}]+$`, 'g');
const LINE_BREAK_RE = new RegExp(`\\r\\n?|[${LINE_SEPARATOR}${PARAGRAPH_SEPARATOR}]`, 'g');

/** A headline is at most this many words; longer first lines are body text. */
const MAX_HEADLINE_WORDS = 20;
/** A subheading is at most this many words. */
const MAX_HEADING_WORDS = 6;
/** A stand-alone pull quote is a short clause: this many words at most. */
const MAX_PULL_QUOTE_WORDS = 20;
const MIN_PULL_QUOTE_WORDS = 4;
/** A pull quote repeated from the body may be a longer excerpt, but not a paragraph. */
const MAX_REPEATED_QUOTE_WORDS = 40;
/** A body-opening dateline ("القاهرة - رويترز:") is this many words at most. */
const MAX_DATELINE_WORDS = 6;
/** A byline ("بقلم: فلان الفلاني") is this many words at most. */
const MAX_BYLINE_WORDS = 8;
/** How many leading blocks may hold caption, dateline and byline before the headline. */
const TOP_BLOCKS = 4;

const SENTENCE_END_RE = /[.!?؟…]["'»”)\]]?$/u;
const HEADING_BREAKERS_RE = /[.!?؟:،,;؛…"«»“”„]/u;
const CLAUSE_MARK_RE = /[،,]/u;

interface ArticleCues {
  authorCues: string[];
  authorCuesBare: string[];
  agencies: string[];
  relatedLinkCues: string[];
  bylineFillers: string[];
}

interface Cues {
  author: RegExp;
  relatedLink: RegExp;
  agencies: Set<string>;
  fillers: Set<string>;
  places: Set<string>;
}
let cues: Cues | undefined;

function getCues(): Cues {
  if (!cues) {
    const data = loadLangJson<ArticleCues>('article-cues.json');
    cues = {
      // "كتب: فلان" / "كتب - فلان" / "بقلم فلان": a cue, a separator (optional after بقلم), a short name.
      author: new RegExp(
        `^(?:(?:${alternation(data.authorCues)})${WORD_END}\\s*[:：\\-–—]|(?:${alternation(data.authorCuesBare)})${WORD_END}\\s*[:：\\-–—]?)` +
          `\\s*(?<name>[^:.؟!]{2,60})$`,
        'u',
      ),
      relatedLink: new RegExp(`^(?:${alternation(data.relatedLinkCues)})${WORD_END}\\s*:`, 'u'),
      agencies: new Set(data.agencies.map(comparable)),
      fillers: new Set(data.bylineFillers.map(comparable)),
      places: new Set(loadLangList('dateline-places.txt').map(comparable)),
    };
  }
  return cues;
}

/** Folded, punctuation-free form for comparing lines (a hint title against the first line...). */
function comparable(s: string): string {
  return foldArabic(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Letters (with their harakat) and digits of the scripts news text mixes; the rest separates words. */
function isWordCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x0621 && c <= 0x0669) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06d5 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff && c !== 0xfeff)
  );
}

/**
 * Words (runs of letters and digits) in `s`, counted up to `cap` + 1: every caller compares the
 * count with a small limit, so a long paragraph is read only as far as the limit. A plain loop:
 * it runs on every line several times.
 */
function wordCount(s: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isWordCode(s.charCodeAt(i));
    if (w && !inWord && ++n > cap) return n;
    inWord = w;
  }
  return n;
}

function isHeadlineShaped(line: string): boolean {
  const n = wordCount(line, MAX_HEADLINE_WORDS);
  return n >= 1 && n <= MAX_HEADLINE_WORDS && !SENTENCE_END_RE.test(line);
}

function isHeadingShaped(line: string): boolean {
  const n = wordCount(line, MAX_HEADING_WORDS);
  // Opening with a symbol or a number ("*نقلاً عن ...", "1- ...") marks a credit or a list item.
  return n >= 1 && n <= MAX_HEADING_WORDS && !HEADING_BREAKERS_RE.test(line) && /^\p{L}/u.test(line);
}

function authorOf(line: string): string | null {
  if (wordCount(line, MAX_BYLINE_WORDS) > MAX_BYLINE_WORDS) return null;
  const m = getCues().author.exec(line);
  return m?.groups?.name ? m.groups.name.trim() : null;
}

/** "بيروت - أحمد الريدي" / "لجين الأحمدي – عين اليوم": a short "A - B" line opening the body. */
function bylineOf(line: string): { dateline: Dateline } | { author: string } | null {
  if (wordCount(line, MAX_DATELINE_WORDS) > MAX_DATELINE_WORDS || SENTENCE_END_RE.test(line)) return null;
  const m = /^([^-–—:()]{2,40}?)\s*[-–—]+\s*([^-–—:()]{2,40})$/u.exec(line);
  if (!m) return null;
  const [, left, right] = m;
  const c = getCues();
  if (c.places.has(comparable(left)) || c.agencies.has(comparable(right))) {
    return { dateline: { place: left.trim(), source: right.trim(), text: line } };
  }
  // "عين اليوم – جدة", "عين اليوم – متابعات": outlet first.
  if (c.places.has(comparable(right))) return { dateline: { place: right.trim(), source: left.trim(), text: line } };
  if (c.fillers.has(comparable(right))) return { dateline: { place: null, source: left.trim(), text: line } };
  // Neither a known place nor a known agency: "reporter – outlet", the way Saudi sites sign.
  return { author: left.trim() };
}

/**
 * A dateline opening a paragraph: "دبي، الإمارات العربية المتحدة (CNN)—", "لندن (أ ف ب) -",
 * "القاهرة - رويترز:". Conservative: short, and closed by a dash, a colon or a bracketed agency.
 */
function splitDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const c = getCues();
  const bracketed = /^([^()\-–—:.؟!"«»]{2,60}?)\s*\(([^()]{1,30})\)\s*(?:[-–—]+|:)\s*/u.exec(paragraph);
  if (bracketed) {
    const [whole, place, source] = bracketed;
    // The brackets must hold an agency, or open at a known place: "قال الرئيس (الأمريكي) -" is prose.
    const agencyLike = c.agencies.has(comparable(source)) || /^[A-Z][A-Za-z. ]{1,15}$/.test(source.trim());
    const firstPlace = c.places.has(comparable(place.split(/[،,]/)[0]));
    if ((agencyLike || firstPlace) && wordCount(place, MAX_DATELINE_WORDS) + wordCount(source, MAX_DATELINE_WORDS) <= MAX_DATELINE_WORDS && whole.length < paragraph.length) {
      return { dateline: { place: place.trim(), source: source.trim(), text: whole.trim() }, rest: paragraph.slice(whole.length) };
    }
  }
  const dashed = /^([^()\-–—:.؟!"«»]{2,40}?)\s*[-–—]+\s*([^()\-–—:.؟!"«»]{1,30}?)\s*(?::|[-–—]+)\s*/u.exec(paragraph);
  if (dashed) {
    const [whole, place, source] = dashed;
    // Only a known agency or place: "واشنطن - قال الرئيس:" must stay a sentence.
    if (c.agencies.has(comparable(source)) && wordCount(place, MAX_DATELINE_WORDS) + wordCount(source, MAX_DATELINE_WORDS) <= MAX_DATELINE_WORDS && whole.length < paragraph.length) {
      return { dateline: { place: place.trim(), source: source.trim(), text: whole.trim() }, rest: paragraph.slice(whole.length) };
    }
  }
  const placeOnly = /^([^()\-–—:.؟!"«»،]{2,30}?)\s*[-–—]+\s*/u.exec(paragraph);
  if (placeOnly && c.places.has(comparable(placeOnly[1])) && placeOnly[0].length < paragraph.length) {
    return { dateline: { place: placeOnly[1].trim(), source: null, text: placeOnly[0].trim() }, rest: paragraph.slice(placeOnly[0].length) };
  }
  return null;
}

type Kind = 'paragraph' | 'heading' | 'pullQuote';

/**
 * Parse scraped article text. Rules, in order: a caption repeated on two consecutive top lines;
 * a dateline line near the top (`parseDatelineLine`); the headline (first short unpunctuated
 * line, or `hints.title`); bylines ("بقلم: ..."); the lead (first paragraph); pull quotes (a line
 * repeated inside another block, or a short clause standing alone between punctuated
 * paragraphs); subheadings (≤ 6 words, unpunctuated, followed by a paragraph) open sections.
 */
export function parseArticleText(text: string, hints: TextHints = {}): Article {
  const blocks = text
    .replace(LINE_BREAK_RE, '\n')
    .split('\n')
    .map((l) => l.replace(EDGE_RE, ''))
    .filter((l) => l !== '');

  let caption: string | null = null;
  let datelineValue: string | null = null;
  let author: string | null = null;
  let title: string | null = null;
  let i = 0;

  const takeTopMatter = (): void => {
    for (let guard = 0; guard < TOP_BLOCKS && i < blocks.length; guard++) {
      const line = blocks[i];
      if (caption === null && i + 1 < blocks.length && blocks[i + 1] === line && wordCount(line, 0) > 0) {
        caption = line;
        i += 2;
        continue;
      }
      const when = parseDatelineLine(line);
      if (when !== null) {
        datelineValue ??= when;
        i++;
        continue;
      }
      const by = authorOf(line);
      if (by !== null) {
        author ??= by;
        i++;
        continue;
      }
      break;
    }
  };

  takeTopMatter();
  const hintTitle = hints.title?.replace(EDGE_RE, '') || null;
  if (hintTitle !== null) {
    title = hintTitle;
    if (i < blocks.length && comparable(blocks[i]) === comparable(hintTitle)) i++;
  } else if (hints.detectTitle !== false && i + 1 < blocks.length && isHeadlineShaped(blocks[i])) {
    title = blocks[i];
    i++;
  }
  takeTopMatter();

  // Body blocks; bylines anywhere are lifted out, "اقرأ أيضا: ..." links to other stories dropped.
  const body: string[] = [];
  const relatedLink = getCues().relatedLink;
  for (const line of blocks.slice(i)) {
    const by = authorOf(line);
    if (by !== null) author ??= by;
    else if (!relatedLink.test(line)) body.push(line);
  }

  let dateline: Dateline | null = null;
  if (body.length > 1) {
    const by = bylineOf(body[0]);
    if (by && 'dateline' in by) {
      dateline = by.dateline;
      body.shift();
    } else if (by && 'author' in by) {
      author ??= by.author;
      body.shift();
    }
  }

  const kinds = classify(body);
  const pullQuotes: string[] = [];
  const sections: Section[] = [];
  let lead: string | null = null;
  let current: Section = { heading: null, paragraphs: [] };
  for (let k = 0; k < body.length; k++) {
    let block = body[k];
    const kind = kinds[k];
    if (kind === 'pullQuote') {
      pullQuotes.push(block);
      continue;
    }
    if (kind === 'heading') {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: block, paragraphs: [] };
      continue;
    }
    if (dateline === null && lead === null && sections.length === 0 && current.paragraphs.length === 0) {
      const split = splitDateline(block);
      if (split) {
        dateline = split.dateline;
        block = split.rest;
      }
    }
    if (lead === null && sections.length === 0 && current.heading === null && current.paragraphs.length === 0) lead = block;
    else current.paragraphs.push(block);
  }
  if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);

  const hinted = hints.published ? parseDateTime(hints.published) : null;
  return {
    title,
    published: hinted ?? datelineValue,
    caption,
    lead,
    pullQuotes,
    dateline,
    author,
    sections,
  };
}

/** Each body block's role, from its shape and its neighbours'. */
function classify(body: string[]): Kind[] {
  // (capped above the largest limit they are compared with)
  const counts = body.map((line) => wordCount(line, Math.max(MAX_PULL_QUOTE_WORDS, MAX_REPEATED_QUOTE_WORDS)));
  const kinds: Kind[] = body.map(() => 'paragraph');
  // A line repeated inside another block: only short lines can be pull quotes, so fold only when one exists.
  const candidates = counts.map(
    (n, k) => n >= MIN_PULL_QUOTE_WORDS && n <= MAX_REPEATED_QUOTE_WORDS && !SENTENCE_END_RE.test(body[k]),
  );
  if (candidates.some(Boolean)) {
    const folded: (string | undefined)[] = [];
    const fold = (j: number): string => (folded[j] ??= comparable(body[j]));
    for (let k = 0; k < body.length; k++) {
      if (!candidates[k]) continue;
      // Screen by the line's longest word as written before folding whole blocks.
      const probe = body[k].split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '').replace(/[^\p{L}]+/gu, '');
      const mine = fold(k);
      for (let j = 0; j < body.length; j++) {
        if (j === k || body[j].length <= body[k].length || (probe.length >= 4 && !body[j].includes(probe))) continue;
        if (fold(j).includes(mine)) {
          kinds[k] = 'pullQuote';
          break;
        }
      }
    }
  }
  for (let k = 0; k < body.length; k++) {
    if (kinds[k] !== 'paragraph') continue;
    const line = body[k];
    const next = body[k + 1];
    // A heading opens a section: something paragraph-like must follow it, and a run of short
    // unpunctuated lines (verse, a list) holds no heading.
    const prevShort = k > 0 && kinds[k - 1] !== 'pullQuote' && isHeadingShaped(body[k - 1]);
    if (isHeadingShaped(line) && next !== undefined && !isHeadingShaped(next) && !prevShort) {
      kinds[k] = 'heading';
      continue;
    }
    // A short unpunctuated clause between two punctuated paragraphs is a highlighted quote.
    const prev = body[k - 1];
    const n = counts[k];
    if (
      k > 0 && next !== undefined &&
      n >= MIN_PULL_QUOTE_WORDS && n <= MAX_PULL_QUOTE_WORDS &&
      // Bare at both ends: "...، كما يلي:" introduces a list, "1- ..." is an item.
      /^\p{L}/u.test(line) && /\p{L}$/u.test(line) && CLAUSE_MARK_RE.test(line) &&
      SENTENCE_END_RE.test(prev) && kinds[k - 1] === 'paragraph' &&
      counts[k + 1] > MAX_PULL_QUOTE_WORDS
    ) {
      kinds[k] = 'pullQuote';
    }
  }
  return kinds;
}

export interface BodyBlock {
  kind: 'lead' | 'heading' | 'paragraph';
  start: number;
  end: number;
  /** Index into `article.sections`; -1 for the lead. */
  section: number;
}

/** The separator between blocks of the composed body. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The body every offset indexes into: the lead, then each section's heading (if any) and
 * paragraphs, joined by a blank line. Title, caption, dateline and pull quotes stay outside it.
 */
export function composeBody(article: Article): { text: string; blocks: BodyBlock[] } {
  const parts: string[] = [];
  const blocks: BodyBlock[] = [];
  let offset = 0;
  const add = (s: string, kind: BodyBlock['kind'], section: number): void => {
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({ kind, start: offset, end: offset + s.length, section });
    parts.push(s);
    offset += s.length;
  };
  if (article.lead !== null) add(article.lead, 'lead', -1);
  article.sections.forEach((section, n) => {
    if (section.heading !== null) add(section.heading, 'heading', n);
    for (const p of section.paragraphs) add(p, 'paragraph', n);
  });
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}
