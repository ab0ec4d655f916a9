import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import {
  decreeAction,
  decreed,
  distribute,
  registerLetter,
  setUpOffice,
  type TestOffice,
} from './distribution.test-utils.js';

describe('history of an incoming item', () => {
  let t: TestApp;
  let alfa: TestOffice;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    alfa = await setUpOffice(t, 'alfa');
  });
  afterAll(async () => t.close());

  test('tells the whole story in order, each step with its time, actor and position', async () => {
    const { kancelaria, sekretarz } = alfa.staff;
    const head = alfa.staff['kierownik.gk'];
    const officer = alfa.staff['referent.gk'];
    const other = alfa.staff['referent2.gk'];
    const item = await registerLetter(alfa, { title: 'Wniosek' });
    await kancelaria.session.request({
      method: 'PATCH',
      url: `/api/v1/incoming/${item.id}`,
      payload: { reason: 'Literówka', version: 1, title: 'Wniosek o zaświadczenie' },
    });
    await distribute(kancelaria.session, item.id, { unitId: alfa.units.FN });
    await distribute(kancelaria.session, item.id, {
      unitId: alfa.units.GK,
      infoUnitIds: [alfa.units.FN],
      reason: 'Właściwy jest GK',
    });
    const toHead = await decreed(sekretarz.session, item.id, {
      userId: head.userId,
      instruction: 'Proszę o odpowiedź',
      deadline: '2026-03-24',
    });
    await decreeAction(head.session, toHead.id, 'accept');
    const toOfficer = await decreed(head.session, item.id, {
      userId: officer.userId,
      instruction: 'Projekt do 20.03',
      deadline: '2026-03-20',
    });
    await decreeAction(officer.session, toOfficer.id, 'return', { reason: 'Nieobecność' });
    const toOther = await decreed(head.session, item.id, { userId: other.userId });
    await decreeAction(head.session, toOther.id, 'correct', { reason: 'Termin', deadline: '2026-03-18' });
    await kancelaria.session.request({ method: 'GET', url: `/api/v1/incoming/${item.id}` }); // a read: not history

    const response = await kancelaria.session.request({
      method: 'GET',
      url: `/api/v1/incoming/${item.id}/history`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const history = response.json().items as {
      seq: number;
      at: string;
      action: string;
      actor: { userId: string; positionTitle: string; displayName: string };
      [key: string]: unknown;
    }[];
    expect(history.map((e) => e.action)).toEqual([
      'correspondence.incoming_registered',
      'correspondence.incoming_corrected',
      'correspondence.incoming_distributed',
      'correspondence.incoming_redistributed',
      'correspondence.decree_issued',
      'correspondence.decree_accepted',
      'correspondence.decree_issued',
      'correspondence.decree_returned',
      'correspondence.decree_issued',
      'correspondence.decree_corrected',
    ]);
    expect(history.map((e) => e.seq)).toEqual([...history.map((e) => e.seq)].sort((a, b) => a - b));
    expect(history[0]!.actor).toMatchObject({
      userId: kancelaria.userId,
      displayName: 'Pracownik kancelaria',
      positionTitle: 'Stanowisko kancelaria',
    });
    expect(history[1]).toMatchObject({
      reason: 'Literówka',
      changes: { title: { to: 'Wniosek o zaświadczenie' } },
    });
    expect(history[3]).toMatchObject({
      reason: 'Właściwy jest GK',
      unit: { symbol: 'GK' },
      infoUnits: [{ symbol: 'FN' }],
    });
    expect(history[4]).toMatchObject({
      actor: { userId: sekretarz.userId, positionTitle: 'Stanowisko sekretarz' },
      assignee: { userId: head.userId, positionTitle: 'Stanowisko kierownik.gk' },
      instruction: 'Proszę o odpowiedź',
      deadline: '2026-03-24',
      decreeId: toHead.id,
    });
    expect(history[5]).toMatchObject({ actor: { userId: head.userId }, decreeId: toHead.id });
    expect(history[6]).toMatchObject({ instruction: 'Projekt do 20.03', deadline: '2026-03-20' });
    expect(history[7]).toMatchObject({ actor: { userId: officer.userId }, reason: 'Nieobecność' });
    expect(history[9]).toMatchObject({
      reason: 'Termin',
      deadline: '2026-03-18',
      changes: { deadline: { from: null, to: '2026-03-18' } },
    });
  });

  test('an unknown item has no history', async () => {
    expectProblem(
      await alfa.staff.kancelaria.session.request({
        method: 'GET',
        url: '/api/v1/incoming/0190a5e4-7b7c-7000-8000-000000000001/history',
      }),
      { status: 404, code: 'correspondence.incoming_item_not_found' },
    );
  });
});
