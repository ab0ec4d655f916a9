import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeContact, makeContactListItem, withPermissions } from '../../../test/builders';
import { json, problem, stubFetch, type StubRequest } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { todayInOffice } from '../../../shared/format/dates';
import { makeIncomingItem as makeItem } from '../correspondence.test-utils';

const CLERK = withPermissions(
  'correspondence:register',
  'correspondence:read',
  'contacts:read',
  'contacts:manage',
  'files:upload',
  'files:read',
);
const person = makeContact();

const dictionary = (entries: [string, string][]) => ({
  items: entries.map(([code, name], sort) => ({ code, name, active: true, sort })),
});

function stubRegistry() {
  return stubFetch()
    .route('GET /api/v1/auth/me', CLERK)
    .route(
      'GET /api/v1/dictionaries/delivery-methods',
      dictionary([
        ['list_zwykly', 'list zwykły'],
        ['list_polecony', 'list polecony'],
      ]),
    )
    .route('GET /api/v1/dictionaries/document-kinds', dictionary([['pismo', 'pismo']]))
    .route('GET /api/v1/organs', { items: [], nextCursor: null })
    .route('GET /api/v1/contacts', ({ url }) =>
      json(200, {
        items: 'zolkiewski'.startsWith(url.searchParams.get('q') ?? '-') ? [makeContactListItem(person)] : [],
        nextCursor: null,
      }),
    );
}

const body = (request: StubRequest | undefined) =>
  JSON.parse(String(request?.body)) as Record<string, unknown>;
const posts = (stub: { requests: StubRequest[] }) =>
  stub.requests.filter((request) => request.method === 'POST' && request.url.pathname === '/api/v1/incoming');

