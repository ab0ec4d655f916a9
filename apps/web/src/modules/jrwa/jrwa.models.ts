import type { JrwaClass } from '@obieg/contracts/jrwa';
import type { Translate } from '../../locales/i18n';

export type JrwaTreeItem = JrwaClass & { id: string; parentId: string | null };

export function toTreeItems(classes: readonly JrwaClass[]): JrwaTreeItem[] {
  return classes.map((jrwaClass) => ({
    ...jrwaClass,
    id: jrwaClass.symbol,
    parentId: jrwaClass.parentSymbol,
  }));
}

/** Ancestors of a symbol by prefix (each level adds one digit): "0123" → ["012", "01", "0"]. */
export function ancestorSymbols(symbol: string): string[] {
  const ancestors: string[] = [];
  for (let length = symbol.length - 1; length >= 1; length -= 1) ancestors.push(symbol.slice(0, length));
  return ancestors;
}

/** What an archival category means: A, Bc, B5 (kept 5 years), BE10 (expert review after 10 years). */
export function describeCategory(t: Translate, category: string | null): string {
  if (!category) return t('jrwa.category.none');
  if (category === 'A') return t('jrwa.category.A');
  if (category === 'Bc') return t('jrwa.category.Bc');
  const match = /^(BE|B)(\d+)$/.exec(category);
  if (!match) return category;
  const years = Number(match[2]);
  return match[1] === 'BE' ? t('jrwa.category.BE', { years }) : t('jrwa.category.B', { years });
}
