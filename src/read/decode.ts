import { InputError } from '../errors.js';

/** What `decodeBytes` returns: the decoded text exactly as stored (no line-ending or BOM games
 * beyond stripping a leading byte-order mark), the encoding used, and warnings that do not name
 * the input (the caller prefixes them). */
export interface DecodedText {
  text: string;
  /** 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6' | another WHATWG label. */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** A charset declared outside the bytes (HTTP header, caller knowledge). When absent, an HTML
   * `<meta charset>` / `http-equiv` / XML declaration in the first bytes is used instead. */
  declaredCharset?: string;
}

/** File signatures of common binary formats, checked before anything else. */
const MAGIC_NUMBERS: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'SQLite database', bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)).concat(0) },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const REPLACEMENT_CHAR = '\uFFFD';

/** Control characters that never occur in text (tab, LF, VT, FF, CR and ESC excluded). */
const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/g;
/** Above this share of control characters the input is treated as binary. */
const MAX_CONTROL_SHARE = 0.02;
/** Above this share of invalid bytes (and no plausible single-byte reading) it is binary. */
const MAX_INVALID_SHARE = 0.2;
/** Share of non-ASCII characters that must be Arabic for a single-byte reading to be plausible. */
const MIN_ARABIC_SHARE = 0.6;

/** Labels people put in declarations, mapped to the names used here. */
const CHARSET_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  'arabic': 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
};

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decode bytes read from `input` (a path or label used in errors) into text. Detects UTF-8 (BOM
 * optional), UTF-16 LE/BE (BOM required) and the two Arabic single-byte encodings; refuses binary
 * and empty input with an InputError.
 */
export function decodeBytes(bytes: Uint8Array, input: string, opts: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new InputError(input, 'E_EMPTY', 'is empty');
  refuseKnownBinary(bytes, input);

  let result: DecodedText;
  if (startsWith(bytes, UTF8_BOM)) {
    result = decodeUtf8(bytes.subarray(3));
  } else if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    result = decodeUtf16(bytes);
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      throw new InputError(
        input,
        'E_BINARY',
        `looks like binary data (a NUL byte at offset ${nul}), not text`,
        'if this is UTF-16 text without a byte-order mark, save it as UTF-8',
      );
    }
    const declared = opts.declaredCharset ?? sniffDeclaredCharset(bytes) ?? undefined;
    result = decodeWithoutBom(bytes, input, declared);
  }

  refuseControlHeavy(result.text, input);
  if (result.text.trim() === '') throw new InputError(input, 'E_EMPTY', 'is empty');
  return result;
}

function refuseKnownBinary(bytes: Uint8Array, input: string): void {
  for (const magic of MAGIC_NUMBERS) {
    if (startsWith(bytes, magic.bytes)) {
      throw new InputError(input, 'E_BINARY', `looks like binary data (a ${magic.name}), not text`);
    }
  }
}

function refuseControlHeavy(text: string, input: string): void {
  // Sampling the head keeps this cheap on large files; binary shows itself early.
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const controls = sample.match(CONTROL_CHARS)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length * MAX_CONTROL_SHARE) {
    const share = ((controls / Math.max(sample.length, 1)) * 100).toFixed(1);
    throw new InputError(input, 'E_BINARY', `looks like binary data (${share}% control characters), not text`);
  }
}

function decodeUtf16(bytes: Uint8Array): DecodedText {
  const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  const warnings: string[] = [];
  let body = bytes.subarray(2);
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1);
    warnings.push('ends with half a UTF-16 character; the last byte was dropped');
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  const bad = countChar(text, REPLACEMENT_CHAR);
  if (bad > 0) warnings.push(`has ${bad} invalid UTF-16 sequence${bad === 1 ? '' : 's'}, shown as U+FFFD`);
  return { text, encoding, warnings };
}

/** UTF-8 after a BOM: the BOM settles the encoding, so damage only earns warnings. */
function decodeUtf8(bytes: Uint8Array): DecodedText {
  return decodeUtf8Scanned(bytes, scanUtf8(bytes));
}

