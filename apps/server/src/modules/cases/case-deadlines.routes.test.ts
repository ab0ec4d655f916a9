import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import type { TestOffice } from '../distribution/distribution.test-utils.js';
import { caseAction, moveClock, openedCase, setUpCaseOffice } from './cases.test-utils.js';

let t: TestApp;
let office: TestOffice;
const CODE = 'terminy';

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, CODE);
});
afterAll(async () => t.close());

type DashboardItem = {
  id: string;
  sign: string;
  deadline: { state: string; dueDate: string | null } | null;
  workingDaysLeft: number | null;
  reminder: number | null;
  noticeProposed: boolean;
};
const dashboard = async (login: keyof TestOffice['staff'], query = 'scope=me') => {
  const response = await office.staff[login].session.request({
    method: 'GET',
    url: `/api/v1/cases/deadlines?${query}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { counts: Record<string, number>; items: DashboardItem[] };
};
const gk = () => ({ unitId: office.units.GK, jrwaSymbol: '6000' });

describe('the deadline dashboard', () => {
  test('lists an officer’s cases with a term, overdue first, with the reminder reached and an art. 36 notice proposed', async () => {
    const officer = () => office.staff['referent.gk'].session;
    const week = await openedCase(officer(), {
      ...gk(),
      title: 'Zaświadczenie',
      deadline: { kind: 'days', days: 7 },
    });
    const month = await openedCase(officer(), {
      ...gk(),
      title: 'Zezwolenie',
      deadline: { kind: '1_month' },
    });
    const paused = await openedCase(officer(), {
      ...gk(),
      title: 'Uzgodnienie',
      deadline: { kind: '1_month' },
    });
    await openedCase(officer(), { ...gk(), title: 'Bez terminu' });
    expect((await caseAction(officer(), paused.id, 'suspend', { reason: 'Zawieszenie' })).statusCode).toBe(
      200,
    );

    const now = await dashboard('referent.gk');
    expect(now.items.map((i) => i.id)).toEqual([week.id, month.id, paused.id]);
    // Due Tuesday 17 March: 5 working days after Tuesday 10 March.
    expect(now.items[0]).toMatchObject({
      deadline: { state: 'due_soon', dueDate: '2026-03-17' },
      workingDaysLeft: 5,
      reminder: 7,
      noticeProposed: true,
    });
    expect(now.items[1]).toMatchObject({ deadline: { state: 'ok' }, reminder: null, noticeProposed: false });
    expect(now.items[2]).toMatchObject({
      deadline: { state: 'suspended', dueDate: null },
      workingDaysLeft: null,
    });
    expect(now.counts).toEqual({ overdue: 0, dueSoon: 1, suspended: 1, ok: 1 });

    await moveClock(t, office, CODE, '2026-03-16T09:00:00+01:00');
    expect((await dashboard('referent.gk')).items[0]).toMatchObject({ workingDaysLeft: 1, reminder: 1 });
    await moveClock(t, office, CODE, '2026-03-18T09:00:00+01:00');
    const late = await dashboard('referent.gk');
    expect(late.items[0]).toMatchObject({ id: week.id, deadline: { state: 'overdue' }, workingDaysLeft: -1 });
    expect(late.counts.overdue).toBe(1);

    // The notice of delay sets a new date; the case is no longer overdue.
    const notice = await caseAction(office.staff['referent.gk'].session, week.id, 'delay-notice', {
      newDate: '2026-04-15',
      reason: 'Oczekiwanie na opinię zarządcy drogi',
    });
    expect(notice.statusCode, notice.body).toBe(200);
    expect(notice.json().deadline).toMatchObject({ kind: 'date', dueDate: '2026-04-15', state: 'ok' });
    expectProblem(
      await caseAction(office.staff['referent.gk'].session, week.id, 'delay-notice', {
        newDate: '2026-03-01',
        reason: 'Wstecz',
      }),
      { status: 422, code: 'cases.invalid_period' },
    );
    const history = (
      await office.staff['referent.gk'].session.request({
        method: 'GET',
        url: `/api/v1/cases/${week.id}/history`,
      })
    ).json();
    expect(history.items.at(-1)).toMatchObject({
      action: 'cases.delay_notified',
      description:
        'Zawiadomienie o zwłoce (art. 36 KPA), nowy termin 2026-04-15: Oczekiwanie na opinię zarządcy drogi',
    });
    await moveClock(t, office, CODE, '2026-03-10T09:00:00+01:00');
  });

  test('the head sees the unit’s and sub-units’ cases; an officer has no unit view and the office view needs an office-wide grant', async () => {
    const gkd = await openedCase(office.staff['referent.gkd'].session, {
      unitId: office.units.GKD,
      jrwaSymbol: '6000',
      title: 'Zjazd z drogi',
      deadline: { kind: '2_months' },
    });
    const fn = await openedCase(office.staff['referent.fn'].session, {
      unitId: office.units.FN,
      jrwaSymbol: '3100',
      title: 'Wymiar podatku',
      deadline: { kind: '1_month' },
    });
    const unit = (await dashboard('kierownik.gk', 'scope=unit')).items.map((i) => i.id);
    expect(unit).toContain(gkd.id);
    expect(unit).not.toContain(fn.id);
    const onlyGkd = (await dashboard('kierownik.gk', `scope=unit&unitId=${office.units.GKD}`)).items;
    expect(onlyGkd.map((i) => i.id)).toEqual([gkd.id]);
    const office_ = (await dashboard('sekretarz', 'scope=office')).items.map((i) => i.id);
    expect(office_).toEqual(expect.arrayContaining([gkd.id, fn.id]));
    for (const [login, query] of [
      ['referent.gk', 'scope=unit'],
      ['kierownik.gk', 'scope=office'],
    ] as const)
      expectProblem(
        await office.staff[login].session.request({ method: 'GET', url: `/api/v1/cases/deadlines?${query}` }),
        { status: 403, code: 'cases.outside_scope' },
      );
  });
});
