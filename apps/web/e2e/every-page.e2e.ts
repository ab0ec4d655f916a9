import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, checkpoint, launchBrowser, logIn, newPage, openCaseThroughApi } from './e2e.fixtures.js';

const ADMIN_PAGES = [
  { path: '/tenant', heading: /Ustawienia urzędu/ },
  { path: '/org-units', heading: /Struktura organizacyjna/ },
  { path: '/users', heading: /Użytkownicy i stanowiska/ },
  { path: '/roles', heading: /Role/ },
  { path: '/substitutions', heading: /Zastępstwa/ },
  { path: '/distribution-rules', heading: /Reguły automatycznego przekazywania/ },
  { path: '/jrwa', heading: /wykaz akt/i },
  { path: '/jrwa/import', heading: /Import/ },
  { path: '/jrwa/extracts', heading: /Wyciąg/i },
  { path: '/audit', heading: /Dziennik zdarzeń/ },
  { path: '/sessions', heading: /Sesje/ },
  { path: '/api-tokens', heading: /Tokeny API/ },
  { path: '/account/password', heading: /hasł/i },
  { path: '/templates', heading: /Szablony pism/ },
  { path: '/pki', heading: /Certyfikaty i zaufanie/ },
  { path: '/integrations', heading: /Integracje/ },
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

  test('a registry clerk searches the address book, adds a contact and opens its card', async () => {
    const page = await newPage(browser);
    await logIn(page, { login: 'kancelaria' });
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    await nav.getByRole('link', { name: 'Baza teleadresowa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Baza teleadresowa' }).waitFor();
    expect(await page.title()).toBe('Baza teleadresowa — Obieg');
    const search = page.getByRole('combobox', { name: 'Szukaj kontaktu' });
    await search.fill('zgoda');
    await page.getByText(/^Znalezione kontakty: \d+/).waitFor();
    await checkpoint(page, 'kancelaria-contacts-search');

    await page.getByRole('link', { name: 'Nowy kontakt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nowy kontakt' }).waitFor();
    await page.getByRole('radio', { name: 'Instytucja' }).check();
    await page.getByRole('textbox', { name: 'Nazwa' }).fill('Spółdzielnia Mieszkaniowa „Zgoda” (e2e)');
    await page.getByRole('textbox', { name: 'NIP' }).fill('123-456-32-18');
    await page.getByRole('textbox', { name: 'Ulica' }).fill('Długa');
    await page.getByRole('textbox', { name: 'Numer budynku' }).fill('5');
    await page.getByRole('textbox', { name: 'Kod pocztowy' }).fill('00950');
    await page.getByRole('textbox', { name: 'Miejscowość' }).fill('Warszawa');
    await page.getByRole('button', { name: 'Zapisz kontakt' }).click();
    await page.getByText('Kod pocztowy ma format 00-000.').waitFor();
    await checkpoint(page, 'kancelaria-contact-form-errors');
    await page.getByRole('textbox', { name: 'Kod pocztowy' }).fill('00-950');
    await page.getByRole('button', { name: 'Zapisz kontakt' }).click();

    await page.getByRole('heading', { level: 1, name: 'Spółdzielnia Mieszkaniowa „Zgoda” (e2e)' }).waitFor();
    await page.getByText('Wgląd w pełne dane jest odnotowywany w dzienniku zdarzeń.').waitFor();
    expect(await page.getByTestId('contact-details').textContent()).toContain('1234563218');
    await checkpoint(page, 'kancelaria-contact-card');

    await page.getByRole('link', { name: 'Wróć do bazy teleadresowej' }).click();
    await search.fill('spoldzielnia zgoda e2e');
    const option = page.getByRole('option', { name: /Spółdzielnia Mieszkaniowa/ });
    await option.first().waitFor();
    // Let the debounced search settle, so the list is not replaced after the key press.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await search.press('ArrowDown');
    await expect.poll(() => option.first().getAttribute('aria-selected')).toBe('true');
    await checkpoint(page, 'kancelaria-contacts-results');
    await search.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Spółdzielnia Mieszkaniowa „Zgoda” (e2e)' }).waitFor();

    await page.goto(`${baseUrl()}/contacts/new`);
    await page.getByRole('radio', { name: 'Instytucja' }).check();
    await page.getByRole('textbox', { name: 'Nazwa' }).fill('Inna spółdzielnia');
    await page.getByRole('textbox', { name: 'NIP' }).fill('1234563218');
    await page.getByRole('textbox', { name: 'Miejscowość' }).fill('Warszawa');
    await page
      .getByRole('region', { name: 'Podobne kontakty' })
      .getByText('Ten sam numer identyfikacyjny')
      .waitFor();
    await page.getByRole('button', { name: 'Zapisz kontakt' }).click();
    await page.getByRole('link', { name: 'Otwórz istniejący kontakt' }).waitFor();
    await checkpoint(page, 'kancelaria-contact-duplicate');
  });

  test('the registry screens have no axe violations in Polish and are complete in English', async () => {
    const page = await newPage(browser);
    await logIn(page, { login: 'kancelaria' });
    const pages = [
      { path: '/incoming/new', heading: /Rejestracja korespondencji/ },
      { path: '/incoming', heading: /Rejestr przesyłek wpływających/ },
      { path: '/inbox', heading: /Moje dekretacje/ },
      { path: '/inbox/unit', heading: /Przesyłki komórki/ },
      { path: '/outgoing', heading: /Przesyłki wychodzące/ },
      { path: '/outgoing?tab=register', heading: /Przesyłki wychodzące/ },
      { path: '/outgoing?tab=postal-book', heading: /Przesyłki wychodzące/ },
      { path: '/outgoing?tab=receipts', heading: /Przesyłki wychodzące/ },
    ];
    for (const { path, heading } of pages) {
      await visit(page, path, heading);
      await checkpoint(page, `pl${path.replaceAll(/[/?=]/g, '-')}`);
    }
    await page.goto(`${baseUrl()}/incoming`);
    await page.getByTestId('incoming-table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^RPW\// }).waitFor();
    const item = new URL(page.url()).pathname;
    await checkpoint(page, 'pl-incoming-item');

    await page.getByLabel('Język').first().selectOption('en');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const path of [...pages.map((p) => p.path), item]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      // "Elektroniczny Nadawca" is the name of Poczta Polska's service, not an untranslated word.
      const main = ((await page.locator('main').textContent()) ?? '').replaceAll('Elektroniczny Nadawca', '');
      const nav = (await page.getByRole('navigation').first().textContent()) ?? '';
      expect(nav, `navigation on ${path}`).not.toMatch(/[ąćęłńśźż]/i);
      expect(main, `content on ${path}`).not.toMatch(
        /Rejestracja|Nadawca|Skróty|Zarejestruj|Filtry|Popraw|Przekaż|Dekret|Komórka|Termin|Przesyłk/,
      );
      await checkpoint(page, `en${path === item ? '-incoming-item' : path.replaceAll(/[/?=]/g, '-')}`);
    }
  });

  test('the case screens have no axe violations in Polish and are complete in English', async () => {
    const page = await newPage(browser);
    await logIn(page, { login: 'kierownik.gk' });
    // A case of the head's own unit, opened through the API, so that its page can be visited.
    const { caseId, unitId } = await openCaseThroughApi(page, {
      jrwaSymbol: '6100',
      title: 'Deklaracja o wysokości opłaty za odpady (e2e)',
      deadline: { kind: 'days', days: 14 },
    });
    const pages = [
      { path: '/cases', heading: /Moje sprawy/ },
      { path: '/cases?all=1', heading: /^Sprawy$/ },
      { path: '/cases/new', heading: /Załóż sprawę/ },
      { path: '/cases/deadlines', heading: /Terminy spraw/ },
      { path: '/cases/deadlines?scope=unit', heading: /Terminy spraw/ },
      { path: `/cases/${caseId}`, heading: /^GK\.6100\.\d+\.\d{4}$/ },
      { path: `/cases/${caseId}?tab=metryka`, heading: /^GK\.6100\.\d+\.\d{4}$/ },
      { path: `/cases/${caseId}?tab=shares`, heading: /^GK\.6100\.\d+\.\d{4}$/ },
      { path: `/cases/${caseId}?tab=links`, heading: /^GK\.6100\.\d+\.\d{4}$/ },
      { path: `/cases/${caseId}?tab=drafts`, heading: /^GK\.6100\.\d+\.\d{4}$/ },
      { path: `/cases/${caseId}?tab=dispatches`, heading: /^GK\.6100\.\d+\.\d{4}$/ },
      { path: '/case-registers', heading: /^Spis spraw$/ },
      {
        path: `/case-registers?unitId=${unitId}&jrwaSymbol=61&year=${new Date().getFullYear()}`,
        heading: /^Spis spraw$/,
      },
      { path: '/cases/cooperation', heading: /^Współpraca komórek$/ },
      { path: '/search?q=odpady', heading: /^Wyszukiwanie$/ },
    ];
    const name = (path: string) =>
      path
        .replace(caseId, 'id')
        .replace(unitId, 'unit')
        .replaceAll(/[/?=&]/g, '-');
    for (const { path, heading } of pages) {
      await visit(page, path, heading);
      await checkpoint(page, `pl${name(path)}`);
    }

    await page.getByLabel('Język').first().selectOption('en');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const { path } of pages) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const main = (await page.locator('main').textContent()) ?? '';
      const nav = (await page.getByRole('navigation').first().textContent()) ?? '';
      expect(nav, `navigation on ${path}`).not.toMatch(/[ąćęłńśźż]/i);
      expect(main, `content on ${path}`).not.toMatch(
        /Załóż|Moje sprawy|Terminy spraw|Akta sprawy|Metryka sprawy|Dodaj notatkę|Prowadzący|Wróć do|Filtry|Komórka/,
      );
      await checkpoint(page, `en${name(path)}`);
    }
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
