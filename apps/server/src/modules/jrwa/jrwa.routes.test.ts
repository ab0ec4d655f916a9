import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createTestApp,
  expectProblem,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';

const JRWA_CSV = `symbol;haslo;kategoria;kategoria_inna;uwagi
0;Zarządzanie gminą;;;
00;Organy gminy;;;
000;Rada gminy;;;
0000;Sesje rady gminy;A;Bc;protokoły i uchwały
0001;Komisje rady gminy;A;;
001;Zażółć gęślą jaźń;B5;;klasa do testu wyszukiwania
01;Organizacja urzędu;;;
010;Statut gminy;A;;
011;Regulamin organizacyjny;BE10;B5;
`;

type Part = { name: string; value: string | Buffer; filename?: string };

/** A multipart/form-data body written by hand, as a browser would send it. */
function multipart(parts: Part[]) {
  const boundary = '----obieg-test-7d93c1';
  const chunks = parts.flatMap(({ name, value, filename }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"` +
        (filename ? `; filename="${filename}"\r\nContent-Type: application/octet-stream` : '') +
        '\r\n\r\n',
    ),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from('\r\n'),
  ]);
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
  };
}

function upload(
  session: Session,
  file: string | Buffer,
  fields: Record<string, string> = {},
  filename = 'jrwa.csv',
) {
  const parts = [
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: 'file', value: file, filename },
  ];
  return session.request({ method: 'POST', url: '/api/v1/jrwa/import', ...multipart(parts) });
}

/** Windows-1250, as Excel saves a Polish CSV (enough of it for Polish letters). */
function encodeWindows1250(text: string): Buffer {
  const polish: Record<string, number> = {
    ą: 0xb9,
    ć: 0xe6,
    ę: 0xea,
    ł: 0xb3,
    ń: 0xf1,
    ó: 0xf3,
    ś: 0x9c,
    ź: 0x9f,
    ż: 0xbf,
    Ą: 0xa5,
    Ć: 0xc6,
    Ę: 0xca,
    Ł: 0xa3,
    Ń: 0xd1,
    Ó: 0xd3,
    Ś: 0x8c,
    Ź: 0x8f,
    Ż: 0xaf,
  };
  return Buffer.from([...text].map((char) => polish[char] ?? char.charCodeAt(0)));
}

