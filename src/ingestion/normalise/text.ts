/**
 * Text helpers shared by the normalisers. Pure, no locale dependence.
 */

/** Letters that NFD does not decompose into base letter + combining mark. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};

const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'gu');

/** "José Ñúñez" -> "Jose Nunez": NFD, drop combining marks, map the few letters NFD leaves alone. */
export function stripDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSABLE_PATTERN, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFC');
}

/** Trim and collapse every run of whitespace (including NBSP and tabs) to one space. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Count of characters that are decimal digits. */
export function countDigits(value: string): number {
  return (value.match(/\d/g) ?? []).length;
}
