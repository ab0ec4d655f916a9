import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { makeJrwaClass, makeJrwaVersion } from '../../../test/builders';
import { CASE_ID, makeCase, makeCaseDocument, makeMetrykaEntry } from '../cases.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle', 'correspondence:read'],
  grants: [
    { permission: 'cases:read', scope: 'own' },
    { permission: 'cases:handle', scope: 'own' },
  ],
});
const path = `/api/v1/cases/${CASE_ID}`;

function stubCase(item = makeCase()) {
  return stubFetch()
    .route('GET /api/v1/auth/me', OFFICER)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route(`GET ${path}`, item)
    .route(`GET ${path}/documents`, { items: [makeCaseDocument()] })
    .route('GET /api/v1/calendar/working-days', { items: [] });
}

const bodies = (stub: ReturnType<typeof stubFetch>, url: string) =>
  stub.requests
    .filter((request) => request.method === 'POST' && request.url.pathname === url)
    .map((request) => JSON.parse(String(request.body)) as Record<string, unknown>);

describe('sprawa', () => {
  test('shows the term computed by the server and why it fell on Monday', async () => {
    stubCase();
    renderApp(`/cases/${CASE_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'GK.6000.1.2026' })).toBeTruthy();
    expect(screen.getByTestId('case-due-date').textContent).toBe('16.03.2026');
    const deadline = screen.getByTestId('case-deadline');
    expect(within(deadline).getByText('termin wkrótce')).toBeTruthy();
    const notes = within(screen.getByTestId('case-deadline-notes')).getAllByRole('listitem');
    expect(notes.map((note) => note.textContent)).toEqual([
      'Miesiąc od dnia wszczęcia (14.02.2026) — sprawa wymagająca postępowania wyjaśniającego (art. 35 § 3 KPA).',
      'Termin przesunięty z dnia 14.03.2026 (sobota) na 16.03.2026 — najbliższy dzień, który nie jest sobotą ani dniem ustawowo wolnym od pracy (art. 57 § 4 KPA).',
    ]);
    const file = await screen.findByTestId('case-file');
    expect(within(file).getByRole('link', { name: 'Otwórz przesyłkę RPW/7/2026' })).toBeTruthy();
    expect(within(file).getByText('OBG-DEMO-2026-019000000000700080000000000001a1')).toBeTruthy();
  });

  test('warns of unfinished work when closing, and closes anyway when asked', async () => {
    const stub = stubCase().route(`POST ${path}/close`, (request) => {
      const body = JSON.parse(String(request.body)) as { force?: boolean };
      if (!body.force)
        return problem(409, 'cases.unfinished_work', { unfinished: { pendingDecrees: 1, openSubCases: 0 } });
      return json(
        200,
        makeCase({ status: 'closed', settlement: 'decision', settledOn: '2026-03-10', version: 3 }),
      );
    });
    renderApp(`/cases/${CASE_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Zakończ sprawę' }));
    const dialog = await screen.findByRole('dialog', { name: 'Zakończenie sprawy GK.6000.1.2026' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zakończ sprawę' }));
    expect(await within(dialog).findByText('Wybierz sposób załatwienia.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Decyzja' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zakończ sprawę' }));

    const warning = await within(dialog).findByRole('alert');
    expect(warning.textContent).toContain('Sprawa ma niezakończone czynności.');
    expect(warning.textContent).toContain('Dekretacje przesyłek z akt czekające na przyjęcie: 1.');
    fireEvent.click(within(warning).getByRole('button', { name: 'Zakończ mimo to' }));

    await waitFor(() => expect(screen.getByTestId('case-status').textContent).toBe('Zakończona'));
    expect(bodies(stub, `${path}/close`)).toEqual([
      { settlement: 'decision', settledOn: expect.any(String) },
      { settlement: 'decision', settledOn: expect.any(String), force: true },
    ]);
  });

  test('suspending stops the clock: the reason goes with it and resumption is offered', async () => {
    const suspended = makeCase({
      status: 'suspended',
      deadline: {
        ...makeCase().deadline!,
        dueDate: null,
        state: 'suspended',
        periods: [
          {
            id: '01900000-0000-7000-8000-0000000007a1',
            kind: 'suspension',
            from: '2026-03-10',
            to: null,
            reason: 'Art. 97 § 1 pkt 4 KPA',
          },
        ],
      },
    });
    const stub = stubCase().route(`POST ${path}/suspend`, () => json(200, suspended));
    renderApp(`/cases/${CASE_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Zawieś postępowanie' }));
    const dialog = await screen.findByRole('dialog', { name: 'Zawieszenie postępowania' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Podstawa i powód/ }), {
      target: { value: 'Art. 97 § 1 pkt 4 KPA' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zawieś postępowanie' }));

    expect(await screen.findByRole('button', { name: 'Podejmij postępowanie' })).toBeTruthy();
    expect(screen.getByTestId('case-status').textContent).toBe('Zawieszona');
    expect(screen.getByTestId('case-due-date').textContent).toBe('Bieg terminu wstrzymany');
    expect(screen.getByTestId('case-deadline').textContent).toContain(
      'Zawieszenie postępowania: od 10.03.2026, trwa — Art. 97 § 1 pkt 4 KPA',
    );
    expect(bodies(stub, `${path}/suspend`)).toEqual([
      { reason: 'Art. 97 § 1 pkt 4 KPA', from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
  });

  test('a closed case shows its actions disabled, with the reason, and offers reopening', async () => {
    stubCase(makeCase({ status: 'closed', settlement: 'letter', settledOn: '2026-03-10' }));
    renderApp(`/cases/${CASE_ID}`);

    const note = await screen.findByRole('button', { name: 'Dodaj notatkę' });
    expect((note as HTMLButtonElement).disabled).toBe(true);
    const reason = screen.getByTestId('case-actions-reason');
    expect(reason.textContent).toBe(
      'Sprawa została zakończona 10.03.2026 — aby dodać dokumenty lub zmienić termin, najpierw ją wznów.',
    );
    expect(note.getAttribute('aria-describedby')).toBe(reason.id);
    expect((screen.getByRole('button', { name: 'Wznów sprawę' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Zakończ sprawę' })).toBeNull();
    expect(screen.getByTestId('case-due-date').textContent).toBe('Sprawa zakończona 10.03.2026');
    expect(within(screen.getByTestId('case-data')).getByText('Pismo')).toBeTruthy();
  });

  test('shows the API’s refusal in Polish', async () => {
    stubCase().route(`POST ${path}/documents`, problem(409, 'cases.closed'));
    renderApp(`/cases/${CASE_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Dodaj notatkę' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notatka służbowa' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Treść/ }), {
      target: { value: 'Rozmowa ze stroną.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dodaj notatkę do akt' }));
    expect(
      await within(dialog).findByText(
        'Sprawa jest zakończona – jej dokumentów i metadanych nie można zmieniać, dopóki nie zostanie wznowiona.',
      ),
    ).toBeTruthy();
  });

  test('the metryka tab lists the actions as the regulation lays them out and prints them as a PDF', async () => {
    stubCase().route(`GET ${path}/history`, {
      case: { id: CASE_ID, sign: 'GK.6000.1.2026', title: 'x', openedAt: '2026-02-16T09:00:00+01:00' },
      items: [
        makeMetrykaEntry(),
        makeMetrykaEntry({
          ordinal: 2,
          action: 'cases.incoming_attached',
          description: 'Dołączenie przesyłki RPW/7/2026 do akt',
          documentId: 'OBG-DEMO-2026-019000000000700080000000000001a1',
        }),
      ],
    });
    const { app } = renderApp(`/cases/${CASE_ID}?tab=metryka`);

    const table = await screen.findByTestId('metryka');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Lp.', 'Data', 'Osoba i stanowisko', 'Czynność', 'Identyfikator dokumentu']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[1]?.textContent).toContain('Dołączenie przesyłki RPW/7/2026 do akt');
    expect(rows[1]?.textContent).toContain('Anna Nowak, Inspektor');
    const print = screen.getByRole('link', { name: /^Drukuj metrykę \(PDF\)/ });
    expect(print.getAttribute('href')).toBe(`${path}/metryka.pdf`);
    expect(print.getAttribute('target')).toBe('_blank');
    fireEvent.click(screen.getByRole('tab', { name: 'Akta sprawy' }));
    await waitFor(() => expect(app.router.state.location.search).toEqual({}));
  });

  test('after a reorganisation another unit takes the case over, and the new case opens', async () => {
    // The officer's own unit (OR, from their position) takes over a case of GK.
    const OR = '01900000-0000-7000-8000-000000000020';
    const NEW_ID = '01900000-0000-7000-8000-0000000005b1';
    const taken = makeCase({ id: NEW_ID, sign: 'OR.6000.1.2026' });
    const stub = stubCase()
      .route(`GET /api/v1/jrwa/extracts/${OR}`, {
        orgUnitId: OR,
        versionId: makeJrwaVersion().id,
        symbols: ['6000'],
      })
      .route('GET /api/v1/jrwa', {
        items: [makeJrwaClass('6000', 'Zezwolenia na zajęcie pasa drogowego', 'B5')],
        total: 1,
        version: makeJrwaVersion(),
      })
      .route(`POST ${path}/take-over`, () => json(201, taken))
      .route(`GET /api/v1/cases/${NEW_ID}`, taken)
      .route(`GET /api/v1/cases/${NEW_ID}/documents`, { items: [] });
    renderApp(`/cases/${CASE_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Przejęcie przez inną komórkę' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Przejęcie sprawy GK.6000.1.2026 po reorganizacji',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Przekaż sprawę' }));
    expect(await within(dialog).findAllByText('To pole jest wymagane.')).toHaveLength(2);
    const select = within(dialog).getByRole('combobox', { name: /Komórka przejmująca/ });
    // The case's own unit is not offered.
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toHaveLength(2),
    );
    fireEvent.change(select, { target: { value: OR } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Podstawa przejęcia/ }), {
      target: { value: 'Zarządzenie nr 12/2026' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Przekaż sprawę' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'OR.6000.1.2026' })).toBeTruthy();
    expect(bodies(stub, `${path}/take-over`)).toEqual([
      { unitId: OR, jrwaSymbol: '6000', reason: 'Zarządzenie nr 12/2026' },
    ]);
  });
});
