import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  baseUrl,
  checkpoint,
  demoPassword,
  launchBrowser,
  logIn,
  newPage,
  openCaseThroughApi,
} from './e2e.fixtures.js';

const stamp = Date.now().toString(36).slice(-4);
const TITLE = `Odpowiedź w sprawie zajęcia pasa drogowego (${stamp})`;
const COMMENT = 'Proszę dodać podstawę prawną rozstrzygnięcia.';
const LEGAL_BASIS = 'Podstawa prawna: art. 40 ust. 1 ustawy o drogach publicznych.';
const WRONG_PASSWORD = 'Nieprawidłowe hasło. Podpis nie został złożony.';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu główne' });

/** Chooses the option of a native select whose label contains `text`. */
async function choose(select: Locator, text: string) {
  const value = await select.evaluate(
    (element, wanted) =>
      Array.from((element as HTMLSelectElement).options).find((option) => option.label.includes(wanted))
        ?.value ?? '',
    text,
  );
  expect(value, `an option with "${text}"`).not.toBe('');
  await select.selectOption(value);
}

/** Adds the head of GK, then the secretary (who signs), as the two stages of the path. */
async function sendOnPath(page: Page) {
  await page.getByRole('button', { name: 'Wyślij do akceptacji' }).click();
  const dialog = page.getByRole('dialog', { name: /^Wysłanie do akceptacji/ });
  const person = dialog.getByRole('combobox', { name: 'Osoba (stanowisko)' });
  for (const name of ['Krystyna Kierownicza', 'Stanisław Sekretarski']) {
    await choose(person, name);
    await dialog.getByRole('button', { name: 'Dodaj', exact: true }).click();
  }
  await dialog.getByText('Podpisuje (ostatni etap)').waitFor();
  return dialog;
}