describe('JRWA: import, search, versions, export and extracts', () => {
  let t: TestApp;
  let admin: Session;
  let unitId: string;
  let firstVersionId: string;

  const get = async (url: string) => {
    const response = await admin.request({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json();
  };
  const symbols = async (query: string) =>
    (await get(`/api/v1/jrwa?q=${encodeURIComponent(query)}`)).items.map((c: { symbol: string }) => c.symbol);
  const at = async (iso: string) => {
    t.clock.set(iso);
    admin = await login(t, { tenant: 'alfa' });
  };

  beforeAll(async () => {
    t = await createTestApp();
    await createOffice(t, { code: 'alfa' });
    admin = await login(t, { tenant: 'alfa' });
    const unit = await admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'BR', name: 'Biuro Rady' },
    });
    unitId = unit.json().id;
  });
  afterAll(async () => t.close());

  test('a valid CSV file is imported as a new version, with the number of classes', async () => {
    const response = await upload(admin, JRWA_CSV, { name: 'JRWA gminy 2026', validFrom: '2026-01-01' });
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({
      imported: 9,
      warnings: [],
      version: {
        name: 'JRWA gminy 2026',
        validFrom: '2026-01-01',
        validTo: null,
        classCount: 9,
        demonstration: false,
      },
    });
    firstVersionId = result.version.id;
    expect((await get('/api/v1/jrwa')).version.id).toBe(firstVersionId);
    const history = await get(`/api/v1/audit?subjectType=jrwa_version&subjectId=${firstVersionId}`);
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['jrwa.version_imported']);
  });

  test('classes are found by symbol prefix and by title words typed without Polish letters', async () => {
    expect(await symbols('000')).toEqual(['000', '0000', '0001']);
    expect(await symbols('01')).toEqual(['01', '010', '011']);
    expect(await symbols('sesje')).toEqual(['0000']);
    expect(await symbols('zazolc')).toEqual(['001']);
    expect(await symbols('GESLA jazn')).toEqual(['001']);
    expect(await symbols('rady gminy')).toEqual(['0000', '0001']);
    expect(await symbols('nic takiego')).toEqual([]);
    const finals = await get('/api/v1/jrwa?finalOnly=true');
    expect(finals.items.map((c: { symbol: string }) => c.symbol)).toEqual([
      '0000',
      '0001',
      '001',
      '010',
      '011',
    ]);
  });

  test('one class is read by its symbol', async () => {
    expect(await get('/api/v1/jrwa/0000')).toEqual({
      symbol: '0000',
      title: 'Sesje rady gminy',
      category: 'A',
      categoryOther: 'Bc',
      remarks: 'protokoły i uchwały',
      level: 4,
      parentSymbol: '000',
      final: true,
    });
    expect(await get('/api/v1/jrwa/011')).toMatchObject({ category: 'BE10', categoryOther: 'B5' });
    expectProblem(await admin.request({ method: 'GET', url: '/api/v1/jrwa/9999' }), {
      status: 404,
      code: 'jrwa.class_not_found',
    });
  });

  test('a file with one broken row is refused with its line number and nothing changes', async () => {
    const versionsBefore = await get('/api/v1/jrwa/versions');
    const classesBefore = await get('/api/v1/jrwa');
    const broken = JRWA_CSV.replace('0001;Komisje rady gminy;A;;', '0001;Komisje rady gminy;X7;;');
    const response = await upload(admin, broken, { validFrom: '2026-09-01' });
    const body = expectProblem(response, { status: 422, code: 'jrwa.import_invalid' });
    expect(body.issues).toEqual([
      expect.objectContaining({ line: 6, symbol: '0001', code: 'jrwa.row.category_invalid' }),
    ]);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: '/line/6', code: 'jrwa.row.category_invalid' }),
    ]);
    expect(await get('/api/v1/jrwa/versions')).toEqual(versionsBefore);
    expect(await get('/api/v1/jrwa')).toEqual(classesBefore);
  });

  test('the extract of a unit accepts only end classes of the JRWA in force', async () => {
    const url = `/api/v1/jrwa/extracts/${unitId}`;
    const put = (symbolList: string[]) =>
      admin.request({ method: 'PUT', url, payload: { symbols: symbolList } });
    const saved = await put(['0001', '0000', '0000']);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ orgUnitId: unitId, versionId: firstVersionId, symbols: ['0000', '0001'] });
    for (const wrong of [['0000', '000'], ['0'], ['9999']]) {
      const body = expectProblem(await put(wrong), { status: 422, code: 'jrwa.extract_symbol_invalid' });
      expect(body.detail).toContain(wrong.at(-1));
    }
    expect((await get(url)).symbols).toEqual(['0000', '0001']);
  });

  test('an NDAP XML export, imported as a new version, gives the same classes (remarks are not in NDAP)', async () => {
    const exported = await admin.request({ method: 'GET', url: '/api/v1/jrwa/export?format=xml' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^application\/xml/);
    expect(exported.body).toContain('<wykaz xmlns="http://www.mswia.gov.pl/standardy/ndap">');
    const response = await upload(admin, exported.body, { validFrom: '2026-06-01' }, 'wykaz.xml');
    expect(response.statusCode, response.body).toBe(201);
    const original = (await get('/api/v1/jrwa')).items;
    const reimported = (await get(`/api/v1/jrwa?versionId=${response.json().version.id}`)).items;
    expect(reimported).toEqual(original.map((c: object) => ({ ...c, remarks: null })));
  });

  test('a CSV export, imported as a new version, gives the same classes, remarks included', async () => {
    const exported = await admin.request({
      method: 'GET',
      url: `/api/v1/jrwa/export?format=csv&versionId=${firstVersionId}`,
    });
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toBe('attachment; filename="jrwa-2026-01-01.csv"');
    const response = await upload(admin, exported.body, { validFrom: '2026-07-01' });
    expect(response.statusCode, response.body).toBe(201);
    const reimported = await get(`/api/v1/jrwa?versionId=${response.json().version.id}`);
    expect(reimported.items).toEqual((await get(`/api/v1/jrwa?versionId=${firstVersionId}`)).items);
  });

  test('each later version closes the previous one the day before; the clock picks the one in force', async () => {
    const versions = (await get('/api/v1/jrwa/versions')).items;
    expect(
      versions.map((v: { validFrom: string; validTo: string | null }) => [v.validFrom, v.validTo]),
    ).toEqual([
      ['2026-07-01', null],
      ['2026-06-01', '2026-06-30'],
      ['2026-01-01', '2026-05-31'],
    ]);
    const inForce = async () => (await get('/api/v1/jrwa')).version.validFrom;
    expect(await inForce()).toBe('2026-01-01');
    await at('2026-05-31T23:30:00+02:00');
    expect(await inForce()).toBe('2026-01-01');
    await at('2026-06-01T00:30:00+02:00'); // still 31 May in UTC: the office's calendar decides
    expect(await inForce()).toBe('2026-06-01');
    await at('2026-07-01T08:00:00+02:00');
    expect(await inForce()).toBe('2026-07-01');

    const overlapping = await upload(admin, JRWA_CSV, { validFrom: '2026-07-01' });
    expectProblem(overlapping, { status: 409, code: 'jrwa.version_overlap' });
  });
});

