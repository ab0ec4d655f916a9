import type { JrwaClass } from '@obieg/contracts/jrwa';

/** Lower case without Polish diacritics ("Zajęcie" and "zajecie" match alike). */
export const foldText = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase();

/** The end classes of a unit's extract, with their titles, in symbol order. */
export function extractClasses(classes: readonly JrwaClass[], symbols: readonly string[]): JrwaClass[] {
  const wanted = new Set(symbols);
  return classes
    .filter((jrwaClass) => jrwaClass.final && wanted.has(jrwaClass.symbol))
    .sort((a, b) => a.symbol.localeCompare(b.symbol));
}

/**
 * Search as you type: digits match the start of a symbol ("60" → 6000, 6001), words match the
 * title (or symbol) in any order, without diacritics ("pas drog" → "Zezwolenia na zajęcie pasa
 * drogowego").
 */
export function searchJrwaChoices(classes: readonly JrwaClass[], text: string): JrwaClass[] {
  const words = foldText(text.trim()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...classes];
  const [first = ''] = words;
  const bySymbol = words.length === 1 && /^\d+$/.test(first);
  return classes.filter((jrwaClass) => {
    if (bySymbol) return jrwaClass.symbol.startsWith(first);
    const haystack = `${jrwaClass.symbol} ${foldText(jrwaClass.title)}`;
    return words.every((word) => haystack.includes(word));
  });
}

/** "6000 — Zezwolenia na zajęcie pasa drogowego". */
export const jrwaChoiceLabel = (jrwaClass: Pick<JrwaClass, 'symbol' | 'title'>) =>
  `${jrwaClass.symbol} — ${jrwaClass.title}`;
