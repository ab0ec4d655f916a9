import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, checkpoint, launchBrowser, logIn, newPage } from './e2e.fixtures.js';

/** A 1×1 PNG: the smallest scan the server's content sniffing accepts as an image. */
const SCAN = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const stamp = Date.now().toString(36).slice(-4);
const SENDER = `Dąbrowska${stamp} Maria`;
const TITLE = `Wniosek o zajęcie pasa drogowego (e2e ${stamp})`;
const INSTRUCTION = 'Proszę przygotować zezwolenie i uzgodnić termin z wnioskodawczynią.';
const RETURN_REASON = 'Skarga dotyczy ochrony środowiska — nie należy do moich zadań.';
const COMPLAINT = 'Skarga na hałas z budowy przy ul. Długiej';
const INVOICE = 'Faktura za dostawę materiałów biurowych';

/** A day `days` from today in the office calendar, `YYYY-MM-DD`, as a date input takes it. */
function officeDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
  const noon = new Date(`${today}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + days);
  return noon.toISOString().slice(0, 10);
}

/** `5.12.2026`, as the app writes a date in Polish (day without a leading zero). */
function polishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}.${month}.${year}`;
}

/** Full-page screenshots of a scrolled page draw the fixed header mid-page: take them from the top. */
const scrollToTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu główne' });

/** The number of new items in the menu's badge for the personal inbox (0 without a badge). */
async function newInMenu(page: Page): Promise<number> {
  const link = menu(page).getByRole('link', { name: /^Moje dekretacje/ });
  const name = (await link.textContent()) ?? '';
  return Number(/oczekujące \(nowe i zwrócone\): (\d+)/.exec(name)?.[1] ?? 0);
}

