import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputError } from '../errors.js';
import type { Article, Section } from './article.js';
import { parseDateTime } from './datetime.js';

/**
 * HTML page -> Article. Metadata (title, date, author, site, description) comes from the page's
 * own declarations, read before Readability runs (it mutates the document and drops <head>
 * details); the body comes from Readability's main-content element, walked block by block.
 *
 * Decisions:
 * - lead: when the first body paragraph is marked as the lead (a `.lead`/`.article-summary`-like
 *   element or og:description/JSON-LD description with the same text), it moves from the body to
 *   `lead`. Otherwise a marked standfirst or the description becomes `lead` only if it is not
 *   already body text (sites often fill og:description with the first paragraph's opening words).
 * - pullQuotes: a blockquote/aside/.pullquote whose text repeats body text; a blockquote that
 *   does not repeat anything is a real quotation and stays in the body.
 * - caption: the first figcaption (or WordPress `.wp-caption-text`) and never body text.
 * - a heading equal to the title is dropped (Readability keeps the page's <h1> as an <h2>).
 * - tables, forms, scripts and media are skipped.
 */

/** Page metadata that has no field in Article (the CLI can put it into `source`). */
export interface HtmlPageMeta {
  site: string | null;
  url: string | null;
  description: string | null;
}

/** Fewer body characters than this is a page without an article (a login page, an index). */
const MIN_ARTICLE_CHARS = 80;
/** Shorter repeats (a name, a word) are coincidence, not a pull quote. */
const MIN_PULLQUOTE_CHARS = 20;
const ARABIC_COMMA = '\u060C';

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
]);

const LEAD_SELECTOR = '.lead, .article-summary, .article-lead, .article__lead, .standfirst, .summary-lead, .story-lead';
const CAPTION_SELECTOR = 'figcaption, .wp-caption-text, .image-caption';
const PULLQUOTE_SELECTOR = 'blockquote, aside, .pullquote, .pull-quote';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'DD', 'DT', 'ADDRESS']);
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO',
  'PICTURE', 'IMG', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'TABLE', 'OBJECT', 'EMBED',
]);
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/* Minimal DOM shapes: the project compiles without the DOM lib, and linkedom is untyped here. */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Parse an HTML page into an Article, or throw InputError E_NO_ARTICLE when it holds none. */
export function parseHtml(html: string, input: string, opts: { url?: string } = {}): Article {
  return parseHtmlPage(html, input, opts).article;
}

/** parseHtml plus the page metadata Article has no room for (site name, canonical URL). */
export function parseHtmlPage(html: string, input: string, opts: { url?: string } = {}): { article: Article; meta: HtmlPageMeta } {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  if (!document.documentElement || !document.body) throw noArticle(input);

  const meta = readMetadata(document);
  const pullQuoteCandidates = Array.from(document.querySelectorAll('aside, .pullquote, .pull-quote')).map((el) => collapse(el.textContent));
  const markedLead = firstText(document, LEAD_SELECTOR);
  const pageCaption = firstText(document, `article ${CAPTION_SELECTOR.split(', ').join(', article ')}`);
  const pageH1 = collapse(document.querySelector('article h1, main h1, h1')?.textContent ?? null);

  let content: DomElement | null = null;
  try {
    const result = new Readability<DomElement>(document as never, {
      keepClasses: true,
      serializer: (node) => node as unknown as DomElement,
    }).parse();
    content = result?.content ?? null;
  } catch {
    content = null; // Readability fails on some odd documents: same as "no article"
  }
  if (!content) throw noArticle(input);

  const blocks = collectBlocks(content);
  const title = meta.title;
  const dropHeading = new Set([title, pageH1].filter((t): t is string => !!t).map(comparable));

  let caption: string | null = null;
  const flow: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'caption') caption ??= block.text;
    else if (block.kind === 'heading' && dropHeading.has(comparable(block.text)) && !flow.some((b) => b.kind === 'paragraph')) continue;
    else flow.push(block);
  }
  caption ??= pageCaption;

  // Pull quotes: quotation-like blocks whose text repeats another body paragraph.
  const bodyParagraphs = flow.filter((b) => b.kind === 'paragraph' && !b.quoteLike).map((b) => comparable(b.text));
  const repeats = (text: string): boolean => {
    const needle = stripQuotes(comparable(text));
    return needle.length >= MIN_PULLQUOTE_CHARS && bodyParagraphs.some((p) => p.includes(needle));
  };
  const pullQuotes: string[] = [];
  const kept: Block[] = [];
  for (const block of flow) {
    if (block.kind === 'paragraph' && block.quoteLike && repeats(block.text)) pullQuotes.push(block.text);
    else kept.push(block);
  }
  for (const text of pullQuoteCandidates) {
    if (text && repeats(text) && !pullQuotes.some((q) => comparable(q) === comparable(text))) pullQuotes.push(text);
  }

  // Lead: see the module comment.
  let lead: string | null = null;
  const firstParagraph = kept.find((b) => b.kind === 'paragraph');
  const leadMarks = [markedLead, meta.description].filter((t): t is string => !!t);
  if (firstParagraph && leadMarks.some((mark) => comparable(mark) === comparable(firstParagraph.text))) {
    lead = firstParagraph.text;
    kept.splice(kept.indexOf(firstParagraph), 1);
  } else {
    const bodyText = kept.filter((b) => b.kind === 'paragraph').map((b) => comparable(b.text)).join('\n');
    for (const mark of leadMarks) {
      const probe = comparable(mark).replace(/\s*(\.\.\.|\u2026)$/, '');
      if (probe && !bodyText.includes(probe) && (!title || comparable(title) !== probe)) {
        lead = mark;
        break;
      }
    }
  }

  const sections = toSections(kept);
  const bodyLength = sections.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.length, 0), 0);
  if (bodyLength < MIN_ARTICLE_CHARS) throw noArticle(input);

  const article: Article = {
    title,
    published: meta.published,
    caption,
    lead,
    pullQuotes,
    dateline: null, // detected in the body text by the text parser
    author: meta.author,
    sections,
  };
  return { article, meta: { site: meta.site, url: meta.url ?? opts.url ?? null, description: meta.description } };
}

