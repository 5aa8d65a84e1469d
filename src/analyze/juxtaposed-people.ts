import type { Span } from '../doc/span.js';

/**
 * "يشبه كومي ترامب بزعيم مافيا"، "أقال ترامب كومي": news puts a verb's subject and object side by
 * side, and when both are surnames the tagger may take them for one person of two words. A person
 * span of exactly two words is two people when each word has already stood alone for a person (or
 * ended another person's name) before it, the two words are nowhere else a person together, and
 * the first is no first name: "كليف ريتشارد" named in full first and "السير كليف" after stays one.
 */
export function splitJuxtaposedPeople(text: string, spans: readonly Span[], key: (word: string) => string, isFirstName: (word: string) => boolean): Span[] {
  const people = spans.filter((s) => s.label === 'PER').sort((a, b) => a.start - b.start);
  if (people.length < 3) return spans.slice();
  const words = new Map(people.map((s) => [s, text.slice(s.start, s.end).trim().split(/\s+/).map(key)]));
  const together = new Map<string, number>();
  for (const w of words.values()) if (w.length === 2) together.set(w.join(' '), (together.get(w.join(' ')) ?? 0) + 1);
  const split = new Set<Span>();
  const seenAlone = new Set<string>();
  for (const s of people) {
    const w = words.get(s)!;
    if (w.length === 2 && together.get(w.join(' ')) === 1 && w[0] !== w[1] && seenAlone.has(w[0]) && seenAlone.has(w[1]) && !isFirstName(w[0])) split.add(s);
    else if (w.length === 1) seenAlone.add(w[0]);
    else seenAlone.add(w[w.length - 1]);
  }
  if (split.size === 0) return spans.slice();
  const out: Span[] = [];
  for (const s of spans) {
    if (!split.has(s)) {
      out.push(s);
      continue;
    }
    const m = /^(\s*\S+)(\s+)/.exec(text.slice(s.start, s.end))!;
    out.push({ ...s, end: s.start + m[1].length }, { ...s, start: s.start + m[1].length + m[2].length });
  }
  return out;
}