describe('a paper letter goes from the registry through the head of unit to the officer', () => {
  let browser: Browser;
  let clerk: Page;
  let head: Page;
  let officer: Page;
  let number = '';
  let officerNew = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await newPage(browser);
    head = await newPage(browser);
    officer = await newPage(browser);
    await logIn(clerk, { login: 'kancelaria' });
    await logIn(head, { login: 'kierownik.gk' });
    await logIn(officer, { login: 'referent.gk' });
  });
  afterAll(async () => browser.close());

  test('the head of the unit opens the unit inbox before anything is distributed', async () => {
    await menu(head)
      .getByRole('link', { name: /^Przesyłki komórki/ })
      .click();
    await head.getByRole('heading', { level: 1, name: 'Przesyłki komórki' }).waitFor();
    await head.getByText('Aktualizowane na bieżąco').waitFor();
    await head.getByRole('tab', { name: /^Do dekretacji \(\d+\)$/, selected: true }).waitFor();
    await checkpoint(head, 'decree-01-head-unit-inbox');
    // A mark in this document: a reload would lose it.
    await head.evaluate(() => ((window as unknown as { e2eMark: string }).e2eMark = 'still here'));
    // The officer's menu already counts the demo letter awaiting acceptance.
    await expect.poll(() => newInMenu(officer)).toBeGreaterThan(0);
    officerNew = await newInMenu(officer);
  });

  test('the clerk registers a paper letter with a scan from a new sender and prints its label', async () => {
    await menu(clerk).getByRole('link', { name: 'Rejestracja korespondencji' }).click();
    await clerk.getByRole('heading', { level: 1, name: 'Rejestracja korespondencji' }).waitFor();
    await clerk.keyboard.type(SENDER);
    const create = clerk.getByRole('option', { name: /Dodaj nowego nadawcę/ });
    await create.waitFor();
    await expect.poll(() => create.getAttribute('aria-selected')).toBe('true');
    await clerk.keyboard.press('Enter');
    const newSender = clerk.getByRole('group', { name: /Nowy nadawca/ });
    await newSender.waitFor();
    await newSender.getByRole('textbox', { name: 'Ulica' }).fill('Ogrodowa');
    await newSender.getByRole('textbox', { name: 'Kod pocztowy' }).fill('00-950');
    await newSender.getByRole('textbox', { name: /Miejscowość/ }).fill('Przykładowo');
    await clerk.getByRole('textbox', { name: /Tytuł/ }).fill(TITLE);
    await clerk.getByRole('combobox', { name: /Sposób doręczenia/ }).selectOption('list_polecony');
    await clerk.getByLabel('Wybierz pliki').setInputFiles({
      name: 'wniosek-skan.png',
      mimeType: 'image/png',
      buffer: SCAN,
    });
    await clerk.getByText('Wysłano', { exact: true }).waitFor();

    const label = clerk.waitForResponse((response) =>
      /\/api\/v1\/incoming\/[^/]+\/label\.pdf$/.test(response.url()),
    );
    await clerk.getByRole('button', { name: /Zarejestruj i drukuj etykietę/ }).click();
    const labelResponse = await label;
    expect(labelResponse.status()).toBe(200);
    expect(labelResponse.headers()['content-type']).toContain('application/pdf');

    const confirmation = clerk.getByTestId('registration-confirmation');
    await confirmation.getByText(/Zarejestrowano: RPW\/\d+\/\d{4}/).waitFor();
    number = /RPW\/\d+\/\d{4}/.exec((await confirmation.textContent()) ?? '')![0];
    await checkpoint(clerk, 'decree-02-registered');
  });

  test('the clerk distributes it to the unit, and the head sees it arrive without reloading', async () => {
    await clerk.getByRole('link', { name: `Otwórz ${number}` }).click();
    await clerk.getByRole('heading', { level: 1, name: number }).waitFor();
    const panel = clerk.getByRole('region', { name: 'Przekazanie i dekretacja' });
    await panel.getByText('Przesyłka nie została jeszcze przekazana do komórki.').waitFor();
    await panel.getByRole('button', { name: 'Przekaż do komórki' }).click();
    const unit = panel.getByRole('combobox', { name: /Komórka wiodąca/ });
    await expect.poll(() => unit.evaluate((element) => element === document.activeElement)).toBe(true);
    await unit.selectOption({ label: 'GK — Wydział Gospodarki Komunalnej' });
    await panel.getByRole('checkbox', { name: 'SO — Wydział Spraw Obywatelskich' }).check();
    await scrollToTop(clerk);
    await checkpoint(clerk, 'decree-03-distribute-form');
    await panel.getByRole('button', { name: 'Przekaż', exact: true }).click();

    const summary = panel.getByTestId('distribution-summary');
    await summary.getByText('Przekazana do komórki — czeka na dekretację').waitFor();
    expect(await summary.textContent()).toContain('GK — Wydział Gospodarki Komunalnej');
    expect(await summary.textContent()).toContain('SO — Wydział Spraw Obywatelskich');
    await scrollToTop(clerk);
    await checkpoint(clerk, 'decree-04-distributed');

    // The head's inbox, open since before, shows the letter by itself (server-sent events).
    const row = head.getByTestId('inbox-table').getByRole('link', { name: number });
    await row.waitFor();
    expect(await head.evaluate(() => (window as unknown as { e2eMark?: string }).e2eMark)).toBe('still here');
    await head.getByRole('tab', { name: /^Do dekretacji \([1-9]\d*\)$/ }).waitFor();
    await checkpoint(head, 'decree-05-head-inbox-live');
  });

  test('the head decrees it to the officer with an instruction and a deadline', async () => {
    await head.getByTestId('inbox-table').getByRole('link', { name: number }).click();
    await head.getByRole('heading', { level: 1, name: number }).waitFor();
    const panel = head.getByRole('region', { name: 'Przekazanie i dekretacja' });
    await panel.getByRole('button', { name: 'Dekretuj', exact: true }).click();
    await panel
      .getByRole('combobox', { name: /Osoba \(stanowisko\)/ })
      .selectOption({ label: 'Robert Referencki — Inspektor, GK' });
    await panel.getByRole('textbox', { name: /Polecenie/ }).fill(INSTRUCTION);
    await panel.getByLabel('Termin załatwienia').fill(officeDay(14));
    await scrollToTop(head);
    await checkpoint(head, 'decree-06-decree-form');
    await panel.getByRole('button', { name: 'Dekretuj', exact: true }).click();

    const summary = panel.getByTestId('distribution-summary');
    await summary.getByText('Zadekretowana — czeka na przyjęcie').waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Robert Referencki, Inspektor');
    expect(text).toContain(INSTRUCTION);
    expect(text).toContain(polishDate(officeDay(14)));
    await scrollToTop(head);
    await checkpoint(head, 'decree-07-decreed');
  });

  test('the officer finds it in the personal inbox with its count, opens it and accepts it', async () => {
    // The menu counts the new decree as it is made (server-sent events), no reload needed.
    await expect.poll(() => newInMenu(officer)).toBe(officerNew + 1);
    await menu(officer)
      .getByRole('link', {
        name: new RegExp(`^Moje dekretacje\\W+oczekujące \\(nowe i zwrócone\\): ${officerNew + 1}$`),
      })
      .click();
    await officer.getByRole('heading', { level: 1, name: 'Moje dekretacje' }).waitFor();
    await officer.getByRole('tab', { name: `Do przyjęcia (${officerNew + 1})`, selected: true }).waitFor();
    const table = officer.getByTestId('inbox-table');
    await table.getByRole('link', { name: number }).waitFor();
    expect(await table.textContent()).toContain('Od: Krystyna Kierownicza, Naczelnik Wydziału');
    await checkpoint(officer, 'decree-08-officer-inbox');

    await table.getByRole('link', { name: number }).click();
    await officer.getByRole('heading', { level: 1, name: number }).waitFor();
    const panel = officer.getByRole('region', { name: 'Przekazanie i dekretacja' });
    await panel.getByRole('button', { name: 'Przyjmij' }).click();
    await panel.getByText('Przyjęta do załatwienia').waitFor();
    expect(await panel.getByRole('button', { name: 'Przyjmij' }).count()).toBe(0);

    const history = officer.getByTestId('incoming-history');
    await history.getByText('Przyjęcie dekretacji').waitFor();
    const steps = await history.locator(':scope > li').allTextContents();
    expect(steps.map((step) => step.split(/\d{2}\.\d{2}\.\d{4}/)[0])).toEqual([
      'Rejestracja przesyłki wpływającej',
      'Przekazanie przesyłki do komórki',
      'Dekretacja przesyłki',
      'Przyjęcie dekretacji',
    ]);
    expect(steps[1]).toContain('Katarzyna Kancelaryjna');
    expect(steps[1]).toContain('SO — Wydział Spraw Obywatelskich');
    expect(steps[2]).toContain('Krystyna Kierownicza');
    expect(steps[2]).toContain(INSTRUCTION);
    expect(steps[2]).toContain(polishDate(officeDay(14)));
    expect(steps[3]).toContain('Robert Referencki');
    await scrollToTop(officer);
    await checkpoint(officer, 'decree-09-accepted-with-history');
  });

  test('the officer returns a letter with a reason, and the head finds it under "returned"', async () => {
    await menu(officer)
      .getByRole('link', { name: /^Moje dekretacje/ })
      .click();
    const table = officer.getByTestId('inbox-table');
    await table.getByText(COMPLAINT).waitFor();
    await table
      .getByRole('row', { name: new RegExp(COMPLAINT) })
      .getByRole('link')
      .click();
    await officer.getByRole('heading', { level: 1, name: /^RPW\// }).waitFor();
    const panel = officer.getByRole('region', { name: 'Przekazanie i dekretacja' });
    await panel.getByRole('button', { name: 'Zwróć' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Zwrócić dekretację?' });
    await dialog.getByRole('button', { name: 'Zwróć dekretację' }).click();
    await dialog.getByText('To pole jest wymagane.').waitFor();
    await dialog.getByRole('textbox', { name: /Powód zwrotu/ }).fill(RETURN_REASON);
    await checkpoint(officer, 'decree-10-return-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Zwróć dekretację' }).click();
    await panel.getByText('Zwrócona — czeka na ponowną dekretację').waitFor();
    expect(await panel.getByTestId('distribution-summary').textContent()).toContain(RETURN_REASON);

    await menu(head)
      .getByRole('link', { name: /^Przesyłki komórki/ })
      .click();
    await head.getByRole('tab', { name: /^Zwrócone \(1\)$/ }).click();
    await expect.poll(() => head.url()).toContain('state=returned');
    const returned = head.getByTestId('inbox-table');
    await returned.getByText(COMPLAINT).waitFor();
    expect(await returned.textContent()).toContain(`Powód: ${RETURN_REASON}`);
    await checkpoint(head, 'decree-11-head-returned');
  });

  test('a re-decree may not extend the deadline of the decree it passes on', async () => {
    const secretary = await newPage(browser);
    await logIn(secretary, { login: 'sekretarz' });
    await menu(secretary)
      .getByRole('link', { name: /^Przesyłki komórki/ })
      .click();
    const table = secretary.getByTestId('inbox-table');
    await table
      .getByRole('row', { name: new RegExp(INVOICE) })
      .getByRole('link')
      .click();
    await secretary.getByRole('heading', { level: 1, name: /^RPW\// }).waitFor();
    const invoicePath = new URL(secretary.url()).pathname;
    const panel = secretary.getByRole('region', { name: 'Przekazanie i dekretacja' });
    await panel
      .getByText('automatycznie, reguła „Faktury do Wydziału Finansowego”', { exact: false })
      .waitFor();

    // The rule sent it to finance; the secretary passes it on to GK, with a reason.
    await panel.getByRole('button', { name: 'Przekaż dalej' }).click();
    await panel
      .getByRole('combobox', { name: /Komórka wiodąca/ })
      .selectOption({ label: 'GK — Wydział Gospodarki Komunalnej' });
    await panel.getByRole('textbox', { name: /Powód przekazania dalej/ }).fill('Zamówienie wydziału GK.');
    await panel.getByRole('button', { name: 'Przekaż dalej' }).click();
    await panel.getByText('Zamówienie wydziału GK.').waitFor();

    await panel.getByRole('button', { name: 'Dekretuj', exact: true }).click();
    await panel
      .getByRole('combobox', { name: /Osoba \(stanowisko\)/ })
      .selectOption({ label: 'Krystyna Kierownicza — Naczelnik Wydziału, GK' });
    await panel.getByRole('textbox', { name: /Polecenie/ }).fill('Proszę sprawdzić fakturę z zamówieniem.');
    await panel.getByLabel('Termin załatwienia').fill(officeDay(5));
    await panel.getByRole('button', { name: 'Dekretuj', exact: true }).click();
    await panel.getByText('Zadekretowana — czeka na przyjęcie').waitFor();

    // The head passes her decree on: the deadline starts at hers, a later one is refused.
    await head.goto(`${baseUrl()}${invoicePath}`);
    const headPanel = head.getByRole('region', { name: 'Przekazanie i dekretacja' });
    await headPanel.getByRole('button', { name: 'Dekretuj dalej' }).click();
    const deadline = headPanel.getByLabel('Termin załatwienia');
    expect(await deadline.inputValue()).toBe(officeDay(5));
    expect(await deadline.getAttribute('max')).toBe(officeDay(5));
    await headPanel
      .getByRole('form', { name: 'Dekretacja ponowna (dalej)' })
      .getByText('Proszę sprawdzić fakturę z zamówieniem.')
      .waitFor();
    await headPanel
      .getByRole('combobox', { name: /Osoba \(stanowisko\)/ })
      .selectOption({ label: 'Robert Referencki — Inspektor, GK' });
    await headPanel.getByRole('textbox', { name: /Twoje polecenie/ }).fill('Proszę opisać fakturę.');
    await deadline.fill(officeDay(10));
    await headPanel.getByRole('button', { name: 'Dekretuj dalej' }).click();
    await headPanel
      .getByText('Dekretacja ponowna nie może wydłużyć terminu wyznaczonego we wcześniejszej dekretacji.')
      .waitFor();
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => deadline.evaluate((element) => element === document.activeElement)).toBe(true);
    await scrollToTop(head);
    await checkpoint(head, 'decree-12-redecree-refused');

    await deadline.fill(officeDay(3));
    await headPanel.getByRole('button', { name: 'Dekretuj dalej' }).click();
    const summary = headPanel.getByTestId('distribution-summary');
    await summary.getByText('Robert Referencki, Inspektor').waitFor();
    const instructions = await headPanel.getByTestId('decree-instructions').locator('li').allTextContents();
    expect(instructions).toHaveLength(2);
    expect(instructions[0]).toContain('Proszę sprawdzić fakturę z zamówieniem.');
    expect(instructions[1]).toContain('Proszę opisać fakturę.');
    expect(await summary.textContent()).toContain(polishDate(officeDay(3)));
    await scrollToTop(head);
    await checkpoint(head, 'decree-13-redecreed');

    // A wrong decree is corrected by its author: a shorter deadline, with a reason.
    await headPanel.getByRole('button', { name: 'Popraw dekretację' }).click();
    const correction = headPanel.getByRole('form', { name: 'Korekta dekretacji' });
    await correction.getByLabel('Termin załatwienia').fill(officeDay(2));
    await correction.getByRole('textbox', { name: /Powód korekty/ }).fill('Faktura jest pilna.');
    await correction.getByRole('button', { name: 'Zapisz korektę dekretacji' }).click();
    await summary.getByText(polishDate(officeDay(2))).waitFor();
    const corrected = head.getByTestId('incoming-history').locator(':scope > li').last();
    await corrected.getByText('Korekta dekretacji przez autora').waitFor();
    expect(await corrected.textContent()).toContain('Faktura jest pilna.');
    expect(await corrected.textContent()).toContain(
      `Termin: ${polishDate(officeDay(3))} → ${polishDate(officeDay(2))}`,
    );
    await secretary.context().close();
  });
});

describe('on a phone', () => {
  test('the officer’s inbox and the item’s decree panel fit the screen', async () => {
    const browser = await launchBrowser();
    const phone = await browser.newContext({
      locale: 'pl-PL',
      timezoneId: 'Europe/Warsaw',
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await logIn(page, { login: 'referent.gk' });
    await page.goto(`${baseUrl()}/inbox?state=accepted`);
    await page.getByRole('tab', { name: /^Przyjęte \(\d+\)$/, selected: true }).waitFor();
    await page.getByTestId('inbox-table').getByRole('link').first().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await checkpoint(page, 'decree-14-phone-inbox');
    await page.getByTestId('inbox-table').getByRole('link').first().click();
    await page.getByRole('region', { name: 'Przekazanie i dekretacja' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await checkpoint(page, 'decree-15-phone-item');
    await browser.close();
  });
});

describe('the administrator keeps the automatic distribution rules', () => {
  let browser: Browser;
  let admin: Page;
  const RULE = `Uchwały i pisma do Rady (e2e ${stamp})`;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    await logIn(admin, { login: 'admin' });
  });
  afterAll(async () => browser.close());

  test('adds a rule by organ, moves it before the invoices rule, switches it off and deletes it', async () => {
    await menu(admin).getByRole('link', { name: 'Reguły przekazywania' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Reguły automatycznego przekazywania' }).waitFor();
    const table = admin.getByTestId('rules-table');
    await table.getByText('Faktury do Wydziału Finansowego').waitFor();

    await admin.getByRole('button', { name: 'Dodaj regułę' }).click();
    const form = admin.getByRole('form', { name: 'Nowa reguła przekazywania' });
    const name = form.getByRole('textbox', { name: /Nazwa reguły/ });
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
    await form.getByRole('button', { name: 'Dodaj regułę' }).click();
    await form.getByText('Wybierz komórkę wiodącą.').waitFor();
    await name.fill(RULE);
    await form
      .getByRole('combobox', { name: /Organ/ })
      .selectOption({ label: 'Rada Miejska w Przykładowie' });
    await form
      .getByRole('combobox', { name: /Komórka wiodąca/ })
      .selectOption({ label: 'BR — Biuro Rady Miejskiej' });
    await form.getByRole('checkbox', { name: 'OR — Wydział Organizacyjny' }).check();
    await checkpoint(admin, 'rules-01-form');
    await form.getByRole('button', { name: 'Dodaj regułę' }).click();

    const rows = table.locator('tbody tr');
    await table.getByText(RULE).waitFor();
    expect(await rows.nth(1).textContent()).toContain(RULE);
    expect(await rows.nth(1).textContent()).toContain('Organ (adresat): Rada Miejska w Przykładowie');
    await admin.getByRole('button', { name: `Przesuń wyżej: ${RULE}` }).click();
    await expect.poll(async () => rows.nth(0).textContent()).toContain(RULE);
    await checkpoint(admin, 'rules-02-list');

    await admin.getByRole('button', { name: `Edytuj: ${RULE}` }).click();
    const edit = admin.getByRole('form', { name: 'Zmiana reguły przekazywania' });
    await edit.getByRole('checkbox', { name: 'Reguła aktywna' }).uncheck();
    await edit.getByRole('button', { name: 'Zapisz' }).click();
    await rows.nth(0).getByText('nieaktywna').waitFor();

    await admin.getByRole('button', { name: `Usuń: ${RULE}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Usuń regułę' }).click();
    await expect.poll(() => table.getByText(RULE).count()).toBe(0);
    expect(await rows.count()).toBe(1);
  });
});
