import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeJrwaClass, makeJrwaVersion, makeMe } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { GK_UNIT, makeCaseRegister, makeCaseRegisterItem, OR_UNIT } from '../cases.test-utils';

const HEAD = makeMe({
  permissions: ['cases:read', 'jrwa:read', 'organization:read'],
  grants: [{ permission: 'cases:read', scope: 'unit' }],
  positions: [
    {
      id: '01900000-0000-7000-8000-000000000010',
      title: 'Naczelnik',
      orgUnitId: GK_UNIT,
      orgUnitSymbol: 'GK',
      orgUnitName: 'Wydział Gospodarki Komunalnej',
      actingFor: null,
    },
  ],
});
const unit = (id: string, symbol: string, name: string) => ({
  id,
  symbol,
  name,
  parentId: null,
  headPositionId: null,
  validFrom: '2020-01-01',
  validTo: null,
  active: true,
  createdAt: '2020-01-01T08:00:00+01:00',
});

function stubRegister() {
  return stubFetch()
    .route('GET /api/v1/auth/me', HEAD)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route('GET /api/v1/org-units', {
      items: [
        unit(OR_UNIT, 'OR', 'Referat Organizacyjny'),
        unit(GK_UNIT, 'GK', 'Wydział Gospodarki Komunalnej'),
      ],
      nextCursor: null,
    })
    .route('GET /api/v1/jrwa', {
      items: [
        makeJrwaClass('6', 'Infrastruktura techniczna'),
        makeJrwaClass('60', 'Drogi gminne'),
        makeJrwaClass('6000', 'Zezwolenia na zajęcie pasa drogowego', 'B5'),
      ],
      total: 3,
      version: makeJrwaVersion(),
    });
}

const registerRequests = (stub: ReturnType<typeof stubFetch>) =>
  stub.requests
    .filter((request) => request.url.pathname === '/api/v1/case-registers')
    .map((request) => Object.fromEntries(request.url.searchParams));

describe('spis spraw', () => {
  test('a head chooses a class of any level and a year, and sees the register with its header and downloads', async () => {
    const closed = makeCaseRegisterItem({
      ordinal: 2,
      caseId: '01900000-0000-7000-8000-0000000005a2',
      sign: 'GK.6000.2.2026',
      title: 'Awaria wodociągu w pasie drogi',
      senderName: null,
      senderReference: null,
      letterDate: null,
      status: 'closed',
      settledOn: '2026-03-05',
      settlement: 'decision',
      remarks: 'Decyzja; Wydano zezwolenie',
    });
    const stub = stubRegister().route(
      'GET /api/v1/case-registers',
      makeCaseRegister([makeCaseRegisterItem({ letterDate: '2026-02' }), closed]),
    );
    const { app } = renderApp('/case-registers');

    expect(await screen.findByRole('heading', { level: 1, name: 'Spis spraw' })).toBeTruthy();
    expect(screen.getByText('Wybierz komórkę i klasę JRWA, a następnie „Pokaż spis spraw”.')).toBeTruthy();
    const unitSelect = screen.getByRole('combobox', { name: /Komórka prowadząca/ }) as HTMLSelectElement;
    expect(unitSelect.value).toBe(GK_UNIT);
    const jrwa = await screen.findByRole('combobox', { name: /Klasa JRWA/ });
    fireEvent.change(jrwa, { target: { value: '60' } });
    fireEvent.click(screen.getByRole('option', { name: '60 Drogi gminne' }));
    expect(screen.getByText('Klasa 60 — spis obejmie też jej klasy podrzędne.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /^Rok/ }), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pokaż spis spraw' }));

    await waitFor(() =>
      expect(app.router.state.location.search).toEqual({ unitId: GK_UNIT, jrwaSymbol: '60', year: 2026 }),
    );
    const table = await screen.findByTestId('case-register');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Lp.',
      'Znak sprawy',
      'Tytuł sprawy',
      'Nadawca',
      'Znak pisma nadawcy',
      'Data pisma',
      'Data wszczęcia sprawy',
      'Data założenia sprawy',
      'Data ostatecznego załatwienia',
      'Prowadzący',
      'Uwagi (sposób załatwienia)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Żółkiewski Stanisław');
    expect(rows[0]?.textContent).toContain('02.2026');
    expect(rows[1]?.textContent).toContain('z inicjatywy własnej');
    expect(rows[1]?.textContent).toContain('Decyzja; Wydano zezwolenie');
    expect(within(rows[1]!).getByRole('link', { name: 'GK.6000.2.2026' })).toBeTruthy();
    const header = screen.getByTestId('case-register-header');
    expect(header.textContent).toContain('60 — Drogi gminne');
    expect(header.textContent).toContain('rok 2026');

    const downloads = screen.getByRole('navigation', { name: 'Pobierz spis spraw' });
    const query = `unitId=${GK_UNIT}&jrwaSymbol=60&year=2026`;
    expect(
      within(downloads)
        .getByRole('link', { name: /Wydruk PDF/ })
        .getAttribute('href'),
    ).toBe(`/api/v1/case-registers.pdf?${query}`);
    expect(within(downloads).getByRole('link', { name: /^CSV/ }).getAttribute('href')).toBe(
      `/api/v1/case-registers.csv?${query}`,
    );
    expect(within(downloads).getByRole('link', { name: /^XLSX/ }).getAttribute('href')).toBe(
      `/api/v1/case-registers.xlsx?${query}`,
    );
    expect(registerRequests(stub)).toEqual([{ unitId: GK_UNIT, jrwaSymbol: '60', year: '2026' }]);
  });

  test('a date range in the address asks for cases opened in it and says so in the header', async () => {
    const stub = stubRegister().route('GET /api/v1/case-registers', () =>
      json(200, makeCaseRegister([], { year: null, from: '2026-01-01', to: '2026-03-31' })),
    );
    renderApp(`/case-registers?unitId=${GK_UNIT}&jrwaSymbol=6000&from=2026-01-01&to=2026-03-31`);

    expect(await screen.findByText('W tym okresie komórka nie zakładała spraw w tej klasie.')).toBeTruthy();
    expect(screen.getByTestId('case-register-header').textContent).toContain(
      'sprawy założone od 1.01.2026 do 31.03.2026',
    );
    expect(
      (screen.getByRole('radio', { name: 'Zakres dat założenia spraw' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(registerRequests(stub)).toEqual([
      { unitId: GK_UNIT, jrwaSymbol: '6000', from: '2026-01-01', to: '2026-03-31' },
    ]);
  });

  test('asks for the class before showing, and gives the API’s refusal in Polish', async () => {
    stubRegister().route('GET /api/v1/case-registers', problem(422, 'cases.register_too_large'));
    renderApp('/case-registers');

    fireEvent.click(await screen.findByRole('button', { name: 'Pokaż spis spraw' }));
    expect(await screen.findByText('Wybierz klasę JRWA z listy.')).toBeTruthy();

    const jrwa = await screen.findByRole('combobox', { name: /Klasa JRWA/ });
    fireEvent.change(jrwa, { target: { value: '6' } });
    fireEvent.click(screen.getByRole('option', { name: '6 Infrastruktura techniczna' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pokaż spis spraw' }));
    expect(
      await screen.findByText(
        'Spis spraw obejmuje zbyt wiele spraw, by go wydrukować lub wyeksportować. Wybierz krótszy okres lub węższą klasę JRWA.',
      ),
    ).toBeTruthy();
  });
});
