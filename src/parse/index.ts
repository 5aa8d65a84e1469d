import type { RawInput } from '../read/inputs.js';
import type { SourceInfo } from '../doc/json.js';
import type { Article } from './article.js';
import { parseArticleText } from './text.js';
import { parseHtmlPage } from './html.js';

export type { Article, Section, Dateline } from './article.js';
export { parseArticleText, composeBody } from './text.js';
export { parseHtml, parseHtmlPage } from './html.js';
export { parseDateTime } from './datetime.js';

/** One raw input (a text file, an HTML page, a JSON Lines record) -> its Article and source. */
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
      const article = parseArticleText(r.text, { title: r.title, published: r.published });
      if (article.author === null && r.author) article.author = r.author;
      return { article, source: { path: raw.path, url: r.url, site: r.site, format: raw.format, line: raw.line } };
    }
  }
}
