import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, sentBodies } from '../../cases/cases.test-utils';
import { DOCUMENT_ID } from '../../documents/documents.test-utils';
import { DISPATCH_ID, FIRMA, itemId, makeDispatch, makeDispatchItem } from '../dispatch.test-utils';

const FIRST_LOAD = { timeout: 15_000 };
const CLERK = withPermissions('dispatch:send', 'cases:read');
const SCAN_ID = '01900000-0000-7000-8000-00000000f5c1';
const EML_ID = '01900000-0000-7000-8000-00000000f5c2';

const firma = {
  contactId: FIRMA,
  name: 'Budex sp. z o.o.',
  addressLines: ['ul. Krótka 2', '00-002 Przykładowo'],
  edeliveryAddress: 'AE:PL-12345-67890-ABCDE-12',
  epuapBox: null,
  email: 'biuro@budex.pl',
};

const dispatch = makeDispatch({
  items: [
    makeDispatchItem({
      status: 'sent',
      trackingNumber: '00659007734500012345',
      postedOn: '2026-03-09',
    }),
    makeDispatchItem({
      id: itemId(2),
      position: 2,
      addressee: firma,
      channel: 'edelivery',
      postal: null,
      status: 'failed',
      attempts: 5,
      lastError: 'Adres do doręczeń nie istnieje w BAE',
    }),
    makeDispatchItem({
      id: itemId(3),
      position: 3,
      addressee: { ...firma, name: 'Budex — biuro' },
      channel: 'email',
      postal: null,
      status: 'delivered',
      sentAt: '2026-03-06T10:05:00+01:00',
      deliveredOn: '2026-03-20',
      deliveryKind: 'fiction',
      evidence: [
        {
          id: '01900000-0000-7000-8000-00000000e5c1',
          kind: 'BPWX',
          fileId: null,
          fileName: null,
          eventAt: '2026-03-06T10:05:00+01:00',
          createdAt: '2026-03-06T10:05:00+01:00',
        },
        {
          id: '01900000-0000-7000-8000-00000000e5c2',
          kind: 'EML',
          fileId: EML_ID,
          fileName: 'pismo.eml',
          eventAt: null,
          createdAt: '2026-03-06T10:05:00+01:00',
        },
      ],
    }),
  ],
});

