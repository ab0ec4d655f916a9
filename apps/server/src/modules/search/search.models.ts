import type { SearchHit } from '@obieg/contracts/search';
import { foldDiacritics } from '../../shared/text/fold.js';

/** At most this many words of a query are searched for. */
export const MAX_SEARCH_WORDS = 8;
/** Longer words are cut (no word in an index is longer in practice). */
const MAX_WORD_LENGTH = 40;

/**
 * The words of a query as the index holds them: folded (lower case, no Polish letters), split at
 * everything that is not a letter or a digit (so `%`, `_`, quotes and operators are never syntax),
 * without repeats; at most MAX_SEARCH_WORDS.
 */
export function parseSearchWords(query: string): string[] {
  const words = foldDiacritics(query.slice(0, 2_000))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/** A tsquery: every word as a prefix, all required (`word:* & other:*`). Words hold only letters and digits. */
export const toPrefixQuery = (words: string[]) => words.map((w) => `${w}:*`).join(' & ');

/** One character folded as `foldDiacritics` folds it, keeping one character per character. */
function foldChar(c: string): string {
  if (c === 'ł' || c === 'Ł') return 'l';
  const folded = c
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  return folded.length === 1 ? folded : c.length === 1 ? c.toLowerCase().slice(0, 1) || ' ' : ' ';
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where in `text` a word starts with one of `words` (positions in the original text). */
function findMatches(text: string, words: string[]) {
  const chars = Array.from(text);
  const folded = chars.map(foldChar).join('');
  // Array.from splits by code point; map positions back to string offsets.
  const offsets: number[] = [];
  let at = 0;
  for (const c of chars) {
    offsets.push(at);
    at += c.length;
  }
  offsets.push(at);
  const matches: { start: number; end: number }[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    if (isWordChar(chars[i - 1])) continue;
    const word = words.find((w) => folded.startsWith(w, i));
    if (word) {
      // The whole word that starts with the searched prefix is shown matched.
      let end = i + word.length;
      while (isWordChar(chars[end])) end += 1;
      matches.push({ start: offsets[i] ?? 0, end: offsets[end] ?? text.length });
      i = end - 1;
    }
  }
  return matches;
}

/**
 * A fragment of `text` around the first place the words match, at most `width` characters, in
 * parts marked `match` where a word matched (plain text, never markup: the UI escapes it).
 */
export function makeFragment(text: string, words: string[], width = 240): SearchHit['fragment'] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const matches = findMatches(clean, words);
  const first = matches[0];
  let from = 0;
  if (first && clean.length > width) {
    from = Math.max(0, first.start - Math.floor(width / 3));
    const space = clean.lastIndexOf(' ', from);
    if (space > 0 && from - space < 20) from = space + 1;
  }
  const to = Math.min(clean.length, from + width);
  const parts: SearchHit['fragment'] = [];
  if (from > 0) parts.push({ text: '…', match: false });
  let at = from;
  for (const m of matches) {
    if (m.end <= from || m.start >= to) continue;
    const start = Math.max(m.start, from);
    if (start > at) parts.push({ text: clean.slice(at, start), match: false });
    const end = Math.min(m.end, to);
    parts.push({ text: clean.slice(start, end), match: true });
    at = end;
  }
  if (at < to) parts.push({ text: clean.slice(at, to), match: false });
  if (to < clean.length) parts.push({ text: '…', match: false });
  return parts;
}
