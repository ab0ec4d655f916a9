import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type Session, type TestApp } from '../../app/server.test-utils.js';
import { inbox, registerLetter, setUpOffice, type TestOffice } from './distribution.test-utils.js';

describe('automatic distribution rules', () => {
  let t: TestApp;
  let alfa: TestOffice;
  let beta: TestOffice;
  const rules = '/api/v1/distribution-rules';

  const createRule = async (office: TestOffice, payload: object) => {
    const response = await office.admin.request({ method: 'POST', url: rules, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number; priority: number };
  };
  const removeAll = async (session: Session) => {
    for (const rule of (await session.request({ method: 'GET', url: rules })).json().items) {
      await session.request({ method: 'DELETE', url: `${rules}/${rule.id}` });
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    alfa = await setUpOffice(t, 'alfa');
    beta = await setUpOffice(t, 'beta');
  });
  afterAll(async () => t.close());

  test('the administrator writing rules reads the dictionaries and searches senders, but not letters nor full contact records', async () => {
    const letter = await registerLetter(alfa);
    const get = (url: string) => alfa.admin.request({ method: 'GET', url });
    expect((await get('/api/v1/dictionaries/delivery-methods')).statusCode).toBe(200);
    expect((await get('/api/v1/dictionaries/document-kinds')).statusCode).toBe(200);
    const found = await get('/api/v1/contacts?q=zolkiewski');
    expect(found.statusCode).toBe(200);
    const contactId = letter.senders[0]?.contactId ?? '';
    expectProblem(await get(`/api/v1/contacts/${contactId}`), { status: 403, code: 'auth.forbidden' });
    expectProblem(await get(`/api/v1/incoming/${letter.id}`), { status: 403, code: 'auth.forbidden' });
    expectProblem(await get('/api/v1/incoming'), { status: 403, code: 'auth.forbidden' });
  });

  test('the administrator adds, lists by priority, changes and deletes rules; the metryka keeps each change', async () => {
    const invoices = await createRule(alfa, {
      name: 'Faktury do FN',
      priority: 20,
      documentKind: 'faktura',
      unitId: alfa.units.FN,
      infoUnitIds: [alfa.units.GK],
    });
    const complaints = await createRule(alfa, {
      name: 'Skargi do GK',
      priority: 10,
      documentKind: 'skarga',
      unitId: alfa.units.GK,
    });
    const list = (await alfa.admin.request({ method: 'GET', url: rules })).json();
    expect(list.items.map((r: { name: string }) => r.name)).toEqual(['Skargi do GK', 'Faktury do FN']);
    expect(list.items[1]).toMatchObject({
      active: true,
      documentKind: 'faktura',
      unit: { symbol: 'FN' },
      infoUnits: [{ symbol: 'GK' }],
      senderContactId: null,
    });
    const changed = await alfa.admin.request({
      method: 'PATCH',
      url: `${rules}/${invoices.id}`,
      payload: { version: 1, priority: 5, infoUnitIds: [] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ priority: 5, infoUnits: [], version: 2 });
    expectProblem(
      await alfa.admin.request({
        method: 'PATCH',
        url: `${rules}/${invoices.id}`,
        payload: { version: 1, name: 'X' },
      }),
      { status: 409, code: 'common.version_conflict' },
    );
    expect(
      (await alfa.admin.request({ method: 'DELETE', url: `${rules}/${complaints.id}` })).statusCode,
    ).toBe(204);
    expectProblem(await alfa.admin.request({ method: 'DELETE', url: `${rules}/${complaints.id}` }), {
      status: 404,
      code: 'correspondence.distribution_rule_not_found',
    });
    const audit = (
      await alfa.admin.request({ method: 'GET', url: `/api/v1/audit?subjectType=distribution_rule&limit=50` })
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'correspondence.distribution_rule_created',
        'correspondence.distribution_rule_updated',
        'correspondence.distribution_rule_deleted',
      ]),
    );
    await removeAll(alfa.admin);
  });

  test('a rule naming an unknown unit, contact, organ or dictionary code is refused', async () => {
    const base = { name: 'Zła reguła', unitId: alfa.units.GK };
    const cases: [object, string, string][] = [
      [{ unitId: beta.units.GK }, 'correspondence.unknown_unit', '/unitId'],
      [
        { infoUnitIds: ['0190a5e4-7b7c-7000-8000-000000000001'] },
        'correspondence.unknown_unit',
        '/infoUnitIds/0',
      ],
      [
        { senderContactId: '0190a5e4-7b7c-7000-8000-000000000002' },
        'correspondence.unknown_contact',
        '/senderContactId',
      ],
      [{ organId: '0190a5e4-7b7c-7000-8000-000000000003' }, 'correspondence.unknown_organ', '/organId'],
      [{ documentKind: 'papirus' }, 'correspondence.unknown_dictionary_code', '/documentKind'],
      [{ deliveryMethod: 'golab' }, 'correspondence.unknown_dictionary_code', '/deliveryMethod'],
    ];
    for (const [extra, code, path] of cases) {
      const problem = expectProblem(
        await alfa.admin.request({ method: 'POST', url: rules, payload: { ...base, ...extra } }),
        { status: 422, code },
      );
      expect(problem.errors?.[0]?.path).toBe(path);
    }
    expectProblem(
      await alfa.admin.request({ method: 'POST', url: rules, payload: { name: 'Bez komórki' } }),
      {
        status: 400,
        code: 'validation.failed',
      },
    );
  });

  test('only the administrator manages rules, and only those of their office', async () => {
    const rule = await createRule(alfa, {
      name: 'ePUAP do OR',
      deliveryMethod: 'epuap',
      unitId: alfa.units.GK,
    });
    for (const login of ['kancelaria', 'kierownik.gk'] as const) {
      expectProblem(await alfa.staff[login].session.request({ method: 'GET', url: rules }), {
        status: 403,
        code: 'auth.forbidden',
      });
    }
    expect((await beta.admin.request({ method: 'GET', url: rules })).json().items).toHaveLength(0);
    expectProblem(
      await beta.admin.request({
        method: 'PATCH',
        url: `${rules}/${rule.id}`,
        payload: { version: 1, name: 'X' },
      }),
      { status: 404, code: 'correspondence.distribution_rule_not_found' },
    );
    expectProblem(await beta.admin.request({ method: 'DELETE', url: `${rules}/${rule.id}` }), {
      status: 404,
      code: 'correspondence.distribution_rule_not_found',
    });
    await removeAll(alfa.admin);
  });

  test('at registration the first matching active rule distributes the item, recorded as done by that rule', async () => {
    const sender = await registerLetter(alfa, { sender: { kind: 'institution', name: 'Zakład Wodociągów' } });
    const contactId = sender.senders[0]!.contactId;
    await createRule(alfa, {
      name: 'Nieaktywna',
      priority: 1,
      active: false,
      documentKind: 'skarga',
      unitId: alfa.units.FN,
    });
    await createRule(alfa, {
      name: 'Wodociągi',
      priority: 5,
      senderContactId: contactId,
      unitId: alfa.units.GKD,
    });
    await createRule(alfa, {
      name: 'Skargi',
      priority: 10,
      documentKind: 'skarga',
      deliveryMethod: 'list_polecony',
      unitId: alfa.units.GK,
      infoUnitIds: [alfa.units.FN],
    });

    const complaint = await registerLetter(alfa, { documentKind: 'skarga' });
    expect(complaint.distribution).toMatchObject({
      state: 'distributed',
      leadingUnit: { symbol: 'GK' },
      infoUnits: [{ symbol: 'FN' }],
      byRule: { name: 'Skargi' },
    });
    const fromWaterworks = await registerLetter(alfa, { documentKind: 'skarga', sender: { contactId } });
    expect(fromWaterworks.distribution).toMatchObject({
      leadingUnit: { symbol: 'GKD' },
      byRule: { name: 'Wodociągi' },
    });
    const byEmail = await registerLetter(alfa, { documentKind: 'skarga', deliveryMethod: 'e_mail' });
    expect(byEmail.distribution).toBeNull();

    const head = await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&state=new&limit=200');
    expect(head.items.map((i) => i.itemId)).toEqual(
      expect.arrayContaining([complaint.id, fromWaterworks.id]),
    );

    const history = (
      await alfa.staff.kancelaria.session.request({
        method: 'GET',
        url: `/api/v1/incoming/${complaint.id}/history`,
      })
    ).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual([
      'correspondence.incoming_registered',
      'correspondence.incoming_distributed',
    ]);
    expect(history.items[1]).toMatchObject({
      byRule: { name: 'Skargi' },
      unit: { symbol: 'GK' },
      actor: { userId: alfa.staff.kancelaria.userId },
    });
    const read = (
      await alfa.staff.kancelaria.session.request({ method: 'GET', url: `/api/v1/incoming/${complaint.id}` })
    ).json();
    expect(read.distribution).toMatchObject({ byRule: { name: 'Skargi' } });
    await removeAll(alfa.admin);
  });

  test('a rule pointing at a unit that is no longer active is skipped', async () => {
    const closing = await alfa.admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'TMP', name: 'Zespół tymczasowy', validFrom: '2026-01-01', validTo: '2026-12-31' },
    });
    const tmp = closing.json().id as string;
    await createRule(alfa, { name: 'Do zespołu', priority: 1, deliveryMethod: 'kurier', unitId: tmp });
    await createRule(alfa, {
      name: 'Kurier do GK',
      priority: 2,
      deliveryMethod: 'kurier',
      unitId: alfa.units.GK,
    });
    expect((await registerLetter(alfa, { deliveryMethod: 'kurier' })).distribution).toMatchObject({
      byRule: { name: 'Do zespołu' },
    });
    await alfa.admin.request({
      method: 'PATCH',
      url: `/api/v1/org-units/${tmp}`,
      payload: { validTo: '2026-03-09' },
    });
    expect((await registerLetter(alfa, { deliveryMethod: 'kurier' })).distribution).toMatchObject({
      byRule: { name: 'Kurier do GK' },
    });
    await removeAll(alfa.admin);
  });
});
