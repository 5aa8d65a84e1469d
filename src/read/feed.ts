import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { htmlToText, plainText } from './html-text.js';
import { checkTextSize, type ArticleRecord, type RecordInput } from './record.js';

/**
 * RSS (2.0, and 1.0/RDF) and Atom feeds: every item or entry is one record, named
 * `path#item N` (N from 1, in document order).
 *
 * - RSS: title, link (else a permalink guid), guid, pubDate (else dc:date), content:encoded
 *   (else description) as text, dc:creator (else author); site = the channel's title.
 * - Atom: title, link (rel="alternate" or no rel), id, published (else updated), content (else
 *   summary) as text, author/name; site = the feed's title. Text constructs are read by their
 *   type: text as is, html and xhtml converted.
 * - Item bodies are HTML as a rule: they are converted to plain text, one paragraph per line
 *   (`htmlToText`); titles are read the same way and kept on one line.
 */

export type FeedFormat = 'rss' | 'atom';

export interface Feed {
  format: FeedFormat;
  /** The channel's or feed's title. */
  site: string | null;
  /** Items (RSS) or entries (Atom), in document order. */
  entries: XmlElement[];
}

/** A parsed XML element; text is kept as strings between elements, in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * True when `text` is XML whose root is <rss>, <feed> or <rdf:RDF> (after an XML declaration,
 * comments and a doctype): content that says it is a feed whatever its file name.
 */
export function looksLikeFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, 64 * 1024));
}

const FEED_ROOT =
  /^[\s\uFEFF]*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)[\s/>]/i;

/**
 * Parse a feed. Throws InputError E_XML (with line and column) when the XML is not well-formed,
 * E_FORMAT when it is XML but not RSS or Atom.
 */
export function parseFeed(xml: string, input: string): Feed {
  // Stray blank lines before the XML declaration are common (templates) and harmless.
  const lead = /^\s*/.exec(xml)?.[0] ?? '';
  const body = xml.slice(lead.length);
  const validation = XMLValidator.validate(body);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const shifted = typeof line === 'number' ? line + countNewlines(lead) : null;
    const where = shifted === null ? '' : typeof col === 'number' ? `line ${shifted}, column ${col}: ` : `line ${shifted}: `;
    throw new InputError(input, 'E_XML', `is not well-formed XML (${where}${oneLine(msg)})`, 'is the feed complete? a download cut short ends mid-element');
  }
  let nodes: XmlNode[];
  try {
    nodes = toTree(PARSER.parse(body) as unknown[]);
  } catch (err) {
    // The validator passed it, so this is the parser's own limit (entity expansion, nesting depth).
    throw new InputError(input, 'E_XML', `cannot be parsed as XML (${oneLine(err instanceof Error ? err.message : String(err))})`);
  }
  const root = nodes.find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw new InputError(input, 'E_XML', 'is not well-formed XML (no root element)');
  const rootName = localName(root.name);
  if (rootName === 'rss' || rootName === 'RDF') {
    const channel = child(root, 'channel');
    if (!channel) throw new InputError(input, 'E_FORMAT', `is an RSS feed without a <channel>`);
    // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) puts them beside it.
    const entries = rootName === 'rss' ? children(channel, 'item') : children(root, 'item');
    return { format: 'rss', site: oneLineOrNull(htmlToText(textContent(child(channel, 'title')))), entries };
  }
  if (rootName === 'feed') {
    const ns = prefixOf(root.name);
    return { format: 'atom', site: oneLineOrNull(atomText(child(root, ns + 'title'))), entries: children(root, ns + 'entry') };
  }
  throw new InputError(input, 'E_FORMAT', `is XML but not an RSS or Atom feed (its root is <${root.name}>)`);
}

/**
 * The records of a parsed feed, one at a time; an item without text yields an InputError for
 * `label#item N` and the others go on. `maxBytes` caps each item's text.
 */
