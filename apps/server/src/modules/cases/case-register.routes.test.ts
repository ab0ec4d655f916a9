import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import { readPdfText } from '../../shared/pdf/pdf.test-utils.js';
import {
  decreeAction,
  decreed,
  distribute,
  registerLetter,
  type StaffLogin,
  type TestOffice,
} from '../distribution/distribution.test-utils.js';
import { caseAction, moveClock, openedCase, setUpCaseOffice, type CaseBody } from './cases.test-utils.js';

const CODE = 'spisy';
let t: TestApp;
let office: TestOffice;
const cases = {} as Record<
  'february' | 'fromLetter' | 'subCase' | 'closed' | 'colleagues' | 'lateMarch' | 'formula' | 'html',
  CaseBody
>;

const session = (who: StaffLogin) => office.staff[who].session;
const get = (who: StaffLogin, url: string) => session(who).request({ method: 'GET', url });
const query = (params: Record<string, string | number>) =>
  new URLSearchParams(
    Object.entries({ unitId: office.units.GK, ...params }).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();

async function register(who: StaffLogin, params: Record<string, string | number>) {
  const response = await get(who, `/api/v1/case-registers?${query(params)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    header: Record<string, unknown>;
    items: ({ ordinal: number; sign: string } & Record<string, unknown>)[];
  };
}
const signs = async (who: StaffLogin, params: Record<string, string | number>) =>
  (await register(who, params)).items.map((i) => i.sign);

/** A letter with the sender's reference and date, distributed to GK and accepted by its officer. */
async function acceptedLetterWithReference() {
  const item = await registerLetter(office, { senderReference: 'ZN.7.2026', letterDate: '2026-03-02' });
  const distributed = await distribute(session('kancelaria'), item.id, { unitId: office.units.GK });
  expect(distributed.statusCode, distributed.body).toBe(200);
  const decree = await decreed(session('kierownik.gk'), item.id, {
    positionId: office.staff['referent.gk'].positionId,
  });
  expect((await decreeAction(session('referent.gk'), decree.id, 'accept')).statusCode).toBe(200);
  return item.id;
}

const open = (who: StaffLogin, jrwaSymbol: string, title: string, extra: object = {}) =>
  openedCase(session(who), {
    unitId: office.units[who.endsWith('.gkd') ? 'GKD' : 'GK'],
    jrwaSymbol,
    title,
    ...extra,
  });

beforeAll(async () => {
  t = await createTestApp({ now: '2026-02-02T09:00:00+01:00' });
  office = await setUpCaseOffice(t, CODE);
  cases.february = await open('referent.gk', '6000', 'Wniosek złożony w lutym');
  await moveClock(t, office, CODE, '2026-03-10T09:00:00+01:00');
  cases.fromLetter = await open('referent.gk', '6000', 'Zajęcie pasa drogowego ul. Źródlana', {
    initiatingIncomingId: await acceptedLetterWithReference(),
  });
  cases.subCase = await open('referent.gk', '6000', 'Odcinek pierwszy', { groupCaseId: cases.fromLetter.id });
  cases.closed = await open('referent.gk', '6000', 'Awaria wodociągu w pasie drogi');
  const closing = await caseAction(session('referent.gk'), cases.closed.id, 'close', {
    settlement: 'decision',
    note: 'Wydano zezwolenie',
  });
  expect(closing.statusCode, closing.body).toBe(200);
  cases.colleagues = await open('referent2.gk', '6000', 'Sprawa koleżanki');
  cases.formula = await open('referent.gk', '6001', '=HYPERLINK("http://example.com","Kliknij")');
  cases.html = await open('referent.gk', '6001', '<b>Pilne</b> <script>alert(1)</script>');
  await open('referent.gk', '6100', 'Deklaracja odpadowa');
  await open('referent.gkd', '6000', 'Sprawa referatu dróg');
  await moveClock(t, office, CODE, '2026-03-31T23:30:00+02:00');
  cases.lateMarch = await open('referent.gk', '6000', 'Wniosek z ostatniej godziny marca');
  await moveClock(t, office, CODE, '2027-01-04T09:00:00+01:00');
  await open('referent.gk', '6000', 'Sprawa z następnego roku');
  await moveClock(t, office, CODE, '2026-04-01T10:00:00+02:00');
});
afterAll(async () => t.close());

describe('the spis spraw', () => {
  test('the spis spraw of GK/6000/2026 lists exactly the cases of that unit, class and year in the order of the znak, with the sender of an initiating letter and the settlement of a closed case', async () => {
    const body = await register('kierownik.gk', { jrwaSymbol: '6000', year: 2026 });
    expect(body.header).toEqual({
      year: 2026,
      from: null,
      to: null,
      generatedAt: '2026-04-01T08:00:00.000Z',
      unit: { id: office.units.GK, symbol: 'GK', name: 'Wydział Gospodarki Komunalnej' },
      jrwa: { symbol: '6000', title: 'Zezwolenia na zajęcie pasa drogowego' },
    });
    expect(body.items.map((i) => [i.ordinal, i.sign])).toEqual([
      [1, 'GK.6000.1.2026'],
      [2, 'GK.6000.2.2026'],
      [3, 'GK.6000.2.1.2026'],
      [4, 'GK.6000.3.2026'],
      [5, 'GK.6000.4.2026'],
      [6, 'GK.6000.5.2026'],
    ]);
    expect(body.items[1]).toMatchObject({
      caseId: cases.fromLetter.id,
      title: 'Zajęcie pasa drogowego ul. Źródlana',
      senderName: 'Żółkiewski Stanisław',
      senderReference: 'ZN.7.2026',
      letterDate: '2026-03-02',
      openedOn: '2026-03-10',
      initiatedOn: '2026-03-10',
      settledOn: null,
      remarks: '',
      handler: { userId: office.staff['referent.gk'].userId, displayName: 'Pracownik referent.gk' },
    });
    expect(body.items[3]).toMatchObject({
      caseId: cases.closed.id,
      status: 'closed',
      senderName: null,
      senderReference: null,
      settlement: 'decision',
      settledOn: '2026-03-10',
      remarks: 'Załatwiono decyzją. Wydano zezwolenie',
    });
    expect(body.items[5]).toMatchObject({ caseId: cases.lateMarch.id, openedOn: '2026-03-31' });
  });

  test('a JRWA symbol of a higher level covers every class under it: 60 lists 6000 and 6001 but not 6100', async () => {
    const listed = await signs('kierownik.gk', { jrwaSymbol: '60', year: 2026 });
    expect(listed).toEqual([
      'GK.6000.1.2026',
      'GK.6000.2.2026',
      'GK.6000.2.1.2026',
      'GK.6000.3.2026',
      'GK.6000.4.2026',
      'GK.6000.5.2026',
      'GK.6001.1.2026',
      'GK.6001.2.2026',
    ]);
    expect((await register('kierownik.gk', { jrwaSymbol: '60', year: 2026 })).header.jrwa).toEqual({
      symbol: '60',
      title: 'Drogi gminne',
    });
    expect(await signs('kierownik.gk', { jrwaSymbol: '6', year: 2027 })).toEqual(['GK.6000.1.2027']);
  });

  test('a date range selects the cases by the Polish day they were opened, up to midnight of its last day', async () => {
    expect(await signs('kierownik.gk', { jrwaSymbol: '6000', from: '2026-03-10', to: '2026-03-31' })).toEqual(
      ['GK.6000.2.2026', 'GK.6000.2.1.2026', 'GK.6000.3.2026', 'GK.6000.4.2026', 'GK.6000.5.2026'],
    );
    expect(await signs('kierownik.gk', { jrwaSymbol: '6000', from: '2026-04-01', to: '2026-12-31' })).toEqual(
      [],
    );
    const february = await register('kierownik.gk', {
      jrwaSymbol: '6000',
      from: '2026-01-01',
      to: '2026-02-28',
    });
    expect(february.header).toMatchObject({ year: null, from: '2026-01-01', to: '2026-02-28' });
    expect(february.items.map((i) => i.sign)).toEqual(['GK.6000.1.2026']);
  });

  test('each person sees only the cases they may: another unit’s officer none, an officer their own, the secretary all', async () => {
    const params = { jrwaSymbol: '60', year: 2026 };
    expect(await signs('referent.fn', params)).toEqual([]);
    expect(await signs('referent2.gk', params)).toEqual(['GK.6000.4.2026']);
    expect(await signs('referent.gk', params)).not.toContain('GK.6000.4.2026');
    expect(await signs('sekretarz', params)).toHaveLength(8);
    expectProblem(await get('kancelaria', `/api/v1/case-registers?${query(params)}`), {
      status: 403,
      code: 'auth.forbidden',
    });
  });

  test('a malformed query answers 400 and an unknown unit 422, as problem+json, from every format', async () => {
    for (const suffix of ['', '.pdf', '.csv', '.xlsx']) {
      const bad = (search: string) => get('kierownik.gk', `/api/v1/case-registers${suffix}?${search}`);
      for (const search of [
        'unitId=GK&jrwaSymbol=6000',
        query({ jrwaSymbol: '6000', year: 1500 }),
        query({ jrwaSymbol: '6000', from: '2026-03-31', to: '2026-03-01' }),
        query({ jrwaSymbol: '6000', year: 2026, from: '2026-03-01', to: '2026-03-31' }),
        query({ jrwaSymbol: '6000', from: '2026-03-01' }),
        query({ jrwaSymbol: '60.0', year: 2026 }),
        query({ jrwaSymbol: '6000', from: '2026-02-30', to: '2026-03-31' }),
        `unitId=${office.units.GK}`,
      ])
        expectProblem(await bad(search), { status: 400, code: 'validation.failed' });
      expectProblem(await bad(query({ unitId: '0190a5e4-7b7c-7000-8000-000000000000', jrwaSymbol: '60' })), {
        status: 422,
        code: 'cases.unknown_unit',
      });
    }
  });
});

describe('the spis spraw printed and exported', () => {
  test('the CSV is for Polish Excel: BOM, semicolons, CRLF, and a title starting with = cannot run as a formula', async () => {
    const response = await get(
      'kierownik.gk',
      `/api/v1/case-registers.csv?${query({ jrwaSymbol: '6001', year: 2026 })}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="spis-spraw-GK-6001-2026.csv"',
    );
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFLp.;Znak sprawy;Tytuł sprawy;Nadawca;')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two cases, the empty string after the last CRLF
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines[1]).toContain(`;"'=HYPERLINK(""http://example.com"",""Kliknij"")";`);
    expect(lines[1]?.startsWith('1;GK.6001.1.2026;')).toBe(true);
    expect(text).not.toMatch(/(^|;)=/m);
  });

  test('the XLSX is a workbook holding the rows, with formulas neutralised', async () => {
    const response = await get(
      'kierownik.gk',
      `/api/v1/case-registers.xlsx?${query({ jrwaSymbol: '6001', year: 2026 })}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="spis-spraw-GK-6001-2026.xlsx"',
    );
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, bytes]) => Buffer.from(bytes).toString('utf8'))
      .join('\n');
    expect(xml).toContain('GK.6001.1.2026');
    expect(xml).toContain('GK.6001.2.2026');
    expect(xml).toContain('&lt;b&gt;Pilne&lt;/b&gt;');
    expect(xml).toContain(`'=HYPERLINK(`);
  });

  test('the PDF is A4 landscape with the header, the print date and "strona X z Y"; HTML in a title is printed as text', async () => {
    const response = await get(
      'kierownik.gk',
      `/api/v1/case-registers.pdf?${query({ jrwaSymbol: '60', year: 2026 })}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('inline; filename="spis-spraw-GK-60-2026.pdf"');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(response.rawPayload);
    expect(pdf.getTitle()).toBe('Spis spraw GK.60 — 2026');
    expect(pdf.getPage(0).getWidth()).toBeGreaterThan(pdf.getPage(0).getHeight());
    const [page, ...more] = await readPdfText(response.rawPayload);
    expect(more).toEqual([]);
    expect(page).toEqual(
      expect.arrayContaining([
        'Spis spraw GK.60 — 2026',
        'Urząd spisy',
        'Komórka organizacyjna: GK — Wydział Gospodarki Komunalnej',
        'Symbol klasyfikacyjny JRWA: 60 — Drogi gminne',
        'Rok: 2026',
        'Data wygenerowania: 2026-04-01 10:00',
        'Data wydruku: 2026-04-01 10:00   ·   strona 1 z 1',
        'GK.6000.2.2026',
        'ZN.7.2026',
        '2026-03-02',
      ]),
    );
    const text = page?.join(' ') ?? '';
    expect(text).toContain('Żółkiewski Stanisław');
    expect(text).toMatch(/Załatwiono decyzją\. Wydano\s+zezwolenie/);
    expect(text).toContain('<b>Pilne</b>');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Zajęcie pasa drogowego ul. Źródlana');
  });

  test('every printout and export is recorded in the audit trail with its format and scope', async () => {
    const before = await audited();
    for (const format of ['pdf', 'csv', 'xlsx'])
      expect(
        (
          await get(
            'referent.gk',
            `/api/v1/case-registers.${format}?${query({ jrwaSymbol: '6001', year: 2026 })}`,
          )
        ).statusCode,
      ).toBe(200);
    await get('referent.gk', `/api/v1/case-registers?${query({ jrwaSymbol: '6001', year: 2026 })}`);
    const after = await audited();
    const recorded = after.slice(0, after.length - before.length);
    expect(recorded.map((e) => e.details.format)).toEqual(['xlsx', 'csv', 'pdf']);
    expect(recorded[0]).toMatchObject({
      subjectType: 'org_unit',
      subjectId: office.units.GK,
      actor: { userId: office.staff['referent.gk'].userId },
      details: { unitSymbol: 'GK', jrwaSymbol: '6001', year: 2026, cases: 2 },
    });
  });
});

async function audited(action = 'cases.register_printed') {
  const response = await get('sekretarz', `/api/v1/audit?action=${action}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as {
    subjectType: string;
    subjectId: string;
    actor: { userId: string };
    details: Record<string, unknown>;
  }[];
}

describe('the metryka printed', () => {
  test('the metryka of a case is a PDF with its znak, title and date of initiation, one row per action; it is recorded', async () => {
    const response = await get('referent.gk', `/api/v1/cases/${cases.closed.id}/metryka.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('inline; filename="metryka-GK-6000-3-2026.pdf"');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [page] = await readPdfText(response.rawPayload);
    expect(page).toEqual(
      expect.arrayContaining([
        'Metryka sprawy GK.6000.3.2026',
        'Znak sprawy: GK.6000.3.2026',
        'Tytuł sprawy: Awaria wodociągu w pasie drogi',
        'Data wszczęcia sprawy: 2026-03-10',
        'Data wydruku: 2026-04-01 10:00   ·   strona 1 z 1',
        '2026-03-10 09:00',
      ]),
    );
    const text = page?.join(' ') ?? '';
    expect(text).toContain('Pracownik referent.gk');
    expect(text).toContain('Zakończenie sprawy decyzją');
    const printed = (await audited('cases.metryka_printed'))[0];
    expect(printed).toMatchObject({ subjectType: 'case', subjectId: cases.closed.id });
  });

  test('someone who may not see the case gets 404 for its metryka, and nothing is recorded as printed', async () => {
    const before = (await audited('cases.metryka_printed')).length;
    for (const stranger of ['referent.fn', 'referent2.gk'] as const)
      expectProblem(await get(stranger, `/api/v1/cases/${cases.closed.id}/metryka.pdf`), {
        status: 404,
        code: 'cases.not_found',
      });
    expectProblem(
      await get('referent.gk', '/api/v1/cases/0190a5e4-7b7c-7000-8000-000000000000/metryka.pdf'),
      {
        status: 404,
        code: 'cases.not_found',
      },
    );
    expectProblem(await get('referent.gk', '/api/v1/cases/nie-ma/metryka.pdf'), {
      status: 400,
      code: 'validation.failed',
    });
    expect(await audited('cases.metryka_printed')).toHaveLength(before);
  });
});
