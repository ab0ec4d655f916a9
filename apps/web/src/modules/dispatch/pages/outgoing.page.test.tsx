import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, sentBodies } from '../../cases/cases.test-utils';
import { DOCUMENT_ID } from '../../documents/documents.test-utils';
import { DISPATCH_ID, itemId, makeDispatch, makeDispatchItem, makeRegisterRow } from '../dispatch.test-utils';

/** The first screen of a file loads its lazy modules; on a busy machine that takes a while. */
const FIRST_LOAD = { timeout: 15_000 };
const CLERK = withPermissions('dispatch:send');

const queue = [
  makeRegisterRow({ itemId: itemId(1), number: 'W/12/2026', addresseeName: 'Kowalski Jan' }),
  makeRegisterRow({
    itemId: itemId(2),
    number: 'W/13/2026',
    addresseeName: 'Nowak Ewa',
    postalKind: 'ordinary',
    returnReceipt: false,
    version: 2,
  }),
  makeRegisterRow({ itemId: itemId(3), number: 'W/14/2026', addresseeName: 'Budex sp. z o.o.', version: 4 }),
];

function stubOutgoing() {
  return stubFetch()
    .route('GET /api/v1/auth/me', CLERK)
    .route('GET /api/v1/outgoing', ({ url }) =>
      json(
        200,
        url.searchParams.get('status') === 'queued' ? { items: queue, total: 3 } : { items: [], total: 0 },
      ),
    );
}

describe('do wysłania', () => {
  test('envelopes print for the chosen letters; posting scans each posting number and Enter moves to the next', async () => {
    const stub = stubOutgoing().route('POST /api/v1/outgoing/posted', {
      items: queue.map((row) => ({ ...row, status: 'sent', postedOn: '2026-03-10' })),
    });
    renderApp('/outgoing');

    const table = await screen.findByTestId('dispatch-queue', {}, FIRST_LOAD);
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Zaznacz wszystkie' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Format wydruku' }), { target: { value: 'C5' } });
    const envelopes = screen.getByRole('link', { name: 'Drukuj koperty (3)' });
    expect(envelopes.getAttribute('href')).toBe(
      `/api/v1/outgoing/envelopes.pdf?items=${encodeURIComponent([itemId(1), itemId(2), itemId(3)].join(','))}&format=C5`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Nadaj zaznaczone (3)' }));
    const panel = await screen.findByRole('region', { name: 'Nadanie przesyłek (liczba: 3)' });
    const first = within(panel).getByRole('textbox', { name: /Numer nadania: W\/12\/2026 — Kowalski Jan/ });
    const second = within(panel).getByRole('textbox', { name: /Numer nadania: W\/14\/2026 — Budex/ });
    // The ordinary letter needs no number: only the registered ones get a field.
    expect(within(panel).getAllByTestId('tracking-number')).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(first));

    fireEvent.change(first, { target: { value: '00659007734500012345' } });
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(document.activeElement).toBe(second);
    fireEvent.change(second, { target: { value: '00659007734500012346' } });
    fireEvent.keyDown(second, { key: 'Enter' });
    const submit = within(panel).getByRole('button', { name: 'Zapisz nadanie' });
    expect(document.activeElement).toBe(submit);
    expect(sentBodies(stub, 'POST', '/api/v1/outgoing/posted')).toEqual([]);

    fireEvent.change(within(panel).getByLabelText(/Data nadania/), { target: { value: '2026-03-10' } });
    fireEvent.click(submit);

    expect((await screen.findByTestId('posting-done')).textContent).toContain(
      'Nadano przesyłki (liczba: 3) z datą 10.03.2026.',
    );
    expect(sentBodies(stub, 'POST', '/api/v1/outgoing/posted')).toEqual([
      {
        postedOn: '2026-03-10',
        items: [
          { itemId: itemId(1), trackingNumber: '00659007734500012345', version: 1 },
          { itemId: itemId(2), version: 2 },
          { itemId: itemId(3), trackingNumber: '00659007734500012346', version: 4 },
        ],
      },
    ]);
    expect(screen.getByRole('link', { name: 'Przejdź do książki nadawczej' }).getAttribute('href')).toBe(
      '/outgoing?tab=postal-book&date=2026-03-10',
    );
  });
});

