/** The width in points of `text` drawn at `size`. */
export type TextMeasure = (text: string, size: number) => number;

/**
 * User text is drawn as text, never interpreted: control characters and line or paragraph
 * separators become spaces, runs of whitespace one space.
 */
export const cleanText = (text: string) =>
  text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * A measure that adds up each character's advance width, measured once per character: what a
 * PDF viewer draws (pdf-lib writes glyph ids; kerning is not applied), and fast enough for
 * registers of thousands of rows (the font's own measure lays out the whole string every call).
 */
export function createTextMeasure(font: { widthOfTextAtSize: (text: string, size: number) => number }) {
  const widths = new Map<string, number>();
  const widthOf = (character: string) => {
    let width = widths.get(character);
    if (width === undefined) {
      width = font.widthOfTextAtSize(character, 1);
      widths.set(character, width);
    }
    return width;
  };
  const measure: TextMeasure = (text, size) => {
    let total = 0;
    for (const character of text) total += widthOf(character);
    return total * size;
  };
  return measure;
}

const ELLIPSIS = '…';

/** The text cut with an ellipsis to fit `width` points (whole characters, no trailing space). */
export function fitText({
  measure,
  text,
  size,
  width,
}: {
  measure: TextMeasure;
  text: string;
  size: number;
  width: number;
}): string {
  const value = cleanText(text);
  if (measure(value, size) <= width) return value;
  const room = width - measure(ELLIPSIS, size);
  let used = 0;
  let kept = '';
  for (const character of value) {
    const next = measure(character, size);
    if (used + next > room) break;
    used += next;
    kept += character;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/** Characters after which a word too wide for a line breaks best (a znak, a reference, a URL). */
const BREAK_AFTER = /[./\-_,;:]/u;

/**
 * Splits a word wider than `width` into pieces that fit, after the last `.`, `/`, `-`… of a piece
 * where there is one (`ABC-II.6000.12.` / `5.2026`), else between characters.
 */
function breakWord(measure: TextMeasure, word: string, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  for (const character of word) {
    if (piece.length > 0 && measure(piece.join('') + character, size) > width) {
      const at = piece.findLastIndex((c, i) => i < piece.length - 1 && BREAK_AFTER.test(c));
      const soft = at >= 0 && measure(piece.slice(at + 1).join('') + character, size) <= width;
      const cut = soft ? at + 1 : piece.length;
      pieces.push(piece.slice(0, cut).join(''));
      piece = piece.slice(cut);
    }
    piece.push(character);
  }
  if (piece.length > 0) pieces.push(piece.join(''));
  return pieces;
}

/**
 * The text in lines of at most `width` points, broken between words (inside a word only when it
 * is wider than a line); beyond `maxLines` the last line ends with an ellipsis.
 */
export function wrapText({
  measure,
  text,
  size,
  width,
  maxLines = Number.POSITIVE_INFINITY,
}: {
  measure: TextMeasure;
  text: string;
  size: number;
  width: number;
  maxLines?: number;
}): string[] {
  const value = cleanText(text);
  if (value === '') return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = breakWord(measure, word, size, width);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    if (lines.length > maxLines) break;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  // What follows the kept lines is wider than a line (it needed two), so it is cut with an ellipsis.
  const rest = lines.slice(maxLines - 1).join(' ');
  return [...lines.slice(0, maxLines - 1), fitText({ measure, text: rest, size, width })];
}
