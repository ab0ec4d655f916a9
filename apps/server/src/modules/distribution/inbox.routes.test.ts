import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, login, type TestApp } from '../../app/server.test-utils.js';
import {
  decreeAction,
  decreed,
  distributedLetter,
  inbox,
  setUpOffice,
  type TestOffice,
} from './distribution.test-utils.js';

describe('inboxes', () => {
  let t: TestApp;
  let alfa: TestOffice;
  let beta: TestOffice;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    alfa = await setUpOffice(t, 'alfa');
    beta = await setUpOffice(t, 'beta');
  });
  afterAll(async () => t.close());

  test('a distributed item is new in the inbox of its unit, of its parent unit’s head and of the registry', async () => {
    const before = await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit');
    const itemId = await distributedLetter(alfa, 'GKD');
    const head = await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit');
    expect(head.counts.new).toBe(before.counts.new + 1);
    expect(head.items[0]).toMatchObject({ itemId, state: 'distributed', unitRole: 'leading' });
    const onlyNew = await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&state=new');
    expect(onlyNew.items.map((i) => i.itemId)).toContain(itemId);
    expect(
      (await inbox(alfa.staff.kancelaria.session, 'scope=unit&state=new')).items.map((i) => i.itemId),
    ).toContain(itemId);
    expect(
      (await inbox(alfa.staff['kierownik.fn'].session, 'scope=unit')).items.map((i) => i.itemId),
    ).not.toContain(itemId);
  });

  test('a decree is new for the officer until accepted; the unit sees it decreed, then accepted', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const issued = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
    });
    const officer = await inbox(alfa.staff['referent.gk'].session);
    expect(officer.items.find((i) => i.itemId === itemId)).toMatchObject({
      state: 'decreed',
      decree: { id: issued.id },
    });
    expect(
      (await inbox(alfa.staff['referent.gk'].session, 'state=new')).items.map((i) => i.itemId),
    ).toContain(itemId);
    const unit = await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&state=decreed');
    expect(unit.items.map((i) => i.itemId)).toContain(itemId);
    const counts = (await inbox(alfa.staff['referent.gk'].session)).counts;
    await decreeAction(alfa.staff['referent.gk'].session, issued.id, 'accept');
    const after = await inbox(alfa.staff['referent.gk'].session);
    expect(after.counts).toMatchObject({ new: counts.new - 1, accepted: counts.accepted + 1 });
    expect(
      (await inbox(alfa.staff['referent.gk'].session, 'state=accepted')).items.map((i) => i.itemId),
    ).toContain(itemId);
    expect(
      (await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&state=accepted')).items.map(
        (i) => i.itemId,
      ),
    ).toContain(itemId);
  });

  test('a returned decree is in its author’s inbox and the unit’s as returned, and leaves the officer’s', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const issued = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent2.gk'].userId,
    });
    await decreeAction(alfa.staff['referent2.gk'].session, issued.id, 'return', { reason: 'Urlop' });
    const author = await inbox(alfa.staff['kierownik.gk'].session, 'scope=me&state=returned');
    expect(author.items.find((i) => i.itemId === itemId)).toMatchObject({ state: 'returned' });
    expect(
      (await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&state=returned')).items.map(
        (i) => i.itemId,
      ),
    ).toContain(itemId);
    expect((await inbox(alfa.staff['referent2.gk'].session)).items.map((i) => i.itemId)).not.toContain(
      itemId,
    );
  });

  test('units that received an item for information see it as info', async () => {
    const itemId = await distributedLetter(alfa, 'GK', [alfa.units.FN]);
    const fn = await inbox(alfa.staff['kierownik.fn'].session, 'scope=unit&state=info');
    expect(fn.items.find((i) => i.itemId === itemId)).toMatchObject({
      unitRole: 'info',
      state: 'distributed',
    });
    expect(
      (await inbox(alfa.staff['kierownik.fn'].session, 'scope=unit')).counts.info,
    ).toBeGreaterThanOrEqual(1);
    expect(
      (await inbox(alfa.staff['kierownik.fn'].session, 'scope=unit&state=new')).items.map((i) => i.itemId),
    ).not.toContain(itemId);
  });

  test('a substitute acting in the absent officer’s position sees that officer’s inbox', async () => {
    const itemId = await distributedLetter(alfa, 'FN');
    await decreed(alfa.staff['kierownik.fn'].session, itemId, { userId: alfa.staff['referent.fn'].userId });
    await alfa.admin.request({
      method: 'POST',
      url: '/api/v1/substitutions',
      payload: {
        absentUserId: alfa.staff['referent.fn'].userId,
        substituteUserId: alfa.staff['referent.gkd'].userId,
        validFrom: '2026-03-10',
        validTo: '2026-03-12',
      },
    });
    const substitute = await login(t, { tenant: 'alfa', login: 'referent.gkd' });
    expect((await inbox(substitute)).items.map((i) => i.itemId)).not.toContain(itemId);
    await substitute.request({
      method: 'POST',
      url: '/api/v1/auth/position',
      payload: { positionId: alfa.staff['referent.fn'].positionId },
    });
    expect((await inbox(substitute)).items.map((i) => i.itemId)).toContain(itemId);
  });

  test('pages follow a cursor in a stable order', async () => {
    for (let i = 0; i < 3; i += 1) await distributedLetter(alfa, 'GK');
    const all = await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&limit=200');
    const first = await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&limit=2');
    expect(first.nextCursor).toBe('2');
    const second = await inbox(
      alfa.staff['kierownik.gk'].session,
      `scope=unit&limit=2&cursor=${first.nextCursor}`,
    );
    expect([...first.items, ...second.items].map((i) => i.itemId)).toEqual(
      all.items.slice(0, 4).map((i) => i.itemId),
    );
  });

  test('an officer has no unit inbox; another office sees none of these items; cancelled items leave', async () => {
    expectProblem(
      await alfa.staff['referent.gk'].session.request({ method: 'GET', url: '/api/v1/inbox?scope=unit' }),
      {
        status: 403,
        code: 'auth.forbidden',
      },
    );
    expectProblem(await alfa.admin.request({ method: 'GET', url: '/api/v1/inbox' }), {
      status: 403,
      code: 'auth.forbidden',
    });
    expectProblem(
      await alfa.staff['referent.gk'].session.request({ method: 'GET', url: '/api/v1/inbox?state=later' }),
      {
        status: 400,
        code: 'validation.failed',
      },
    );
    const registry = await inbox(beta.staff.kancelaria.session, 'scope=unit');
    expect(registry.items).toHaveLength(0);
    expect(Object.values(registry.counts).every((n) => n === 0)).toBe(true);
    const itemId = await distributedLetter(alfa, 'GK');
    await alfa.staff.kancelaria.session.request({
      method: 'POST',
      url: `/api/v1/incoming/${itemId}/cancel`,
      payload: { reason: 'Pomyłka' },
    });
    expect(
      (await inbox(alfa.staff['kierownik.gk'].session, 'scope=unit&limit=200')).items.map((i) => i.itemId),
    ).not.toContain(itemId);
  });

  test('decrees past their deadline are overdue', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
      deadline: '2026-03-12',
    });
    expect(
      (await inbox(alfa.staff['referent.gk'].session, 'state=overdue')).items.map((i) => i.itemId),
    ).not.toContain(itemId);
    t.clock.advance(3 * 24 * 3600 * 1000); // 13 March (sessions have expired meanwhile)
    const officer = await login(t, { tenant: 'alfa', login: 'referent.gk' });
    const head = await login(t, { tenant: 'alfa', login: 'kierownik.gk' });
    const overdue = await inbox(officer, 'state=overdue');
    expect(overdue.items.find((i) => i.itemId === itemId)).toMatchObject({ overdue: true });
    expect(overdue.counts.overdue).toBeGreaterThanOrEqual(1);
    expect((await inbox(head, 'scope=unit&state=overdue')).items.map((i) => i.itemId)).toContain(itemId);
  });
});
