import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import { registerLetter, type TestOffice } from '../distribution/distribution.test-utils.js';
import {
  acceptedLetter,
  caseAction,
  moveClock,
  openCase,
  openedCase,
  setUpCaseOffice,
  type CaseBody,
} from './cases.test-utils.js';

let t: TestApp;
let office: TestOffice;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'sprawy');
});
afterAll(async () => t.close());

const referent = () => office.staff['referent.gk'].session;
const base = () => ({ unitId: office.units.GK, jrwaSymbol: '6000', title: 'Zajęcie pasa drogowego' });
const get = async (id: string, session = referent()) => {
  const response = await session.request({ method: 'GET', url: `/api/v1/cases/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CaseBody;
};

describe('opening cases', () => {
  test('cases are numbered per unit, class and year: the znak is unit.class.n.year', async () => {
    const first = await openedCase(referent(), base());
    const second = await openedCase(referent(), base());
    const otherClass = await openedCase(referent(), { ...base(), jrwaSymbol: '6001' });
    const otherUnit = await openedCase(office.staff['referent.gkd'].session, {
      ...base(),
      unitId: office.units.GKD,
    });
    expect([first.sign, second.sign, otherClass.sign, otherUnit.sign]).toEqual([
      'GK.6000.1.2026',
      'GK.6000.2.2026',
      'GK.6001.1.2026',
      'GKD.6000.1.2026',
    ]);
    expect(first).toMatchObject({ status: 'open', number: 1, year: 2026, deadline: null, version: 1 });
  });

  test('twenty officers opening at once get twenty different numbers with no gap, and a refused opening takes none', async () => {
    const session = office.staff['kierownik.fn'].session;
    const refused = await openCase(session, {
      unitId: office.units.FN,
      jrwaSymbol: '3101',
      title: 'Ulga',
      partyContactIds: ['0190a5e4-7b7c-7000-8000-000000000000'],
    });
    expectProblem(refused, { status: 422, code: 'cases.unknown_party' });
    const opened = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        openedCase(session, { unitId: office.units.FN, jrwaSymbol: '3101', title: `Ulga ${i}` }),
      ),
    );
    expect(opened.map((c) => c.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(new Set(opened.map((c) => c.sign)).size).toBe(20);
  });

  test('only an end class of the unit’s JRWA extract can hold a case', async () => {
    expectProblem(await openCase(referent(), { ...base(), jrwaSymbol: '600' }), {
      status: 422,
      code: 'cases.class_not_final',
    });
    expectProblem(await openCase(referent(), { ...base(), jrwaSymbol: '3100' }), {
      status: 422,
      code: 'cases.class_outside_extract',
    });
    expectProblem(await openCase(referent(), { ...base(), jrwaSymbol: '9999' }), {
      status: 422,
      code: 'cases.unknown_class',
    });
    expectProblem(await openCase(referent(), { ...base(), jrwaSymbol: '60.0' }), {
      status: 400,
      code: 'validation.failed',
    });
  });

  test('an officer opens cases only in their own unit; another unit’s officer is refused', async () => {
    expectProblem(await openCase(office.staff['referent.fn'].session, base()), {
      status: 403,
      code: 'cases.outside_scope',
    });
  });

  test('a case opened from an incoming item starts its term on the day of receipt, with the senders as parties and the item as its first document', async () => {
    const unseen = await registerLetter(office);
    expectProblem(await openCase(referent(), { ...base(), initiatingIncomingId: unseen.id }), {
      status: 422,
      code: 'cases.unknown_incoming',
    });
    const itemId = await acceptedLetter(office);
    const item = (await referent().request({ method: 'GET', url: `/api/v1/incoming/${itemId}` })).json();
    const opened = await openedCase(referent(), {
      ...base(),
      initiatingIncomingId: item.id,
      deadline: { kind: '1_month' },
    });
    expect(opened.initiatingIncoming).toMatchObject({
      id: item.id,
      rpwNumber: item.rpwNumber,
      receivedAt: '2026-03-10',
    });
    expect(opened.parties.map((p) => p.contactId)).toEqual(
      item.senders.map((s: { contactId: string }) => s.contactId),
    );
    // 10 March + 1 month = 10 April 2026, a Friday.
    expect(opened.deadline).toMatchObject({
      kind: '1_month',
      startDate: '2026-03-10',
      dueDate: '2026-04-10',
      state: 'ok',
    });
    const inItem = (
      await referent().request({ method: 'GET', url: `/api/v1/cases?incomingId=${item.id}` })
    ).json().items;
    expect(inItem.map((c: { id: string }) => c.id)).toEqual([opened.id]);
    const documents = (
      await referent().request({ method: 'GET', url: `/api/v1/cases/${opened.id}/documents` })
    ).json().items;
    expect(documents).toEqual([
      expect.objectContaining({
        ordinal: 1,
        kind: 'incoming',
        incoming: { id: item.id, rpwNumber: item.rpwNumber },
      }),
    ]);
  });

  test('an own-initiative case with a term in days ending on a holiday is due on the next working day', async () => {
    // From 10 March 2026: 27 days → Monday 6 April (Easter Monday) → Tuesday 7 April.
    const opened = await openedCase(referent(), { ...base(), deadline: { kind: 'days', days: 27 } });
    expect(opened.deadline).toMatchObject({
      startDate: '2026-03-10',
      nominalEnd: '2026-04-06',
      dueDate: '2026-04-07',
    });
    expectProblem(await openCase(referent(), { ...base(), deadline: { kind: 'days' } }), {
      status: 400,
      code: 'validation.failed',
    });
  });

  test('a sub-case is numbered within its group: unit.class.group.sub.year', async () => {
    const group = await openedCase(referent(), { ...base(), title: 'Przebudowa ulicy — grupa' });
    const sub1 = await openedCase(referent(), { ...base(), title: 'Odcinek 1', groupCaseId: group.id });
    const sub2 = await openedCase(referent(), { ...base(), title: 'Odcinek 2', groupCaseId: group.id });
    expect([sub1.sign, sub2.sign]).toEqual([
      `GK.6000.${group.number}.1.2026`,
      `GK.6000.${group.number}.2.2026`,
    ]);
    expectProblem(await openCase(referent(), { ...base(), jrwaSymbol: '6001', groupCaseId: group.id }), {
      status: 422,
      code: 'cases.unknown_group_case',
    });
    // The group has unfinished work while a sub-case is open.
    expectProblem(await caseAction(referent(), group.id, 'close', { settlement: 'letter' }), {
      status: 409,
      code: 'cases.unfinished_work',
    });
    const forced = await caseAction(referent(), group.id, 'close', { settlement: 'letter', force: true });
    expect(forced.statusCode, forced.body).toBe(200);
  });
});

describe('the case file', () => {
  test('incoming items, notes and files are kept in order with who added them; an item is in a case only once', async () => {
    const opened = await openedCase(referent(), base());
    const item = { id: await acceptedLetter(office) };
    const add = (payload: object) =>
      referent().request({ method: 'POST', url: `/api/v1/cases/${opened.id}/documents`, payload });
    expect((await add({ kind: 'incoming', incomingId: item.id })).statusCode).toBe(201);
    expectProblem(await add({ kind: 'incoming', incomingId: item.id }), {
      status: 409,
      code: 'cases.incoming_already_in_case',
    });
    const note = await add({
      kind: 'note',
      title: 'Rozmowa telefoniczna z wnioskodawcą',
      content: 'Ustalono termin <b>oględzin</b>.',
    });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json()).toMatchObject({
      ordinal: 2,
      kind: 'note',
      documentKind: 'notatka służbowa',
      content: 'Ustalono termin <b>oględzin</b>.',
      format: 'text/plain',
      addedBy: { userId: office.staff['referent.gk'].userId, displayName: 'Pracownik referent.gk' },
    });
    expect(note.json().documentId).toMatch(/^OBG-SPRAWY-2026-[0-9a-f]{32}$/);
    expectProblem(
      await add({ kind: 'file', fileId: '0190a5e4-7b7c-7000-8000-000000000000', title: 'Mapa' }),
      {
        status: 422,
        code: 'cases.unknown_file',
      },
    );
    const list = (
      await referent().request({ method: 'GET', url: `/api/v1/cases/${opened.id}/documents` })
    ).json();
    expect(list.items.map((d: { ordinal: number; kind: string }) => [d.ordinal, d.kind])).toEqual([
      [1, 'incoming'],
      [2, 'note'],
    ]);
  });

  test('a closed case changes no more: documents and metadata answer 409 until it is reopened with a reason', async () => {
    const opened = await openedCase(referent(), { ...base(), deadline: { kind: '1_month' } });
    const closed = await caseAction(referent(), opened.id, 'close', {
      settlement: 'oral_memo',
      note: 'Wyjaśniono ustnie',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      settlement: 'oral_memo',
      settledOn: '2026-03-10',
    });
    expect(closed.json().deadline).toMatchObject({ state: 'none' });
    const addNote = () =>
      referent().request({
        method: 'POST',
        url: `/api/v1/cases/${opened.id}/documents`,
        payload: { kind: 'note', title: 'Późna notatka', content: 'Treść' },
      });
    expectProblem(await addNote(), { status: 409, code: 'cases.closed' });
    expectProblem(
      await referent().request({
        method: 'PATCH',
        url: `/api/v1/cases/${opened.id}`,
        payload: { version: closed.json().version, title: 'Nowy tytuł' },
      }),
      { status: 409, code: 'cases.closed' },
    );
    expectProblem(await caseAction(referent(), opened.id, 'close', { settlement: 'letter' }), {
      status: 409,
      code: 'cases.closed',
    });
    const reopened = await caseAction(referent(), opened.id, 'reopen', {
      reason: 'Strona wniosła o uzupełnienie',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', settlement: null, settledOn: null });
    expect((await addNote()).statusCode).toBe(201);
  });

  test('the metryka lists every action in order with the person, their position and the document', async () => {
    const opened = await openedCase(referent(), {
      ...base(),
      initiatingIncomingId: await acceptedLetter(office),
    });
    await referent().request({
      method: 'POST',
      url: `/api/v1/cases/${opened.id}/documents`,
      payload: { kind: 'note', title: 'Notatka z oględzin', content: 'Pas drogowy zajęty bez zezwolenia.' },
    });
    await get(opened.id); // a view is audited but is not an action in the case
    await caseAction(referent(), opened.id, 'close', { settlement: 'decision' });
    const history = (
      await referent().request({ method: 'GET', url: `/api/v1/cases/${opened.id}/history` })
    ).json();
    expect(history.case).toMatchObject({ id: opened.id, sign: opened.sign });
    expect(
      history.items.map((e: { ordinal: number; action: string; documentId: string | null }) => [
        e.ordinal,
        e.action,
        e.documentId === null ? null : 'doc',
      ]),
    ).toEqual([
      [1, 'cases.opened', null],
      [2, 'cases.incoming_attached', 'doc'],
      [3, 'cases.document_added', 'doc'],
      [4, 'cases.closed', null],
    ]);
    expect(history.items[0].actor).toMatchObject({
      userId: office.staff['referent.gk'].userId,
      displayName: 'Pracownik referent.gk',
    });
    expect(history.items[0].actor.positionTitle).toEqual(expect.any(String));
    expect(history.items[3].description).toBe(
      'Zakończenie sprawy decyzją, data ostatecznego załatwienia 2026-03-10',
    );
  });
});

describe('KPA deadlines', () => {
  test('suspension stops the clock and resumption extends the term by the days it lasted', async () => {
    await moveClock(t, office, 'sprawy', '2026-03-10T09:00:00+01:00');
    const opened = await openedCase(referent(), { ...base(), deadline: { kind: '1_month' } });
    expect(opened.deadline?.dueDate).toBe('2026-04-10');
    await moveClock(t, office, 'sprawy', '2026-03-16T10:00:00+01:00');
    const suspended = await caseAction(referent(), opened.id, 'suspend', {
      reason: 'Postanowienie o zawieszeniu',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json()).toMatchObject({ status: 'suspended' });
    expect(suspended.json().deadline).toMatchObject({ dueDate: null, state: 'suspended' });
    expectProblem(await caseAction(referent(), opened.id, 'suspend', { reason: 'Again' }), {
      status: 409,
      code: 'cases.suspended',
    });
    await moveClock(t, office, 'sprawy', '2026-03-26T10:00:00+01:00');
    const resumed = await caseAction(referent(), opened.id, 'resume');
    expect(resumed.statusCode, resumed.body).toBe(200);
    // Suspended 16–25 March: 10 days not counted; 10 April + 10 days = Monday 20 April.
    expect(resumed.json().deadline).toMatchObject({
      dueDate: '2026-04-20',
      notCountedDays: 10,
      state: 'ok',
      periods: [expect.objectContaining({ kind: 'suspension', from: '2026-03-16', to: '2026-03-25' })],
    });
    expectProblem(await caseAction(referent(), opened.id, 'resume'), {
      status: 409,
      code: 'cases.not_suspended',
    });
    const delayed = await caseAction(referent(), opened.id, 'not-counted-periods', {
      kind: 'party_delay',
      from: '2026-03-27',
      to: '2026-03-31',
      reason: 'Strona nie stawiła się na oględziny',
    });
    expect(delayed.statusCode, delayed.body).toBe(200);
    // Five more days: Saturday 25 April → Monday 27 April.
    expect(delayed.json().deadline).toMatchObject({ notCountedDays: 15, dueDate: '2026-04-27' });
    expectProblem(
      await caseAction(referent(), opened.id, 'not-counted-periods', {
        kind: 'party_delay',
        from: '2026-03-31',
        to: '2026-03-27',
        reason: 'Odwrotnie',
      }),
      { status: 422, code: 'cases.invalid_period' },
    );
    await moveClock(t, office, 'sprawy', '2026-03-10T09:00:00+01:00');
  });

  test('a case whose term passed shows as overdue, and one due within 7 working days as due soon', async () => {
    await moveClock(t, office, 'sprawy', '2026-03-10T09:00:00+01:00');
    const opened = await openedCase(referent(), { ...base(), deadline: { kind: 'days', days: 7 } });
    expect(opened.deadline).toMatchObject({ dueDate: '2026-03-17', state: 'due_soon' });
    await moveClock(t, office, 'sprawy', '2026-03-18T09:00:00+01:00');
    expect((await get(opened.id)).deadline).toMatchObject({ state: 'overdue' });
    await moveClock(t, office, 'sprawy', '2026-03-10T09:00:00+01:00');
  });

  test('changing the term recomputes the due date; a stale version answers 409 and changes nothing', async () => {
    const opened = await openedCase(referent(), base());
    const patch = (payload: object) =>
      referent().request({ method: 'PATCH', url: `/api/v1/cases/${opened.id}`, payload });
    const changed = await patch({
      version: 1,
      deadline: { kind: '2_months' },
      reason: 'Sprawa szczególnie skomplikowana',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      version: 2,
      deadline: { kind: '2_months', dueDate: '2026-05-11' },
    });
    expectProblem(await patch({ version: 1, title: 'Inny' }), {
      status: 409,
      code: 'cases.version_conflict',
    });
    expect((await get(opened.id)).version).toBe(2);
  });
});

describe('who sees and handles which case', () => {
  test('an officer sees their own cases, the head the unit’s and its sub-units’, the secretary all; others get 404', async () => {
    const own = await openedCase(referent(), base());
    const subUnit = await openedCase(office.staff['referent.gkd'].session, {
      ...base(),
      unitId: office.units.GKD,
    });
    expect((await get(own.id, office.staff['kierownik.gk'].session)).id).toBe(own.id);
    expect((await get(subUnit.id, office.staff['kierownik.gk'].session)).id).toBe(subUnit.id);
    expect((await get(own.id, office.staff.sekretarz.session)).id).toBe(own.id);
    for (const stranger of ['referent2.gk', 'referent.fn', 'kierownik.fn'] as const)
      expectProblem(
        await office.staff[stranger].session.request({ method: 'GET', url: `/api/v1/cases/${own.id}` }),
        { status: 404, code: 'cases.not_found' },
      );
    // The secretary reads every case but does not handle them.
    expectProblem(
      await office.staff.sekretarz.session.request({
        method: 'POST',
        url: `/api/v1/cases/${own.id}/documents`,
        payload: { kind: 'note', title: 'Uwagi', content: 'Treść' },
      }),
      { status: 403, code: 'auth.forbidden' },
    );
    const list = (
      await office.staff['referent2.gk'].session.request({ method: 'GET', url: '/api/v1/cases?limit=500' })
    ).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(own.id);
  });

  test('the list finds a case by a word of its title without Polish letters, and pages without repeats', async () => {
    const opened = await openedCase(referent(), { ...base(), title: 'Zajęcie pasa przy ulicy Źródlanej' });
    const found = (
      await referent().request({ method: 'GET', url: '/api/v1/cases?q=zrodlanej%20ZAJECIE' })
    ).json();
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([opened.id]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await referent().request({
          method: 'GET',
          url: `/api/v1/cases?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        })
      ).json();
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(opened.id);
    for (const q of ['%', '_', '\'"', 'x'.repeat(200)]) {
      const response = await referent().request({
        method: 'GET',
        url: `/api/v1/cases?q=${encodeURIComponent(q)}`,
      });
      expect(response.statusCode, response.body).toBe(200);
    }
  });

  test('two cases linked show the link from both sides', async () => {
    const a = await openedCase(referent(), base());
    const b = await openedCase(referent(), base());
    const linked = await caseAction(referent(), a.id, 'links', { caseId: b.id, kind: 'related' });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().links).toEqual([
      { kind: 'related', direction: 'to', case: expect.objectContaining({ id: b.id }) },
    ]);
    expect((await get(b.id)).links).toEqual([
      { kind: 'related', direction: 'from', case: expect.objectContaining({ id: a.id }) },
    ]);
    expectProblem(await caseAction(referent(), b.id, 'links', { caseId: a.id, kind: 'continuation' }), {
      status: 422,
      code: 'cases.invalid_link',
    });
  });

  test('a case opened in a new year is numbered from 1 again, and an open case keeps its znak', async () => {
    const old = await openedCase(referent(), { ...base(), jrwaSymbol: '6100', title: 'Deklaracja' });
    await moveClock(t, office, 'sprawy', '2027-01-04T09:00:00+01:00');
    const fresh = await openedCase(referent(), { ...base(), jrwaSymbol: '6100', title: 'Deklaracja 2027' });
    expect(fresh.sign).toBe('GK.6100.1.2027');
    expect((await get(old.id)).sign).toBe(old.sign);
    await moveClock(t, office, 'sprawy', '2026-03-10T09:00:00+01:00');
  });

  test('an unknown case answers 404 without saying whether it exists', async () => {
    expectProblem(
      await referent().request({ method: 'GET', url: '/api/v1/cases/0190a5e4-7b7c-7000-8000-000000000000' }),
      { status: 404, code: 'cases.not_found' },
    );
  });
});
