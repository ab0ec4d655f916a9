import type { SimulatorsStatus } from '@obieg/contracts/integrations';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';
import { DISPATCH_ID, FIRMA, makeDispatch, makeDispatchItem } from '../dispatch.test-utils';

const FIRST_LOAD = { timeout: 15_000 };
const CLERK = withPermissions('dispatch:send');
const SIMULATORS: SimulatorsStatus = {
  enabled: true,
  edelivery: { url: 'http://127.0.0.1:4010', officeAddress: 'AE:PL-51220-41739-EDCBA-31' },
  epuap: { url: 'http://127.0.0.1:4020', officeBox: '/ugprzykladowo/skrytka' },
  smtp: { port: 2525, messages: 0 },
};

const budex = {
  contactId: FIRMA,
  name: 'Budex sp. z o.o.',
  addressLines: ['ul. Krótka 2', '00-002 Przykładowo'],
  edeliveryAddress: 'AE:PL-12345-67890-ABCDE-12',
  epuapBox: null,
  email: 'biuro@budex.pl',
};
const sentItem = makeDispatchItem({
  addressee: budex,
  channel: 'edelivery',
  postal: null,
  status: 'sent',
  externalId: 'msg-1',
  externalStatus: 'Czeka na doręczenie',
  sentAt: '2026-03-06T10:05:00+01:00',
});
const sent = makeDispatch({ items: [sentItem] });
const delivered = makeDispatch({
  items: [
    {
      ...sentItem,
      status: 'delivered',
      externalStatus: 'Odebrana przez adresata',
      deliveredOn: '2026-03-12',
      deliveryKind: 'confirmed',
      evidence: [
        {
          id: '01900000-0000-7000-8000-00000000e5c3',
          kind: 'E.1',
          fileId: '01900000-0000-7000-8000-00000000f5c3',
          fileName: 'E1.xml',
          eventAt: '2026-03-12T09:00:00+01:00',
          createdAt: '2026-03-12T09:00:00+01:00',
        },
      ],
      version: 2,
    },
  ],
});
const COLLECT = 'Symulator: adresat odbiera pismo (Budex sp. z o.o.)';

describe('symulator na stronie wysyłki', () => {
  test('the addressee collects the letter in the simulator; the page synchronises and shows the delivery and its proof', async () => {
    let collected = false;
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route('GET /api/v1/simulators', SIMULATORS)
      .route(`GET /api/v1/outgoing/${DISPATCH_ID}`, () => json(200, collected ? delivered : sent))
      .route('POST /api/v1/simulators/collect', () => {
        collected = true;
        return new Response(null, { status: 204 });
      })
      .route('POST /api/v1/integrations/edelivery/sync', {
        mailboxes: [
          {
            mailboxId: '01900000-0000-7000-8000-00000000ab01',
            address: SIMULATORS.edelivery!.officeAddress,
            registered: 0,
            statusUpdates: 1,
            rejected: 0,
            error: null,
          },
        ],
      });
    renderApp(`/outgoing/${DISPATCH_ID}`);

    const section = await screen.findByRole('region', { name: 'Symulator (demonstracja)' }, FIRST_LOAD);
    expect(within(section).getByTestId('simulator-notice').textContent).toContain('Symulator');
    const button = within(section).getByRole('button', { name: COLLECT });
    expect(button.textContent).toBe('Symulator: adresat odbiera pismo');
    fireEvent.click(button);

    const result = within(section).getByTestId('dispatch-simulator-result');
    expect(result.getAttribute('aria-live')).toBe('polite');
    await waitFor(() =>
      expect(result.textContent).toBe(
        'Symulator: Budex sp. z o.o. odebrał(a) pismo. Data doręczenia: 12.03.2026.',
      ),
    );
    expect(sentBodies(stub, 'POST', '/api/v1/simulators/collect')).toEqual([{ dispatchItemId: sentItem.id }]);
    const calls = stub.requests
      .filter((request) => request.method === 'POST')
      .map((request) => request.url.pathname);
    expect(calls).toEqual(['/api/v1/simulators/collect', '/api/v1/integrations/edelivery/sync']);
    const items = screen.getByTestId('dispatch-items');
    expect(within(items).getByText('Doręczona')).toBeTruthy();
    expect(within(items).getByRole('link', { name: /Potwierdzenie doręczenia \(E\.1\)/ })).toBeTruthy();
    // Nothing is left to collect, but what happened stays announced.
    expect(within(section).queryByRole('button', { name: COLLECT })).toBeNull();
  });

  test('where the simulators do not run (production: 404) the page offers no simulator', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route(`GET /api/v1/outgoing/${DISPATCH_ID}`, sent);
    renderApp(`/outgoing/${DISPATCH_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wysyłka W/12/2026' }, FIRST_LOAD),
    ).toBeTruthy();
    await waitFor(() =>
      expect(stub.requests.some((request) => request.url.pathname === '/api/v1/simulators')).toBe(true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Symulator (demonstracja)' })).toBeNull();
    expect(screen.queryByRole('button', { name: COLLECT })).toBeNull();
  });
});
