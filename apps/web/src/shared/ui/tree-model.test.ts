import { describe, expect, test } from 'vitest';
import { ancestorIds, indexTree, treeKeyAction, visibleRows } from './tree-model';

const items = [
  { id: '0', parentId: null },
  { id: '00', parentId: '0' },
  { id: '01', parentId: '0' },
  { id: '010', parentId: '01' },
  { id: '1', parentId: null },
];
const index = indexTree(items);

describe('tree navigation', () => {
  test('shows only roots until a class is expanded', () => {
    expect(visibleRows(index, new Set()).map((row) => row.item.id)).toEqual(['0', '1']);
    expect(visibleRows(index, new Set(['0'])).map((row) => row.item.id)).toEqual(['0', '00', '01', '1']);
  });

  test('describes each row with its level and position among siblings', () => {
    const row = visibleRows(index, new Set(['0'])).find((candidate) => candidate.item.id === '01');
    expect(row).toMatchObject({ level: 2, setSize: 2, posInSet: 2, hasChildren: true, expanded: false });
  });

  test('opens a closed class with the right arrow and then steps into its first child', () => {
    const closed = visibleRows(index, new Set());
    expect(treeKeyAction({ rows: closed, focusedId: '0', key: 'ArrowRight' })).toEqual({
      type: 'expand',
      id: '0',
    });
    const open = visibleRows(index, new Set(['0']));
    expect(treeKeyAction({ rows: open, focusedId: '0', key: 'ArrowRight' })).toEqual({
      type: 'focus',
      id: '00',
    });
  });

  test('goes back to the parent with the left arrow from a closed child', () => {
    const rows = visibleRows(index, new Set(['0']));
    expect(treeKeyAction({ rows, focusedId: '01', key: 'ArrowLeft' })).toEqual({ type: 'focus', id: '0' });
    expect(treeKeyAction({ rows, focusedId: '0', key: 'ArrowLeft' })).toEqual({ type: 'collapse', id: '0' });
  });

  test('moves through visible rows with up, down, Home and End', () => {
    const rows = visibleRows(index, new Set(['0']));
    expect(treeKeyAction({ rows, focusedId: '00', key: 'ArrowDown' })).toEqual({ type: 'focus', id: '01' });
    expect(treeKeyAction({ rows, focusedId: '00', key: 'ArrowUp' })).toEqual({ type: 'focus', id: '0' });
    expect(treeKeyAction({ rows, focusedId: '00', key: 'End' })).toEqual({ type: 'focus', id: '1' });
    expect(treeKeyAction({ rows, focusedId: '1', key: 'Home' })).toEqual({ type: 'focus', id: '0' });
  });

  test('lists the ancestors of a deep class so a search hit can be revealed', () => {
    expect(ancestorIds(index, '010')).toEqual(['01', '0']);
  });
});
