import type { Mailbox } from '@obieg/contracts/integrations';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';

const FIRST_LOAD = { timeout: 15_000 };
const ADMIN = withPermissions('tenant:manage', 'organization:read');
const UNIT_ID = '01900000-0000-7000-8000-0000000000b1';
const INCOMING_ID = '01900000-0000-7000-8000-00000000c101';
const DISPATCH_ID = '01900000-0000-7000-8000-0000000d1501';

function makeMailbox(overrides: Partial<Mailbox> = {}): Mailbox {
  return {
    id: '01900000-0000-7000-8000-00000000ab01',
    kind: 'edelivery',
    address: 'AE:PL-12345-67890-ABCDE-12',
    name: 'Urząd Gminy Przykładowo',
    unitId: null,
    unitName: null,
    enabled: true,
    isDefault: true,
    settings: {
      apiBaseUrl: 'https://ede.example/api',
      tokenUrl: 'https://ede.example/token',
      clientId: 'ug-1',
    },
    hasCredentials: true,
    certificateSubject: 'CN=Urząd Gminy Przykładowo, O=Urząd Gminy Przykładowo',
    certificatePem: null,
    certificateValidTo: '2028-01-02T09:00:00+01:00',
    lastSyncAt: '2026-03-10T08:00:00+01:00',
    lastSyncError: null,
    version: 3,
    ...overrides,
  };
}

const smtp = makeMailbox({
  id: '01900000-0000-7000-8000-00000000ab02',
  kind: 'smtp',
  address: 'kancelaria@ug.example.pl',
  name: 'Poczta kancelarii',
  isDefault: false,
  settings: {
    host: 'smtp.example.pl',
    port: 465,
    secure: true,
    user: 'kancelaria',
    from: 'kancelaria@ug.example.pl',
  },
  certificateSubject: null,
  certificateValidTo: null,
  lastSyncAt: null,
  lastSyncError: 'Połączenie odrzucone',
  version: 7,
});

function stubIntegrations(mailboxes: Mailbox[] = [makeMailbox(), smtp]) {
  return stubFetch()
    .route('GET /api/v1/auth/me', ADMIN)
    .route('GET /api/v1/integrations/mailboxes', { items: mailboxes })
    .route('GET /api/v1/integrations/log', { items: [], total: 0 })
    .route('GET /api/v1/org-units', {
      items: [
        {
          id: UNIT_ID,
          symbol: 'GK',
          name: 'Wydział Gospodarki Komunalnej',
          parentId: null,
          headPositionId: null,
          validFrom: '2020-01-01',
          validTo: null,
          active: true,
          createdAt: '2020-01-01T08:00:00+01:00',
        },
      ],
      nextCursor: null,
    });
}

