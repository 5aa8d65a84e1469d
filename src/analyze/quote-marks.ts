/** A stretch between quotation marks: character offsets of the marks. */
export interface Marked {
  open: number;
  close: number;
}

const OPENING: Record<string, string> = { '«': '»', '“': '”' };
const STRAIGHT = '"';
/** Every quotation mark rasid pairs, as a token's text. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”']);

/** Pairs of quotation marks: straight quotes pair within a paragraph, « » and “ ” nest and may span paragraphs. */
export function findQuotationMarks(text: string): Marked[] {
  const out: Marked[] = [];
  const stack: { ch: string; at: number }[] = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      straightOpen = -1;
      continue;
    }
    if (ch === STRAIGHT) {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push({ open: straightOpen, close: i });
        straightOpen = -1;
      }
    } else if (OPENING[ch]) stack.push({ ch, at: i });
    else if (ch === '»' || ch === '”') {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPENING[stack[k].ch] === ch) {
          out.push({ open: stack[k].at, close: i });
          stack.length = k;
          break;
        }
      }
    }
  }
  return out.sort((a, b) => a.open - b.open);
}
