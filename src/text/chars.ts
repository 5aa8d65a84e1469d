/**
 * Named Arabic (and invisible) characters and character classes. Invisible and combining
 * characters are always written as escapes with a name, so code that uses them stays readable.
 */

// Invisible format characters (zero width, bidi controls).
export const ZERO_WIDTH_SPACE = '\u200B';
export const ZERO_WIDTH_NON_JOINER = '\u200C';
export const ZERO_WIDTH_JOINER = '\u200D';
export const LEFT_TO_RIGHT_MARK = '\u200E';
export const RIGHT_TO_LEFT_MARK = '\u200F';
export const ARABIC_LETTER_MARK = '\u061C';
export const WORD_JOINER = '\u2060';
export const SOFT_HYPHEN = '\u00AD';
export const BYTE_ORDER_MARK = '\uFEFF';
export const LINE_SEPARATOR = '\u2028';
export const PARAGRAPH_SEPARATOR = '\u2029';
export const NO_BREAK_SPACE = '\u00A0';
export const NARROW_NO_BREAK_SPACE = '\u202F';

// Arabic letters that normalization touches.
export const TATWEEL = '\u0640';
export const FATHA = '\u064E';
export const DAMMA = '\u064F';
export const KASRA = '\u0650';
export const SHADDA = '\u0651';
export const SUKUN = '\u0652';
export const HAMZA = '\u0621';
export const ALEF_MADDA = '\u0622';
export const ALEF_HAMZA_ABOVE = '\u0623';
export const WAW_HAMZA = '\u0624';
export const ALEF_HAMZA_BELOW = '\u0625';
export const YEH_HAMZA = '\u0626';
export const ALEF = '\u0627';
export const TEH_MARBUTA = '\u0629';
export const HEH = '\u0647';
export const WAW = '\u0648';
export const ALEF_MAQSURA = '\u0649';
export const YEH = '\u064A';
export const SUPERSCRIPT_ALEF = '\u0670';
export const ALEF_WASLA = '\u0671';
export const KEHEH = '\u06A9';
export const KAF = '\u0643';
export const FARSI_YEH = '\u06CC';

// Arabic punctuation.
export const ARABIC_COMMA = '\u060C';
export const ARABIC_SEMICOLON = '\u061B';
export const ARABIC_QUESTION_MARK = '\u061F';
export const ARABIC_PERCENT_SIGN = '\u066A';
export const ARABIC_DECIMAL_SEPARATOR = '\u066B';
export const ARABIC_THOUSANDS_SEPARATOR = '\u066C';
export const ARABIC_FULL_STOP = '\u06D4';
export const HORIZONTAL_ELLIPSIS = '\u2026';

/** Inclusive code point ranges [from, to]. */
export type CodeRange = readonly [number, number];

/** Harakat, tanween, shadda, sukun and the other marks in the main Arabic block. */
export const HARAKAT: CodeRange = [0x064b, 0x065f];
/** Quranic annotation signs above/below letters. */
export const QURANIC_MARKS: readonly CodeRange[] = [
  [0x0610, 0x061a],
  // 06D6..06ED minus the non-combining signs (06DD end of ayah, 06DE rub el hizb, 06E5/06E6 small
  // waw/yeh letters, 06E9 place of sajdah): removing those would delete visible symbols.
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08e1],
  [0x08e3, 0x08ff],
];
/** Every Arabic combining mark that `diacritics` normalization removes. */
export const ARABIC_DIACRITIC_RANGES: readonly CodeRange[] = [HARAKAT, [0x0670, 0x0670], ...QURANIC_MARKS];

/** Zero-width and bidi-control characters that carry no text. */
export const INVISIBLE_RANGES: readonly CodeRange[] = [
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
  [0x061c, 0x061c],
  [0x00ad, 0x00ad],
];

/** Unicode spaces other than U+0020 that become a plain space (line breaks are kept). */
export const SPACE_RANGES: readonly CodeRange[] = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

/** Arabic presentation forms A and B (decomposed with NFKC, one character at a time). */
export const PRESENTATION_FORM_RANGES: readonly CodeRange[] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

export const ARABIC_INDIC_DIGIT_ZERO = 0x0660;
export const PERSIAN_DIGIT_ZERO = 0x06f0;

/** Letters of the Arabic script (not digits, punctuation or marks). */
export const ARABIC_LETTER_RANGES: readonly CodeRange[] = [
  [0x0620, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06e5, 0x06e6],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfbb1],
  [0xfbd3, 0xfd3d],
  [0xfd50, 0xfdc7],
  [0xfdf0, 0xfdfb],
  [0xfe70, 0xfefc],
];

export function inRanges(code: number, ranges: readonly CodeRange[]): boolean {
  for (const [from, to] of ranges) if (code >= from && code <= to) return true;
  return false;
}

export function isArabicLetter(code: number): boolean {
  return inRanges(code, ARABIC_LETTER_RANGES);
}

export function isArabicDiacritic(code: number): boolean {
  return inRanges(code, ARABIC_DIACRITIC_RANGES);
}

export function isInvisible(code: number): boolean {
  return inRanges(code, INVISIBLE_RANGES);
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