function noArticle(input: string): InputError {
  return new InputError(input, 'E_NO_ARTICLE', 'no article text found in the HTML', 'is this a section front, a login page or a script-rendered page?');
}

// ---------------------------------------------------------------------------------------------
// Body

interface Block {
  kind: 'heading' | 'paragraph' | 'caption';
  text: string;
  /** From a blockquote/aside/.pullquote: a pull quote if it repeats the body. */
  quoteLike?: boolean;
}

/** Block elements of Readability's content in document order, inline runs joined. */
function collectBlocks(root: DomElement): Block[] {
  const blocks: Block[] = [];
  const walk = (element: DomElement, quoteLike: boolean): void => {
    let inline = '';
    const flush = (): void => {
      pushParagraphs(blocks, inline, quoteLike);
      inline = '';
    };
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === TEXT_NODE) {
        inline += inlineText(node);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const child = node as DomElement;
      const tag = child.tagName.toUpperCase();
      if (INLINE_TAGS.has(tag)) {
        inline += inlineText(child);
        continue;
      }
      flush();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (child.matches(CAPTION_SELECTOR)) {
        const text = collapse(child.textContent);
        if (text) blocks.push({ kind: 'caption', text });
      } else if (tag === 'FIGURE') {
        const caption = child.querySelector(CAPTION_SELECTOR);
        const text = collapse(caption?.textContent ?? null);
        if (text) blocks.push({ kind: 'caption', text });
      } else if (HEADING_TAGS.has(tag)) {
        const text = collapse(child.textContent);
        if (text) blocks.push({ kind: 'heading', text });
      } else if (child.matches(PULLQUOTE_SELECTOR)) {
        walk(child, true);
      } else if (PARAGRAPH_TAGS.has(tag) && !hasBlockChild(child)) {
        pushParagraphs(blocks, inlineText(child), quoteLike);
      } else {
        // li, div, section, a p holding blocks...: their inline runs are paragraphs
        walk(child, quoteLike);
      }
    }
    flush();
  };
  walk(root, false);
  return blocks;
}

/** Paragraph break: many Arabic sites separate paragraphs with a single <br>. */
const LINE_BREAK = '\n';

/** The text of inline content, with a line break for every <br> (textContent has none). */
function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').replace(/\n/g, ' ');
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = (node as DomElement).tagName.toUpperCase();
  if (tag === 'BR') return LINE_BREAK;
  if (SKIPPED_TAGS.has(tag)) return '';
  let text = '';
  for (const child of Array.from(node.childNodes)) text += inlineText(child);
  return text;
}

/** One paragraph per <br>-separated line of an inline run, whitespace collapsed, empty ones dropped. */
function pushParagraphs(blocks: Block[], run: string, quoteLike: boolean): void {
  for (const line of run.split(LINE_BREAK)) {
    const text = collapse(line);
    if (text) blocks.push({ kind: 'paragraph', text, quoteLike });
  }
}

function hasBlockChild(element: DomElement): boolean {
  return Array.from(element.childNodes).some(
    (n) => n.nodeType === ELEMENT_NODE && !INLINE_TAGS.has((n as DomElement).tagName.toUpperCase()),
  );
}

