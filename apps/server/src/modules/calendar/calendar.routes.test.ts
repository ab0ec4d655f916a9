import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CALENDAR_FIRST_YEAR, type WorkingDay } from '@obieg/contracts/calendar';
import {
  createOffice,
  createTestApp,
  expectProblem,
  login,
  markPasswordSet,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import {
  addCalendarDays,
  FIRST_SUPPORTED_YEAR,
  listPolishHolidays,
} from '../../shared/calendar/polish-holidays.js';

const URL = '/api/v1/calendar/working-days';

describe('the working-day calendar of an office', () => {
  let t: TestApp;
  let admin: Session;
  let clerk: Session;

  const days = async (from: string, to: string, session: Session = clerk) => {
    const response = await session.request({ method: 'GET', url: `${URL}?from=${from}&to=${to}` });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: WorkingDay[] }).items;
  };
  const day = async (date: string) => (await days(date, date))[0];
  const refused = async (query: string) =>
    expectProblem(await clerk.request({ method: 'GET', url: `${URL}?${query}` }), {
      status: 400,
      code: 'validation.failed',
    });

  beforeAll(async () => {
    t = await createTestApp();
    const office = await createOffice(t, { code: 'alfa' });
    admin = await login(t, { tenant: 'alfa' });
    // A user with no position and so no permission at all: the calendar is for everybody signed in.
    const user = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { login: 'nowy', displayName: 'Nowy Pracownik', password: TEST_PASSWORD },
    });
    expect(user.statusCode, user.body).toBe(201);
    await markPasswordSet(t, { tenantId: office.id, login: 'nowy' });
    clerk = await login(t, { tenant: 'alfa', login: 'nowy' });
  });
  afterAll(async () => t.close());

  test('Easter Monday 2026 (6 April) is a day off named as the calendar names it', async () => {
    const items = await days('2026-04-01', '2026-04-08');
    expect(items).toEqual([
      { date: '2026-04-01', working: true },
      { date: '2026-04-02', working: true },
      { date: '2026-04-03', working: true },
      { date: '2026-04-04', working: false },
      { date: '2026-04-05', working: false, holiday: 'Wielkanoc (pierwszy dzień)' },
      { date: '2026-04-06', working: false, holiday: 'Poniedziałek Wielkanocny' },
      { date: '2026-04-07', working: true },
      { date: '2026-04-08', working: true },
    ]);
  });

  test('24 December is a day off from 2025; on 24 December 2024, a Tuesday, offices worked', async () => {
    expect(await day('2025-12-24')).toEqual({
      date: '2025-12-24',
      working: false,
      holiday: 'Wigilia Bożego Narodzenia',
    });
    expect(await day('2024-12-24')).toEqual({ date: '2024-12-24', working: true });
  });

  test('Saturdays and Sundays are not working days and carry a name only when a holiday falls on them', async () => {
    const items = await days('2025-11-01', '2025-11-09');
    expect(items.filter((item) => !item.working)).toEqual([
      { date: '2025-11-01', working: false, holiday: 'Wszystkich Świętych' }, // a Saturday
      { date: '2025-11-02', working: false },
      { date: '2025-11-08', working: false },
      { date: '2025-11-09', working: false },
    ]);
    expect(items.filter((item) => item.working).map((item) => item.date)).toEqual([
      '2025-11-03',
      '2025-11-04',
      '2025-11-05',
      '2025-11-06',
      '2025-11-07',
    ]);
  });

  test('every day of the range appears exactly once and in order, across the turn of a year', async () => {
    const items = await days('2025-12-20', '2026-01-10');
    expect(items).toHaveLength(22);
    expect(items.map((item) => item.date)).toEqual(
      Array.from({ length: 22 }, (_, offset) => addCalendarDays({ date: '2025-12-20', days: offset })),
    );
    expect(items.filter((item) => item.holiday).map((item) => item.date)).toEqual([
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
      '2026-01-01',
      '2026-01-06',
    ]);
    expect(await days('2026-03-10', '2026-03-10')).toEqual([{ date: '2026-03-10', working: true }]);
  });

  test('a whole leap year (366 days) is one request, with every holiday of the year', async () => {
    const items = await days('2028-01-01', '2028-12-31');
    expect(items).toHaveLength(366);
    expect(new Set(items.map((item) => item.date)).size).toBe(366);
    expect(items.some((item) => item.date === '2028-02-29')).toBe(true);
    expect(
      items.filter((item) => item.holiday).map(({ date, holiday }) => ({ date, name: holiday })),
    ).toEqual(listPolishHolidays(2028).map(({ date, name }) => ({ date, name })));
  });

  test('a range ending before it starts is refused at /to', async () => {
    const body = await refused('from=2026-04-10&to=2026-04-09');
    expect(body.errors).toEqual([expect.objectContaining({ path: '/to' })]);
  });

  test('a range of more than 366 days is refused; 366 days are accepted', async () => {
    const body = await refused('from=2026-01-01&to=2027-01-02');
    expect(body.errors).toEqual([expect.objectContaining({ path: '/to' })]);
    expect(await days('2025-01-01', '2026-01-01')).toHaveLength(366);
  });

  test('a date that is not a real YYYY-MM-DD calendar date is refused at its field', async () => {
    for (const [query, path] of [
      ['from=2026-02-30&to=2026-03-05', '/from'],
      ['from=2026-02-01&to=abc', '/to'],
      ['from=2026-4-6&to=2026-04-10', '/from'],
      ['from=2025-02-29&to=2025-03-01', '/from'],
      ['from=2026-04-01', '/to'],
    ] as const) {
      const body = await refused(query);
      expect(
        body.errors?.map((error) => error.path),
        query,
      ).toEqual([path]);
    }
  });

  test('years before 1990, which the holiday calendar does not describe, are refused with 400', async () => {
    expect(CALENDAR_FIRST_YEAR).toBe(FIRST_SUPPORTED_YEAR);
    const body = await refused('from=1989-12-31&to=1990-01-02');
    expect(body.errors).toEqual([expect.objectContaining({ path: '/from' })]);
    await refused('from=0001-01-01&to=0001-01-02');
    expect(await day('1990-01-01')).toEqual({ date: '1990-01-01', working: false, holiday: 'Nowy Rok' });
  });

  test('an API token of the office may read the calendar too', async () => {
    const issued = await admin.request({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'Terminarz', serviceAccountLogin: 'terminarz', permissions: ['organization:read'] },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const response = await t.app.inject({
      method: 'GET',
      url: `${URL}?from=2026-04-06&to=2026-04-06`,
      headers: { authorization: `Bearer ${issued.json().token}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([
      { date: '2026-04-06', working: false, holiday: 'Poniedziałek Wielkanocny' },
    ]);
  });

  test('without a session the calendar is a 401, before the query is validated', async () => {
    for (const query of ['from=2026-04-01&to=2026-04-30', 'from=abc']) {
      expectProblem(await t.app.inject({ method: 'GET', url: `${URL}?${query}` }), {
        status: 401,
        code: 'auth.unauthenticated',
      });
    }
    const forged = await t.app.inject({
      method: 'GET',
      url: `${URL}?from=2026-04-01&to=2026-04-30`,
      headers: { cookie: 'obieg_session=forged.secret' },
    });
    expectProblem(forged, { status: 401, code: 'auth.unauthenticated' });
  });
});