describe('rejestracja korespondencji', () => {
  test('registers a letter from a known sender by keyboard and starts the next blank form', async () => {
    const stub = stubRegistry().route('POST /api/v1/incoming', json(201, makeItem()));
    renderApp('/incoming/new');

    const sender = await screen.findByRole('combobox', { name: /Nadawca/ });
    await waitFor(() => expect(document.activeElement).toBe(sender));
    fireEvent.change(sender, { target: { value: 'zolk' } });
    const option = await screen.findByRole('option', { name: /Żółkiewski Stanisław/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(option.textContent).toContain('PESEL *******1359');
    expect(option.textContent).toContain('Łódź');
    fireEvent.keyDown(sender, { key: 'Enter' });

    const title = screen.getByRole('textbox', { name: /Tytuł/ });
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.change(title, { target: { value: 'Wniosek <b>o</b> zaświadczenie' } });
    // The default delivery method arrives with the dictionary (slow under load): wait for it.
    const method = screen.getByRole('combobox', { name: /Sposób doręczenia/ });
    await waitFor(() => expect((method as HTMLSelectElement).value).toBe('list_zwykly'));
    fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true });

    const confirmation = screen.getByTestId('registration-confirmation');
    await within(confirmation).findByText('Zarejestrowano: RPW/7/2026');
    expect(posts(stub)).toHaveLength(1);
    const sent = body(posts(stub)[0]);
    expect(sent).toMatchObject({
      sender: { contactId: person.id },
      title: 'Wniosek <b>o</b> zaświadczenie',
      deliveryMethod: 'list_zwykly',
      receivedAt: todayInOffice(),
      fullScan: false,
      fileIds: [],
    });
    expect(posts(stub)[0]?.headers.get('Idempotency-Key')).toMatch(/^reg-[0-9a-f]{32}$/);
    expect((sender as HTMLInputElement).value).toBe('');
    expect((title as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(sender);
  });

  test('remembers the delivery method for the next letter and sends a new key per form', async () => {
    let number = 0;
    const stub = stubRegistry().route('POST /api/v1/incoming', () =>
      json(
        201,
        makeItem({ id: `01900000-0000-7000-8000-0000000001b${++number}`, rpwNumber: `RPW/${number}/2026` }),
      ),
    );
    renderApp('/incoming/new');

    const sender = await screen.findByRole('combobox', { name: /Nadawca/ });
    const method = await screen.findByRole('combobox', { name: /Sposób doręczenia/ });
    await within(method).findByRole('option', { name: 'list polecony' });
    fireEvent.change(method, { target: { value: 'list_polecony' } });
    for (const [index, title] of ['Pierwsze', 'Drugie'].entries()) {
      fireEvent.change(sender, { target: { value: 'zolk' } });
      await screen.findByRole('option', { name: /Żółkiewski/ });
      fireEvent.keyDown(sender, { key: 'Enter' });
      fireEvent.change(screen.getByRole('textbox', { name: /Tytuł/ }), { target: { value: title } });
      fireEvent.keyDown(document.activeElement ?? sender, { key: 'Enter', ctrlKey: true });
      await waitFor(() => expect(posts(stub).length).toBe(index + 1));
      await screen.findByText(`Zarejestrowano: RPW/${index + 1}/2026`);
    }
    const sent = posts(stub);
    expect(sent.map((request) => body(request).deliveryMethod)).toEqual(['list_polecony', 'list_polecony']);
    expect(new Set(sent.map((request) => request.headers.get('Idempotency-Key'))).size).toBe(2);
    expect(window.localStorage.getItem(`obieg.incoming.defaults.${CLERK.id}`)).toContain('list_polecony');
  });

  test('adds a new sender typed in the sender box and checks the postal code before sending', async () => {
    const stub = stubRegistry().route('POST /api/v1/incoming', json(201, makeItem()));
    renderApp('/incoming/new');

    const sender = await screen.findByRole('combobox', { name: /Nadawca/ });
    fireEvent.change(sender, { target: { value: 'Nowakowska Maria' } });
    const create = await screen.findByRole('option', { name: /Dodaj nowego nadawcę: „Nowakowska Maria”/ });
    expect(create.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(sender, { key: 'Enter' });

    const group = await screen.findByRole('group', { name: /Nowy nadawca/ });
    expect((within(group).getByRole('textbox', { name: /Nazwisko/ }) as HTMLInputElement).value).toBe(
      'Nowakowska',
    );
    expect((within(group).getByRole('textbox', { name: /Imiona/ }) as HTMLInputElement).value).toBe('Maria');
    fireEvent.change(within(group).getByRole('textbox', { name: 'Kod pocztowy' }), {
      target: { value: '9000' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Tytuł/ }), { target: { value: 'Podanie' } });
    fireEvent.click(screen.getByRole('button', { name: /^Zarejestruj$/ }));

    expect(await screen.findByText('Kod pocztowy ma format 00-000.')).toBeTruthy();
    expect(within(group).getAllByText('To pole jest wymagane.')).toHaveLength(1);
    expect(posts(stub)).toHaveLength(0);

    fireEvent.change(within(group).getByRole('textbox', { name: 'Kod pocztowy' }), {
      target: { value: '90-001' },
    });
    fireEvent.change(within(group).getByRole('textbox', { name: /Miejscowość/ }), {
      target: { value: 'Łódź' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Zarejestruj$/ }));
    await screen.findByText('Zarejestrowano: RPW/7/2026');
    expect(body(posts(stub)[0]).sender).toEqual({
      kind: 'person',
      surname: 'Nowakowska',
      givenNames: 'Maria',
      addresses: [{ postalCode: '90-001', city: 'Łódź', country: 'PL' }],
      emails: [],
      phones: [],
    });
  });

  test('shows the server’s field errors next to the fields and keeps the form for a retry', async () => {
    const stub = stubRegistry().route(
      'POST /api/v1/incoming',
      problem(400, 'validation.failed', {
        errors: [{ path: '/title', message: 'Too long', code: 'too_big' }],
      }),
    );
    renderApp('/incoming/new');
    const sender = await screen.findByRole('combobox', { name: /Nadawca/ });
    fireEvent.change(sender, { target: { value: 'zolk' } });
    await screen.findByRole('option', { name: /Żółkiewski/ });
    fireEvent.keyDown(sender, { key: 'Enter' });
    const title = screen.getByRole('textbox', { name: /Tytuł/ });
    fireEvent.change(title, { target: { value: 'Tytuł' } });
    fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toContain('Nie udało się');
    expect((title as HTMLInputElement).value).toBe('Tytuł');
    fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(posts(stub)).toHaveLength(2));
    const keys = posts(stub).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[0]).toBe(keys[1]);
  });
});