describe('wysyłka', () => {
  test('shows each addressee with state in words, the channel error, delivery fiction and downloadable proofs', async () => {
    stubFetch().route('GET /api/v1/auth/me', CLERK).route(`GET /api/v1/outgoing/${DISPATCH_ID}`, dispatch);
    renderApp(`/outgoing/${DISPATCH_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wysyłka W/12/2026' }, FIRST_LOAD),
    ).toBeTruthy();
    const facts = screen.getByTestId('dispatch-facts');
    expect(
      within(facts).getByRole('link', { name: 'Zezwolenie na zajęcie pasa drogowego' }).getAttribute('href'),
    ).toBe(`/documents/${DOCUMENT_ID}`);
    expect(within(facts).getByRole('link', { name: 'GK.6000.1.2026' }).getAttribute('href')).toBe(
      `/cases/${CASE_ID}?tab=dispatches`,
    );
    expect(within(facts).getByText('Anna Nowak, Inspektor')).toBeTruthy();

    const rows = within(screen.getByTestId('dispatch-items')).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Poczta tradycyjna (polecony, ZPO)')).toBeTruthy();
    expect(within(rows[0]!).getByText('Wysłana')).toBeTruthy();
    expect(within(rows[1]!).getByText('Błąd wysyłki')).toBeTruthy();
    expect(
      within(rows[1]!).getByText('Ostatni błąd: Adres do doręczeń nie istnieje w BAE (prób: 5)'),
    ).toBeTruthy();
    expect(within(rows[1]!).getByRole('button', { name: 'Ponów wysyłkę do: Budex sp. z o.o.' })).toBeTruthy();
    expect(within(rows[2]!).getByText('(fikcja doręczenia)')).toBeTruthy();
    // Proofs show their code; the link's name says what, which file and when.
    expect(within(rows[2]!).getByText(/: Dowód wysłania, /).parentElement?.textContent).toMatch(
      /^BPWX: Dowód wysłania/,
    );
    const eml = within(rows[2]!).getByRole('link', {
      name: /^EML: Pobierz: Wysłana wiadomość \(\.eml\) \(pismo\.eml\), /,
    });
    expect(eml.textContent).toBe('EML');
    expect(eml.getAttribute('href')).toBe(`/api/v1/files/${EML_ID}/content`);
  });

  test('the registry records a delivery with a scan of the receipt; the page shows the answer', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route(`GET /api/v1/outgoing/${DISPATCH_ID}`, dispatch)
      .route('POST /api/v1/files', () =>
        json(201, {
          id: SCAN_ID,
          sha256: '1'.repeat(64),
          size: 2048,
          mediaType: 'application/pdf',
          name: 'zpo.pdf',
          createdAt: '2026-03-12T10:00:00+01:00',
        }),
      )
      .route(`POST /api/v1/outgoing/${DISPATCH_ID}/delivery`, () =>
        json(
          200,
          makeDispatch({
            items: [
              makeDispatchItem({ status: 'delivered', deliveredOn: '2026-03-11', deliveryKind: 'confirmed' }),
            ],
          }),
        ),
      );
    renderApp(`/outgoing/${DISPATCH_ID}`);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Zapisz doręczenie przesyłki do: Kowalski Jan' }, FIRST_LOAD),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Doręczenie przesyłki do: Kowalski Jan' });
    const date = within(dialog).getByLabelText(/Data doręczenia/);
    await waitFor(() => expect(document.activeElement).toBe(date));
    fireEvent.change(date, { target: { value: '2026-03-11' } });
    fireEvent.change(within(dialog).getByLabelText('Dowód doręczenia (nieobowiązkowo)'), {
      target: { files: [new File(['%PDF-1.7'], 'zpo.pdf', { type: 'application/pdf' })] },
    });
    expect(await within(dialog).findByText('Przesłano: zpo.pdf')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz doręczenie' }));

    expect(await screen.findByText('Zapisano doręczenie przesyłki do: Kowalski Jan.')).toBeTruthy();
    expect(sentBodies(stub, 'POST', `/api/v1/outgoing/${DISPATCH_ID}/delivery`)).toEqual([
      { itemId: itemId(1), deliveredAt: '2026-03-11', evidenceFileId: SCAN_ID },
    ]);
    await waitFor(() =>
      expect(within(screen.getByTestId('dispatch-items')).getByText('Doręczona')).toBeTruthy(),
    );
  });

  test('only the registry may cancel a letter not yet sent; the officer who ordered it sees no cancel', async () => {
    const queued = makeDispatch({ items: [makeDispatchItem({ status: 'queued' })] });
    const officer = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('cases:read', 'cases:handle'))
      .route(`GET /api/v1/outgoing/${DISPATCH_ID}`, queued);
    const first = renderApp(`/outgoing/${DISPATCH_ID}`);

    const items = await screen.findByTestId('dispatch-items', {}, FIRST_LOAD);
    expect(within(items).getByText('Oczekuje na kancelarię')).toBeTruthy();
    expect(within(items).queryByRole('button', { name: /Anuluj wysyłkę/ })).toBeNull();
    expect(officer.requests.some((request) => request.url.pathname === '/api/v1/simulators')).toBe(false);
    first.unmount();

    stubFetch().route('GET /api/v1/auth/me', CLERK).route(`GET /api/v1/outgoing/${DISPATCH_ID}`, queued);
    renderApp(`/outgoing/${DISPATCH_ID}`);
    expect(
      await screen.findByRole('button', { name: 'Anuluj wysyłkę do: Kowalski Jan' }, FIRST_LOAD),
    ).toBeTruthy();
  });
});
