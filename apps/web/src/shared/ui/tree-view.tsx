import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { indexTree, treeKeyAction, visibleRows, type TreeItem } from './tree-model';

type TreeViewProps<T extends TreeItem> = {
  items: readonly T[];
  label: string;
  idPrefix: string;
  renderItem: (item: T) => ReactNode;
  selectedId: string | null;
  /** Selection follows focus: arrows move it, so the details beside the tree update as the user reads. */
  onSelect: (id: string) => void;
  expanded: ReadonlySet<string>;
  onExpandedChange: (expanded: Set<string>) => void;
  maxHeight?: string;
};

/** A WAI-ARIA tree: one tab stop, arrows to move, right/left to open/close, Home/End, `*` for siblings. */
export function TreeView<T extends TreeItem>(props: TreeViewProps<T>) {
  const { items, label, idPrefix, renderItem, selectedId, onSelect, expanded, onExpandedChange } = props;
  const index = useMemo(() => indexTree(items), [items]);
  const rows = useMemo(() => visibleRows(index, expanded), [index, expanded]);
  const focusRequest = useRef<string | null>(null);
  const domId = (id: string) => `${idPrefix}-${id}`;
  const tabStopId = rows.some((row) => row.item.id === selectedId) ? selectedId : (rows[0]?.item.id ?? null);

  useEffect(() => {
    if (selectedId === null) return;
    const element = document.getElementById(`${idPrefix}-${selectedId}`);
    if (focusRequest.current === selectedId) {
      focusRequest.current = null;
      element?.focus();
    } else {
      element?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [selectedId, rows, idPrefix]);

  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onExpandedChange(next);
  };

  const focusItem = (id: string) => {
    focusRequest.current = id;
    if (id === selectedId) document.getElementById(domId(id))?.focus();
    else onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, focusedId: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = rows.find((candidate) => candidate.item.id === focusedId);
      if (row?.hasChildren) toggle(focusedId);
      return;
    }
    const action = treeKeyAction({ rows, focusedId, key: event.key });
    if (!action) return;
    event.preventDefault();
    if (action.type === 'focus') focusItem(action.id);
    else if (action.type === 'expand') onExpandedChange(new Set([...expanded, action.id]));
    else if (action.type === 'expand_siblings') onExpandedChange(new Set([...expanded, ...action.ids]));
    else onExpandedChange(new Set([...expanded].filter((id) => id !== action.id)));
  };

  return (
    <div style={{ maxHeight: props.maxHeight ?? '70vh', overflowY: 'auto' }}>
      <ul role="tree" aria-label={label} className="tree">
        {rows.map((row) => {
          const id = row.item.id;
          return (
            <li
              key={id}
              id={domId(id)}
              role="treeitem"
              className="tree-item"
              aria-level={row.level}
              aria-setsize={row.setSize}
              aria-posinset={row.posInSet}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={id === selectedId}
              tabIndex={id === tabStopId ? 0 : -1}
              style={{ paddingLeft: `${0.5 + (row.level - 1) * 1.25}rem` }}
              onKeyDown={(event) => onKeyDown(event, id)}
              onClick={() => focusItem(id)}
            >
              <span
                className="tree-toggle"
                aria-hidden
                onClick={(event) => {
                  if (!row.hasChildren) return;
                  event.stopPropagation();
                  toggle(id);
                  focusItem(id);
                }}
              >
                {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
              </span>
              <span>{renderItem(row.item)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
