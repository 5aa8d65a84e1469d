import type { RawInput } from '../read/inputs.js';
import type { SourceInfo } from '../doc/json.js';
import type { Article } from './article.js';
import { parseArticleText } from './text.js';
import { parseHtmlPage } from './html.js';

export type { Article, Section, Dateline } from './article.js';
export { parseArticleText, composeBody } from './text.js';
export { parseHtml, parseHtmlPage } from './html.js';
export { parseDateTime } from './datetime.js';

/**
 * One raw input (a text file, an HTML page, a record: JSON Lines line, JSON array element, feed
 * item, Telegram message) -> its Article and source. A Telegram post has no headline: its title
 * stays null and its first line stays body text.
 */
export function parseRawInput(raw: RawInput): { article: Article; source: SourceInfo } {
  switch (raw.kind) {
    case 'text':
      return { article: parseArticleText(raw.text), source: { path: raw.path, url: null, site: null, format: raw.format } };
    case 'html': {
      const { article, meta } = parseHtmlPage(raw.html, raw.input);
      return { article, source: { path: raw.path, url: meta.url, site: meta.site, format: raw.format } };
    }
    case 'record': {
      const r = raw.record;
      const article = parseArticleText(r.text, { title: r.title, published: r.published, detectTitle: raw.format !== 'telegram' });
      if (article.author === null && r.author) article.author = r.author;
      const source: SourceInfo = { path: raw.path, url: r.url, site: r.site, format: raw.format };
      // Optional fields only where they apply, so a JSON Lines document's source is as it was.
      if (raw.line !== undefined) source.line = raw.line;
      if (raw.index !== undefined) source.index = raw.index;
      if (r.channel) source.channel = r.channel;
      if (r.post) source.post = r.post;
      return { article, source };
    }
  }
}