export function* readFeedItems(feed: Feed, label: string, opts: { maxBytes: number }): Generator<RecordInput | InputError> {
  for (let index = 0; index < feed.entries.length; index++) {
    const input = `${label}#item ${index + 1}`;
    try {
      const record = feed.format === 'rss' ? rssRecord(feed.entries[index], feed.site, input) : atomRecord(feed.entries[index], feed.site, input);
      checkTextSize(record.text, input, opts.maxBytes);
      yield { input, index, record };
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  }
}

function rssRecord(item: XmlElement, site: string | null, input: string): ArticleRecord {
  const guidElement = child(item, 'guid');
  const guid = oneLineOrNull(textContent(guidElement));
  const permalink = guid !== null && guidElement?.attrs.isPermaLink !== 'false' && /^https?:\/\//i.test(guid) ? guid : null;
  const text = htmlToText(textContent(child(item, 'content:encoded'))) || htmlToText(textContent(child(item, 'description')));
  if (text === '') throw new InputError(input, 'E_EMPTY', 'has no text (no description or content:encoded)');
  return {
    id: guid,
    title: oneLineOrNull(htmlToText(textContent(child(item, 'title')))),
    text,
    published: oneLineOrNull(textContent(child(item, 'pubDate'))) ?? oneLineOrNull(textContent(child(item, 'dc:date'))),
    url: oneLineOrNull(textContent(child(item, 'link'))) ?? permalink,
    site,
    author: oneLineOrNull(plainText(textContent(child(item, 'dc:creator')))) ?? rssAuthor(textContent(child(item, 'author'))),
  };
}

function atomRecord(entry: XmlElement, site: string | null, input: string): ArticleRecord {
  const ns = prefixOf(entry.name);
  const content = child(entry, ns + 'content');
  // Content given by reference (src="...") has no text here: the summary stands in.
  const text = (content && content.attrs.src === undefined ? atomText(content) : '') || atomText(child(entry, ns + 'summary'));
  if (text === '') throw new InputError(input, 'E_EMPTY', 'has no text (no content or summary)');
  const links = children(entry, ns + 'link');
  const link = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0];
  const author = child(entry, ns + 'author');
  return {
    id: oneLineOrNull(textContent(child(entry, ns + 'id'))),
    title: oneLineOrNull(atomText(child(entry, ns + 'title'))),
    text,
    published: oneLineOrNull(textContent(child(entry, ns + 'published'))) ?? oneLineOrNull(textContent(child(entry, ns + 'updated'))),
    url: link?.attrs.href?.trim() || null,
    site,
    author: author ? oneLineOrNull(plainText(textContent(child(author, ns + 'name')))) : null,
  };
}

/** An Atom text construct by its type: 'text' (the default) as is, 'html' and 'xhtml' converted. */
function atomText(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = (element.attrs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') return htmlToText(element.children.map(serialize).join(''));
  if (type === 'html' || type === 'text/html') return htmlToText(textContent(element));
  return plainText(textContent(element));
}

/** RSS <author> is 'email (Name)' by the spec; the name is what a reader wants. */
function rssAuthor(value: string): string | null {
  const text = plainText(value);
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  return oneLineOrNull(named ? named[1] : text);
}

// ---------------------------------------------------------------------------------------------
// XML tree

const PARSER = new XMLParser({
  preserveOrder: true, // xhtml content needs text and elements in their order
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false, // a title '2024' stays a string
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function toTree(nodes: unknown[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (key === ':@') continue;
      const value = obj[key];
      if (key === '#text') out.push(String(value));
      else out.push({ name: key, attrs: attributes(obj[':@']), children: Array.isArray(value) ? toTree(value) : [] });
    }
  }
  return out;
}

function attributes(value: unknown): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) attrs[name] = String(v);
  }
  return attrs;
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((n): n is XmlElement => typeof n !== 'string' && n.name === name);
}

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((n): n is XmlElement => typeof n !== 'string' && n.name === name);
}

/** All the text inside an element, in order ('' for a missing element). */
function textContent(element: XmlElement | undefined): string {
  if (!element) return '';
  let text = '';
  for (const node of element.children) text += typeof node === 'string' ? node : textContent(node);
  return text;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Inline XHTML back to HTML markup (attributes are not needed for text). */
function serialize(node: XmlNode): string {
  if (typeof node === 'string') return node.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const tag = localName(node.name).toLowerCase();
  if (VOID_ELEMENTS.has(tag)) return `<${tag}>`;
  return `<${tag}>${node.children.map(serialize).join('')}</${tag}>`;
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** 'atom:' for <atom:feed>, '' for <feed>. */
function prefixOf(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? '' : name.slice(0, colon + 1);
}

/** Text on one line (a title, a name, a link), whitespace collapsed; null when empty. */
function oneLineOrNull(text: string): string | null {
  const value = oneLine(text);
  return value === '' ? null : value;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
