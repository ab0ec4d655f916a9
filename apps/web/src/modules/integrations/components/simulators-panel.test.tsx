import type { SimulatorsStatus } from '@obieg/contracts/integrations';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';

const FIRST_LOAD = { timeout: 15_000 };
const ADMIN = withPermissions('tenant:manage');
const HEADING = 'Symulatory (demonstracja)';
const SIMULATORS: SimulatorsStatus = {
  enabled: true,
  edelivery: { url: 'http://127.0.0.1:4010', officeAddress: 'AE:PL-51220-41739-EDCBA-31' },
  epuap: { url: 'http://127.0.0.1:4020', officeBox: '/ugprzykladowo/skrytka' },
  smtp: { port: 2525, messages: 3 },
};

function stubPage() {
  return stubFetch()
    .route('GET /api/v1/auth/me', ADMIN)
    .route('GET /api/v1/integrations/mailboxes', { items: [] })
    .route('GET /api/v1/integrations/log', { items: [], total: 0 });
}

describe('symulatory na stronie integracji', () => {
  test('without simulators (production answers 404) the page has no simulator section', async () => {
    const stub = stubPage();
    renderApp('/integrations');

    expect(await screen.findByRole('region', { name: 'Synchronizacja' }, FIRST_LOAD)).toBeTruthy();
    await waitFor(() =>
      expect(stub.requests.some((request) => request.url.pathname === '/api/v1/simulators')).toBe(true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: HEADING })).toBeNull();
    expect(screen.queryByRole('button', { name: /Symulator:/ })).toBeNull();
  });

  test("shows the simulators and the office's mailboxes in them, labelled as a demonstration tool", async () => {
    stubPage().route('GET /api/v1/simulators', SIMULATORS);
    renderApp('/integrations');

    const section = await screen.findByRole('region', { name: HEADING }, FIRST_LOAD);
    expect(within(section).getByTestId('simulator-notice').textContent).toMatch(/^Symulator/);
    const facts = within(section).getByTestId('simulators-facts');
    const value = (name: string) =>
      within(facts).getByRole('rowheader', { name }).closest('tr')?.querySelector('td')?.textContent;
    expect(value('Symulator e-Doręczeń')).toBe('http://127.0.0.1:4010');
    expect(value('Adres urzędu (ADE) w symulatorze e-Doręczeń')).toBe('AE:PL-51220-41739-EDCBA-31');
    expect(value('Skrytka urzędu w symulatorze ePUAP')).toBe('/ugprzykladowo/skrytka');
    expect(value('Symulator poczty e-mail (SMTP)')).toBe('port 2525, odebrane wiadomości: 3');
  });

  test('a letter from a citizen needs a title, is posted to the simulator, and the user is told to synchronise, with the button right there', async () => {
    const stub = stubPage()
      .route('GET /api/v1/simulators', SIMULATORS)
      .route('POST /api/v1/simulators/letters', json(201, { reference: 'EPUAP-DOC-7' }))
      .route('POST /api/v1/integrations/epuap/sync', {
        mailboxes: [
          {
            mailboxId: '01900000-0000-7000-8000-00000000ab03',
            address: '/ugprzykladowo/skrytka',
            registered: 1,
            statusUpdates: 0,
            rejected: 0,
            error: null,
          },
        ],
      });
    renderApp('/integrations');

    const section = await screen.findByRole('region', { name: HEADING }, FIRST_LOAD);
    const letter = within(section).getByRole('region', { name: 'Pismo od obywatela' });
    const submit = within(letter).getByRole('button', { name: 'Symulator: wyślij pismo do urzędu' });
    fireEvent.click(submit);
    const title = within(letter).getByRole('textbox', { name: /Tytuł pisma/ });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(sentBodies(stub, 'POST', '/api/v1/simulators/letters')).toEqual([]);

    fireEvent.change(within(letter).getByRole('combobox', { name: 'Kanał' }), {
      target: { value: 'epuap' },
    });
    fireEvent.change(title, { target: { value: 'Wniosek o wycinkę drzewa' } });
    fireEvent.change(within(letter).getByRole('textbox', { name: /Nadawca/ }), {
      target: { value: 'Ewa Nowak' },
    });
    fireEvent.submit(title.closest('form')!);

    const result = within(section).getByTestId('simulator-result');
    expect(result.getAttribute('role')).toBe('status');
    await waitFor(() =>
      expect(result.textContent).toBe(
        'Symulator (ePUAP) przyjął pismo „Wniosek o wycinkę drzewa” (identyfikator: EPUAP-DOC-7). Zsynchronizuj ePUAP, aby pismo trafiło do RPW.',
      ),
    );
    expect(sentBodies(stub, 'POST', '/api/v1/simulators/letters')).toEqual([
      { channel: 'epuap', title: 'Wniosek o wycinkę drzewa', senderName: 'Ewa Nowak' },
    ]);
    expect(within(section).queryByRole('button', { name: 'Synchronizuj e-Doręczenia' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Synchronizuj ePUAP' }));
    expect(
      await within(section).findByText('ePUAP: nowe przesyłki w RPW: 1, zmiany stanu wysłanych: 0.'),
    ).toBeTruthy();
  });

  test('the e-Doręczenia clock moves by the days given (1 to 60), then e-Doręczenia is to be synchronised', async () => {
    const stub = stubPage()
      .route('GET /api/v1/simulators', SIMULATORS)
      .route('POST /api/v1/simulators/advance', () => new Response(null, { status: 204 }));
    renderApp('/integrations');

    const section = await screen.findByRole('region', { name: HEADING }, FIRST_LOAD);
    const clock = within(section).getByRole('region', { name: 'Zegar e-Doręczeń' });
    const days = within(clock).getByRole('textbox', { name: /Przesuń zegar e-Doręczeń o \(dni\)/ });
    fireEvent.change(days, { target: { value: '61' } });
    fireEvent.click(within(clock).getByRole('button', { name: 'Symulator: przesuń zegar' }));
    expect(await within(clock).findByText('Podaj liczbę dni od 1 do 60.')).toBeTruthy();
    expect(sentBodies(stub, 'POST', '/api/v1/simulators/advance')).toEqual([]);

    fireEvent.change(days, { target: { value: '15' } });
    fireEvent.click(within(clock).getByRole('button', { name: 'Symulator: przesuń zegar' }));
    await waitFor(() =>
      expect(within(section).getByTestId('simulator-result').textContent).toBe(
        'Zegar symulatora e-Doręczeń przesunięto o 15 dni. Zsynchronizuj e-Doręczenia, aby odczytać skutki (np. fikcję doręczenia).',
      ),
    );
    expect(sentBodies(stub, 'POST', '/api/v1/simulators/advance')).toEqual([{ days: 15 }]);
    expect(within(section).getByRole('button', { name: 'Synchronizuj e-Doręczenia' })).toBeTruthy();
  });
});
