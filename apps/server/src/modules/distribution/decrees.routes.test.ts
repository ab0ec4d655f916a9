import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, login, type TestApp } from '../../app/server.test-utils.js';
import {
  decree,
  decreeAction,
  decreed,
  distributedLetter,
  registerLetter,
  setUpOffice,
  type TestOffice,
} from './distribution.test-utils.js';

describe('dekretacja', () => {
  let t: TestApp;
  let alfa: TestOffice;
  let beta: TestOffice;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    alfa = await setUpOffice(t, 'alfa');
    beta = await setUpOffice(t, 'beta');
  });
  afterAll(async () => t.close());

  test('the head decrees an item of the unit to an officer with an instruction and a deadline; the officer accepts once', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const response = await decree(alfa.staff['kierownik.gk'].session, itemId, {
      positionId: alfa.staff['referent.gk'].positionId,
      instruction: 'Proszę przygotować odpowiedź',
      deadline: '2026-03-20',
    });
    expect(response.statusCode, response.body).toBe(201);
    const issued = response.json();
    expect(issued).toMatchObject({
      itemId,
      status: 'pending',
      assignee: {
        userId: alfa.staff['referent.gk'].userId,
        positionId: alfa.staff['referent.gk'].positionId,
      },
      instruction: 'Proszę przygotować odpowiedź',
      deadline: '2026-03-20',
      ownDeadline: '2026-03-20',
      parentId: null,
      unit: { symbol: 'GK' },
      decreedBy: {
        userId: alfa.staff['kierownik.gk'].userId,
        positionId: alfa.staff['kierownik.gk'].positionId,
      },
      instructions: [{ text: 'Proszę przygotować odpowiedź' }],
    });
    const item = (
      await alfa.staff['referent.gk'].session.request({ method: 'GET', url: `/api/v1/incoming/${itemId}` })
    ).json();
    expect(item.distribution).toMatchObject({ state: 'decreed', decree: { id: issued.id } });

    expectProblem(await decreeAction(alfa.staff['referent2.gk'].session, issued.id, 'accept'), {
      status: 403,
      code: 'correspondence.not_decree_assignee',
    });
    const accepted = await decreeAction(alfa.staff['referent.gk'].session, issued.id, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', acceptedAt: expect.any(String) });
    expectProblem(await decreeAction(alfa.staff['referent.gk'].session, issued.id, 'accept'), {
      status: 409,
      code: 'correspondence.decree_not_pending',
    });
  });

  test('the officer returns a decree with a reason and the head decrees the item again', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const first = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
      deadline: '2026-03-31',
    });
    expectProblem(await decreeAction(alfa.staff['referent.gk'].session, first.id, 'return', {}), {
      status: 400,
      code: 'validation.failed',
    });
    const returned = await decreeAction(alfa.staff['referent.gk'].session, first.id, 'return', {
      reason: 'Nie moja właściwość',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Nie moja właściwość' });
    expectProblem(await decreeAction(alfa.staff['referent.gk'].session, first.id, 'accept'), {
      status: 409,
      code: 'correspondence.decree_not_pending',
    });
    const second = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent2.gk'].userId,
    });
    expect(second).toMatchObject({ status: 'pending', deadline: null });
  });

  test('a head decrees only items of their unit and its sub-units, to people working there', async () => {
    const fnItem = await distributedLetter(alfa, 'FN');
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, fnItem, { userId: alfa.staff['referent.fn'].userId }),
      {
        status: 403,
        code: 'correspondence.outside_distribution_scope',
      },
    );
    const roadsItem = await distributedLetter(alfa, 'GKD');
    await decreed(alfa.staff['kierownik.gk'].session, roadsItem, {
      userId: alfa.staff['referent.gkd'].userId,
    });

    const gkItem = await distributedLetter(alfa, 'GK');
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, gkItem, { userId: alfa.staff['referent.fn'].userId }),
      {
        status: 422,
        code: 'correspondence.assignee_outside_unit',
      },
    );
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, gkItem, {
        positionId: '0190a5e4-7b7c-7000-8000-000000000009',
      }),
      { status: 422, code: 'correspondence.unknown_assignee' },
    );
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, gkItem, {
        positionId: beta.staff['referent.gk'].positionId,
      }),
      { status: 422, code: 'correspondence.unknown_assignee' },
    );
    expectProblem(await decree(alfa.staff['kierownik.gk'].session, gkItem, {}), {
      status: 400,
      code: 'validation.failed',
    });
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, gkItem, {
        userId: alfa.staff['referent.gk'].userId,
        positionId: alfa.staff['referent.gk'].positionId,
      }),
      { status: 400, code: 'validation.failed' },
    );
    expectProblem(
      await decree(alfa.staff['referent.gk'].session, gkItem, { userId: alfa.staff['referent.gk'].userId }),
      {
        status: 403,
        code: 'auth.forbidden',
      },
    );
  });

  test('a deadline in the past is refused; an item must be distributed and not cancelled', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const past = expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, itemId, {
        userId: alfa.staff['referent.gk'].userId,
        deadline: '2026-03-09',
      }),
      { status: 422, code: 'correspondence.deadline_in_past' },
    );
    expect(past.errors?.[0]?.path).toBe('/deadline');
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, itemId, {
        userId: alfa.staff['referent.gk'].userId,
        deadline: '10.04.2026',
      }),
      { status: 400, code: 'validation.failed' },
    );
    const fresh = await registerLetter(alfa);
    expectProblem(
      await decree(alfa.staff.sekretarz.session, fresh.id, { userId: alfa.staff['referent.gk'].userId }),
      {
        status: 409,
        code: 'correspondence.not_distributed',
      },
    );
    await alfa.staff.kancelaria.session.request({
      method: 'POST',
      url: `/api/v1/incoming/${itemId}/cancel`,
      payload: { reason: 'Pomyłkowa rejestracja' },
    });
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, itemId, { userId: alfa.staff['referent.gk'].userId }),
      {
        status: 409,
        code: 'correspondence.incoming_item_cancelled',
      },
    );
  });

  test('a re-decree keeps the earlier instructions, adds its own and may not extend the deadline', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const toHead = await decreed(alfa.staff.sekretarz.session, itemId, {
      userId: alfa.staff['kierownik.gk'].userId,
      instruction: 'Pilne — odpowiedź w imieniu burmistrza',
      deadline: '2026-03-25',
    });
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, itemId, {
        userId: alfa.staff['referent.gk'].userId,
        deadline: '2026-03-26',
      }),
      { status: 422, code: 'correspondence.deadline_extended' },
    );
    const toOfficer = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
      instruction: 'Proszę o projekt odpowiedzi',
      deadline: '2026-03-20',
    });
    expect(toOfficer).toMatchObject({ parentId: toHead.id, deadline: '2026-03-20' });
    expect(toOfficer.instructions.map((i) => i.text)).toEqual([
      'Pilne — odpowiedź w imieniu burmistrza',
      'Proszę o projekt odpowiedzi',
    ]);
    // The earlier decree is passed on, not changed.
    const history = (
      await alfa.staff.sekretarz.session.request({ method: 'GET', url: `/api/v1/incoming/${itemId}/history` })
    ).json();
    const issued = history.items.filter(
      (e: { action: string }) => e.action === 'correspondence.decree_issued',
    );
    expect(issued.map((e: { instruction: string }) => e.instruction)).toEqual([
      'Pilne — odpowiedź w imieniu burmistrza',
      'Proszę o projekt odpowiedzi',
    ]);
    // Someone else than the current assignee cannot decree it again.
    expectProblem(
      await decree(alfa.staff.sekretarz.session, itemId, { userId: alfa.staff['referent2.gk'].userId }),
      {
        status: 409,
        code: 'correspondence.already_decreed',
      },
    );
    const limit = async () =>
      (
        await alfa.staff.sekretarz.session.request({ method: 'GET', url: `/api/v1/incoming/${itemId}` })
      ).json().distribution.deadlineLimit;
    expect(await limit()).toBe('2026-03-20');
    // After a return the head decrees again from the head's own decree: its deadline binds.
    const returned = await alfa.staff['referent.gk'].session.request({
      method: 'POST',
      url: `/api/v1/decrees/${toOfficer.id}/return`,
      payload: { reason: 'Nie moja właściwość' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(await limit()).toBe('2026-03-25');
    expectProblem(
      await decree(alfa.staff['kierownik.gk'].session, itemId, {
        userId: alfa.staff['referent2.gk'].userId,
        deadline: '2026-03-26',
      }),
      { status: 422, code: 'correspondence.deadline_extended' },
    );
    // Without a deadline of its own a re-decree inherits the binding one.
    const other = await distributedLetter(alfa, 'GK');
    await decreed(alfa.staff['kierownik.gk'].session, other, {
      userId: alfa.staff['kierownik.gk'].userId,
      deadline: '2026-04-01',
    });
    const inherited = await decreed(alfa.staff['kierownik.gk'].session, other, {
      userId: alfa.staff['referent.gk'].userId,
    });
    expect(inherited).toMatchObject({ deadline: '2026-04-01', ownDeadline: null });
  });

  test('a wrong decree is corrected by its author: the old one is kept with the reason, a new one replaces it', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const wrong = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
      instruction: 'Odpowiedzieć',
      deadline: '2026-03-30',
    });
    expectProblem(
      await decreeAction(alfa.staff.sekretarz.session, wrong.id, 'correct', {
        reason: 'Nie ta osoba',
        userId: alfa.staff['referent2.gk'].userId,
      }),
      { status: 403, code: 'correspondence.not_decree_author' },
    );
    expectProblem(
      await decreeAction(alfa.staff['kierownik.gk'].session, wrong.id, 'correct', { reason: 'Nic' }),
      {
        status: 422,
        code: 'correspondence.nothing_to_correct',
      },
    );
    const corrected = await decreeAction(alfa.staff['kierownik.gk'].session, wrong.id, 'correct', {
      reason: 'Pomyłka w osobie',
      userId: alfa.staff['referent2.gk'].userId,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({
      correctsId: wrong.id,
      status: 'pending',
      assignee: { userId: alfa.staff['referent2.gk'].userId },
      instruction: 'Odpowiedzieć',
      deadline: '2026-03-30',
    });
    expectProblem(await decreeAction(alfa.staff['referent.gk'].session, wrong.id, 'accept'), {
      status: 409,
      code: 'correspondence.decree_not_pending',
    });
    const history = (
      await alfa.staff.sekretarz.session.request({ method: 'GET', url: `/api/v1/incoming/${itemId}/history` })
    ).json();
    expect(history.items.at(-1)).toMatchObject({
      action: 'correspondence.decree_corrected',
      reason: 'Pomyłka w osobie',
      assignee: { userId: alfa.staff['referent2.gk'].userId },
      changes: {
        assigneeUserId: { from: alfa.staff['referent.gk'].userId, to: alfa.staff['referent2.gk'].userId },
      },
    });
    expectProblem(
      await decreeAction(alfa.staff['kierownik.gk'].session, wrong.id, 'cancel', { reason: 'x' }),
      {
        status: 409,
        code: 'correspondence.decree_not_active',
      },
    );
  });

  test('cancelling a re-decree gives the item back to the one who passed it on', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const toHead = await decreed(alfa.staff.sekretarz.session, itemId, {
      userId: alfa.staff['kierownik.gk'].userId,
    });
    await decreeAction(alfa.staff['kierownik.gk'].session, toHead.id, 'accept');
    const onward = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
    });
    const cancelled = await decreeAction(alfa.staff['kierownik.gk'].session, onward.id, 'cancel', {
      reason: 'Zajmę się sam',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', closeReason: 'Zajmę się sam' });
    const item = (
      await alfa.staff.sekretarz.session.request({ method: 'GET', url: `/api/v1/incoming/${itemId}` })
    ).json();
    expect(item.distribution).toMatchObject({
      state: 'accepted',
      decree: { id: toHead.id, assignee: { userId: alfa.staff['kierownik.gk'].userId } },
    });
    const own = await decreeAction(alfa.staff.sekretarz.session, toHead.id, 'cancel', { reason: 'Wycofuję' });
    expect(own.statusCode, own.body).toBe(200);
    const after = (
      await alfa.staff.sekretarz.session.request({ method: 'GET', url: `/api/v1/incoming/${itemId}` })
    ).json();
    expect(after.distribution).toMatchObject({ state: 'distributed', decree: null });
  });

  test('a substitute accepts for the absent officer, recorded as "A for B"', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const issued = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
    });
    const substitution = await alfa.admin.request({
      method: 'POST',
      url: '/api/v1/substitutions',
      payload: {
        absentUserId: alfa.staff['referent.gk'].userId,
        substituteUserId: alfa.staff['referent2.gk'].userId,
        validFrom: '2026-03-10',
        validTo: '2026-03-20',
      },
    });
    expect(substitution.statusCode, substitution.body).toBe(201);
    const substitute = await login(t, { tenant: 'alfa', login: 'referent2.gk' });
    const switched = await substitute.request({
      method: 'POST',
      url: '/api/v1/auth/position',
      payload: { positionId: alfa.staff['referent.gk'].positionId },
    });
    expect(switched.statusCode, switched.body).toBeLessThan(300);
    const accepted = await decreeAction(substitute, issued.id, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const history = (
      await alfa.staff.sekretarz.session.request({ method: 'GET', url: `/api/v1/incoming/${itemId}/history` })
    ).json();
    expect(history.items.at(-1)).toMatchObject({
      action: 'correspondence.decree_accepted',
      actor: {
        userId: alfa.staff['referent2.gk'].userId,
        positionId: alfa.staff['referent.gk'].positionId,
        actingFor: { userId: alfa.staff['referent.gk'].userId, displayName: 'Pracownik referent.gk' },
      },
    });
  });

  test('of concurrent decrees of one item exactly one wins', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const answers = await Promise.all(
      [alfa.staff.sekretarz, alfa.staff['kierownik.gk'], alfa.staff.kancelaria, alfa.staff.sekretarz].map(
        (p, i) =>
          decree(p.session, itemId, {
            userId: [alfa.staff['referent.gk'], alfa.staff['referent2.gk']][i % 2]!.userId,
          }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([201, 409, 409, 409]);
    for (const answer of answers.filter((a) => a.statusCode === 409)) {
      expect(answer.json().code).toBe('correspondence.already_decreed');
    }
  });

  test('another office’s decrees and items are not found', async () => {
    const itemId = await distributedLetter(alfa, 'GK');
    const issued = await decreed(alfa.staff['kierownik.gk'].session, itemId, {
      userId: alfa.staff['referent.gk'].userId,
    });
    expectProblem(await decreeAction(beta.staff['referent.gk'].session, issued.id, 'accept'), {
      status: 404,
      code: 'correspondence.decree_not_found',
    });
    expectProblem(await decreeAction(beta.staff.sekretarz.session, issued.id, 'cancel', { reason: 'x' }), {
      status: 404,
      code: 'correspondence.decree_not_found',
    });
    expectProblem(
      await decree(beta.staff.sekretarz.session, itemId, { userId: beta.staff['referent.gk'].userId }),
      {
        status: 404,
        code: 'correspondence.incoming_item_not_found',
      },
    );
  });
});
