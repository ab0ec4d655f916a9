import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');

export const baseUrl = () => inject('baseUrl');
export const demoPassword = () => inject('demoPassword');

/** Debian's Chromium, headless, with no background networking (this machine has no internet). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(
  browser: Browser,
  { locale = 'pl-PL' }: { locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1366, height: 860 },
    timezoneId: 'Europe/Warsaw',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the current page; fails listing every violation. */
export async function expectNoAxeViolations(page: Page, label: string) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/**
 * Checks accessibility and keeps a screenshot of every page the journey visits. A dialog is
 * pictured as the screen shows it (`fullPage: false`): a full-page picture of a scrolled page
 * draws the fixed header and overlay in the middle.
 */
export async function checkpoint(page: Page, name: string, { fullPage = true } = {}) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name, { fullPage });
  await expectNoAxeViolations(page, name);
}

/** Logs in through the login page (keyboard: Enter submits) and waits for the home page. */
export async function logIn(page: Page, { tenant = 'demo', login }: { tenant?: string; login: string }) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('Kod urzędu').fill(tenant);
  await page.getByLabel('Login').fill(login);
  await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill(demoPassword());
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Dzień dobry/ }).waitFor();
}

/**
 * Opens a case in the unit of the signed-in user's first position through the API (so a journey
 * can start from a case without repeating the opening screens); answers its id.
 */
export async function openCaseThroughApi(
  page: Page,
  { jrwaSymbol, title, deadline }: { jrwaSymbol: string; title: string; deadline?: object },
) {
  const me = (await (await page.request.get(`${baseUrl()}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
    positions: { orgUnitId: string }[];
  };
  const unitId = me.positions[0]?.orgUnitId ?? '';
  const opened = await page.request.post(`${baseUrl()}/api/v1/cases`, {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: { unitId, jrwaSymbol, title, ...(deadline ? { deadline } : {}) },
  });
  expect(opened.status(), await opened.text()).toBe(201);
  return { caseId: ((await opened.json()) as { id: string }).id, unitId };
}
