import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, checkpoint, launchBrowser, logIn, newPage } from './e2e.fixtures.js';

const LETTER = 'Wniosek o wydanie zaświadczenia o przeznaczeniu działki w planie miejscowym';
const NOTE = 'Rozmowa telefoniczna ze stroną: wnioskodawca uzupełni mapę do 10 dni.';
const stamp = Date.now().toString(36).slice(-4);
const PDF_NAME = `mapa-${stamp}.pdf`;
const SOON = `Uzgodnienie lokalizacji przyłącza (e2e ${stamp})`;
const DELAY_REASON = 'Oczekiwanie na opinię zarządcy sieci wodociągowej.';

/** A one-page PDF with a line of text (plain ASCII, so every offset is a byte offset). */
function tinyPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 24 60 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 320 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** `YYYY-MM-DD` of today in the office calendar, moved by `days`. */
function officeDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
  const noon = new Date(`${today}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + days);
  return noon.toISOString().slice(0, 10);
}

/** `5.12.2026`, as the app writes a date in Polish. */
function polishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}.${month}.${year}`;
}

/** Art. 57 § 3 KPA: the same day a month later, or the month's last day. */
function monthLater(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, last))).toISOString().slice(0, 10);
}

/** The first working day on or after `date` (art. 57 § 4 KPA), from the office's calendar API. */
async function workingDayFrom(page: Page, date: string): Promise<string> {
  const to = new Date(`${date}T12:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 14);
  const response = await page.request.get(
    `${baseUrl()}/api/v1/calendar/working-days?from=${date}&to=${to.toISOString().slice(0, 10)}`,
  );
  const days = ((await response.json()) as { items: { date: string; working: boolean }[] }).items;
  return days.find((day) => day.working)?.date ?? date;
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu główne' });
const scrollToTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

describe('an officer settles the accepted demo letter in a case', () => {
  let browser: Browser;
  let officer: Page;
  let head: Page;
  let caseUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    officer = await newPage(browser);
    head = await newPage(browser);
    await logIn(officer, { login: 'referent.gk' });
    await logIn(head, { login: 'kierownik.gk' });
  });
  afterAll(async () => browser.close());

  test('opens a case from the letter in the inbox in three steps, and sees the term computed', async () => {
    await menu(officer)
      .getByRole('link', { name: /^Moje dekretacje/ })
      .click();
    await officer.getByRole('tab', { name: /^Przyjęte \(\d+\)$/ }).click();
    const row = officer.getByTestId('inbox-table').getByRole('row', { name: new RegExp(LETTER) });
    const number = (await row.getByRole('link', { name: /^RPW\// }).textContent()) ?? '';
    const received = /\d{1,2}\.\d{2}\.\d{4}/.exec((await row.textContent()) ?? '')?.[0] ?? '';

    // Step 1: "Załóż sprawę" in the inbox row opens the form filled in from the letter.
    await row.getByRole('link', { name: `Załóż sprawę z przesyłki ${number}` }).click();
    await officer.getByRole('heading', { level: 1, name: 'Załóż sprawę' }).waitFor();
    const jrwa = officer.getByRole('combobox', { name: /Klasa JRWA/ });
    await expect.poll(() => jrwa.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await officer.getByRole('textbox', { name: /Tytuł sprawy/ }).inputValue()).toBe(LETTER);
    expect(await officer.getByRole('radio', { name: '1 miesiąc' }).isChecked()).toBe(true);
    expect(await officer.getByText('Komórka prowadząca:').locator('..').textContent()).toContain(
      'GK — Wydział Gospodarki Komunalnej',
    );
    await checkpoint(officer, 'cases-01-open-form');

    // Step 2: the class, searched by words of its title (Enter takes the first match).
    await officer.keyboard.type('pas drog');
    const classes = officer.getByRole('listbox', { name: 'Klasy JRWA pasujące do wpisanego tekstu' });
    await classes.getByRole('option', { name: /6000 Zezwolenia na zajęcie pasa drogowego/ }).waitFor();
    await expect.poll(() => classes.getByRole('option').count()).toBe(2);
    await officer.keyboard.press('Enter');
    expect(await jrwa.inputValue()).toBe('6000 — Zezwolenia na zajęcie pasa drogowego');
    await officer.getByText(/^Kategoria archiwalna B5/).waitFor();

    // Step 3: open it.
    await officer.getByRole('button', { name: 'Załóż sprawę' }).click();
    const heading = officer.getByRole('heading', { level: 1, name: /^GK\.6000\.\d+\.\d{4}$/ });
    await heading.waitFor();
    caseUrl = officer.url();
    expect(await officer.getByTestId('case-status').textContent()).toBe('W toku');
    expect(await officer.getByTestId('case-data').textContent()).toContain('Żółkiewski Stanisław');

    // The term: a month from the day the letter came, moved off a Saturday or holiday.
    const [day = '', month = '', year = ''] = received.split('.');
    const start = `${year}-${month}-${day.padStart(2, '0')}`;
    const due = await workingDayFrom(officer, monthLater(start));
    expect(await officer.getByTestId('case-due-date').textContent()).toBe(polishDate(due));
    const deadline = officer.getByTestId('case-deadline');
    expect(await deadline.textContent()).toContain(`Miesiąc od dnia wszczęcia (${polishDate(start)})`);
    await deadline.getByText('w terminie', { exact: true }).waitFor();
    if (due !== monthLater(start))
      await deadline
        .getByText(new RegExp(`Termin przesunięty z dnia ${polishDate(monthLater(start))}`))
        .waitFor();
    const file = officer.getByTestId('case-file');
    await file.getByRole('link', { name: `Otwórz przesyłkę ${number}` }).waitFor();
    await checkpoint(officer, 'cases-02-case-opened');
  });

  test('adds a memo and uploads a PDF into the case file', async () => {
    await officer.getByRole('button', { name: 'Dodaj notatkę' }).click();
    const noteDialog = officer.getByRole('dialog', { name: 'Notatka służbowa' });
    await noteDialog.getByRole('textbox', { name: /Treść/ }).fill(NOTE);
    await checkpoint(officer, 'cases-03-note-dialog', { fullPage: false });
    await noteDialog.getByRole('button', { name: 'Dodaj notatkę do akt' }).click();
    const file = officer.getByTestId('case-file');
    await file
      .getByRole('cell', { name: /Notatka służbowa/ })
      .first()
      .waitFor();
    await file.getByRole('button', { name: 'Pokaż treść' }).click();
    await file.getByText(NOTE).waitFor();

    await officer.getByRole('button', { name: 'Dodaj dokument' }).click();
    const documentDialog = officer.getByRole('dialog', { name: 'Dokumenty do akt sprawy' });
    await documentDialog.getByLabel('Wybierz pliki').setInputFiles({
      name: PDF_NAME,
      mimeType: 'application/pdf',
      buffer: tinyPdf('Mapa do celow opiniodawczych'),
    });
    await documentDialog.getByText('Wysłano', { exact: true }).waitFor();
    expect(await documentDialog.getByRole('textbox', { name: /Tytuł dokumentu/ }).inputValue()).toBe(
      `mapa-${stamp}`,
    );
    await documentDialog.getByRole('textbox', { name: /Tytuł dokumentu/ }).fill('Mapa sytuacyjna działki');
    await checkpoint(officer, 'cases-04-document-dialog', { fullPage: false });
    await documentDialog.getByRole('button', { name: 'Dodaj do akt (1)' }).click();
    await file.getByText('Mapa sytuacyjna działki').waitFor();
    const rows = file.locator('tbody tr');
    expect(await rows.count()).toBe(4); // the letter, the memo with its text unfolded, the map
    await file.getByRole('button', { name: `Podgląd: ${PDF_NAME}` }).click();
    await officer.getByRole('region', { name: new RegExp(PDF_NAME) }).waitFor();
    await officer.locator('canvas').first().waitFor();
    await scrollToTop(officer);
    await checkpoint(officer, 'cases-05-case-file');
  });

  test('finds the case by a word that is only inside the attached PDF, from the header box (/)', async () => {
    await officer.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await officer.keyboard.press('/');
    const box = officer.getByRole('searchbox', { name: 'Szukaj' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await officer.keyboard.type('opiniodawczych');
    await officer.keyboard.press('Enter');
    await officer.getByRole('heading', { level: 1, name: 'Wyszukiwanie' }).waitFor();
    expect(new URL(officer.url()).searchParams.get('q')).toBe('opiniodawczych');
    // The text is extracted by a background job a moment after the upload.
    const hit = officer.getByRole('listitem').filter({ hasText: 'Mapa sytuacyjna działki' });
    await expect
      .poll(
        async () => {
          if ((await hit.count()) > 0) return true;
          await officer.reload();
          await officer.getByRole('heading', { level: 1, name: 'Wyszukiwanie' }).waitFor();
          return (await hit.count()) > 0;
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(true);
    await hit.getByText('Znaleziono w treści pliku').waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['opiniodawczych']);
    await checkpoint(officer, 'cases-05a-search');

    // A misspelt word still finds it, and the screen says which word it used.
    await officer.goto(`${baseUrl()}/search?q=opiniodawczyh`);
    await officer
      .getByText('Brak wyników dla „opiniodawczyh”. Pokazano wyniki dla: opiniodawczych.')
      .waitFor();
    await hit.first().waitFor();
    await hit.getByRole('link').first().click();
    await officer.getByRole('heading', { level: 1, name: /^GK\.6000\.\d+\.\d{4}$/ }).waitFor();
    expect(officer.url()).toBe(caseUrl);
  });

  test('closes the case with a letter as the manner of settlement, then reads the metryka', async () => {
    await officer.getByRole('button', { name: 'Zakończ sprawę' }).click();
    const dialog = officer.getByRole('dialog', { name: /^Zakończenie sprawy GK\.6000\./ });
    await dialog.getByRole('button', { name: 'Zakończ sprawę' }).click();
    await dialog.getByText('Wybierz sposób załatwienia.').waitFor();
    await dialog.getByRole('radio', { name: 'Pismo' }).check();
    await checkpoint(officer, 'cases-06-close-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Zakończ sprawę' }).click();

    await expect.poll(() => officer.getByTestId('case-status').textContent()).toBe('Zakończona');
    const today = polishDate(officeDay(0));
    expect(await officer.getByTestId('case-due-date').textContent()).toBe(`Sprawa zakończona ${today}`);
    expect(await officer.getByTestId('case-actions-reason').textContent()).toContain(
      `Sprawa została zakończona ${today}`,
    );
    expect(await officer.getByRole('button', { name: 'Dodaj notatkę' }).isDisabled()).toBe(true);
    expect(await officer.getByRole('button', { name: 'Dodaj dokument' }).isDisabled()).toBe(true);
    // The focus moved to the action that undoes the closing.
    const reopen = officer.getByRole('button', { name: 'Wznów sprawę' });
    await expect.poll(() => reopen.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await officer.getByTestId('case-data').textContent()).toContain('Pismo');
    await scrollToTop(officer);
    await checkpoint(officer, 'cases-07-closed');

    await officer.getByRole('tab', { name: 'Metryka sprawy' }).click();
    await expect.poll(() => officer.url()).toContain('tab=metryka');
    const metryka = officer.getByTestId('metryka');
    await metryka.getByText(/^Zakończenie sprawy pismem/).waitFor();
    const headers = await metryka.locator('thead th').allTextContents();
    expect(headers).toEqual(['Lp.', 'Data', 'Osoba i stanowisko', 'Czynność', 'Identyfikator dokumentu']);
    const actions = await metryka.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(actions.map((text) => text.split(':')[0])).toEqual([
      expect.stringMatching(/^Założenie sprawy GK\.6000\./),
      expect.stringMatching(/^Dołączenie przesyłki RPW\//),
      'Dodanie do akt',
      'Dodanie do akt',
      expect.stringMatching(/^Zakończenie sprawy pismem, data ostatecznego załatwienia/),
    ]);
    expect(await metryka.locator('tbody tr').first().textContent()).toContain('Robert Referencki, Inspektor');
    expect(await metryka.locator('tbody tr').nth(1).textContent()).toMatch(/OBG-DEMO-\d{4}-/);
    await scrollToTop(officer);
    await checkpoint(officer, 'cases-08-metryka');

    // The metryka prints as a PDF.
    const print = officer.getByRole('link', { name: /Drukuj metrykę \(PDF\)/ });
    const printed = await officer.request.get(`${baseUrl()}${(await print.getAttribute('href')) ?? ''}`);
    expect(printed.status()).toBe(200);
    expect(printed.headers()['content-type']).toContain('application/pdf');
    expect((await printed.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await menu(officer).getByRole('link', { name: 'Sprawy', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Moje sprawy' }).waitFor();
    const sign = new URL(caseUrl).pathname;
    await officer.getByTestId('case-table').locator(`a[href="${sign}"]`).waitFor();
    await checkpoint(officer, 'cases-09-my-cases');
  });

  test('opens a case of its own initiative with a short term, due soon on the dashboard', async () => {
    await officer.getByRole('link', { name: 'Załóż sprawę' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Załóż sprawę' }).waitFor();
    // The class field takes the focus once the unit's extract has loaded.
    const jrwa = officer.getByRole('combobox', { name: /Klasa JRWA/ });
    await expect.poll(() => jrwa.evaluate((element) => element === document.activeElement)).toBe(true);
    await officer.keyboard.type('6001');
    await officer
      .getByRole('option', { name: /6001 Uzgodnienia lokalizacji/ })
      .first()
      .waitFor();
    await officer.keyboard.press('Enter');
    expect(await jrwa.inputValue()).toMatch(/^6001 — /);
    await officer.getByRole('textbox', { name: /Tytuł sprawy/ }).fill(SOON);
    await officer.getByRole('radio', { name: 'Liczba dni' }).check();
    await officer.getByRole('spinbutton', { name: /Liczba dni/ }).fill('3');
    await officer.getByRole('button', { name: 'Załóż sprawę' }).click();
    await officer.getByRole('heading', { level: 1, name: /^GK\.6001\.\d+\.\d{4}$/ }).waitFor();
    expect(await officer.getByTestId('case-data').textContent()).toContain('sprawa z inicjatywy własnej');
    await officer.getByTestId('case-deadline').getByText('termin wkrótce', { exact: true }).waitFor();

    await menu(officer).getByRole('link', { name: 'Terminy spraw' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Terminy spraw' }).waitFor();
    // An officer sees only their own cases: no tabs for the unit.
    expect(await officer.getByRole('tab').count()).toBe(0);
    await officer.getByTestId('deadline-table').getByText(SOON).waitFor();
    await checkpoint(officer, 'cases-10-officer-dashboard');
  });

  test('the head sees the unit’s deadlines and records an art. 36 notice of delay', async () => {
    await menu(head).getByRole('link', { name: 'Terminy spraw' }).click();
    await head.getByRole('heading', { level: 1, name: 'Terminy spraw' }).waitFor();
    await head.getByRole('tab', { name: 'Sprawy komórki' }).click();
    await expect.poll(() => head.url()).toContain('scope=unit');
    const table = head.getByTestId('deadline-table');
    const row = table.getByRole('row', { name: new RegExp(SOON.replace(/[()]/g, '\\$&')) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Robert Referencki, Inspektor');
    expect(Number(await head.locator('[data-count="dueSoon"]').textContent())).toBeGreaterThan(0);
    await checkpoint(head, 'cases-11-head-dashboard');

    const sign = (await row.getByRole('link').first().textContent()) ?? '';
    await row.getByRole('button', { name: `Zawiadomienie o zwłoce (art. 36 KPA) w sprawie ${sign}` }).click();
    const dialog = head.getByRole('dialog', { name: `Zawiadomienie o zwłoce w sprawie ${sign}` });
    const newDate = await workingDayFrom(head, officeDay(30));
    await dialog.getByLabel(/Nowy termin załatwienia/).fill(newDate);
    await dialog.getByRole('textbox', { name: /Przyczyny zwłoki/ }).fill(DELAY_REASON);
    await checkpoint(head, 'cases-12-delay-notice', { fullPage: false });
    await dialog.getByRole('button', { name: 'Zapisz zawiadomienie' }).click();
    await head
      .getByText(`Zapisano zawiadomienie o zwłoce w sprawie ${sign}; nowy termin: ${polishDate(newDate)}.`)
      .waitFor();
    await expect.poll(() => row.textContent()).toContain(polishDate(newDate));
    expect(await row.getByRole('button').count()).toBe(0);

    await row.getByRole('link', { name: sign }).click();
    await head.getByRole('heading', { level: 1, name: sign }).waitFor();
    expect(await head.getByTestId('case-due-date').textContent()).toBe(polishDate(newDate));
    await head.getByRole('tab', { name: 'Metryka sprawy' }).click();
    await head.getByTestId('metryka').getByText('Krystyna Kierownicza, Naczelnik Wydziału').waitFor();
    await checkpoint(head, 'cases-13-head-metryka');
  });

  test('the head reads the unit’s spis spraw for the class and year, and prints it as a PDF', async () => {
    await menu(head).getByRole('link', { name: 'Spisy spraw' }).click();
    await head.getByRole('heading', { level: 1, name: 'Spis spraw' }).waitFor();
    expect(await head.getByRole('combobox', { name: /Komórka prowadząca/ }).inputValue()).not.toBe('');
    await head.getByRole('combobox', { name: /Klasa JRWA/ }).fill('6000');
    await head.keyboard.press('Enter');
    await head.getByRole('button', { name: 'Pokaż spis spraw' }).click();
    const sign = decodeURIComponent(new URL(caseUrl).pathname.split('/').pop() ?? '');
    const table = head.getByRole('table').filter({ hasText: 'Znak sprawy' });
    await table
      .getByText(/^GK\.6000\.\d+\.\d{4}$/)
      .first()
      .waitFor();
    expect(await table.textContent()).toContain('Załatwiono pismem');
    expect(sign).not.toBe('');
    await scrollToTop(head);
    await checkpoint(head, 'cases-14-spis-spraw');

    const pdf = head.getByRole('link', { name: /Wydruk PDF spisu spraw/ });
    const response = await head.request.get(new URL((await pdf.getAttribute('href')) ?? '', baseUrl()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
