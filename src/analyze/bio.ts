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
