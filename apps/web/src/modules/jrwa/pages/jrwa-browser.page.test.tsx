import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeJrwaClass, makeJrwaVersion, withPermissions } from '../../../test/builders';
import { stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

const classes = [
  makeJrwaClass('0', 'Zarządzanie'),
  makeJrwaClass('00', 'Organy gminy'),
  makeJrwaClass('000', 'Wybory organów gminy', 'A'),
  makeJrwaClass('001', 'Sesje rady gminy', 'A'),
  makeJrwaClass('01', 'Organizacja urzędu'),
  makeJrwaClass('010', 'Regulamin organizacyjny', 'A'),
  makeJrwaClass('011', 'Upoważnienia', 'B10'),
  makeJrwaClass('1', 'Kadry'),
];

function stubJrwa({ demonstration = false } = {}) {
  return stubFetch()
    .route('GET /api/v1/auth/me', withPermissions('jrwa:read'))
    .route('GET /api/v1/jrwa/versions', { items: [makeJrwaVersion({ demonstration })], nextCursor: null })
    .route('GET /api/v1/jrwa', (request) => {
      const q = request.url.searchParams.get('q');
      const items = q
        ? classes.filter((item) => item.title.toLowerCase().includes(q.toLowerCase()))
        : classes;
      return new Response(
        JSON.stringify({
          items,
          total: items.length,
          version: makeJrwaVersion({ demonstration, classCount: 8 }),
        }),
        { headers: { 'Content-Type': 'application/json' } },
      );
    });
}

describe('JRWA browser', () => {
  test('walks the class tree with the arrow keys and shows the focused class', async () => {
    stubJrwa();
    renderApp('/jrwa');

    const tree = await screen.findByRole('tree', { name: 'Klasy JRWA' });
    const first = screen.getByRole('treeitem', { name: /Zarządzanie/ });
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();

    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(await screen.findByRole('treeitem', { name: /Organy gminy/ })).toBeTruthy();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Organy gminy'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Wybory organów gminy'));

    expect(await screen.findByRole('heading', { level: 2, name: /000 Wybory organów gminy/ })).toBeTruthy();
    expect(screen.getByText(/materiały archiwalne, przechowywane wieczyście/)).toBeTruthy();
    expect(tree.querySelectorAll('[aria-selected="true"]')).toHaveLength(1);

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Organy gminy'));
  });

  test('finds a class by words and reveals it in the tree', async () => {
    stubJrwa();
    renderApp('/jrwa');

    fireEvent.change(await screen.findByLabelText(/Szukaj klasy/), { target: { value: 'regulamin' } });
    fireEvent.click(await screen.findByRole('button', { name: /010 Regulamin organizacyjny/ }));

    expect(
      await screen.findByRole('treeitem', { name: /Regulamin organizacyjny/, selected: true }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /010 Regulamin organizacyjny/ })).toBeTruthy();
  });

  test("warns that the demonstration fragment is not the office's JRWA", async () => {
    stubJrwa({ demonstration: true });
    renderApp('/jrwa');

    expect(await screen.findByText('To jest fragment demonstracyjny, a nie wykaz akt urzędu')).toBeTruthy();
    expect(screen.getByText(/administrator musi zaimportować wykaz akt własnego urzędu/)).toBeTruthy();
  });
});
