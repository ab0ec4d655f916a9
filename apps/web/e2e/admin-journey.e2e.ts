import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, checkpoint, launchBrowser, logIn, newPage } from './e2e.fixtures.js';

const stamp = Date.now().toString(36).slice(-5).toUpperCase();
const JRWA_CSV = `symbol;haslo;kategoria;kategoria_inna;uwagi
0;ZARZĄDZANIE;;;
00;Organy gminy;;;
000;Rada gminy;;;
0000;Organizacja pracy rady gminy;A;Bc;m.in. regulaminy
0001;Zażalenia na działalność rady gminy;A;Bc;
1;KADRY;;;
10;Zatrudnienie;;;
100;Nabór pracowników;B5;Bc;
101;Akta osobowe;BE50;Bc;
`;

describe('the administrator sets up the office', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => browser.close());

  test('the login page is in Polish and accessible', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    expect(await page.title()).toBe('Obieg — logowanie');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await checkpoint(page, '01-login');
  });

  test('a wrong password is refused with a Polish message', async () => {
    await page.getByLabel('Kod urzędu').fill('demo');
    await page.getByLabel('Login').fill('admin');
    await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill('zle-haslo-123');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/hasło|login/i);
    await checkpoint(page, '02-login-error');
  });

  test('the administrator logs in with the keyboard and sees the administration menu', async () => {
    await logIn(page, { login: 'admin' });
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    for (const item of ['Struktura organizacyjna', 'Użytkownicy i stanowiska', 'JRWA', 'Dziennik zdarzeń']) {
      await nav.getByRole('link', { name: item }).waitFor();
    }
    await checkpoint(page, '03-home');
  });

  test('creates an organisational unit', async () => {
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Struktura organizacyjna' })
      .click();
    await page.getByRole('tree').waitFor();
    await checkpoint(page, '04-org-units');
    await page.getByRole('button', { name: 'Nowa komórka' }).click();
    await page.getByRole('textbox', { name: 'Symbol' }).fill(`E${stamp}`);
    await page.getByRole('textbox', { name: 'Nazwa' }).fill('Wydział Testów Przeglądarkowych');
    await checkpoint(page, '05-org-unit-form');
    await page.getByRole('button', { name: 'Utwórz komórkę' }).click();
    await page.getByRole('treeitem', { name: new RegExp(`E${stamp}`) }).waitFor();
    await checkpoint(page, '06-org-unit-created');
  });

  test('creates a user with a position in the new unit', async () => {
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Użytkownicy i stanowiska' })
      .click();
    await page.getByRole('table').waitFor();
    await checkpoint(page, '07-users');
    await page.getByRole('button', { name: 'Dodaj użytkownika' }).click();
    await page.getByRole('textbox', { name: 'Login', exact: true }).fill(`jan.${stamp.toLowerCase()}`);
    await page.getByRole('textbox', { name: 'Imię i nazwisko' }).fill('Jan Przeglądarkowy');
    await page.getByRole('textbox', { name: 'Hasło początkowe' }).fill('poczatkowe-haslo-1');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Jan Przeglądarkowy' }).waitFor();
    const unit = page.getByRole('combobox', { name: 'Komórka' });
    const option = unit.locator('option', { hasText: `E${stamp} — ` });
    await option.waitFor({ state: 'attached' });
    await unit.selectOption({ label: (await option.textContent()) ?? '' });
    await page.getByRole('textbox', { name: 'Nazwa stanowiska' }).fill('Inspektor');
    await page.getByRole('checkbox', { name: 'Referent' }).check();
    await page.getByRole('button', { name: 'Dodaj stanowisko' }).click();
    await page.getByRole('cell', { name: 'Inspektor' }).waitFor();
    await checkpoint(page, '08-user-with-position');
  });

  test('imports a JRWA from CSV', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'JRWA' }).click();
    await page.getByRole('tree').waitFor();
    await checkpoint(page, '09-jrwa-demo');
    await page.getByRole('link', { name: 'Importuj JRWA' }).first().click();
    await page
      .getByLabel('Plik CSV lub XML')
      .setInputFiles({ name: 'jrwa-urzedu.csv', mimeType: 'text/csv', buffer: Buffer.from(JRWA_CSV) });
    await page.getByRole('button', { name: 'Importuj', exact: true }).click();
    await page.getByText(/Zaimportowano/).waitFor();
    await checkpoint(page, '10-jrwa-imported');
  });

  test('finds a class in the tree by words typed without Polish letters', async () => {
    await page.goto(`${baseUrl()}/jrwa`);
    await page.getByRole('tree').waitFor();
    await page.getByLabel('Szukaj klasy').fill('zazalenia');
    await page.getByText('Zażalenia na działalność rady gminy').first().click();
    await page.getByText('0001', { exact: true }).first().waitFor();
    await checkpoint(page, '11-jrwa-search');
  });

  test('reads the audit log with the changes just made', async () => {
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Dziennik zdarzeń' })
      .click();
    await page.getByRole('table').waitFor();
    const rows = await page.getByRole('table').textContent();
    expect(rows).toMatch(/jrwa\.version_imported|Import JRWA|JRWA/i);
    await checkpoint(page, '12-audit-log');
  });

  test('logs out', async () => {
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Adam Administracyjny/ })
      .click();
    await page.getByRole('menuitem', { name: 'Wyloguj' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logowanie' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
  });
});
