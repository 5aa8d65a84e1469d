import { Doc } from '../doc/doc.js';
import { documentId } from '../doc/id.js';
import type { DocumentJson, EntityJson, QuoteJson, SourceInfo } from '../doc/json.js';
import type { Doc as DocType } from '../doc/doc.js';
import type { Article } from '../parse/article.js';
import { composeBody } from '../parse/text.js';
import type { Pipeline } from './pipeline.js';
import { defaultPipeline } from './registry.js';
import { publishingOutlet } from './outlet.js';

export interface AnalyzedArticle {
  article: Article;
  source: SourceInfo;
  doc: Doc;
  id: string;
}

/** Article -> Doc over its composed body -> every annotator. Pure: no I/O. */
export function analyzeArticle(article: Article, source: SourceInfo, pipeline: Pipeline = defaultPipeline()): AnalyzedArticle {
  const { text } = composeBody(article);
  const doc = pipeline.run(new Doc(text, article.published, publishingOutlet(source)));
  return { article, source, doc, id: documentId(text) };
}

/** The JSON contract of `rasid analyze`. */
export function toDocumentJson({ article, source, doc, id }: AnalyzedArticle): DocumentJson {
  const text = doc.text;
  return {
    id,
    source,
    title: article.title,
    published: article.published,
    author: article.author,
    caption: article.caption,
    lead: article.lead,
    pullQuotes: article.pullQuotes,
    dateline: article.dateline,
    sections: article.sections,
    text,
    entities: entitiesJson(doc),
    quotes: doc.layer('quotes').map((s) => {
      const a = s.attrs as { cue: { start: number; end: number } | null; speaker: QuoteJson['speaker'] };
      return {
        kind: s.label as QuoteJson['kind'],
        text: text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null,
        cueStart: a.cue?.start ?? null,
        cueEnd: a.cue?.end ?? null,
        speaker: a.speaker,
      };
    }),
    dates: doc.layer('dates').map((s) => ({
      text: text.slice(s.start, s.end),
      value: (s.attrs?.value as string | null | undefined) ?? null,
      start: s.start,
      end: s.end,
    })),
    topics: [],
    themes: [],
  };
}

/** The "entities" layer (one span per mention, tagged with its entity) grouped into entities. */
function entitiesJson(doc: DocType): EntityJson[] {
  const byId = new Map<string, EntityJson>();
  for (const s of doc.layer('entities')) {
    const attrs = s.attrs as { entity: string; name: string; latin: string | null };
    let e = byId.get(attrs.entity);
    if (!e) byId.set(attrs.entity, (e = { id: attrs.entity, type: s.label as EntityJson['type'], name: attrs.name, latin: attrs.latin, mentions: [] }));
    e.mentions.push({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
  }
  return [...byId.values()].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
}
