import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeContact, makeContactListItem, withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

const CLERK = withPermissions('contacts:read', 'contacts:manage');
const person = makeContact();
const institution = makeContact({
  id: '01900000-0000-7000-8000-0000000000c2',
  kind: 'institution',
  displayName: 'Spółdzielnia Mieszkaniowa „Zgoda”',
  givenNames: null,
  surname: null,
  name: 'Spółdzielnia Mieszkaniowa „Zgoda”',
  pesel: null,
  nip: '1234563218',
  regon: '123456785',
  addresses: [{ ...person.addresses[0]!, street: 'Długa', building: '5', flat: null, city: 'Warszawa' }],
});

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/g, 'l')
    .toLowerCase();

/** The server's search, roughly: every word of `q` in the folded name, or an identifier. */
function searchStub(contacts = [person, institution]) {
  return ({ url }: { url: URL }) => {
    const words = fold(url.searchParams.get('q') ?? '')
      .split(' ')
      .filter(Boolean);
    const items = contacts.filter((contact) => {
      const text = fold(`${contact.displayName} ${contact.pesel ?? ''} ${contact.nip ?? ''}`);
      return words.every((word) => text.includes(word.replaceAll('-', '')));
    });
    return json(200, { items: items.map(makeContactListItem), nextCursor: null });
  };
}

const field = (name: string) => screen.getByRole('textbox', { name });

describe('baza teleadresowa', () => {
  test('finds a contact by a surname typed without Polish letters', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route('GET /api/v1/contacts', searchStub())
      .route(`GET /api/v1/contacts/${person.id}`, person);
    renderApp('/contacts');

    const search = await screen.findByRole('combobox', { name: 'Szukaj kontaktu' });
    expect(document.title).toBe('Baza teleadresowa — Obieg');
    fireEvent.change(search, { target: { value: 'zolkiewski' } });

    expect(await screen.findByText('Znalezione kontakty: 1')).toBeTruthy();
    const results = screen.getByRole('listbox', { name: 'Wyniki wyszukiwania' });
    const option = within(results).getByRole('option');
    expect(option.textContent).toContain('Żółkiewski Stanisław');
    expect(option.textContent).toContain('PESEL *******1359');
    expect(option.textContent).toContain('Łódź');
    expect(option.textContent).not.toContain('Piotrkowska');
    expect(option.textContent).toContain('dane ukryte — otwórz kartę, aby zobaczyć');
    expect(stub.requests.some((request) => request.url.searchParams.get('q') === 'zolkiewski')).toBe(true);

    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(search.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.keyDown(search, { key: 'Enter' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Żółkiewski Stanisław' })).toBeTruthy();
    expect(screen.getByText('Wgląd w pełne dane jest odnotowywany w dzienniku zdarzeń.')).toBeTruthy();
    expect(screen.getByTestId('contact-details').textContent).toContain('44051401359');
  });

  test('shows an existing contact when a duplicate NIP is entered', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route('GET /api/v1/contacts', searchStub())
      .route('GET /api/v1/contacts/suggestions', { items: [] })
      .route(
        'POST /api/v1/contacts',
        problem(409, 'contacts.duplicate_identifier', { existingId: institution.id, identifier: 'nip' }),
      );
    renderApp('/contacts/new');

    fireEvent.click(await screen.findByRole('radio', { name: 'Instytucja' }));
    fireEvent.change(field('Nazwa'), { target: { value: 'SM Zgoda' } });
    fireEvent.change(field('NIP'), { target: { value: '123-456-32-18' } });
    fireEvent.change(field('Miejscowość'), { target: { value: 'Warszawa' } });

    const similar = await screen.findByRole('region', { name: 'Podobne kontakty' });
    const link = await within(similar).findByRole('link', { name: 'Spółdzielnia Mieszkaniowa „Zgoda”' });
    expect(link.getAttribute('href')).toBe(`/contacts/${institution.id}`);
    expect(within(similar).getByText('Ten sam numer identyfikacyjny')).toBeTruthy();
    expect(stub.requests.some((request) => request.url.searchParams.get('q') === '1234563218')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Zapisz kontakt' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Taki kontakt już istnieje');
    const existing = within(alert).getByRole('link', { name: 'Otwórz istniejący kontakt' });
    expect(existing.getAttribute('href')).toBe(`/contacts/${institution.id}`);
    expect(screen.getByText('Ten numer ma już inny kontakt urzędu.')).toBeTruthy();
  });

  test('rejects a PESEL with a wrong check digit before saving', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route('GET /api/v1/contacts', searchStub([]))
      .route('GET /api/v1/contacts/suggestions', { items: [] });
    renderApp('/contacts/new');

    fireEvent.change(await screen.findByRole('textbox', { name: 'Imiona' }), { target: { value: 'Jan' } });
    fireEvent.change(field('Nazwisko'), { target: { value: 'Kowalski' } });
    fireEvent.change(field('PESEL'), { target: { value: '44051401358' } });
    fireEvent.change(field('Kod pocztowy'), { target: { value: '90001' } });
    fireEvent.change(field('Miejscowość'), { target: { value: 'Łódź' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz kontakt' }));

    expect(
      await screen.findByText(
        'PESEL ma 11 cyfr z poprawną cyfrą kontrolną i datą urodzenia — sprawdź numer.',
      ),
    ).toBeTruthy();
    expect(field('PESEL').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Kod pocztowy ma format 00-000.')).toBeTruthy();
    expect(stub.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  test('keeps typed changes when someone else saved the contact first', async () => {
    const theirs = makeContact({ version: 2, phones: ['+48 42 123 45 67'] });
    let reads = 0;
    let patches = 0;
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', CLERK)
      .route(`GET /api/v1/contacts/${person.id}`, () => json(200, reads++ === 0 ? person : theirs))
      .route(`PATCH /api/v1/contacts/${person.id}`, (request) => {
        patches += 1;
        if (patches === 1) return problem(409, 'common.version_conflict');
        const body = JSON.parse(String(request.body)) as { remarks: string };
        return json(200, { ...theirs, remarks: body.remarks, version: 3 });
      });
    renderApp(`/contacts/${person.id}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Edytuj' }));
    fireEvent.change(field('Uwagi'), { target: { value: 'Prosi o kontakt telefoniczny' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ktoś w międzyczasie zmienił ten kontakt');
    await waitFor(() => expect(within(alert).getByText('Telefony')).toBeTruthy());
    expect((field('Uwagi') as HTMLTextAreaElement).value).toBe('Prosi o kontakt telefoniczny');
    expect(reads).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByText('Zapisano zmiany.')).toBeTruthy();
    const sent = stub.requests
      .filter((request) => request.method === 'PATCH')
      .map((r) => JSON.parse(String(r.body)));
    expect(sent.map((body: { version: number }) => body.version)).toEqual([1, 2]);
    expect(sent[1]).toMatchObject({ remarks: 'Prosi o kontakt telefoniczny', phones: [] });
    expect(await screen.findByText('Prosi o kontakt telefoniczny')).toBeTruthy();
  });
});
