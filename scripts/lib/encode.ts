/**
 * Encoders for the legacy Arabic code pages, for tests and evaluations that re-encode text.
 * Node can decode windows-1256 and iso-8859-6 but not encode them, so the tables are built by
 * decoding every byte once.
 */
function encoderFor(label: string): (text: string) => Buffer {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
  }
  return (text) => {
    const out = Buffer.alloc(text.length);
    let i = 0;
    for (const ch of text) {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`cannot encode U+${ch.codePointAt(0)!.toString(16).toUpperCase()} in ${label}`);
      out[i++] = b;
    }
    return out.subarray(0, i);
  };
}

export const encodeWindows1256 = encoderFor('windows-1256');
export const encodeIso88596 = encoderFor('iso-8859-6');

export function encodeUtf16leWithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
