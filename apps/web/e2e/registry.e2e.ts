import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, checkpoint, launchBrowser, logIn, newPage } from './e2e.fixtures.js';

/** A 1×1 PNG: the smallest scan the server's content sniffing accepts as an image. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const stamp = Date.now().toString(36).slice(-4);
const NEW_SENDER = `Wiśniewska${stamp} Halina`;
const FIRST_TITLE = `Wniosek o wydanie zaświadczenia (e2e ${stamp})`;
const SECOND_TITLE = `Skarga <img src=x onerror=alert(1)> na hałas (e2e ${stamp})`;

/** Full-page screenshots of a scrolled page draw the fixed header mid-page: take them from the top. */
const scrollToTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

const isFocused = (page: Page, role: 'combobox' | 'textbox', name: RegExp) =>
  page.getByRole(role, { name }).evaluate((element) => element === document.activeElement);

async function confirmationNumber(page: Page, previous?: string): Promise<string> {
  const confirmation = page.getByTestId('registration-confirmation');
  await expect
    .poll(async () => {
      const text = (await confirmation.textContent()) ?? '';
      const number = /Zarejestrowano: (RPW\/\d+\/\d{4})/.exec(text)?.[1];
      return number && number !== previous ? number : null;
    })
    .not.toBeNull();
  return /Zarejestrowano: (RPW\/\d+\/\d{4})/.exec((await confirmation.textContent()) ?? '')![1]!;
}

