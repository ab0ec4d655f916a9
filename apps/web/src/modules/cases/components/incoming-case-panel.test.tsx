import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { makeIncomingItem } from '../../correspondence/correspondence.test-utils';
import { CASE_ID, makeCase, makeCaseDocument } from '../cases.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle', 'correspondence:read'],
  grants: [{ permission: 'cases:handle', scope: 'own' }],
});
const item = makeIncomingItem();
const closed = makeCase({
  id: '01900000-0000-7000-8000-0000000005a2',
  sign: 'GK.6000.2.2026',
  title: 'Zajęcie pasa drogowego ul. Krótka',
  status: 'closed',
});

class NoEventSource {
  onmessage = null;
  onerror = null;
  readyState = 1;
  close() {}
}

describe('przesyłka w sprawie', () => {
  test('offers to open a case from the item or to attach it to an open case found by words', async () => {
    vi.stubGlobal('EventSource', NoEventSource);
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', OFFICER)
      .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
      .route('GET /api/v1/dictionaries/delivery-methods', { items: [] })
      .route('GET /api/v1/dictionaries/document-kinds', { items: [] })
      .route('GET /api/v1/organs', { items: [], nextCursor: null })
      .route(`GET /api/v1/incoming/${item.id}`, item)
      .route(`GET /api/v1/incoming/${item.id}/history`, { items: [] })
      .route('GET /api/v1/cases', (request) =>
        json(200, {
          // The item is in no case yet; the attach dialog's search finds two.
          items: request.url.searchParams.has('incomingId') ? [] : [makeCase(), closed],
          nextCursor: null,
        }),
      )
      .route(`POST /api/v1/cases/${CASE_ID}/documents`, () => json(201, makeCaseDocument({ ordinal: 2 })))
      .route(`GET /api/v1/cases/${CASE_ID}`, makeCase())
      .route(`GET /api/v1/cases/${CASE_ID}/documents`, { items: [makeCaseDocument()] })
      .route('GET /api/v1/calendar/working-days', { items: [] });
    const { app } = renderApp(`/incoming/${item.id}`);

    const panel = await screen.findByRole('region', { name: 'Sprawa' });
    expect(within(panel).getByRole('link', { name: 'Załóż sprawę' }).getAttribute('href')).toBe(
      `/cases/new?from=${item.id}`,
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Dołącz do sprawy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dołączenie przesyłki RPW/7/2026 do sprawy' });
    fireEvent.change(within(dialog).getByRole('searchbox', { name: /Znak lub tytuł sprawy/ }), {
      target: { value: 'pasa drogowego' },
    });
    const open = await within(dialog).findByRole('radio', { name: /GK\.6000\.1\.2026/ });
    expect(
      (within(dialog).getByRole('radio', { name: /GK\.6000\.2\.2026/ }) as HTMLInputElement).disabled,
    ).toBe(true);
    fireEvent.click(open);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dołącz do sprawy' }));

    await waitFor(() => expect(app.router.state.location.pathname).toBe(`/cases/${CASE_ID}`));
    const search = stub.requests.find(
      (r) => r.url.pathname === '/api/v1/cases' && r.method === 'GET' && r.url.searchParams.has('q'),
    );
    expect(search?.url.searchParams.get('q')).toBe('pasa drogowego');
    const posted = stub.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(String(posted?.body))).toEqual({ kind: 'incoming', incomingId: item.id });
  });

  test('an item already in a case names the case with a link to it', async () => {
    vi.stubGlobal('EventSource', NoEventSource);
    stubFetch()
      .route('GET /api/v1/auth/me', OFFICER)
      .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
      .route('GET /api/v1/dictionaries/delivery-methods', { items: [] })
      .route('GET /api/v1/dictionaries/document-kinds', { items: [] })
      .route('GET /api/v1/organs', { items: [], nextCursor: null })
      .route(`GET /api/v1/incoming/${item.id}`, item)
      .route(`GET /api/v1/incoming/${item.id}/history`, { items: [] })
      .route('GET /api/v1/cases', { items: [makeCase()], nextCursor: null });
    renderApp(`/incoming/${item.id}`);
    const panel = await screen.findByRole('region', { name: 'Sprawa' });
    const link = await within(panel).findByRole('link', { name: 'GK.6000.1.2026' });
    expect(link.getAttribute('href')).toBe(`/cases/${CASE_ID}`);
    expect(within(panel).getByText('Ta przesyłka jest już w aktach sprawy:')).toBeTruthy();
  });
});
