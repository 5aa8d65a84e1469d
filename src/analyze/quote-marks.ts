/** A stretch between quotation marks: character offsets of the marks (`close` is the paragraph's end for a quote left open). */
export interface Marked {
  open: number;
  close: number;
  /** left open with no colon before it: someone's words only if a reporting verb introduces them (وقالت "...) */
  loose?: true;
}

const OPENING: Record<string, string> = { '«': '»', '“': '”' };
/** Marks some writers (and right-to-left editors) use the wrong way round: ”...“ and »...«. */
const REVERSED: Record<string, string> = { '”': '“', '»': '«' };
const STRAIGHT = '"';
/** Every quotation mark rasid pairs, as a token's text. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”']);

/** Letters that attach to the word after them (ل"نيوزويك"، و"قال"): a mark after one still opens. */
const PROCLITIC = /[وفبلك]/;
const SPACE_OR_OPEN = /[\s(\[{:،,؛;]/;
const SPACE_OR_CLOSE = /[\s)\]}:،,؛;.!?؟…\-]/;

/** Which way a straight quote faces, from its neighbours: 'open', 'close', or '?' when they do not say. */
function facing(text: string, i: number): 'open' | 'close' | '?' {
  const before = i > 0 ? text[i - 1] : ' ';
  const after = i + 1 < text.length ? text[i + 1] : ' ';
  const opensAfter = SPACE_OR_OPEN.test(before) || (PROCLITIC.test(before) && (i < 2 || /\s/.test(text[i - 2])));
  const closesBefore = SPACE_OR_CLOSE.test(after);
  // ':" لقد ...': a mark right after a colon opens, even with a stray space after it
  const open = opensAfter && (!/\s/.test(after) || before === ':');
  const close = closesBefore && !/\s/.test(before);
  return open === close ? '?' : open ? 'open' : 'close';
}

/**
 * Pairs of quotation marks: « » and “ ” nest and may span paragraphs (also written the wrong way
 * round, ”...“, when the first mark faces the words after it); straight quotes pair within
 * a paragraph, and since the same mark opens and closes, its neighbours decide which it is: a mark
 * that can only close while none is open is a stray one (a writer's missing opening mark would
 * otherwise turn every later quote of the paragraph inside out), and one that can only open inside
 * a quote opens a quote within it ("شعار "لا نريد الحرية"").
 */
export function findQuotationMarks(text: string): Marked[] {
  const out: Marked[] = [];
  const stack: { ch: string; at: number }[] = [];
  const straight: number[] = [];
  // 'وأضاف: "...' with no closing mark in its paragraph: the words run to the paragraph's end (and
  // 'وقالت "...' too, if the quote finder sees a reporting verb before the mark)
  const closeUnclosed = (end: number): void => {
    if (straight.length === 1 && facing(text, straight[0]) === 'open') {
      const colon = /:\s*$/.test(text.slice(Math.max(0, straight[0] - 3), straight[0]));
      out.push(colon ? { open: straight[0], close: end } : { open: straight[0], close: end, loose: true });
    }
    straight.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // the loop runs over every character of the article: skip the ones that are no mark at once
    if (code !== 0x0a && code !== 0x22 && code !== 0xab && code !== 0xbb && code !== 0x201c && code !== 0x201d) continue;
    const ch = text[i];
    if (ch === '\n') {
      closeUnclosed(i);
      continue;
    }
    if (ch === STRAIGHT) {
      const way = facing(text, i);
      if (straight.length === 0) {
        if (way !== 'close') straight.push(i);
      } else if (way === 'open' && straight.length < 2) straight.push(i);
      else out.push({ open: straight.pop()!, close: i });
    } else if (OPENING[ch]) {
      const top = stack[stack.length - 1];
      if (top && REVERSED[top.ch] === ch && facing(text, i) === 'close') {
        out.push({ open: top.at, close: i });
        stack.pop();
      } else stack.push({ ch, at: i });
    } else if (REVERSED[ch]) {
      let k = stack.length - 1;
      while (k >= 0 && OPENING[stack[k].ch] !== ch) k--;
      if (k >= 0) {
        out.push({ open: stack[k].at, close: i });
        stack.length = k;
      } else if (facing(text, i) === 'open') stack.push({ ch, at: i }); // ”...“: opens, the other mark closes
    }
  }
  closeUnclosed(text.length);
  return out.sort((a, b) => a.open - b.open);
}