describe('rejestr przesyłek wychodzących', () => {
  const registerRequests = (stub: ReturnType<typeof stubFetch>) =>
    stub.requests
      .filter((request) => request.url.pathname === '/api/v1/outgoing')
      .map((request) => Object.fromEntries(request.url.searchParams));

  test('sorting by a column and filtering ask the API, back on the first page; exports follow the view', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route('GET /api/v1/outgoing', ({ url }) =>
        json(200, {
          items: [
            makeRegisterRow({
              status: 'sent',
              postedOn: '2026-03-09',
              trackingNumber: '00659007734500012345',
            }),
          ],
          total: url.searchParams.get('status') ? 1 : 120,
        }),
      );
    renderApp('/outgoing?tab=register&page=2');

    const table = await screen.findByTestId('outgoing-register', {}, FIRST_LOAD);
    expect(registerRequests(stub).at(-1)).toEqual({
      sort: 'number',
      order: 'desc',
      limit: '50',
      offset: '50',
    });
    expect(screen.getByText('Pozycje 51–100 z 120')).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /Nr/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );

    fireEvent.click(within(table).getByRole('button', { name: /Adresat/ }));
    await waitFor(() =>
      expect(registerRequests(stub).at(-1)).toEqual({
        sort: 'addressee',
        order: 'asc',
        limit: '50',
        offset: '0',
      }),
    );
    expect(
      within(table)
        .getByRole('columnheader', { name: /Adresat/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    fireEvent.click(within(table).getByRole('button', { name: /Adresat/ }));
    await waitFor(() =>
      expect(registerRequests(stub).at(-1)).toMatchObject({ sort: 'addressee', order: 'desc' }),
    );

    fireEvent.change(screen.getByRole('combobox', { name: 'Stan' }), { target: { value: 'sent' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sposób wysyłki' }), { target: { value: 'post' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Rok' }), { target: { value: '2026' } });
    await waitFor(() =>
      expect(registerRequests(stub).at(-1)).toEqual({
        year: '2026',
        channel: 'post',
        status: 'sent',
        sort: 'addressee',
        order: 'desc',
        limit: '50',
        offset: '0',
      }),
    );
    expect(within(table).getByText('Wysłana')).toBeTruthy();

    const csv = screen.getByRole('link', { name: 'Pobierz rejestr jako CSV' });
    expect(new URL(csv.getAttribute('href')!, 'http://localhost').search).toBe(
      '?year=2026&channel=post&status=sent&sort=addressee&order=desc&format=csv',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Drukuj…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wydruk rejestru przesyłek wychodzących' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Adres' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Pismo' }));
    const print = within(dialog).getByRole('link', { name: 'Drukuj' });
    const printed = new URL(print.getAttribute('href')!, 'http://localhost');
    expect(printed.pathname).toBe('/api/v1/outgoing/export');
    expect(printed.searchParams.get('format')).toBe('pdf');
    expect(printed.searchParams.get('fields')).toBe(
      'number,postedOn,addressee,caseSign,channel,trackingNumber,status,deliveredOn',
    );
  });
});

describe('odnośniki w wykazach', () => {
  const TITLE = 'Zezwolenie na zajęcie pasa drogowego';

  test('a register row links its number to the dispatch, its case mark to the case and its letter to the document', async () => {
    stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('dispatch:send', 'cases:read'))
      .route('GET /api/v1/outgoing', { items: [makeRegisterRow({ status: 'sent' })], total: 1 });
    renderApp('/outgoing?tab=register');

    const table = await screen.findByTestId('outgoing-register', {}, FIRST_LOAD);
    const href = (name: string) => within(table).getByRole('link', { name }).getAttribute('href');
    expect(href('W/12/2026')).toBe(`/outgoing/${DISPATCH_ID}`);
    expect(href('GK.6000.1.2026')).toBe(`/cases/${CASE_ID}`);
    expect(href(TITLE)).toBe(`/documents/${DOCUMENT_ID}`);
  });

  test('the queue links the case and the letter too, but only for those who may open them', async () => {
    stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('dispatch:send', 'cases:read'))
      .route('GET /api/v1/outgoing', {
        items: [makeRegisterRow(), makeRegisterRow({ itemId: itemId(2), caseId: null, caseSign: null })],
        total: 2,
      });
    const first = renderApp('/outgoing');

    let table = await screen.findByTestId('dispatch-queue', {}, FIRST_LOAD);
    expect(within(table).getByRole('link', { name: 'GK.6000.1.2026' }).getAttribute('href')).toBe(
      `/cases/${CASE_ID}`,
    );
    expect(within(table).getAllByRole('link', { name: TITLE })).toHaveLength(2);
    first.unmount();

    stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route('GET /api/v1/outgoing', { items: [makeRegisterRow()], total: 1 });
    renderApp('/outgoing');
    table = await screen.findByTestId('dispatch-queue', {}, FIRST_LOAD);
    expect(within(table).getByText('GK.6000.1.2026')).toBeTruthy();
    expect(within(table).getByText(TITLE)).toBeTruthy();
    expect(within(table).queryByRole('link', { name: 'GK.6000.1.2026' })).toBeNull();
    expect(within(table).queryByRole('link', { name: TITLE })).toBeNull();
  });
});