describe('JRWA files from the real world', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    await createOffice(t, { code: 'alfa' });
    admin = await login(t, { tenant: 'alfa' });
  });
  afterAll(async () => t.close());

  test('a Windows-1250 CSV from Excel keeps its Polish letters', async () => {
    const csv = [
      'symbol;hasło;kategoria;kategoria_inna;uwagi',
      '5;ŻEGLUGA I ŁĄCZNOŚĆ;;;',
      '50;Źródła świętości;A;;Ćwiczenia ńóśźż',
      '51;Gęś, łabędź i żółw;B5;;',
    ].join('\r\n');
    const bytes = encodeWindows1250(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const response = await upload(admin, bytes);
    expect(response.statusCode, response.body).toBe(201);
    const read = async (symbol: string) =>
      (await admin.request({ method: 'GET', url: `/api/v1/jrwa/${symbol}` })).json();
    expect((await read('5')).title).toBe('ŻEGLUGA I ŁĄCZNOŚĆ');
    expect(await read('50')).toMatchObject({ title: 'Źródła świętości', remarks: 'Ćwiczenia ńóśźż' });
    expect((await read('51')).title).toBe('Gęś, łabędź i żółw');
  });
});

const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const fixture = path.resolve(repositoryRoot, '../shared/data/jrwa/jrwa-um-swinoujscie-pre2011-OBSOLETE.csv');
const fixturePresent = existsSync(fixture);
if (!fixturePresent) {
  console.info(
    `Skipping the Świnoujście JRWA import test: ${fixture} is absent (../shared/data is not checked out).`,
  );
}

describe.skipIf(!fixturePresent)('the obsolete Świnoujście JRWA (legacy CSV with known defects)', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    await createOffice(t, { code: 'alfa' });
    admin = await login(t, { tenant: 'alfa' });
  });
  afterAll(async () => t.close());

  test('is rejected as a whole, every bad row reported by its line, and nothing is imported', async () => {
    const response = await upload(admin, readFileSync(fixture), {}, path.basename(fixture));
    const body = expectProblem(response, { status: 422, code: 'jrwa.import_invalid' });
    const issues = body.issues as {
      line: number;
      symbol: string | null;
      code: string;
      params?: Record<string, unknown>;
    }[];

    const duplicates = issues.filter((i) => i.code === 'jrwa.row.symbol_duplicate');
    expect(duplicates.map((i) => `${i.symbol}@${i.line}`)).toEqual([
      '0050@23',
      '0050@24',
      '0050@25',
      '064@201',
      '0704@211',
      '0704@212',
      '404@663',
    ]);
    expect(duplicates.slice(0, 3).map((i) => i.params?.['firstLine'])).toEqual([22, 22, 22]);
    expect(issues).toContainEqual(
      expect.objectContaining({ line: 3, symbol: '00', code: 'jrwa.row.category_on_non_end_class' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ line: 235, symbol: '0810', code: 'jrwa.row.parent_missing' }),
    );
    expect(issues.every((i) => i.line >= 2 && i.line <= 1595)).toBe(true);
    expect(issues.map((i) => i.line)).toEqual([...issues.map((i) => i.line)].sort((a, b) => a - b));
    expect(body.errors?.length).toBe(Math.min(issues.length, 200));
    expect(body.errors?.[0]).toMatchObject({ path: `/line/${issues[0]?.line}` });

    expect((await admin.request({ method: 'GET', url: '/api/v1/jrwa/versions' })).json().items).toEqual([]);
    expect((await admin.request({ method: 'GET', url: '/api/v1/jrwa' })).json()).toEqual({
      items: [],
      total: 0,
      version: null,
    });
  });
});
