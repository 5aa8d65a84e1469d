/**
 * The unlabelled news the model-building scripts learn from (never anercorp-camel, aqmar or
 * newsfane): arabic-news-unlabelled/*.jsonl and ant-corpus-multisource/*.jsonl (title, text),
 * saudinewsnet/*.json (JSON arrays; title, content).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function listInputs(dataDir: string): { path: string; kind: 'jsonl' | 'json' }[] {
  const out: { path: string; kind: 'jsonl' | 'json' }[] = [];
  for (const sub of ['arabic-news-unlabelled', 'ant-corpus-multisource']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.jsonl')) out.push({ path: join(dir, f), kind: 'jsonl' });
  }
  const snn = join(dataDir, 'saudinewsnet');
  if (existsSync(snn)) for (const f of readdirSync(snn).sort()) if (f.endsWith('.json')) out.push({ path: join(snn, f), kind: 'json' });
  return out;
}

export function* documents(path: string, kind: 'jsonl' | 'json'): Generator<{ title: string; text: string }> {
  const raw = readFileSync(path, 'utf8');
  const recs: unknown[] =
    kind === 'json'
      ? (JSON.parse(raw) as unknown[])
      : raw
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as unknown);
  for (const r of recs) {
    const rec = r as { title?: unknown; text?: unknown; content?: unknown };
    const title = typeof rec.title === 'string' ? rec.title : '';
    const text = typeof rec.text === 'string' ? rec.text : typeof rec.content === 'string' ? rec.content : '';
    if (title || text) yield { title, text };
  }
}
