import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import {
  decreed,
  distribute,
  distributedLetter,
  inbox,
  registerLetter,
  setUpOffice,
  type TestOffice,
} from './distribution.test-utils.js';

describe('distribution of incoming items to units', () => {
  let t: TestApp;
  let alfa: TestOffice;
  let beta: TestOffice;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    alfa = await setUpOffice(t, 'alfa');
    beta = await setUpOffice(t, 'beta');
  });
  afterAll(async () => t.close());

  test('the registry distributes an item to a leading unit and units for information, shown on the item', async () => {
    const item = await registerLetter(alfa);
    expect(item.distribution).toBeNull();
    const response = await distribute(alfa.staff.kancelaria.session, item.id, {
      unitId: alfa.units.GK,
      infoUnitIds: [alfa.units.FN, alfa.units.GK, alfa.units.FN],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      state: 'distributed',
      leadingUnit: { id: alfa.units.GK, symbol: 'GK' },
      infoUnits: [{ id: alfa.units.FN, symbol: 'FN' }],
      byRule: null,
      decree: null,
      distributedBy: alfa.staff.kancelaria.userId,
    });
    const shown = await alfa.staff.kancelaria.session.request({
      method: 'GET',
      url: `/api/v1/incoming/${item.id}`,
    });
    expect(shown.json().distribution).toMatchObject({ state: 'distributed', leadingUnit: { symbol: 'GK' } });
  });

  test('an officer reads only items decreed to them, a head the items of the unit, the registry all of them', async () => {
    const decreedToOfficer = await registerLetter(alfa);
    await distribute(alfa.staff.kancelaria.session, decreedToOfficer.id, { unitId: alfa.units.GK });
    await decreed(alfa.staff['kierownik.gk'].session, decreedToOfficer.id, {
      positionId: alfa.staff['referent.gk'].positionId,
    });
    const forFn = await registerLetter(alfa);
    await distribute(alfa.staff.kancelaria.session, forFn.id, { unitId: alfa.units.FN });
    const undistributed = await registerLetter(alfa);

    const officer = alfa.staff['referent.gk'].session;
    const get = (session: typeof officer, path: string) => session.request({ method: 'GET', url: path });
    const listed = async (session: typeof officer) =>
      (await get(session, '/api/v1/incoming?limit=200')).json().items.map((i: { id: string }) => i.id);

    expect(await listed(officer)).toContain(decreedToOfficer.id);
    expect(await listed(officer)).not.toContain(forFn.id);
    expect(await listed(officer)).not.toContain(undistributed.id);
    expect((await get(officer, `/api/v1/incoming/${decreedToOfficer.id}`)).statusCode).toBe(200);
    for (const path of [
      `/api/v1/incoming/${forFn.id}`,
      `/api/v1/incoming/${undistributed.id}/history`,
      `/api/v1/incoming/${forFn.id}/label.pdf`,
    ]) {
      expectProblem(await get(officer, path), {
        status: 404,
        code: 'correspondence.incoming_item_not_found',
      });
    }
    const csv = (await get(officer, '/api/v1/incoming/export?format=csv')).body;
    expect(csv).not.toContain(forFn.rpwNumber);

    const head = alfa.staff['kierownik.fn'].session;
    expect(await listed(head)).toContain(forFn.id);
    expect(await listed(head)).not.toContain(decreedToOfficer.id);
    expect(await listed(alfa.staff.kancelaria.session)).toEqual(
      expect.arrayContaining([decreedToOfficer.id, forFn.id, undistributed.id]),
    );
  });

  test('the RPW register filters by the unit an item is distributed to, as leading unit or for information', async () => {
    const item = await registerLetter(alfa);
    await distribute(alfa.staff.kancelaria.session, item.id, {
      unitId: alfa.units.GKD,
      infoUnitIds: [alfa.units.FN],
    });
    const other = await registerLetter(alfa);
    await distribute(alfa.staff.kancelaria.session, other.id, { unitId: alfa.units.GK });
    const ids = async (unitId: string) =>
      (
        await alfa.staff.kancelaria.session.request({
          method: 'GET',
          url: `/api/v1/incoming?unitId=${unitId}`,
        })
      )
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await ids(alfa.units.GKD)).toContain(item.id);
    expect(await ids(alfa.units.GKD)).not.toContain(other.id);
    expect(await ids(alfa.units.FN)).toContain(item.id);
    expect(await ids(alfa.units.GK)).toContain(other.id);
    expect(await ids(alfa.units.GK)).not.toContain(item.id);
    expect(await ids(beta.units.GKD)).toEqual([]);
  });

  test('reading an item is recorded in the metryka', async () => {
    const item = await registerLetter(alfa);
    await distribute(alfa.staff.kancelaria.session, item.id, { unitId: alfa.units.GK });
    await decreed(alfa.staff['kierownik.gk'].session, item.id, {
      positionId: alfa.staff['referent.gk'].positionId,
    });
    await alfa.staff['referent.gk'].session.request({ method: 'GET', url: `/api/v1/incoming/${item.id}` });
    const events = (
      await alfa.admin.request({
        method: 'GET',
        url: `/api/v1/audit?subjectId=${item.id}&action=correspondence.incoming_viewed`,
      })
    ).json();
    expect(events.items).toHaveLength(1);
    expect(events.items[0].actor.userId).toBe(alfa.staff['referent.gk'].userId);
  });

  test('an item already distributed is passed on only with a reason', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    expectProblem(await distribute(alfa.staff.kancelaria.session, itemId, { unitId: alfa.units.FN }), {
      status: 409,
      code: 'correspondence.already_distributed',
    });
    const passed = await distribute(alfa.staff.kancelaria.session, itemId, {
      unitId: alfa.units.FN,
      reason: 'Sprawa finansowa',
    });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json()).toMatchObject({ leadingUnit: { symbol: 'FN' }, reason: 'Sprawa finansowa' });
  });

  test('the head of the unit that received a wrong item passes it on; heads of other units may not', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    expectProblem(
      await distribute(alfa.staff['kierownik.fn'].session, itemId, {
        unitId: alfa.units.FN,
        reason: 'Nasze',
      }),
      { status: 403, code: 'correspondence.outside_distribution_scope' },
    );
    const passed = await distribute(alfa.staff['kierownik.gk'].session, itemId, {
      unitId: alfa.units.FN,
      reason: 'Nie nasza właściwość',
    });
    expect(passed.statusCode, passed.body).toBe(200);
    // Now in FN: the head of GK no longer reaches it.
    expectProblem(
      await distribute(alfa.staff['kierownik.gk'].session, itemId, {
        unitId: alfa.units.GK,
        reason: 'Wracam',
      }),
      { status: 403, code: 'correspondence.outside_distribution_scope' },
    );
  });

  test('only the registry distributes an item for the first time', async () => {
    const item = await registerLetter(alfa);
    expectProblem(await distribute(alfa.staff['kierownik.gk'].session, item.id, { unitId: alfa.units.GK }), {
      status: 403,
      code: 'correspondence.outside_distribution_scope',
    });
    expectProblem(await distribute(alfa.staff['referent.gk'].session, item.id, { unitId: alfa.units.GK }), {
      status: 403,
      code: 'auth.forbidden',
    });
    const bySecretary = await distribute(alfa.staff.sekretarz.session, item.id, { unitId: alfa.units.GK });
    expect(bySecretary.statusCode, bySecretary.body).toBe(200);
  });

  test('passing on to another unit ends the current decree; changing only the information units keeps it', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const first = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      positionId: alfa.staff['referent.gk'].positionId,
    });
    const infoOnly = await distribute(alfa.staff.kancelaria.session, itemId, {
      unitId: alfa.units.GK,
      infoUnitIds: [alfa.units.FN],
      reason: 'Do wiadomości FN',
    });
    expect(infoOnly.json()).toMatchObject({ state: 'decreed', decree: { id: first.id, status: 'pending' } });
    const passed = await distribute(alfa.staff.kancelaria.session, itemId, {
      unitId: alfa.units.FN,
      reason: 'Właściwy jest FN',
    });
    expect(passed.json()).toMatchObject({
      state: 'distributed',
      decree: null,
      leadingUnit: { symbol: 'FN' },
    });
    const mine = await inbox(alfa.staff['referent.gk'].session);
    expect(mine.items.some((i) => i.itemId === itemId)).toBe(false);
    const history = (
      await alfa.staff.kancelaria.session.request({
        method: 'GET',
        url: `/api/v1/incoming/${itemId}/history`,
      })
    ).json();
    expect(history.items.at(-1)).toMatchObject({
      action: 'correspondence.incoming_redistributed',
      reason: 'Właściwy jest FN',
      unit: { symbol: 'FN' },
    });
  });

  test('unknown, inactive or foreign units are refused with the field named; the same units again too', async () => {
    const item = await registerLetter(alfa);
    const unknown = expectProblem(
      await distribute(alfa.staff.kancelaria.session, item.id, {
        unitId: '0190a5e4-7b7c-7000-8000-000000000001',
        infoUnitIds: [beta.units.GK],
      }),
      { status: 422, code: 'correspondence.unknown_unit' },
    );
    expect(unknown.errors?.map((e) => e.path)).toEqual(['/unitId', '/infoUnitIds/0']);
    const closed = await alfa.admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'OLD', name: 'Zlikwidowany', validFrom: '2020-01-01', validTo: '2025-12-31' },
    });
    expectProblem(await distribute(alfa.staff.kancelaria.session, item.id, { unitId: closed.json().id }), {
      status: 422,
      code: 'correspondence.unknown_unit',
    });
    expectProblem(await distribute(alfa.staff.kancelaria.session, item.id, { unitId: 'not-a-uuid' }), {
      status: 400,
      code: 'validation.failed',
    });
    await distribute(alfa.staff.kancelaria.session, item.id, { unitId: alfa.units.GK });
    expectProblem(
      await distribute(alfa.staff.kancelaria.session, item.id, {
        unitId: alfa.units.GK,
        reason: 'Jeszcze raz',
      }),
      { status: 422, code: 'correspondence.distribution_unchanged' },
    );
  });

  test('a cancelled item is not distributed', async () => {
    const item = await registerLetter(alfa);
    await alfa.staff.kancelaria.session.request({
      method: 'POST',
      url: `/api/v1/incoming/${item.id}/cancel`,
      payload: { reason: 'Pomyłka' },
    });
    expectProblem(await distribute(alfa.staff.kancelaria.session, item.id, { unitId: alfa.units.GK }), {
      status: 409,
      code: 'correspondence.incoming_item_cancelled',
    });
  });

  test('the API documents the distribution, decree, rule and inbox endpoints', async () => {
    const paths = Object.keys((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/incoming/{id}/distribution',
        '/api/v1/incoming/{id}/decrees',
        '/api/v1/incoming/{id}/history',
        '/api/v1/decrees/{id}/accept',
        '/api/v1/decrees/{id}/return',
        '/api/v1/decrees/{id}/correct',
        '/api/v1/decrees/{id}/cancel',
        '/api/v1/distribution-rules',
        '/api/v1/distribution-rules/{id}',
        '/api/v1/inbox',
        '/api/v1/inbox/events',
      ]),
    );
  });

  test('another office can neither distribute nor see the item (404), nor its history', async () => {
    const item = await registerLetter(alfa);
    expectProblem(await distribute(beta.staff.kancelaria.session, item.id, { unitId: beta.units.GK }), {
      status: 404,
      code: 'correspondence.incoming_item_not_found',
    });
    expectProblem(
      await beta.staff.kancelaria.session.request({
        method: 'GET',
        url: `/api/v1/incoming/${item.id}/history`,
      }),
      { status: 404, code: 'correspondence.incoming_item_not_found' },
    );
  });
});
