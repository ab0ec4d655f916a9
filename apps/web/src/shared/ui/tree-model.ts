// Pure model of a keyboard-navigable tree (WAI-ARIA tree view pattern), shared by JRWA and org units.

export type TreeItem = { id: string; parentId: string | null };

export type TreeIndex<T extends TreeItem> = {
  byId: Map<string, T>;
  children: Map<string | null, T[]>;
};

export type VisibleRow<T extends TreeItem> = {
  item: T;
  level: number;
  setSize: number;
  posInSet: number;
  hasChildren: boolean;
  expanded: boolean;
};

export type TreeKeyAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'expand_siblings'; ids: string[] };

/** Groups items under their parents, keeping the given order; an item whose parent is missing is a root. */
export function indexTree<T extends TreeItem>(items: readonly T[]): TreeIndex<T> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parentId = item.parentId !== null && byId.has(item.parentId) ? item.parentId : null;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(item);
    else children.set(parentId, [item]);
  }
  return { byId, children };
}

/** The rows a user can see: roots, and the children of every expanded row, depth first. */
export function visibleRows<T extends TreeItem>(
  index: TreeIndex<T>,
  expanded: ReadonlySet<string>,
): VisibleRow<T>[] {
  const rows: VisibleRow<T>[] = [];
  const visit = (parentId: string | null, level: number) => {
    const siblings = index.children.get(parentId) ?? [];
    siblings.forEach((item, position) => {
      const hasChildren = (index.children.get(item.id)?.length ?? 0) > 0;
      const isExpanded = hasChildren && expanded.has(item.id);
      rows.push({
        item,
        level,
        setSize: siblings.length,
        posInSet: position + 1,
        hasChildren,
        expanded: isExpanded,
      });
      if (isExpanded) visit(item.id, level + 1);
    });
  };
  visit(null, 1);
  return rows;
}

/** Ids of every ancestor of an item, nearest first. */
export function ancestorIds<T extends TreeItem>(index: TreeIndex<T>, id: string): string[] {
  const ids: string[] = [];
  const seen = new Set<string>([id]);
  let parentId = index.byId.get(id)?.parentId ?? null;
  while (parentId !== null && index.byId.has(parentId) && !seen.has(parentId)) {
    ids.push(parentId);
    seen.add(parentId);
    parentId = index.byId.get(parentId)?.parentId ?? null;
  }
  return ids;
}

/** What a key press does on the focused row: arrows move and open/close, Home/End jump, `*` opens siblings. */
export function treeKeyAction<T extends TreeItem>({
  rows,
  focusedId,
  key,
}: {
  rows: readonly VisibleRow<T>[];
  focusedId: string;
  key: string;
}): TreeKeyAction | null {
  const position = rows.findIndex((row) => row.item.id === focusedId);
  const row = rows[position];
  if (!row) return rows[0] ? { type: 'focus', id: rows[0].item.id } : null;
  const focusAt = (index: number) => {
    const target = rows[index];
    return target ? ({ type: 'focus', id: target.item.id } as const) : null;
  };
  switch (key) {
    case 'ArrowDown':
      return focusAt(position + 1);
    case 'ArrowUp':
      return focusAt(position - 1);
    case 'Home':
      return focusAt(0);
    case 'End':
      return focusAt(rows.length - 1);
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      return row.expanded ? focusAt(position + 1) : { type: 'expand', id: row.item.id };
    case 'ArrowLeft': {
      if (row.expanded) return { type: 'collapse', id: row.item.id };
      const parentId = row.item.parentId;
      return parentId !== null && rows.some((candidate) => candidate.item.id === parentId)
        ? { type: 'focus', id: parentId }
        : null;
    }
    case '*': {
      const ids = rows
        .filter((candidate) => candidate.level === row.level && candidate.item.parentId === row.item.parentId)
        .filter((candidate) => candidate.hasChildren && !candidate.expanded)
        .map((candidate) => candidate.item.id);
      return ids.length > 0 ? { type: 'expand_siblings', ids } : null;
    }
    default:
      return null;
  }
}
