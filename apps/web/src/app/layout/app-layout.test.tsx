import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe, withPermissions } from '../../test/builders';
import { problem, stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

describe('application frame', () => {
  test("shows the navigation items the user's permissions allow", async () => {
    stubFetch().route('GET /api/v1/auth/me', withPermissions('jrwa:read', 'audit:read'));
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Menu główne' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels).toEqual(['Strona główna', 'JRWA', 'Dziennik zdarzeń']);
  });

  test('offers a skip link to the main content before anything else', async () => {
    stubFetch().route('GET /api/v1/auth/me', makeMe());
    renderApp('/');

    await screen.findByRole('heading', { level: 1 });
    const links = screen.getAllByRole('link');
    expect(links[0]?.textContent).toBe('Przejdź do treści');
    expect(links[0]?.getAttribute('href')).toBe('#main');
    expect(document.querySelector('main#main')).not.toBeNull();
  });

  test('refuses a screen the active position may not use', async () => {
    stubFetch().route('GET /api/v1/auth/me', withPermissions('jrwa:read'));
    renderApp('/tenant');

    expect(await screen.findByRole('heading', { level: 1, name: 'Brak uprawnień' })).toBeTruthy();
  });

  test('sends a user without a session to the login page', async () => {
    stubFetch().route('GET /api/v1/auth/me', problem(401, 'auth.unauthenticated'));
    renderApp('/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'Logowanie' })).toBeTruthy();
  });

  test('shows a substituted position as acting for the absent person', async () => {
    const me = makeMe();
    const substitution = {
      ...me.positions[0]!,
      id: '01900000-0000-7000-8000-000000000011',
      title: 'Kierownik',
      orgUnitSymbol: 'FN',
      actingFor: { userId: '01900000-0000-7000-8000-000000000002', displayName: 'Jan Kowalski' },
    };
    stubFetch().route('GET /api/v1/auth/me', { ...me, positions: [...me.positions, substitution] });
    renderApp('/');

    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('button', { name: /Anna Nowak/ }));
    const substituted = await screen.findByRole('menuitemradio', {
      name: /Kierownik, FN \(za: Jan Kowalski\)/,
    });
    expect(substituted.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByRole('menuitemradio', { name: /Inspektor, OR/ }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });
});