function decodeUtf8Scanned(bytes: Uint8Array, scan: Utf8Scan): DecodedText {
  const warnings: string[] = [];
  const body = scan.truncatedTail > 0 ? bytes.subarray(0, bytes.length - scan.truncatedTail) : bytes;
  if (scan.truncatedTail > 0) {
    const n = scan.truncatedTail;
    warnings.push(`ends with a truncated UTF-8 sequence; the last ${n} byte${n === 1 ? ' was' : 's were'} dropped`);
  }
  if (scan.invalid > 0) {
    const n = scan.invalid;
    warnings.push(`has ${n} invalid UTF-8 sequence${n === 1 ? '' : 's'}, shown as U+FFFD`);
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  return { text, encoding: 'utf-8', warnings };
}

function decodeWithoutBom(bytes: Uint8Array, input: string, declared: string | undefined): DecodedText {
  const scan = scanUtf8(bytes);
  const declaredName = declared ? normalizeCharset(declared) : null;
  const warnings: string[] = [];

  if (scan.invalid === 0) {
    // Valid UTF-8 (possibly cut at the end). A single-byte declaration is overruled when the
    // bytes hold multi-byte sequences: Arabic single-byte text is essentially never valid UTF-8.
    if (declaredName && declaredName !== 'utf-8' && scan.multiByte === 0 && scan.truncatedTail === 0) {
      const text = tryDecode(bytes, declaredName);
      if (text !== null) return { text, encoding: declaredName, warnings };
    }
    const result = decodeUtf8Scanned(bytes, scan);
    if (declaredName && declaredName !== 'utf-8' && scan.multiByte > 0) {
      result.warnings.unshift(`declares ${declared} but is valid UTF-8; decoded as UTF-8`);
    }
    return result;
  }

  // Arabic single-byte text almost never forms well-formed UTF-8 sequences (its letters are not
  // continuation bytes), so mostly-valid UTF-8 is damaged UTF-8.
  if (scan.multiByte > scan.invalid) return decodeUtf8Scanned(bytes, scan);

  const candidates = ['windows-1256', 'iso-8859-6'].map((encoding) => scoreSingleByte(bytes, encoding));
  // Fewer undefined/control characters first, then more Arabic letters; ties go to 1256, the
  // encoding Arabic sites actually serve.
  candidates.sort((a, b) => b.score - a.score);
  let best = candidates[0];
  if (declaredName === 'windows-1256' || declaredName === 'iso-8859-6') {
    const named = candidates.find((c) => c.encoding === declaredName)!;
    // Honour the declaration unless the other reading is clearly better.
    if (named.plausible || !best.plausible) best = named;
  }
  if (best.plausible) {
    if (declaredName && declaredName !== best.encoding) {
      warnings.push(`declares ${declared} but reads as ${best.encoding}; decoded as ${best.encoding}`);
    }
    return { text: best.text, encoding: best.encoding, warnings };
  }

  if (declaredName && declaredName !== 'utf-8') {
    const text = tryDecode(bytes, declaredName);
    if (text !== null) return { text, encoding: declaredName, warnings };
  }
  if (scan.invalid > bytes.length * MAX_INVALID_SHARE) {
    const share = ((scan.invalid / bytes.length) * 100).toFixed(0);
    throw new InputError(
      input,
      'E_BINARY',
      `looks like binary data (${share}% of the bytes are invalid UTF-8 and not Arabic Windows-1256 or ISO-8859-6), not text`,
    );
  }
  return decodeUtf8Scanned(bytes, scan);
}

interface SingleByteReading {
  encoding: string;
  text: string;
  score: number;
  plausible: boolean;
}

function scoreSingleByte(bytes: Uint8Array, encoding: string): SingleByteReading {
  const text = new TextDecoder(encoding).decode(bytes);
  let arabic = 0;
  let bad = 0;
  let otherNonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) bad++;
    // Typographic punctuation, NBSP and guillemets occur in Arabic text; they prove nothing.
    else if ((c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0xab || c === 0xbb) continue;
    else otherNonAscii++;
  }
  const judged = arabic + bad + otherNonAscii;
  const plausible = arabic > 0 && arabic >= judged * MIN_ARABIC_SHARE;
  return { encoding, text, score: arabic - 3 * bad - otherNonAscii, plausible };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null; // a label TextDecoder does not know
  }
}

function normalizeCharset(label: string): string {
  const key = label.trim().toLowerCase();
  if (CHARSET_ALIASES[key]) return CHARSET_ALIASES[key];
  try {
    return new TextDecoder(key).encoding;
  } catch {
    return key;
  }
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * The charset an HTML/XML document declares in its first 4 KB (`<meta charset>`, `http-equiv`
 * content-type, or the XML declaration), or null. Only for markup: a plain text that happens to
 * mention `<meta charset>` is not a declaration.
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  let first = 0;
  while (first < head.length && (head[first] <= 0x20 || head[first] === 0xef || head[first] === 0xbb || head[first] === 0xbf)) first++;
  if (head[first] !== 0x3c /* '<' */) return null;
  // Latin-1 keeps every byte as one character, so ASCII markup is readable whatever the encoding.
  const ascii = new TextDecoder('latin1').decode(head);
  const found = XML_ENCODING.exec(ascii) ?? META_CHARSET.exec(ascii);
  return found ? found[1] : null;
}

interface Utf8Scan {
  /** Invalid sequences, counted as the WHATWG decoder counts U+FFFD replacements. */
  invalid: number;
  /** Bytes of an incomplete but so-far-valid sequence at the very end. */
  truncatedTail: number;
  /** Well-formed multi-byte sequences: many of them mean damaged UTF-8, not a single-byte file. */
  multiByte: number;
}

/** Validate UTF-8 by the WHATWG rules without decoding, telling end truncation from damage. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalid = 0;
  let multiByte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let k = 1;
    let ok = true;
    for (; k <= need; k++) {
      if (i + k >= n) return { invalid, truncatedTail: n - i, multiByte };
      const b = bytes[i + k];
      if (b < lower || b > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
    }
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      invalid++;
      i += k; // the offending byte starts the next sequence, as in the WHATWG decoder
    }
  }
  return { invalid, truncatedTail: 0, multiByte };
}

function countChar(text: string, ch: string): number {
  let count = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) count++;
  return count;
}
