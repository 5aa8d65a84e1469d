/** A chunk of a BIO tag sequence: tokens [start, end) of one type. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** Chunks as conlleval reads them: an I-X that does not continue an X chunk opens a new one. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O') {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    const bio = tag[0];
    const type = tag.slice(2);
    if (bio === 'B' || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, type };
    } else cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * BIO -> BILOU (a chunk's last token L-X, a one-token chunk U-X): the model then learns what ends a
 * name and what stands alone apart from what begins and continues one (Ratinov & Roth 2009).
 */
export function toBilou(tags: readonly string[]): string[] {
  return chunks(tags).reduce((out, c) => {
    if (c.end - c.start === 1) out[c.start] = 'U-' + c.type;
    else {
      out[c.start] = 'B-' + c.type;
      for (let i = c.start + 1; i < c.end - 1; i++) out[i] = 'I-' + c.type;
      out[c.end - 1] = 'L-' + c.type;
    }
    return out;
  }, tags.map(() => 'O'));
}

/** A BILOU tag as BIO (L-X -> I-X, U-X -> B-X); BIO tags are returned as they are. */
export function bioOf(tag: string): string {
  return tag.startsWith('L-') ? 'I-' + tag.slice(2) : tag.startsWith('U-') ? 'B-' + tag.slice(2) : tag;
}
