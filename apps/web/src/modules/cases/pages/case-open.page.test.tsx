import type { IncomingItem } from '@obieg/contracts/correspondence';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeJrwaClass, makeJrwaVersion, makeMe } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { makeIncomingItem } from '../../correspondence/correspondence.test-utils';
import { CASE_ID, makeCase } from '../cases.test-utils';

const UNIT = '01900000-0000-7000-8000-000000000020';
const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle', 'correspondence:read', 'jrwa:read'],
  grants: [{ permission: 'cases:handle', scope: 'own' }],
});
const item: IncomingItem = makeIncomingItem({ title: 'Wniosek o zajęcie pasa drogowego' });

function stubForm() {
  return stubFetch()
    .route('GET /api/v1/auth/me', OFFICER)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route(`GET /api/v1/incoming/${item.id}`, item)
    .route(`GET /api/v1/jrwa/extracts/${UNIT}`, {
      orgUnitId: UNIT,
      versionId: makeJrwaVersion().id,
      symbols: ['6000', '6001'],
    })
    .route('GET /api/v1/jrwa', {
      items: [
        makeJrwaClass('6000', 'Zezwolenia na zajęcie pasa drogowego', 'B5'),
        makeJrwaClass('6001', 'Uzgodnienia lokalizacji urządzeń w pasie drogowym', 'B5'),
        makeJrwaClass('6100', 'Deklaracje i ich korekty', 'BE10'),
      ],
      total: 3,
      version: makeJrwaVersion(),
    })
    .route(`GET /api/v1/cases/${CASE_ID}`, makeCase())
    .route(`GET /api/v1/cases/${CASE_ID}/documents`, { items: [] })
    .route('GET /api/v1/calendar/working-days', { items: [] });
}

describe('zakładanie sprawy z przesyłki', () => {
  test('the item fills the form in; choosing the class and submitting opens the case', async () => {
    const stub = stubForm().route('POST /api/v1/cases', () => json(201, makeCase()));
    const { app } = renderApp(`/cases/new?from=${item.id}`);

    const jrwa = await screen.findByRole('combobox', { name: /Klasa JRWA/ });
    await waitFor(() => expect(document.activeElement).toBe(jrwa));
    expect((screen.getByRole('textbox', { name: /Tytuł sprawy/ }) as HTMLInputElement).value).toBe(
      'Wniosek o zajęcie pasa drogowego',
    );
    expect((screen.getByRole('radio', { name: '1 miesiąc' }) as HTMLInputElement).checked).toBe(true);
    await screen.findByText(/Klasy końcowe z wyciągu komórki OR \(2\)/);

    fireEvent.change(jrwa, { target: { value: 'uzgodn' } });
    const classes = screen.getByRole('listbox', { name: 'Klasy JRWA pasujące do wpisanego tekstu' });
    expect(
      within(classes)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['6001 Uzgodnienia lokalizacji urządzeń w pasie drogowym']);
    fireEvent.keyDown(jrwa, { key: 'Enter' });
    expect((jrwa as HTMLInputElement).value).toBe('6001 — Uzgodnienia lokalizacji urządzeń w pasie drogowym');
    fireEvent.click(screen.getByRole('button', { name: 'Załóż sprawę' }));

    await waitFor(() => expect(app.router.state.location.pathname).toBe(`/cases/${CASE_ID}`));
    const posted = stub.requests.find((r) => r.method === 'POST' && r.url.pathname === '/api/v1/cases');
    expect(JSON.parse(String(posted?.body))).toEqual({
      unitId: UNIT,
      jrwaSymbol: '6001',
      title: 'Wniosek o zajęcie pasa drogowego',
      initiatingIncomingId: item.id,
      deadline: { kind: '1_month' },
    });
  });

  test('asks for the class before sending, and puts the API’s refusal beside the field', async () => {
    const stub = stubForm().route(
      'POST /api/v1/cases',
      problem(422, 'cases.class_outside_extract', { errors: [{ path: '/jrwaSymbol', message: '6000' }] }),
    );
    renderApp(`/cases/new?from=${item.id}`);

    const jrwa = await screen.findByRole('combobox', { name: /Klasa JRWA/ });
    fireEvent.click(screen.getByRole('button', { name: 'Załóż sprawę' }));
    expect(await screen.findByText('Wybierz klasę JRWA z listy.')).toBeTruthy();
    expect(stub.requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(jrwa, { target: { value: '6000' } });
    fireEvent.keyDown(jrwa, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Załóż sprawę' }));
    expect(await screen.findByText(/Tej klasy nie ma w wyciągu z JRWA komórki/)).toBeTruthy();
    await waitFor(() => expect(jrwa.getAttribute('aria-invalid')).toBe('true'));
  });
});
