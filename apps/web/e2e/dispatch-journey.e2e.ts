import type { Browser, Page } from 'playwright-core';
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
const TITLE = `Decyzja w sprawie zjazdu z drogi gminnej (${stamp})`;
const CITIZEN = 'Żółkiewski Stanisław';
const COMPANY = 'Biuro-Serwis sp. z o.o.';
const EPUAP_LETTER = `Wniosek o wydanie zaświadczenia przez ePUAP (${stamp})`;
const EDELIVERY_LETTER = `Skarga na uciążliwość budowy przez e-Doręczenia (${stamp})`;

/** A domestic registered-letter number with its GS1 mod-10 check digit (as on an R label). */
function trackingNumber(serial: number) {
  const body = `0065900${String(serial).padStart(12, '0')}`;
  const sum = [...body].reverse().reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}
const NUMBER = trackingNumber(Number.parseInt(stamp, 36) % 1_000_000_000);

type Api = (
  method: 'GET' | 'POST',
  url: string,
  data?: object,
) => Promise<{ status: number; body: Record<string, unknown> }>;

async function api(page: Page): Promise<Api> {
  const me = (await (await page.request.get(`${baseUrl()}/api/v1/auth/me`)).json()) as { csrfToken: string };
  return async (method, url, data) => {
    const response =
      method === 'GET'
        ? await page.request.get(`${baseUrl()}${url}`)
        : await page.request.post(`${baseUrl()}${url}`, {
            headers: { 'X-CSRF-Token': me.csrfToken },
            ...(data ? { data } : {}),
          });
    const text = await response.text();
    return { status: response.status(), body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

async function contactId(call: Api, q: string) {
  const found = await call('GET', `/api/v1/contacts?q=${encodeURIComponent(q)}`);
  const id = (found.body.items as { id: string }[] | undefined)?.[0]?.id;
  expect(id, `contact ${q}`).toBeTruthy();
  return id as string;
}

/** Reloads until `text` shows (the job queue sends within seconds). */
async function waitForText(page: Page, text: string | RegExp, { tries = 20 } = {}) {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    await page.waitForLoadState('networkidle');
    if ((await page.getByText(text).count()) > 0) return;
    await page.waitForTimeout(1000);
    await page.reload();
  }
  await page.getByText(text).first().waitFor({ timeout: 1000 });
}

describe('dispatch: a signed letter by e-Doręczenia and by registered post with ZPO; letters to the office through the simulators', () => {
  let browser: Browser;
  let officer: Page;
  let clerk: Page;
  let admin: Page;
  let caseId = '';
  let documentId = '';
  let dispatchUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const head = await newPage(browser);
    [officer, clerk, admin] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
    await logIn(officer, { login: 'referent.gk' });
    await logIn(head, { login: 'kierownik.gk' });
    await logIn(clerk, { login: 'kancelaria' });
    await logIn(admin, { login: 'admin' });
    // The letter is drafted, approved and signed through the API (the drafts journey shows those screens).
    ({ caseId } = await openCaseThroughApi(officer, { jrwaSymbol: '6100', title: TITLE }));
    const asOfficer = await api(officer);
    const asHead = await api(head);
    const addressees = [await contactId(asOfficer, 'Żółkiewski'), await contactId(asOfficer, 'Biuro-Serwis')];
    const draft = await asOfficer('POST', `/api/v1/cases/${caseId}/drafts`, {
      title: TITLE,
      addresseeContactIds: addressees,
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    documentId = draft.body.documentId as string;
    const headMe = (await asHead('GET', '/api/v1/auth/me')).body as { positions: { id: string }[] };
    const path = await asOfficer('POST', `/api/v1/documents/${documentId}/approval`, {
      steps: [{ positionId: headMe.positions[0]?.id }],
    });
    expect(path.status, JSON.stringify(path.body)).toBe(201);
    const tasks = (await asHead('GET', '/api/v1/approval-tasks')).body.items as {
      id: string;
      documentId: string;
    }[];
    const task = tasks.find((item) => item.documentId === documentId);
    expect(
      (await asHead('POST', `/api/v1/approval-tasks/${task?.id}/decision`, { decision: 'approve' })).status,
    ).toBe(204);
    const signed = await asHead('POST', `/api/v1/documents/${documentId}/sign`, {
      password: demoPassword(),
      visible: true,
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    await head.context().close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the officer orders the signed letter sent: the citizen by e-Doręczenia, the company by registered post with ZPO', async () => {
    await officer.goto(`${baseUrl()}/documents/${documentId}`);
    await officer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await officer.getByRole('button', { name: 'Zleć wysyłkę' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Zlecenie wysyłki pisma' });
    const citizen = dialog.getByRole('group', { name: CITIZEN });
    await citizen.getByRole('combobox', { name: 'Sposób wysyłki' }).selectOption({ label: 'e-Doręczenia' });
    const company = dialog.getByRole('group', { name: COMPANY });
    await company
      .getByRole('combobox', { name: 'Sposób wysyłki' })
      .selectOption({ label: 'Poczta tradycyjna' });
    await company.getByRole('radio', { name: 'polecony' }).check();
    await company.getByRole('checkbox', { name: /zwrotnym potwierdzeniem odbioru/ }).check();
    await checkpoint(officer, 'dispatch-01-order-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Zleć wysyłkę' }).click();
    await officer.getByRole('heading', { level: 1, name: /^Wysyłka W\/\d+\/\d{4}$/ }).waitFor();
    dispatchUrl = officer.url();
    // The job queue sends the electronic letter by itself.
    await waitForText(officer, 'Wysłana');
    await checkpoint(officer, 'dispatch-02-ordered');
  });

  test('the registry posts the registered letter with the number scanned from its label and records the returned ZPO card', async () => {
    await clerk.goto(`${baseUrl()}/outgoing`);
    await clerk.getByRole('heading', { level: 1, name: 'Przesyłki wychodzące' }).waitFor();
    await clerk
      .getByRole('checkbox', { name: new RegExp(`— ${COMPANY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .check();
    await checkpoint(clerk, 'dispatch-03-queue');
    await clerk.getByRole('button', { name: /^Nadaj zaznaczone/ }).click();
    await clerk.getByRole('textbox', { name: /^Numer nadania/ }).fill(NUMBER);
    await clerk.keyboard.press('Enter');
    await clerk.getByRole('button', { name: 'Zapisz nadanie' }).click();
    await clerk.getByText(/Nadano przesyłki \(liczba: 1\)/).waitFor();

    await clerk.getByRole('tab', { name: 'Zwrotki (ZPO)' }).click();
    const barcode = clerk.getByRole('textbox', { name: 'Kod kreskowy zwrotki' });
    await barcode.fill(NUMBER);
    await barcode.press('Enter');
    await clerk
      .getByText(new RegExp(`${COMPANY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — .*: doręczono`))
      .first()
      .waitFor();
    await expect.poll(async () => barcode.inputValue()).toBe('');
    await checkpoint(clerk, 'dispatch-04-zpo');
  });

  test('the citizen collects the e-Doręczenia letter in the simulator: its evidence sets the delivery date', async () => {
    await clerk.goto(dispatchUrl);
    await clerk.getByRole('heading', { level: 1, name: /^Wysyłka W\// }).waitFor();
    await clerk.getByRole('button', { name: /Symulator: adresat odbiera pismo/ }).click();
    await clerk.getByText('Doręczona', { exact: true }).first().waitFor();
    await clerk.getByRole('link', { name: /Potwierdzenie doręczenia \(E\.1\)/ }).waitFor();
    await checkpoint(clerk, 'dispatch-05-delivered');
  });

  test('the case shows both letters delivered with their dates', async () => {
    await officer.goto(`${baseUrl()}/cases/${caseId}?tab=dispatches`);
    const table = officer.getByRole('table', { name: /Wysyłki pism w sprawie/ });
    await table.waitFor();
    await expect.poll(async () => table.getByRole('row').filter({ hasText: 'Doręczona' }).count()).toBe(2);
    await checkpoint(officer, 'dispatch-06-case');
  });

  test('letters sent to the office through the ePUAP and e-Doręczenia simulators appear in the RPW with their receipts', async () => {
    await admin.goto(`${baseUrl()}/integrations`);
    await admin.getByRole('heading', { level: 1, name: 'Integracje' }).waitFor();
    const asAdmin = await api(admin);
    for (const [channel, title] of [
      ['epuap', EPUAP_LETTER],
      ['edelivery', EDELIVERY_LETTER],
    ] as const) {
      const sent = await asAdmin('POST', '/api/v1/simulators/letters', {
        channel,
        title,
        senderName: 'Anna Mieszkańska',
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    }
    for (const name of [/Synchronizuj ePUAP/, /Synchronizuj e-Doręczenia/]) {
      const button = admin.getByRole('button', { name });
      await button.click();
      await expect.poll(async () => button.isEnabled(), { timeout: 30_000 }).toBe(true);
    }
    await checkpoint(admin, 'dispatch-07-integrations');

    await clerk.goto(`${baseUrl()}/incoming`);
    await clerk.getByRole('heading', { level: 1, name: /Rejestr przesyłek wpływających/ }).waitFor();
    for (const title of [EPUAP_LETTER, EDELIVERY_LETTER]) await waitForText(clerk, title);
    await clerk.getByRole('row').filter({ hasText: EPUAP_LETTER }).getByRole('link').first().click();
    await clerk
      .getByText(/^UPP-.*\.xml$/)
      .first()
      .waitFor();
    await clerk.getByText('wizualizacja-formularza.pdf').first().waitFor();
    await checkpoint(clerk, 'dispatch-08-epuap-letter');
  });
});
