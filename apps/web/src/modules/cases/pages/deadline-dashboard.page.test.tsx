import type { DeadlineDashboard } from '@obieg/contracts/cases';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, makeCase } from '../cases.test-utils';

const HEAD = makeMe({
  permissions: ['cases:read', 'cases:handle'],
  grants: [
    { permission: 'cases:read', scope: 'unit' },
    { permission: 'cases:handle', scope: 'unit' },
  ],
});

const { periods: _periods, ...summary } = makeCase().deadline!;
const late: DeadlineDashboard['items'][number] = {
  ...makeCase({ sign: 'GK.6000.1.2026' }),
  deadline: { ...summary, dueDate: '2026-03-02', state: 'overdue' },
  workingDaysLeft: -6,
  reminder: null,
  noticeProposed: true,
};
const calm: DeadlineDashboard['items'][number] = {
  ...makeCase({ id: '01900000-0000-7000-8000-0000000005a9', sign: 'GK.6000.9.2026' }),
  deadline: { ...summary, dueDate: '2026-05-04', state: 'ok' },
  workingDaysLeft: 38,
  reminder: null,
  noticeProposed: false,
};
const dashboard = (items: DeadlineDashboard['items']): DeadlineDashboard => ({
  counts: { overdue: 1, dueSoon: 0, suspended: 0, ok: 1 },
  items,
});

describe('terminy spraw', () => {
  test('a head switches to the unit and sends a notice of delay where the server proposes one', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', HEAD)
      .route('GET /api/v1/cases/deadlines', ({ url }) =>
        json(200, dashboard(url.searchParams.get('scope') === 'unit' ? [late, calm] : [])),
      )
      .route(`POST /api/v1/cases/${CASE_ID}/delay-notice`, (request) => {
        const body = JSON.parse(String(request.body)) as { newDate: string };
        return json(
          200,
          makeCase({ deadline: { ...makeCase().deadline!, kind: 'date', dueDate: body.newDate } }),
        );
      });
    const { app } = renderApp('/cases/deadlines');

    expect(await screen.findByText('Brak spraw z terminem załatwienia.')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Cały urząd' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Sprawy komórki' }));
    await waitFor(() => expect(app.router.state.location.search).toEqual({ scope: 'unit' }));

    const table = await screen.findByTestId('deadline-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('po terminie');
    expect(rows[0]?.textContent).toContain('dni robocze po terminie: 6');
    expect(within(rows[1]!).queryByRole('button')).toBeNull();
    fireEvent.click(
      within(rows[0]!).getByRole('button', {
        name: 'Zawiadomienie o zwłoce (art. 36 KPA) w sprawie GK.6000.1.2026',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Zawiadomienie o zwłoce w sprawie GK.6000.1.2026',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz zawiadomienie' }));
    expect(await within(dialog).findAllByText('To pole jest wymagane.')).toHaveLength(2);
    fireEvent.change(within(dialog).getByLabelText(/Nowy termin załatwienia/), {
      target: { value: '2099-06-30' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Przyczyny zwłoki/ }), {
      target: { value: 'Oczekiwanie na opinię.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz zawiadomienie' }));

    expect(
      await screen.findByText(
        'Zapisano zawiadomienie o zwłoce w sprawie GK.6000.1.2026; nowy termin: 30.06.2099.',
      ),
    ).toBeTruthy();
    const posted = stub.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(String(posted?.body))).toEqual({
      newDate: '2099-06-30',
      reason: 'Oczekiwanie na opinię.',
    });
  });
});