function toSections(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, paragraphs: [] };
    } else if (block.kind === 'paragraph') {
      current.paragraphs.push(block.text);
    }
  }
  if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
  // A heading with nothing under it (a trailing "related articles") carries no body.
  return sections.filter((s) => s.paragraphs.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Metadata

interface PageMetadata {
  title: string | null;
  published: string | null;
  author: string | null;
  site: string | null;
  url: string | null;
  description: string | null;
}

type JsonObject = Record<string, unknown>;

function readMetadata(document: DomDocument): PageMetadata {
  const nodes = jsonLdNodes(document);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as JsonObject)['@id'];
      if (typeof id === 'string' && byId.has(id) && Object.keys(value).length === 1) return byId.get(id);
    }
    return value;
  };
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? null;

  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const attr of ['property', 'name', 'itemprop']) {
        const value = collapse(document.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content') ?? null);
        if (value) return value;
      }
    }
    return null;
  };

  const site =
    metaContent('og:site_name') ??
    (article ? nameOf(resolve(article.publisher), resolve) : null) ??
    nameOf(nodes.find((n) => typesOf(n).includes('WebSite')) ?? null, resolve);

  const title =
    (article ? stringValue(article.headline) : null) ??
    stripSiteName(metaContent('og:title'), site, false) ??
    collapse(document.querySelector('article h1, main h1')?.textContent ?? null) ??
    (document.querySelectorAll('h1').length === 1 ? collapse(document.querySelector('h1')!.textContent) : null) ??
    stripSiteName(collapse(document.querySelector('title')?.textContent ?? null), site, true);

  // In order of trust; the first value the date parser understands wins.
  const timeElement = document.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]');
  const publishedCandidates = [
    article ? stringValue(article.datePublished) : null,
    article ? stringValue(article.dateCreated) : null,
    metaContent('article:published_time', 'datePublished'),
    collapse(document.querySelector('[itemprop="datePublished"][datetime]')?.getAttribute('datetime') ?? null),
    collapse(timeElement?.getAttribute('datetime') ?? null),
    metaContent('pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date'),
  ];
  let published: string | null = null;
  for (const candidate of publishedCandidates) {
    published = candidate ? parseDateTime(candidate) : null;
    if (published) break;
  }

  const authorMeta = metaContent('author', 'article:author', 'byl');
  const author =
    (article ? authorNames(resolve(article.author), resolve) : null) ??
    (authorMeta && !/^https?:\/\//.test(authorMeta) ? authorMeta : null);

  const url =
    metaContent('og:url') ??
    collapse(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null) ??
    (article ? stringValue(article.url) : null);

  const description =
    metaContent('og:description') ?? (article ? stringValue(article.description) : null) ?? metaContent('description');

  return { title, published, author, site, url, description };
}

/** Every JSON-LD object on the page, with `@graph` arrays and top-level arrays flattened. */
function jsonLdNodes(document: DomDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      const obj = value as JsonObject;
      nodes.push(obj);
      if (obj['@graph']) add(obj['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    const source = (script.textContent ?? '')
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>)\s*$/, '')
      .trim()
      .replace(/;$/, '');
    try {
      add(JSON.parse(source));
    } catch {
      // broken JSON-LD is common; the page's other metadata still counts
    }
  }
  return nodes;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function stringValue(value: unknown): string | null {
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) return stringValue(value[0]);
  return null;
}

function nameOf(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const resolved = resolve(value);
  if (typeof resolved === 'string') return collapse(resolved);
  if (resolved && typeof resolved === 'object' && !Array.isArray(resolved)) return stringValue((resolved as JsonObject).name);
  return null;
}

/** JSON-LD author: a string, a {name} object, an @id reference, or an array of those. */
function authorNames(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((v) => nameOf(v, resolve)).filter((n): n is string => !!n && !/^https?:\/\//.test(n));
  return names.length > 0 ? [...new Set(names)].join(`${ARABIC_COMMA} `) : null;
}

const TITLE_SEPARATOR = /\s+(?:[|\u2013\u2014»:-]|::)\s+/;

/**
 * Remove the site name a <title> (or og:title) carries: the known site name at either end, or
 * else (for <title> only) the last " - X"/" | X" part when it is the shorter one.
 */
function stripSiteName(title: string | null, site: string | null, guess: boolean): string | null {
  if (!title) return null;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  if (site) {
    const key = comparable(site);
    if (comparable(parts[parts.length - 1]) === key) return rejoin(title, parts.length - 1, 'end');
    if (comparable(parts[0]) === key) return rejoin(title, 1, 'start');
  }
  if (!guess) return title;
  const last = parts[parts.length - 1];
  const rest = rejoin(title, parts.length - 1, 'end');
  return rest && last.length < rest.length ? rest : title;
}

/** The title without its first `count` parts ('start') or from part `count` on ('end'). */
function rejoin(title: string, count: number, from: 'start' | 'end'): string {
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR, 'g'))];
  if (from === 'end') return title.slice(0, separators[count - 1].index).trim();
  const cut = separators[count - 1];
  return title.slice(cut.index! + cut[0].length).trim();
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Inner whitespace collapsed to single spaces and trimmed; null when nothing is left. */
function collapse(text: string | null | undefined): string | null {
  if (!text) return null;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** For equality tests only: whitespace collapsed, tatweel and bidi marks dropped. */
function comparable(text: string): string {
  return text.replace(/[\u0640\u200E\u200F\u202A-\u202E]/g, '').replace(/\s+/g, ' ').trim();
}

const QUOTE_MARKS = /^["'\u00AB\u00BB\u201C\u201D\u2018\u2019\s]+|["'\u00AB\u00BB\u201C\u201D\u2018\u2019\s]+$/g;

function stripQuotes(text: string): string {
  return text.replace(QUOTE_MARKS, '');
}

function firstText(document: DomDocument, selector: string): string | null {
  for (const element of Array.from(document.querySelectorAll(selector))) {
    const text = collapse(element.textContent);
    if (text) return text;
  }
  return null;
}