/** Opens the document from the "Pisma do akceptacji" section of the inbox. */
async function openFromInbox(page: Page) {
  await menu(page)
    .getByRole('link', { name: /^Moje dekretacje/ })
    .click();
  const section = page.getByRole('region', { name: 'Pisma do akceptacji' });
  await section.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

async function decide(page: Page, decision: 'Akceptuję' | 'Odrzucam', comment?: string) {
  await page.getByRole('button', { name: 'Decyzja' }).click();
  const dialog = page.getByRole('dialog', { name: /^Decyzja w sprawie pisma/ });
  await dialog.getByRole('radio', { name: decision }).check();
  if (comment) await dialog.getByRole('textbox', { name: /Komentarz/ }).fill(comment);
  await dialog.getByRole('button', { name: decision === 'Akceptuję' ? 'Akceptuj' : 'Odrzuć pismo' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a reply from draft to signed letter', () => {
  let browser: Browser;
  let officer: Page;
  let head: Page;
  let secretary: Page;
  let caseId = '';
  let documentUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    [officer, head, secretary] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
    await logIn(officer, { login: 'referent.gk' });
    await logIn(head, { login: 'kierownik.gk' });
    await logIn(secretary, { login: 'sekretarz' });
    ({ caseId } = await openCaseThroughApi(officer, {
      jrwaSymbol: '6100',
      title: `Zajęcie pasa drogowego (e2e ${stamp})`,
    }));
  });
  afterAll(async () => browser.close());

  test('the officer drafts a reply from a template and sends it on a two-step path', async () => {
    await officer.goto(`${baseUrl()}/cases/${caseId}?tab=drafts`);
    await officer.getByRole('button', { name: 'Nowy projekt pisma' }).click();
    const dialog = officer.getByRole('dialog', { name: /^Nowy projekt pisma w sprawie/ });
    await dialog.getByRole('textbox', { name: /Tytuł pisma/ }).fill(TITLE);
    await choose(dialog.getByRole('combobox', { name: /Szablon/ }), 'Odpowiedź na wniosek');
    // The head of the unit is proposed as the signatory; this reply goes out over the secretary.
    const signatory = dialog.getByRole('combobox', { name: /Podpisujący/ });
    await expect
      .poll(() => signatory.evaluate((e) => (e as HTMLSelectElement).selectedOptions[0]?.label ?? ''))
      .toContain('Krystyna Kierownicza');
    await choose(signatory, 'Stanisław Sekretarski');
    await checkpoint(officer, 'drafts-01-new-draft', { fullPage: false });
    await dialog.getByRole('button', { name: 'Utwórz projekt' }).click();
    await officer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    documentUrl = officer.url();
    const versions = officer.getByRole('table', { name: /Wersje pisma/ });
    await versions.getByText('Z szablonu').waitFor();
    await versions.getByRole('link', { name: /do edycji/ }).waitFor(); // the DOCX
    await checkpoint(officer, 'drafts-02-document');

    const path = await sendOnPath(officer);
    await checkpoint(officer, 'drafts-03-approval-path', { fullPage: false });
    await path.getByRole('button', { name: 'Wyślij do akceptacji' }).click();
    await path.waitFor({ state: 'hidden' });
    await officer.getByText('Do decyzji').first().waitFor();
  });

  test('the head of the unit finds it in the inbox and rejects it with a comment', async () => {
    await openFromInbox(head);
    await checkpoint(head, 'drafts-04-head-document');
    await decide(head, 'Odrzucam', COMMENT);
    await head.getByText(COMMENT).first().waitFor();
  });

  test('the officer reads the comment, corrects the text, compares the versions and sends it again', async () => {
    await officer.goto(documentUrl);
    await officer.getByText(COMMENT).first().waitFor();
    await officer.getByRole('button', { name: 'Nowa wersja' }).click();
    const dialog = officer.getByRole('dialog', { name: /^Nowa wersja pisma/ });
    const text = dialog.getByRole('textbox', { name: /Treść pisma/ });
    await expect.poll(async () => (await text.inputValue()).length).toBeGreaterThan(20);
    await text.fill(`${await text.inputValue()}\n\n${LEGAL_BASIS}`);
    await dialog.getByRole('textbox', { name: /Komentarz/ }).fill('Dodano podstawę prawną');
    await dialog.getByRole('button', { name: 'Zapisz nową wersję' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await officer
      .getByRole('table', { name: /Wersje pisma/ })
      .getByText('Edycja tekstu')
      .waitFor();

    await officer.getByRole('button', { name: 'Porównaj wersje' }).click();
    const compare = officer.getByRole('dialog', { name: 'Porównanie wersji' });
    await compare.getByRole('button', { name: 'Porównaj', exact: true }).click();
    await compare.locator('ins').filter({ hasText: 'Podstawa prawna' }).first().waitFor();
    await checkpoint(officer, 'drafts-05-compare', { fullPage: false });
    await officer.keyboard.press('Escape');

    const path = await sendOnPath(officer);
    await path.getByRole('button', { name: 'Wyślij do akceptacji' }).click();
    await path.waitFor({ state: 'hidden' });
  });

  test('both approve, and the secretary signs with the office certificate: the letter is final', async () => {
    await head.goto(documentUrl);
    await decide(head, 'Akceptuję');

    await openFromInbox(secretary);
    await decide(secretary, 'Akceptuję');
    await secretary.getByRole('button', { name: 'Podpisz' }).click();
    const sign = secretary.getByRole('dialog', { name: /^Podpisanie pisma/ });
    const password = sign.getByRole('textbox', { name: 'Hasło' });
    await password.fill('to nie jest hasło');
    await sign.getByRole('button', { name: 'Podpisz' }).click();
    await sign.getByText(WRONG_PASSWORD).waitFor();
    await password.fill(demoPassword());
    await checkpoint(secretary, 'drafts-06-sign-dialog', { fullPage: false });
    await sign.getByRole('button', { name: 'Podpisz' }).click();
    await sign.waitFor({ state: 'hidden' });
    await secretary.getByText('Pismo jest ostateczne').waitFor();
    const versions = secretary.getByRole('table', { name: /Wersje pisma/ });
    await versions.getByText('Podpisana w systemie').waitFor();
    await versions.getByText('Podpis ważny').waitFor();
    expect(await secretary.getByRole('button', { name: 'Nowa wersja' }).count()).toBe(0);
    await checkpoint(secretary, 'drafts-07-signed');
  });

  test('a signed PDF and a tampered copy added to the case file show their verdicts', async () => {
    const document = (await (
      await officer.request.get(`${baseUrl()}/api/v1/documents/${documentUrl.split('/').at(-1) ?? ''}`)
    ).json()) as { versions: { file: { id: string } }[] };
    const signedId = document.versions.at(-1)?.file.id ?? '';
    const signed = Buffer.from(
      await (await officer.request.get(`${baseUrl()}/api/v1/files/${signedId}/content`)).body(),
    );
    expect(signed.subarray(0, 5).toString()).toBe('%PDF-');
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/MediaBox');
    tampered[at + 1] = 'm'.charCodeAt(0);

    await officer.goto(`${baseUrl()}/cases/${caseId}`);
    await officer.getByRole('button', { name: 'Dodaj dokument' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Dokumenty do akt sprawy' });
    await dialog.getByLabel('Wybierz pliki').setInputFiles([
      { name: `podpisane-${stamp}.pdf`, mimeType: 'application/pdf', buffer: signed },
      { name: `zmienione-${stamp}.pdf`, mimeType: 'application/pdf', buffer: tampered },
    ]);
    await expect.poll(() => dialog.getByText('Wysłano', { exact: true }).count()).toBe(2);
    await dialog.getByRole('button', { name: 'Dodaj do akt (2)' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Each file is verified by a background job a moment after it is received.
    const file = officer.getByTestId('case-file');
    const row = (name: string) => file.getByRole('row').filter({ hasText: name });
    await expect
      .poll(
        async () => {
          const valid = await row(`podpisane-${stamp}.pdf`).getByText('Podpis ważny').count();
          const invalid = await row(`zmienione-${stamp}.pdf`).getByText('Podpis nieważny').count();
          if (valid > 0 && invalid > 0) return true;
          await officer.reload();
          await file.waitFor();
          return false;
        },
        { timeout: 30_000, interval: 1_500 },
      )
      .toBe(true);
    await checkpoint(officer, 'drafts-08-case-file-verdicts');
  });
});