describe('integracje', () => {
  test('lists the mailboxes with their certificate and last synchronisation', async () => {
    stubIntegrations();
    renderApp('/integrations');

    const table = await screen.findByTestId('mailboxes', {}, FIRST_LOAD);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('e-Doręczenia')).toBeTruthy();
    expect(within(rows[0]!).getByText('domyślna')).toBeTruthy();
    expect(within(rows[0]!).getByText('CN=Urząd Gminy Przykładowo, O=Urząd Gminy Przykładowo')).toBeTruthy();
    expect(within(rows[1]!).getByText('Poczta e-mail (SMTP)')).toBeTruthy();
    expect(within(rows[1]!).getByText('Nigdy')).toBeTruthy();
    expect(within(rows[1]!).getByText('Błąd: Połączenie odrzucone')).toBeTruthy();
  });

  test('a new e-Doręczenia address is checked against the settings schema and gets a certificate from the office CA', async () => {
    const stub = stubIntegrations([]).route('POST /api/v1/integrations/mailboxes', (request) =>
      json(201, makeMailbox({ address: (JSON.parse(String(request.body)) as { address: string }).address })),
    );
    renderApp('/integrations');

    fireEvent.click(await screen.findByRole('button', { name: 'Dodaj skrzynkę' }, FIRST_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Nowa skrzynka' });
    const kind = within(dialog).getByRole('combobox', { name: /Rodzaj/ });
    await waitFor(() => expect(document.activeElement).toBe(kind));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Adres$/ }), {
      target: { value: 'AE:PL-12345-67890-ABCDE-12' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Nazwa/ }), {
      target: { value: 'Urząd Gminy Przykładowo' },
    });
    const unit = within(dialog).getByRole('combobox', { name: /Komórka organizacyjna/ });
    expect(
      await within(unit).findByRole('option', { name: 'GK — Wydział Gospodarki Komunalnej' }),
    ).toBeTruthy();
    fireEvent.change(unit, { target: { value: UNIT_ID } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Adres API e-Doręczeń/ }), {
      target: { value: 'not a url' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Adres usługi tokenów/ }), {
      target: { value: 'https://ede.example/token' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Identyfikator systemu/ }), {
      target: { value: 'ug-1' },
    });
    expect(
      (within(dialog).getByRole('radio', { name: 'Wystaw certyfikat z CA urzędu' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dodaj skrzynkę' }));

    const api = within(dialog).getByRole('textbox', { name: /Adres API e-Doręczeń/ });
    await waitFor(() => expect(api.getAttribute('aria-invalid')).toBe('true'));
    expect(sentBodies(stub, 'POST', '/api/v1/integrations/mailboxes')).toEqual([]);

    fireEvent.change(api, { target: { value: 'https://ede.example/api' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dodaj skrzynkę' }));

    expect(await screen.findByText('Dodano skrzynkę AE:PL-12345-67890-ABCDE-12.')).toBeTruthy();
    expect(sentBodies(stub, 'POST', '/api/v1/integrations/mailboxes')).toEqual([
      {
        kind: 'edelivery',
        address: 'AE:PL-12345-67890-ABCDE-12',
        name: 'Urząd Gminy Przykładowo',
        unitId: UNIT_ID,
        enabled: true,
        isDefault: false,
        settings: {
          apiBaseUrl: 'https://ede.example/api',
          tokenUrl: 'https://ede.example/token',
          clientId: 'ug-1',
        },
        credentials: { issueFromOfficeCa: true },
      },
    ]);
  });

  test('editing an SMTP mailbox sends its version and no password unless one is typed; a refusal is shown in Polish', async () => {
    const stub = stubIntegrations().route(`PATCH /api/v1/integrations/mailboxes/${smtp.id}`, (request) => {
      const body = JSON.parse(String(request.body)) as { address: string };
      return body.address === 'zajety@ug.example.pl'
        ? problem(409, 'integrations.address_taken')
        : json(200, { ...smtp, ...body, version: 8 });
    });
    renderApp('/integrations');

    fireEvent.click(
      await screen.findByRole('button', { name: 'Edytuj skrzynkę kancelaria@ug.example.pl' }, FIRST_LOAD),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Skrzynka kancelaria@ug.example.pl' });
    expect((within(dialog).getByRole('spinbutton', { name: /Port/ }) as HTMLInputElement).value).toBe('465');
    expect(within(dialog).getByText('Zostaw puste, aby nie zmieniać zapisanego hasła.')).toBeTruthy();
    const address = within(dialog).getByRole('textbox', { name: /Adres$/ });
    fireEvent.change(address, { target: { value: 'zajety@ug.example.pl' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz' }));
    expect(await within(dialog).findByText('Skrzynka o tym adresie już istnieje.')).toBeTruthy();

    fireEvent.change(address, { target: { value: 'kancelaria@ug.example.pl' } });
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: /Port/ }), { target: { value: '587' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Połączenie szyfrowane/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz' }));

    expect(await screen.findByText('Zapisano zmiany skrzynki kancelaria@ug.example.pl.')).toBeTruthy();
    expect(sentBodies(stub, 'PATCH', `/api/v1/integrations/mailboxes/${smtp.id}`).at(-1)).toEqual({
      address: 'kancelaria@ug.example.pl',
      name: 'Poczta kancelarii',
      unitId: null,
      enabled: true,
      isDefault: false,
      settings: {
        host: 'smtp.example.pl',
        port: 587,
        secure: false,
        user: 'kancelaria',
        from: 'kancelaria@ug.example.pl',
      },
      version: 7,
    });
  });

  test('a synchronisation says what each mailbox brought; the log is filtered by system and level', async () => {
    const stub = stubIntegrations().route('POST /api/v1/integrations/epuap/sync', {
      mailboxes: [
        {
          mailboxId: '01900000-0000-7000-8000-00000000ab03',
          address: '/ugprzykladowo/skrytka',
          registered: 2,
          statusUpdates: 1,
          rejected: 1,
          error: null,
        },
      ],
    });
    renderApp('/integrations');

    fireEvent.click(await screen.findByRole('button', { name: 'Synchronizuj ePUAP' }, FIRST_LOAD));
    expect(
      await screen.findByText('ePUAP: nowe przesyłki w RPW: 2, zmiany stanu wysłanych: 1.'),
    ).toBeTruthy();
    const result = screen.getByTestId('sync-result');
    expect(within(result).getByRole('rowheader', { name: '/ugprzykladowo/skrytka' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Poziom' }), { target: { value: 'error' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'System' }), { target: { value: 'epuap' } });
    await waitFor(() =>
      expect(
        stub.requests
          .filter((request) => request.url.pathname === '/api/v1/integrations/log')
          .map((request) => request.url.search)
          .at(-1),
      ).toBe('?limit=50&offset=0&level=error&integration=epuap'),
    );
  });

  test('a log entry links to the incoming item it registered or the dispatch it sent', async () => {
    const entry = {
      at: '2026-03-10T08:00:00+01:00',
      mailboxId: null,
      level: 'info',
      reference: null,
      incomingItemId: null,
      dispatchItemId: null,
      dispatchId: null,
    };
    stubIntegrations().route('GET /api/v1/integrations/log', {
      items: [
        {
          ...entry,
          id: '01900000-0000-7000-8000-00000000a101',
          integration: 'epuap',
          code: 'intake.registered',
          message: 'Zarejestrowano pismo w RPW',
          incomingItemId: INCOMING_ID,
        },
        {
          ...entry,
          id: '01900000-0000-7000-8000-00000000a102',
          integration: 'edelivery',
          code: 'send.sent',
          message: 'Wysłano pismo',
          dispatchItemId: '01900000-0000-7000-8000-0000000d1601',
          dispatchId: DISPATCH_ID,
        },
      ],
      total: 2,
    });
    renderApp('/integrations');

    const log = await screen.findByTestId('integration-log', {}, FIRST_LOAD);
    const rows = within(log).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('link', { name: 'Otwórz przesyłkę w RPW' }).getAttribute('href')).toBe(
      `/incoming/${INCOMING_ID}`,
    );
    expect(within(rows[0]!).queryByRole('link', { name: 'Otwórz wysyłkę' })).toBeNull();
    expect(within(rows[1]!).getByRole('link', { name: 'Otwórz wysyłkę' }).getAttribute('href')).toBe(
      `/outgoing/${DISPATCH_ID}`,
    );
  });
});
