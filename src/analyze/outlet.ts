import { loadCuratedNames } from '../lang/gazetteer.js';
import type { SourceInfo } from '../doc/json.js';

/** A Latin name as one lower-case run of letters and digits: "Sky News Arabia" -> skynewsarabia. */
function compact(latin: string): string {
  return latin.toLowerCase().replace(/[^a-z0-9]/g, '');
}

let byCompact: Map<string, string> | undefined;

/** The curated outlets (media.tsv) by their compact Latin name: the canonical Arabic name. */
function outlets(): Map<string, string> {
  if (byCompact) return byCompact;
  byCompact = new Map();
  for (const n of loadCuratedNames()) {
    if (n.source !== 'media' || !n.latin) continue;
    const key = compact(n.latin);
    if (key.length >= 3 && !byCompact.has(key)) byCompact.set(key, n.canonical);
  }
  return byCompact;
}

/**
 * The outlet that published a document, by its canonical Arabic name in media.tsv: from the
 * labels of its URL's host (www.skynewsarabia.com -> سكاي نيوز عربية, arabic.cnn.com -> سي إن إن),
 * else from its `site` written as the list writes the outlet's Latin name. Null when neither
 * names a listed outlet. "مراسلنا"، "مصادرنا" in its text are this outlet's.
 */
export function publishingOutlet(source: Pick<SourceInfo, 'url' | 'site'>): string | null {
  const known = outlets();
  if (source.url) {
    let host = '';
    try {
      host = new URL(source.url).hostname;
    } catch {
      host = '';
    }
    for (const label of host.split('.')) {
      const name = known.get(compact(label));
      if (name) return name;
    }
  }
  return source.site ? (known.get(compact(source.site)) ?? null) : null;
}
