import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { makeIncomingItem } from '../correspondence.test-utils';

const CLERK = withPermissions('correspondence:register', 'correspondence:read', 'files:upload', 'files:read');
const item = makeIncomingItem({ title: 'Wniosek <script>alert(1)</script>' });
const path = `/api/v1/incoming/${item.id}`;

function stubItem() {
  return stubFetch()
    .route('GET /api/v1/auth/me', CLERK)
    .route('GET /api/v1/dictionaries/delivery-methods', { items: [] })
    .route('GET /api/v1/dictionaries/document-kinds', { items: [] })
    .route('GET /api/v1/organs', { items: [], nextCursor: null });
}

const patches = (stub: ReturnType<typeof stubFetch>) =>
  stub.requests
    .filter((request) => request.method === 'PATCH')
    .map((request) => JSON.parse(String(request.body)) as Record<string, unknown>);

describe('przesyłka wpływająca', () => {
  test('a correction made after someone else’s keeps the typed changes and is sent against the new version', async () => {
    const theirs = makeIncomingItem({ ...item, version: 2, remarks: 'Dopisek sekretariatu' });
    let reads = 0;
    const stub = stubItem()
      .route(`GET ${path}`, () => json(200, reads++ === 0 ? item : theirs))
      .route(`PATCH ${path}`, (request) => {
        const body = JSON.parse(String(request.body)) as { version: number; title: string };
        if (body.version === 1) return problem(409, 'common.version_conflict');
        return json(200, {
          ...theirs,
          title: body.title,
          version: 3,
          corrections: [
            {
              id: '01900000-0000-7000-8000-0000000003c1',
              at: '2026-03-10T10:00:00+01:00',
              by: null,
              reason: 'Literówka',
              changes: { title: { from: item.title, to: body.title } },
            },
          ],
        });
      });
    renderApp(`/incoming/${item.id}`);

    const details = await screen.findByTestId('incoming-details');
    expect(within(details).getByText('Wniosek <script>alert(1)</script>')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Popraw dane' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Tytuł/ }), {
      target: { value: 'Wniosek o ulgę' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz korektę' }));
    expect(await screen.findByText('To pole jest wymagane.')).toBeTruthy();
    expect(patches(stub)).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: /Powód korekty/ }), {
      target: { value: 'Literówka' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz korektę' }));
    expect(await screen.findByText('Ktoś w międzyczasie zmienił tę przesyłkę')).toBeTruthy();
    await waitFor(() => expect(reads).toBe(2));
    expect((screen.getByRole('textbox', { name: /^Tytuł/ }) as HTMLInputElement).value).toBe(
      'Wniosek o ulgę',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Zapisz korektę' }));
    const history = await screen.findByTestId('incoming-corrections');
    expect(history.textContent).toContain('Literówka');
    expect(history.textContent).toContain('Wniosek <script>alert(1)</script> → Wniosek o ulgę');
    expect(patches(stub)).toEqual([
      { reason: 'Literówka', version: 1, title: 'Wniosek o ulgę' },
      { reason: 'Literówka', version: 2, title: 'Wniosek o ulgę' },
    ]);
  });

  test('cancelling asks for a reason and keeps the number', async () => {
    const cancelled = makeIncomingItem({
      ...item,
      status: 'cancelled',
      version: 2,
      cancellation: { reason: 'Pomyłkowa rejestracja', at: '2026-03-10T11:00:00+01:00', by: null },
    });
    const stub = stubItem().route(`GET ${path}`, item).route(`POST ${path}/cancel`, cancelled);
    renderApp(`/incoming/${item.id}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Anuluj przesyłkę' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anulować przesyłkę RPW/7/2026?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Anuluj przesyłkę' }));
    expect(await within(dialog).findByText('To pole jest wymagane.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Powód anulowania/ }), {
      target: { value: 'Pomyłkowa rejestracja' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Anuluj przesyłkę' }));

    expect(await screen.findByText('Przesyłka anulowana')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'RPW/7/2026' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Popraw dane' })).toBeNull();
    const sent = stub.requests.find((request) => request.url.pathname === `${path}/cancel`);
    expect(JSON.parse(String(sent?.body))).toEqual({ reason: 'Pomyłkowa rejestracja' });
  });
});
