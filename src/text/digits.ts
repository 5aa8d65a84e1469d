import { ARABIC_INDIC_DIGIT_ZERO, PERSIAN_DIGIT_ZERO } from './chars.js';

/**
 * Digit conversion. Every function maps one UTF-16 unit to one unit, so offsets into the result
 * are offsets into the input.
 */

/** 0-9 for ASCII, Arabic-Indic (U+0660..) and Persian (U+06F0..) digits; -1 otherwise. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= ARABIC_INDIC_DIGIT_ZERO && code <= ARABIC_INDIC_DIGIT_ZERO + 9) return code - ARABIC_INDIC_DIGIT_ZERO;
  if (code >= PERSIAN_DIGIT_ZERO && code <= PERSIAN_DIGIT_ZERO + 9) return code - PERSIAN_DIGIT_ZERO;
  return -1;
}

export function isDigitCode(code: number): boolean {
  return digitValue(code) >= 0;
}

/** Replaces Arabic-Indic and Persian digits with ASCII 0-9; everything else unchanged (same length). */
export function toAsciiDigits(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0660) continue;
    const v = digitValue(c);
    if (v >= 0) {
      out += s.slice(last, i) + String.fromCharCode(0x30 + v);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Replaces ASCII (and Persian) digits with Arabic-Indic digits (same length). */
export function toArabicIndicDigits(s: string): string {
  return convertDigits(s, ARABIC_INDIC_DIGIT_ZERO);
}

/** Replaces ASCII (and Arabic-Indic) digits with Persian digits (same length). */
export function toPersianDigits(s: string): string {
  return convertDigits(s, PERSIAN_DIGIT_ZERO);
}

function convertDigits(s: string, zero: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = digitValue(c);
    out += v >= 0 ? String.fromCharCode(zero + v) : s[i];
  }
  return out;
}

/** True when the string is non-empty and every unit is a digit of any of the three systems. */
export function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (digitValue(s.charCodeAt(i)) < 0) return false;
  return true;
}
