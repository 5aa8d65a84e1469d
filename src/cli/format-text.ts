import type { DocumentJson } from '../doc/json.js';
import type { AnalyzedArticle } from '../analyze/analyze-article.js';

const WIDTH = 100;

function clip(s: string, width = WIDTH): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : flat.slice(0, width - 1) + '…';
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(11)} ${value}\n`;
}

/** A readable summary of one analyzed document for a person at a terminal. */
export function formatDocumentText(json: DocumentJson, analyzed: AnalyzedArticle): string {
  const { doc } = analyzed;
  const where = json.source.url ?? json.source.path ?? '(stdin)';
  const line = json.source.line !== undefined ? `:${json.source.line}` : '';
  let out = `── ${json.title ?? '(no title)'}\n`;
  out += row('source', `${where}${line} (${json.source.format})${json.source.site ? ' · ' + json.source.site : ''}`);
  out += row('published', json.published ?? '—');
  if (json.author) out += row('author', json.author);
  if (json.dateline) out += row('dateline', [json.dateline.place, json.dateline.source].filter(Boolean).join(' · '));
  if (json.caption) out += row('caption', clip(json.caption));
  if (json.lead) out += row('lead', clip(json.lead));
  for (const q of json.pullQuotes) out += row('pull quote', clip(q));
  const headings = json.sections.map((s) => s.heading).filter((h): h is string => h !== null);
  const paragraphs = json.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  out += row('body', `${json.text.length} chars · ${doc.tokens.length} tokens · ${doc.sentences.length} sentences · ${paragraphs} paragraphs`);
  out += row('sections', headings.length ? `${headings.length}: ${headings.join(' · ')}` : '—');
  const entities = [...json.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  out += row(
    'entities',
    entities.length ? entities.map((e) => `${e.name} (${e.latin ?? '?'}, ${e.type}) ×${e.mentions.length}`).join(' · ') : '—',
  );
  if (json.quotes.length === 0) out += row('quotes', '—');
  json.quotes.forEach((q, i) => {
    const sp = q.speaker;
    const who = sp ? `${sp.name ?? '?'}${sp.role ? ` (${clip(sp.role, 50)})` : ''}${sp.outlet ? ` to ${sp.outlet}` : ''}` : '(unattributed)';
    out += row(i === 0 ? 'quotes' : '', `${q.kind === 'direct' ? '“' : '~'} ${who}: ${clip(q.text, 80)}`);
  });
  out += row('dates', json.dates.length ? json.dates.map((d) => `${d.text} → ${d.value ?? '?'}`).join(' · ') : '—');
  out += row('id', json.id.slice(0, 16));
  return out + '\n';
}
