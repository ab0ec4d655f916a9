import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import type { TestOffice } from '../distribution/distribution.test-utils.js';
import { openedCase, setUpCaseOffice } from './cases.test-utils.js';

let t: TestApp;
let office: TestOffice;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'wspolpraca');
});
afterAll(async () => t.close());

const as = (login: keyof TestOffice['staff']) => office.staff[login].session;
const gkCase = (title: string) =>
  openedCase(as('referent.gk'), { unitId: office.units.GK, jrwaSymbol: '6000', title });
const addDocument = (login: keyof TestOffice['staff'], caseId: string, payload: object) =>
  as(login).request({ method: 'POST', url: `/api/v1/cases/${caseId}/documents`, payload });
const share = (caseId: string, payload: object) =>
  as('referent.gk').request({ method: 'POST', url: `/api/v1/cases/${caseId}/shares`, payload });

describe('sharing a case with other units', () => {
  test('a unit the case is shared with to contribute sees it and adds its opinion into the leading unit’s case, nothing else', async () => {
    const opened = await gkCase('Uzgodnienie lokalizacji zjazdu');
    expectProblem(await as('referent.fn').request({ method: 'GET', url: `/api/v1/cases/${opened.id}` }), {
      status: 404,
      code: 'cases.not_found',
    });
    const shared = await share(opened.id, {
      unitId: office.units.FN,
      access: 'contribute',
      note: 'Prośba o opinię',
    });
    expect(shared.statusCode, shared.body).toBe(201);
    expect(shared.json()).toMatchObject({
      grantee: { kind: 'unit', unit: { id: office.units.FN, symbol: 'FN' } },
      access: 'contribute',
      documentIds: null,
    });

    expect(
      (await as('referent.fn').request({ method: 'GET', url: `/api/v1/cases/${opened.id}` })).statusCode,
    ).toBe(200);
    const list = (await as('referent.fn').request({ method: 'GET', url: '/api/v1/cases?limit=500' })).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(opened.id);
    const opinion = await addDocument('referent.fn', opened.id, {
      kind: 'opinion',
      title: 'Opinia Wydziału Finansowego',
      content: 'Brak zastrzeżeń co do opłaty.',
    });
    expect(opinion.statusCode, opinion.body).toBe(201);
    expect(opinion.json()).toMatchObject({
      kind: 'opinion',
      documentKind: 'opinia',
      unit: { id: office.units.FN, symbol: 'FN' },
      addedBy: { userId: office.staff['referent.fn'].userId },
    });
    expectProblem(
      await addDocument('referent.fn', opened.id, { kind: 'note', title: 'Notatka', content: 'x' }),
      {
        status: 403,
        code: 'cases.outside_scope',
      },
    );
    expectProblem(
      await as('referent.fn').request({
        method: 'POST',
        url: `/api/v1/cases/${opened.id}/close`,
        payload: { settlement: 'letter' },
      }),
      { status: 403, code: 'cases.outside_scope' },
    );

    const report = (
      await as('sekretarz').request({ method: 'GET', url: '/api/v1/cases/cooperation' })
    ).json();
    const byUnit = (symbol: string) =>
      report.items.find((i: { unit: { symbol: string } }) => i.unit.symbol === symbol);
    expect(byUnit('FN')).toMatchObject({ casesSharedWith: 1, opinionsGiven: 1 });
    expect(byUnit('GK')).toMatchObject({ casesShared: 1, opinionsReceived: 1 });
    const before = (
      await as('sekretarz').request({ method: 'GET', url: '/api/v1/cases/cooperation?to=2026-03-09' })
    ).json();
    expect(before.items.every((i: { opinionsGiven: number }) => i.opinionsGiven === 0)).toBe(true);
  });

  test('a share of chosen documents shows only those, not the metryka; revoking it hides the case again', async () => {
    const opened = await gkCase('Zajęcie pasa — dokumenty wybrane');
    const note = (
      await addDocument('referent.gk', opened.id, {
        kind: 'note',
        title: 'Notatka jawna',
        content: 'Treść jawna',
      })
    ).json();
    await addDocument('referent.gk', opened.id, {
      kind: 'note',
      title: 'Notatka wewnętrzna',
      content: 'Treść',
    });
    const shared = await share(opened.id, {
      userId: office.staff['referent2.gk'].userId,
      access: 'read',
      documentIds: [note.id],
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const documents = (
      await as('referent2.gk').request({ method: 'GET', url: `/api/v1/cases/${opened.id}/documents` })
    ).json();
    expect(documents.items.map((d: { title: string }) => d.title)).toEqual(['Notatka jawna']);
    expectProblem(
      await as('referent2.gk').request({ method: 'GET', url: `/api/v1/cases/${opened.id}/history` }),
      {
        status: 403,
        code: 'cases.outside_scope',
      },
    );
    expectProblem(
      await addDocument('referent2.gk', opened.id, { kind: 'opinion', title: 'Opinia', content: 'x' }),
      {
        status: 403,
        code: 'cases.outside_scope',
      },
    );
    const revoked = await as('referent.gk').request({
      method: 'DELETE',
      url: `/api/v1/cases/${opened.id}/shares/${shared.json().id}`,
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).toEqual(expect.any(String));
    expectProblem(await as('referent2.gk').request({ method: 'GET', url: `/api/v1/cases/${opened.id}` }), {
      status: 404,
      code: 'cases.not_found',
    });
    const shares = (
      await as('referent.gk').request({ method: 'GET', url: `/api/v1/cases/${opened.id}/shares` })
    ).json();
    expect(shares.items).toHaveLength(1);
  });

  test('a share names one person or one unit of the office, and only documents of the case', async () => {
    const opened = await gkCase('Udostępnienia błędne');
    const other = await gkCase('Inna sprawa');
    const otherNote = (
      await addDocument('referent.gk', other.id, { kind: 'note', title: 'Cudza', content: 'x' })
    ).json();
    expectProblem(
      await share(opened.id, {
        userId: office.staff['referent.fn'].userId,
        unitId: office.units.FN,
        access: 'read',
      }),
      { status: 400, code: 'validation.failed' },
    );
    expectProblem(
      await share(opened.id, { unitId: '0190a5e4-7b7c-7000-8000-000000000000', access: 'read' }),
      {
        status: 422,
        code: 'cases.invalid_share',
      },
    );
    expectProblem(
      await share(opened.id, { unitId: office.units.FN, access: 'read', documentIds: [otherNote.id] }),
      {
        status: 422,
        code: 'cases.invalid_share',
      },
    );
    expectProblem(
      await as('referent.fn').request({
        method: 'POST',
        url: `/api/v1/cases/${opened.id}/shares`,
        payload: { unitId: office.units.FN, access: 'read' },
      }),
      { status: 404, code: 'cases.not_found' },
    );
  });
});
