import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

async function changePassword({ current = 'haslo-od-admina-1', next = 'moje-nowe-dlugie-haslo' } = {}) {
  fireEvent.change(await screen.findByLabelText(/^Obecne hasło/), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(/^Nowe hasło/), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(/^Powtórz nowe hasło/), { target: { value: next } });
  fireEvent.click(screen.getByRole('button', { name: 'Zmień hasło' }));
}

describe('forced password change', () => {
  test('keeps a user with a temporary password out of the application until it is changed', async () => {
    let changed = false;
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', () => json(200, makeMe({ mustChangePassword: !changed })))
      .route('POST /api/v1/auth/password', () => {
        changed = true;
        return new Response(null, { status: 204 });
      });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Zmiana hasła' })).toBeTruthy();
    await changePassword();

    expect(await screen.findByRole('heading', { level: 1, name: 'Dzień dobry, Anna Nowak' })).toBeTruthy();
    const sent = stub.requests.find((request) => request.url.pathname === '/api/v1/auth/password');
    expect(JSON.parse(String(sent?.body))).toEqual({
      currentPassword: 'haslo-od-admina-1',
      newPassword: 'moje-nowe-dlugie-haslo',
    });
  });

  test('marks the current password field when it is wrong', async () => {
    stubFetch()
      .route('GET /api/v1/auth/me', makeMe({ mustChangePassword: true }))
      .route('POST /api/v1/auth/password', problem(400, 'auth.wrong_current_password'));
    renderApp('/password');

    await changePassword();

    expect(await screen.findByText('Obecne hasło jest nieprawidłowe.')).toBeTruthy();
    expect(screen.getByLabelText(/^Obecne hasło/).getAttribute('aria-invalid')).toBe('true');
  });

  test('refuses a new password shorter than 12 characters without asking the server', async () => {
    const stub = stubFetch().route('GET /api/v1/auth/me', makeMe({ mustChangePassword: true }));
    renderApp('/password');

    await changePassword({ next: 'krotkie' });

    expect(await screen.findByText('Minimalna liczba znaków: 12.')).toBeTruthy();
    expect(stub.requests.some((request) => request.url.pathname === '/api/v1/auth/password')).toBe(false);
  });
});
