import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { GK_UNIT, OR_UNIT } from '../cases.test-utils';

const SECRETARY = makeMe({ permissions: ['cases:read', 'reports:read'] });

describe('współpraca komórek', () => {
  test('shows per unit what was shared and what opinions were given, and narrows to a period', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', SECRETARY)
      .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
      .route('GET /api/v1/cases/cooperation', ({ url }) =>
        json(200, {
          from: url.searchParams.get('from'),
          to: url.searchParams.get('to'),
          items: [
            {
              unit: { id: GK_UNIT, symbol: 'GK', name: 'Wydział Gospodarki Komunalnej' },
              casesSharedWith: 1,
              opinionsGiven: 0,
              casesShared: 3,
              opinionsReceived: 2,
            },
            {
              unit: { id: OR_UNIT, symbol: 'OR', name: 'Referat Organizacyjny' },
              casesSharedWith: 3,
              opinionsGiven: 2,
              casesShared: 1,
              opinionsReceived: 0,
            },
          ],
        }),
      );
    const { app } = renderApp('/cases/cooperation');

    expect(await screen.findByRole('heading', { level: 1, name: 'Współpraca komórek' })).toBeTruthy();
    const table = await screen.findByTestId('cooperation');
    expect(within(table).getByText('Współpraca komórek za cały okres: 2')).toBeTruthy();
    const or = within(table).getByRole('rowheader', { name: 'OR — Referat Organizacyjny' }).closest('tr')!;
    expect([...or.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['3', '2', '1', '0']);

    fireEvent.change(screen.getByLabelText('Od dnia'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('Do dnia'), { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pokaż' }));

    await waitFor(() =>
      expect(app.router.state.location.search).toEqual({ from: '2026-01-01', to: '2026-03-31' }),
    );
    expect(await screen.findByText('Współpraca komórek od 1.01.2026 do 31.03.2026: 2')).toBeTruthy();
    const asked = stub.requests.filter((request) => request.url.pathname === '/api/v1/cases/cooperation');
    expect(Object.fromEntries(asked.at(-1)!.url.searchParams)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  test('is refused to those without reports:read', async () => {
    stubFetch()
      .route('GET /api/v1/auth/me', makeMe({ permissions: ['cases:read'] }))
      .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} });
    renderApp('/cases/cooperation');

    expect(await screen.findByRole('heading', { name: 'Brak uprawnień' })).toBeTruthy();
  });
});