describe('the registry clerk registers the morning post', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  let firstNumber = '';
  let secondNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await logIn(page, { login: 'kancelaria' });
  });
  afterAll(async () => browser.close());

  test('opens the registration from the menu with the focus on the sender', async () => {
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    await nav.getByRole('link', { name: 'Rejestracja korespondencji' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rejestracja korespondencji' }).waitFor();
    await expect.poll(() => isFocused(page, 'combobox', /Nadawca/)).toBe(true);
    await page.getByRole('heading', { name: 'Skróty klawiszowe' }).waitFor();
    await checkpoint(page, 'registry-01-form');
  });

  test('registers a letter from a new sender with a scan and prints its label', async () => {
    await page.keyboard.type(NEW_SENDER);
    const create = page.getByRole('option', { name: /Dodaj nowego nadawcę/ });
    await create.waitFor();
    await expect.poll(() => create.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const newSender = page.getByRole('group', { name: /Nowy nadawca/ });
    await newSender.waitFor();
    expect(await newSender.getByRole('textbox', { name: /Nazwisko/ }).inputValue()).toBe(
      `Wiśniewska${stamp}`,
    );
    expect(await newSender.getByRole('textbox', { name: /Imiona/ }).inputValue()).toBe('Halina');
    await newSender.getByRole('textbox', { name: 'Ulica' }).fill('Polna');
    await newSender.getByRole('textbox', { name: 'Kod pocztowy' }).fill('00950');
    await newSender.getByRole('textbox', { name: /Miejscowość/ }).fill('Przykładowo');
    expect(await newSender.getByRole('textbox', { name: 'Kod pocztowy' }).inputValue()).toBe('00-950');
    await page.getByRole('textbox', { name: /Tytuł/ }).fill(FIRST_TITLE);
    await page.getByLabel('Wybierz pliki').setInputFiles({
      name: 'skan-pisma.png',
      mimeType: 'image/png',
      buffer: PNG_1PX,
    });
    await page.getByText('Wysłano', { exact: true }).waitFor();
    await checkpoint(page, 'registry-02-new-sender-filled');

    const label = page.waitForResponse((response) =>
      /\/api\/v1\/incoming\/[^/]+\/label\.pdf$/.test(response.url()),
    );
    await page.getByRole('button', { name: /Zarejestruj i drukuj etykietę/ }).click();
    const labelResponse = await label;
    expect(labelResponse.status()).toBe(200);
    expect(labelResponse.headers()['content-type']).toContain('application/pdf');

    firstNumber = await confirmationNumber(page);
    expect(await page.getByRole('combobox', { name: /Nadawca/ }).inputValue()).toBe('');
    expect(await page.getByRole('textbox', { name: /Tytuł/ }).inputValue()).toBe('');
    await expect.poll(() => isFocused(page, 'combobox', /Nadawca/)).toBe(true);
    await page
      .getByRole('region', { name: 'Zarejestrowane teraz' })
      .getByRole('link', { name: firstNumber })
      .waitFor();
    await checkpoint(page, 'registry-03-confirmation');
  });

  test('registers a second letter from a known sender entirely by keyboard', async () => {
    await page.keyboard.type('zolk');
    const option = page.getByRole('option', { name: /Żółkiewski Stanisław/ });
    await option.waitFor();
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page, 'textbox', /Tytuł/)).toBe(true);
    await page.keyboard.type(SECOND_TITLE);
    await page.keyboard.press('Tab');
    const method = page.getByRole('combobox', { name: /Sposób doręczenia/ });
    expect(await method.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => method.inputValue()).toBe('list_polecony');
    await page.keyboard.press('Control+Enter');

    secondNumber = await confirmationNumber(page, firstNumber);
    await expect.poll(() => isFocused(page, 'combobox', /Nadawca/)).toBe(true);
    // The delivery method just used is the default of the next blank form.
    expect(await method.inputValue()).toBe('list_polecony');
    expect(dialogs).toEqual([]);
  });

  test('finds both letters in the RPW register, filters and exports the view', async () => {
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Rejestr przesyłek wpływających (RPW)' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Rejestr przesyłek wpływających (RPW)' }).waitFor();
    const table = page.getByTestId('incoming-table');
    await table.getByRole('link', { name: firstNumber }).waitFor();
    await table.getByRole('link', { name: secondNumber }).waitFor();
    await checkpoint(page, 'registry-04-rpw');

    await page.keyboard.press('/');
    const words = page.getByRole('searchbox', { name: 'Szukaj w rejestrze' });
    expect(await words.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(`halas e2e ${stamp}`);
    await expect.poll(() => table.getByRole('link', { name: firstNumber }).count()).toBe(0);
    await table.getByRole('link', { name: secondNumber }).waitFor();
    // Typed markup is data: shown as text, never an element.
    await table.getByText(SECOND_TITLE).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Tylko przesyłki bez pełnego skanu' }).check();
    await expect.poll(() => page.url()).toContain('lacksScan=true');
    await table.getByRole('link', { name: secondNumber }).waitFor();
    await checkpoint(page, 'registry-05-rpw-filtered');

    for (const [name, type] of [
      ['CSV', 'text/csv'],
      ['XLSX', 'spreadsheetml'],
      ['Wydruk PDF', 'application/pdf'],
    ] as const) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      expect(href).toContain('lacksScan=true');
      const response = await page.request.get(`${baseUrl()}${href}`);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toContain(type);
    }
    const csv = await page.request.get(
      `${baseUrl()}${await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')}`,
    );
    expect(await csv.text()).toContain(secondNumber);
  });

  test('opens the item and corrects its title with a reason', async () => {
    await page.getByTestId('incoming-table').getByRole('link', { name: secondNumber }).click();
    await page.getByRole('heading', { level: 1, name: secondNumber }).waitFor();
    const details = page.getByTestId('incoming-details');
    await details.getByText(SECOND_TITLE).waitFor();
    await details.getByRole('link', { name: 'Żółkiewski Stanisław' }).waitFor();
    await scrollToTop(page);
    await checkpoint(page, 'registry-06-item');

    await page.getByRole('button', { name: 'Popraw dane' }).click();
    await page.getByRole('textbox', { name: /^Tytuł/ }).fill(`Skarga na hałas z budowy (e2e ${stamp})`);
    await page.getByRole('button', { name: 'Zapisz korektę' }).click();
    await page.getByText('To pole jest wymagane.').waitFor();
    await page.getByRole('textbox', { name: /Powód korekty/ }).fill('Usunięto znaczniki wklejone z e-maila');
    await scrollToTop(page);
    await checkpoint(page, 'registry-07-correction-form');
    await page.getByRole('button', { name: 'Zapisz korektę' }).click();

    await details.getByText(`Skarga na hałas z budowy (e2e ${stamp})`).waitFor();
    const history = page.getByTestId('incoming-corrections');
    await history.getByText('Usunięto znaczniki wklejone z e-maila').waitFor();
    expect(await history.textContent()).toContain(SECOND_TITLE);
    await scrollToTop(page);
    await checkpoint(page, 'registry-08-corrected');
  });

  test('the first letter lists its scan and keeps the new sender in the address book', async () => {
    await page.goto(`${baseUrl()}/incoming?q=${encodeURIComponent(stamp)}`);
    await page.getByTestId('incoming-table').getByRole('link', { name: firstNumber }).click();
    await page.getByRole('heading', { level: 1, name: firstNumber }).waitFor();
    await page.getByRole('link', { name: 'skan-pisma.png' }).waitFor();
    await page.getByTestId('incoming-details').getByText('Pełny skan').waitFor();
    await page.getByRole('link', { name: `Wiśniewska${stamp} Halina` }).waitFor();
    await page.getByRole('button', { name: 'Pokaż podgląd pliku skan-pisma.png' }).click();
    await page.getByTestId('file-preview').waitFor();
    await scrollToTop(page);
    await checkpoint(page, 'registry-09-item-with-scan');
  });

  test('on a phone held upright the screen fits and offers the camera for a photo of the letter', async () => {
    const phone = await browser.newContext({
      locale: 'pl-PL',
      timezoneId: 'Europe/Warsaw',
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    const mobile = await phone.newPage();
    await logIn(mobile, { login: 'kancelaria' });
    await mobile.goto(`${baseUrl()}/incoming/new`);
    await mobile.getByRole('heading', { level: 1, name: 'Rejestracja korespondencji' }).waitFor();
    const camera = mobile.getByLabel('Zrób zdjęcie');
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await checkpoint(mobile, 'registry-10-phone');
    await phone.close();
  });
});
