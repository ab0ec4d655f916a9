import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, checkpoint, launchBrowser, logIn, newPage } from './e2e.fixtures.js';

const ADMIN_PAGES = [
  { path: '/tenant', heading: /Ustawienia urzędu/ },
  { path: '/org-units', heading: /Struktura organizacyjna/ },
  { path: '/users', heading: /Użytkownicy i stanowiska/ },
  { path: '/roles', heading: /Role/ },
  { path: '/substitutions', heading: /Zastępstwa/ },
  { path: '/jrwa', heading: /wykaz akt/i },
  { path: '/jrwa/import', heading: /Import/ },
  { path: '/jrwa/extracts', heading: /Wyciąg/i },
  { path: '/audit', heading: /Dziennik zdarzeń/ },
  { path: '/sessions', heading: /Sesje/ },
  { path: '/api-tokens', heading: /Tokeny API/ },
  { path: '/account/password', heading: /hasł/i },
];

async function visit(page: Page, path: string, heading: RegExp) {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  expect(await page.locator('h1').count(), `${path} has one h1`).toBe(1);
}

describe('every screen is accessible', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser.close());

  test('every administration screen in Polish has no axe violations', async () => {
    const page = await newPage(browser);
    await logIn(page, { login: 'admin' });
    for (const { path, heading } of ADMIN_PAGES) {
      await visit(page, path, heading);
      await checkpoint(page, `pl${path.replaceAll('/', '-')}`);
    }
  });

  test('the English interface is complete on every administration screen', async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    await logIn(page, { login: 'admin' });
    await page.getByLabel('Język').first().selectOption('en');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    for (const { path } of ADMIN_PAGES) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      // Polish-only letters in the chrome would mean an untranslated string (data may be Polish).
      const nav = (await page.getByRole('navigation').first().textContent()) ?? '';
      expect(nav, `navigation on ${path}`).not.toMatch(/[ąćęłńśźż]/i);
      expect(text.length, `content on ${path}`).toBeGreaterThan(0);
      await checkpoint(page, `en${path.replaceAll('/', '-')}`);
    }
  });

  test('a registry clerk sees only the screens the role allows and is refused the others', async () => {
    const page = await newPage(browser);
    await logIn(page, { login: 'kancelaria' });
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    await nav.getByRole('link', { name: 'JRWA' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Dziennik zdarzeń' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Role i uprawnienia' }).count()).toBe(0);
    await checkpoint(page, 'kancelaria-home');
    await page.goto(`${baseUrl()}/audit`);
    await page.getByRole('heading', { name: 'Brak uprawnień' }).waitFor();
    await checkpoint(page, 'kancelaria-forbidden');
  });

  test('the second demo office sees none of the first office', async () => {
    const page = await newPage(browser);
    await logIn(page, { tenant: 'demo2', login: 'admin' });
    await page.goto(`${baseUrl()}/org-units`);
    await page.getByRole('tree').waitFor();
    const tree = (await page.getByRole('tree').textContent()) ?? '';
    expect(tree).not.toMatch(/Wydział Gospodarki Komunalnej|Biuro Rady/);
    await page.goto(`${baseUrl()}/users`);
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').textContent()).not.toMatch(/kancelaria|referent\.gk/);
    await checkpoint(page, 'demo2-users');
  });

  test('an unknown address shows a Polish "page not found" screen', async () => {
    const page = await newPage(browser);
    await logIn(page, { login: 'admin' });
    await page.goto(`${baseUrl()}/nie-ma-takiej-strony`);
    await page.getByRole('heading', { name: 'Nie ma takiej strony' }).waitFor();
    await checkpoint(page, 'not-found');
  });
});
