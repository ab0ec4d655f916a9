import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, problem } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, makeCase, sentBodies, stubCasePage } from '../cases.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle', 'contacts:read'],
  grants: [
    { permission: 'cases:read', scope: 'own' },
    { permission: 'cases:handle', scope: 'own' },
  ],
});
const path = `/api/v1/cases/${CASE_ID}`;

async function openEdit() {
  fireEvent.click(await screen.findByRole('button', { name: 'Zmień dane sprawy' }));
  return screen.findByRole('dialog', { name: 'Zmiana danych sprawy GK.6000.1.2026' });
}

describe('zmiana danych sprawy', () => {
  test('a handler corrects the title and removes a party; only the changes go, with the version', async () => {
    const stub = stubCasePage({ me: OFFICER }).route(`PATCH ${path}`, () =>
      json(200, makeCase({ title: 'Zajęcie pasa drogowego ul. Krótka', parties: [], version: 3 })),
    );
    renderApp(`/cases/${CASE_ID}`);

    const dialog = await openEdit();
    const title = within(dialog).getByRole('textbox', { name: /Tytuł sprawy/ });
    fireEvent.change(title, { target: { value: 'Zajęcie pasa drogowego ul. Krótka' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Usuń stronę: Żółkiewski Stanisław' }));
    expect(within(dialog).getByText('Sprawa nie ma stron.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Powód zmiany/ }), {
      target: { value: 'Błąd w nazwie ulicy' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz zmiany' }));

    await waitFor(() =>
      expect(screen.getByTestId('case-title').textContent).toBe('Zajęcie pasa drogowego ul. Krótka'),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sentBodies(stub, 'PATCH', path)).toEqual([
      {
        version: 2,
        title: 'Zajęcie pasa drogowego ul. Krótka',
        partyContactIds: [],
        reason: 'Błąd w nazwie ulicy',
      },
    ]);
  });

  test('when someone changed the case meanwhile, the current data are loaded on request', async () => {
    let current = makeCase();
    const stub = stubCasePage({ me: OFFICER })
      .route(`GET ${path}`, () => json(200, current))
      .route(`PATCH ${path}`, () => {
        current = makeCase({ title: 'Tytuł zmieniony przez kierownika', version: 3 });
        return problem(409, 'cases.version_conflict');
      });
    renderApp(`/cases/${CASE_ID}`);

    const dialog = await openEdit();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Opis/ }), {
      target: { value: 'Dotyczy odcinka od nr 1 do nr 15.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz zmiany' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Ktoś inny zmienił w międzyczasie tę sprawę.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Wczytaj aktualne dane sprawy' }));

    // The form starts again from the current data (a new dialog: the old one is gone).
    const reloaded = () => screen.getByRole('dialog', { name: 'Zmiana danych sprawy GK.6000.1.2026' });
    await waitFor(() =>
      expect(
        (within(reloaded()).getByRole('textbox', { name: /Tytuł sprawy/ }) as HTMLInputElement).value,
      ).toBe('Tytuł zmieniony przez kierownika'),
    );
    expect(within(reloaded()).queryByRole('alert')).toBeNull();
    expect(sentBodies(stub, 'PATCH', path)).toEqual([
      { version: 2, description: 'Dotyczy odcinka od nr 1 do nr 15.' },
    ]);
  });

  test('saving nothing changed says so and sends nothing; a closed case offers no editing', async () => {
    const stub = stubCasePage({ me: OFFICER });
    const view = renderApp(`/cases/${CASE_ID}`);

    const dialog = await openEdit();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz zmiany' }));
    expect(await within(dialog).findByText('Nie zmieniono żadnych danych.')).toBeTruthy();
    expect(stub.requests.filter((request) => request.method === 'PATCH')).toHaveLength(0);
    view.unmount();

    stubCasePage({ me: OFFICER, item: makeCase({ status: 'closed', settledOn: '2026-03-10' }) });
    renderApp(`/cases/${CASE_ID}`);
    expect(await screen.findByRole('button', { name: 'Wznów sprawę' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Zmień dane sprawy' })).toBeNull();
  });
});