describe('zwrotki (ZPO)', () => {
  test('a scanned card records the delivery, is announced, and the barcode field is empty and focused for the next one', async () => {
    const delivered = makeDispatch({
      items: [
        makeDispatchItem({
          status: 'delivered',
          trackingNumber: '00659007734500012345',
          deliveredOn: '2026-03-12',
          deliveryKind: 'confirmed',
        }),
      ],
    });
    const stub = stubOutgoing().route('POST /api/v1/outgoing/return-receipts', (request) => {
      const body = JSON.parse(String(request.body)) as { barcode: string };
      return body.barcode === '00659007734500012345'
        ? json(200, delivered)
        : problem(404, 'dispatch.unknown_tracking_number');
    });
    renderApp('/outgoing?tab=receipts');

    const barcode = await screen.findByRole('textbox', { name: /Kod kreskowy zwrotki/ }, FIRST_LOAD);
    await waitFor(() => expect(document.activeElement).toBe(barcode));
    fireEvent.change(screen.getByLabelText(/Data doręczenia/), { target: { value: '2026-03-12' } });
    fireEvent.change(barcode, { target: { value: '00659007734500012345' } });
    fireEvent.submit(barcode.closest('form')!);

    expect((barcode as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(barcode);
    await waitFor(() =>
      expect(screen.getByTestId('receipt-result').textContent).toBe(
        'Kowalski Jan — GK.6000.1.2026: doręczono 12.03.2026 (W/12/2026)',
      ),
    );
    expect(sentBodies(stub, 'POST', '/api/v1/outgoing/return-receipts')).toEqual([
      { barcode: '00659007734500012345', deliveredAt: '2026-03-12' },
    ]);
    expect(
      within(screen.getByTestId('receipt-result'))
        .getByRole('link', { name: 'W/12/2026' })
        .getAttribute('href'),
    ).toBe(`/outgoing/${DISPATCH_ID}`);

    fireEvent.change(barcode, { target: { value: '99999' } });
    fireEvent.submit(barcode.closest('form')!);
    await waitFor(() =>
      expect(screen.getByTestId('receipt-error').textContent).toBe(
        'Kod 99999: Nie znaleziono przesyłki poleconej z tym numerem nadania. Sprawdź kod na zwrotce.',
      ),
    );
    expect(screen.getByTestId('receipt-error').getAttribute('role')).toBe('alert');
    expect((barcode as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(barcode);
    // The date stays for the next card.
    expect(sentBodies(stub, 'POST', '/api/v1/outgoing/return-receipts').at(-1)).toEqual({
      barcode: '99999',
      deliveredAt: '2026-03-12',
    });
    expect(within(screen.getByTestId('receipts-log')).getAllByRole('listitem')).toHaveLength(2);
  });
});
