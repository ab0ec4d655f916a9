import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

const issues = [
  {
    line: 4,
    symbol: '0101',
    code: 'jrwa.row.parent_missing',
    message: 'x',
    params: { symbol: '0101', parentSymbol: '010' },
  },
  { line: 2, symbol: null, code: 'jrwa.row.symbol_invalid', message: 'x', params: { symbol: 'A1' } },
  {
    line: 9,
    symbol: '01',
    code: 'jrwa.row.symbol_duplicate',
    message: 'x',
    params: { symbol: '01', firstLine: 3 },
  },
  {
    line: 12,
    symbol: '011',
    code: 'jrwa.row.category_invalid',
    message: 'x',
    params: { symbol: '011', category: 'X9' },
  },
];

async function uploadFile() {
  const file = new File(['symbol;haslo;kategoria\n'], 'jrwa.csv', { type: 'text/csv' });
  fireEvent.change(await screen.findByLabelText(/Plik CSV lub XML/), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Importuj' }));
}

describe('JRWA import', () => {
  test('lists every JRWA import issue with its line number', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('jrwa:read', 'jrwa:manage'))
      .route('POST /api/v1/jrwa/import', problem(422, 'jrwa.import_invalid', { issues }));
    renderApp('/jrwa/import');

    await uploadFile();

    const table = await screen.findByRole('table', { name: 'Błędy w pliku: 4' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['2', '4', '9', '12']);
    expect(within(table).getByText(/Brak klasy nadrzędnej 010 dla klasy 0101/)).toBeTruthy();
    expect(within(table).getByText(/wystąpił już w wierszu 3/)).toBeTruthy();
    expect(within(table).getByText(/Kategoria archiwalna „X9” jest nieprawidłowa/)).toBeTruthy();
    expect(screen.getByText(/Plik JRWA zawiera błędy/)).toBeTruthy();

    const upload = stub.requests.find((request) => request.url.pathname === '/api/v1/jrwa/import');
    expect(upload?.headers.get('X-CSRF-Token')).toBe('csrf-from-me');
    expect((upload?.body as FormData).get('file')).toBeInstanceOf(File);
  });

  test('asks for a file before sending anything', async () => {
    const stub = stubFetch().route('GET /api/v1/auth/me', withPermissions('jrwa:read', 'jrwa:manage'));
    renderApp('/jrwa/import');

    fireEvent.click(await screen.findByRole('button', { name: 'Importuj' }));

    expect(await screen.findByText('Wybierz plik do importu.')).toBeTruthy();
    expect(stub.requests.some((request) => request.url.pathname === '/api/v1/jrwa/import')).toBe(false);
  });

  test('explains the CSV format next to the form', async () => {
    stubFetch().route('GET /api/v1/auth/me', withPermissions('jrwa:read', 'jrwa:manage'));
    renderApp('/jrwa/import');

    expect(await screen.findByRole('heading', { name: 'Format pliku CSV' })).toBeTruthy();
    expect(screen.getByText(/Kodowanie UTF-8, separator — średnik/)).toBeTruthy();
  });
});
