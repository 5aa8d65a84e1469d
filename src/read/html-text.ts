import { parseHTML } from 'linkedom';

/**
 * An HTML fragment (a feed item's description or content) -> plain text, one paragraph per line.
 * Entities are decoded; every block element and every <br> ends a line; whitespace inside a line
 * collapses to one space; scripts, styles, media and forms are dropped; empty lines are dropped.
 * Text without any markup keeps its own line breaks as paragraph breaks.
 * Unlike parse/html.ts this keeps everything: a feed item is already the article, not a page.
 */
export function htmlToText(html: string): string {
  if (!/<[a-zA-Z!/]/.test(html)) {
    // No markup at all: plain text (with entities, perhaps), whose line breaks are its paragraphs.
    if (!html.includes('&')) return plainText(html);
    html = html.replace(/\r\n?|\n/g, '<br>');
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: { body: DomNode | null } };
  const lines: string[] = [];
  let current = '';
  const breakLine = (): void => {
    lines.push(current);
    current = '';
  };
  const walk = (node: DomNode, pre: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.textContent ?? '';
        if (!pre) {
          current += text;
          continue;
        }
        const parts = text.split(/\r\n?|\n/);
        parts.forEach((part, i) => {
          if (i > 0) breakLine();
          current += part;
        });
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as DomElement).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        breakLine();
        continue;
      }
      if (CELL_TAGS.has(tag)) current += ' ';
      const block = !INLINE_TAGS.has(tag) && !CELL_TAGS.has(tag);
      if (block) breakLine();
      walk(child, pre || tag === 'PRE');
      if (block) breakLine();
    }
  };
  if (document.body) walk(document.body, false);
  breakLine();
  return lines.map(collapseLine).filter((line) => line !== '').join('\n');
}

/** Plain text (an Atom text construct, an unmarked field): each line's whitespace collapsed, empty lines dropped. */
export function plainText(text: string): string {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(collapseLine)
    .filter((line) => line !== '')
    .join('\n');
}

/** Whitespace (NBSP included) collapsed to single spaces and trimmed. */
function collapseLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/* Minimal DOM shapes: the project compiles without the DOM lib. */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO',
  'PICTURE', 'IMG', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OBJECT', 'EMBED', 'HEAD',
]);
/** Elements that flow within a line; every other element starts and ends one. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME',
  'TT', 'U', 'VAR', 'WBR', 'NOBR',
]);
/** Table cells: a row is one line, its cells separated by a space. */
const CELL_TAGS = new Set(['TD', 'TH']);
