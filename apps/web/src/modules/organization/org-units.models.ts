import type { OrgUnit } from '@obieg/contracts/organization';
import { indexTree } from '../../shared/ui/tree-model';

export function sortUnitsBySymbol(units: readonly OrgUnit[]): OrgUnit[] {
  return [...units].sort((a, b) => a.symbol.localeCompare(b.symbol, 'pl'));
}

/** The unit and everything below it: none of them can become its parent. */
export function unitWithDescendants(units: readonly OrgUnit[], id: string): Set<string> {
  const index = indexTree(units);
  const result = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const child of index.children.get(current) ?? []) {
      if (!result.has(child.id)) {
        result.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return result;
}

export function unitLabel(unit: Pick<OrgUnit, 'symbol' | 'name'>): string {
  return `${unit.symbol} — ${unit.name}`;
}
