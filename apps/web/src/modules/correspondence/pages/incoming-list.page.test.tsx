import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

const READER = withPermissions('correspondence:read', 'correspondence:register', 'contacts:read');

const row = (sequence: number, overrides: Record<string, unknown> = {}) => ({
  id: `01900000-0000-7000-8000-0000000002${String(sequence).padStart(2, '0')}`,
  rpwNumber: `RPW/${sequence}/2026`,
  rpwYear: 2026,
  rpwSequence: sequence,
  documentId: `OBG-DEMO-2026-${sequence}`,
  title: `Pismo ${sequence}`,
  senders: [],
  receivedAt: '2026-03-10',
  registeredAt: '2026-03-10T09:00:00+01:00',
  deliveryMethod: 'list_zwykly',
  organId: null,
  fullScan: true,
  status: 'registered',
  ...overrides,
});

function stubRegister() {
  return stubFetch()
    .route('GET /api/v1/auth/me', READER)
    .route('GET /api/v1/dictionaries/delivery-methods', {
      items: [{ code: 'list_zwykly', name: 'list zwykły', active: true, sort: 0 }],
    })
    .route('GET /api/v1/organs', { items: [], nextCursor: null })
    .route('GET /api/v1/incoming', ({ url }) =>
      json(200, {
        items:
          url.searchParams.get('lacksScan') === 'true'
            ? [row(2, { fullScan: false, title: '<script>alert(1)</script>' })]
            : [row(2), row(1)],
        nextCursor: null,
      }),
    );
}

describe('rejestr przesyłek wpływających', () => {
  test('lists items lacking a full scan and exports the same view', async () => {
    const stub = stubRegister();
    renderApp('/incoming');

    const table = await screen.findByTestId('incoming-table');
    await within(table).findByRole('link', { name: 'RPW/1/2026' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tylko przesyłki bez pełnego skanu' }));

    await waitFor(() => expect(within(table).queryByRole('link', { name: 'RPW/1/2026' })).toBeNull());
    expect(within(table).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Pełny skan' })).toBeTruthy();
    expect(within(table).getByText('Nie')).toBeTruthy();
    const last = stub.requests.filter((request) => request.url.pathname === '/api/v1/incoming').at(-1);
    expect(last?.url.searchParams.get('lacksScan')).toBe('true');
    const csv = screen.getByRole('link', { name: 'CSV' }).getAttribute('href');
    expect(csv).toBe('/api/v1/incoming/export?lacksScan=true&format=csv');
    expect(screen.getByRole('link', { name: 'Wydruk PDF' }).getAttribute('href')).toBe(
      '/api/v1/incoming/register.pdf?lacksScan=true',
    );
  });

  test('sorts by the date received from the column header and focuses the search with "/"', async () => {
    const stub = stubRegister();
    renderApp('/incoming');
    await screen.findByTestId('incoming-table');

    fireEvent.click(screen.getByRole('button', { name: /Data wpływu/ }));
    await waitFor(() =>
      expect(stub.requests.some((request) => request.url.searchParams.get('sort') === 'received_desc')).toBe(
        true,
      ),
    );
    expect(screen.getByRole('columnheader', { name: /Data wpływu/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );

    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Szukaj w rejestrze' }));
  });
});
