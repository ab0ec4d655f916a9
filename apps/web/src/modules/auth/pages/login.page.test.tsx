import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { makeMe } from '../../../test/builders';
import { renderApp } from '../../../test/render-app';

async function fillLoginForm({ tenant = 'demo', login = 'anowak', password = 'sekretne-haslo-123' } = {}) {
  fireEvent.change(await screen.findByLabelText(/Kod urzędu/), { target: { value: tenant } });
  fireEvent.change(screen.getByLabelText(/^Login/), { target: { value: login } });
  fireEvent.change(screen.getByLabelText(/^Hasło/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Zaloguj się' }));
}

describe('login page', () => {
  test('shows the Polish message for invalid credentials', async () => {
    const stub = stubFetch().route('POST /api/v1/auth/login', problem(401, 'auth.invalid_credentials'));
    renderApp('/login');

    await fillLoginForm();

    expect(await screen.findByText('Nieprawidłowy kod urzędu, login lub hasło.')).toBeTruthy();
    expect(document.title).toBe('Obieg — logowanie');
    expect(screen.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeTruthy();
    expect(stub.requests.at(-1)?.url.pathname).toBe('/api/v1/auth/login');
  });

  test('says how long to wait after too many failed attempts', async () => {
    stubFetch().route(
      'POST /api/v1/auth/login',
      problem(429, 'auth.too_many_attempts', {}, { 'Retry-After': '30' }),
    );
    renderApp('/login');

    await fillLoginForm();

    expect(await screen.findByText(/Zbyt wiele nieudanych prób logowania/)).toBeTruthy();
    expect(screen.getByText('Kolejna próba będzie możliwa za 30 s.')).toBeTruthy();
  });

  test('checks the office code before asking the server', async () => {
    const stub = stubFetch();
    renderApp('/login');

    await fillLoginForm({ tenant: 'Urząd Gminy!' });

    expect(await screen.findByText(/Kod urzędu to 2–40 znaków/)).toBeTruthy();
    expect(stub.requests.filter((request) => request.url.pathname === '/api/v1/auth/login')).toHaveLength(0);
  });

  test('remembers the office code and greets the user on the home page after signing in', async () => {
    const me = makeMe();
    stubFetch().route('POST /api/v1/auth/login', json(200, { user: me, csrfToken: 'csrf-1' }));
    renderApp('/login');

    await fillLoginForm();

    expect(await screen.findByRole('heading', { level: 1, name: 'Dzień dobry, Anna Nowak' })).toBeTruthy();
    expect(window.localStorage.getItem('obieg.tenant')).toBe('demo');
    expect(screen.getByText('Urząd Gminy Przykładowo')).toBeTruthy();
  });

  test('asks for a new password first when the administrator set a temporary one', async () => {
    const me = makeMe({ mustChangePassword: true });
    stubFetch()
      .route('POST /api/v1/auth/login', json(200, { user: me, csrfToken: 'csrf-1' }))
      .route('GET /api/v1/auth/me', me);
    renderApp('/login');

    await fillLoginForm();

    expect(await screen.findByRole('heading', { level: 1, name: 'Zmiana hasła' })).toBeTruthy();
  });

  test('switches the whole screen to English and remembers the choice', async () => {
    stubFetch();
    renderApp('/login');

    fireEvent.change(await screen.findByLabelText('Język'), { target: { value: 'en' } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(window.localStorage.getItem('obieg.language')).toBe('en');
    expect(document.title).toBe('Obieg — sign in');
  });
});
