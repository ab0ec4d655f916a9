import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../app/server.test-utils.js';
import type { TestOffice } from '../distribution/distribution.test-utils.js';
import {
  acceptedLetter,
  caseAction,
  moveClock,
  openedCase,
  setUpCaseOffice,
  type CaseBody,
} from './cases.test-utils.js';

let t: TestApp;
let office: TestOffice;
const CODE = 'reorganizacja';

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, CODE);
});
afterAll(async () => t.close());

const head = () => office.staff['kierownik.gk'].session;

async function letterCase(title: string) {
  const itemId = await acceptedLetter(office);
  const opened = await openedCase(office.staff['referent.gk'].session, {
    unitId: office.units.GK,
    jrwaSymbol: '6000',
    title,
    initiatingIncomingId: itemId,
    deadline: { kind: '1_month' },
  });
  return { itemId, opened };
}

describe('a case taken over after a reorganisation', () => {
  test('the new unit gets a new znak with the same parties and term; the old case closes as transferred, the two linked', async () => {
    const { itemId, opened } = await letterCase('Zajęcie pasa drogowego — ul. Lipowa');
    await moveClock(t, office, CODE, '2026-03-16T09:00:00+01:00');
    const response = await caseAction(head(), opened.id, 'take-over', {
      unitId: office.units.GKD,
      reason: 'Zarządzenie nr 12/2026 Wójta w sprawie regulaminu organizacyjnego',
    });
    expect(response.statusCode, response.body).toBe(201);
    const taken = response.json() as CaseBody & { title: string; unit: { id: string } };
    expect(taken.sign).toBe('GKD.6000.1.2026');
    expect(taken).toMatchObject({
      status: 'open',
      title: 'Zajęcie pasa drogowego — ul. Lipowa',
      parties: opened.parties,
      initiatingIncoming: { id: itemId },
    });
    // The term still runs from the day the matter was initiated.
    expect(taken.deadline?.startDate).toBe(opened.deadline?.startDate);
    expect(taken.deadline?.dueDate).toBe(opened.deadline?.dueDate);
    expect(taken.links).toEqual([
      expect.objectContaining({
        kind: 'taken_over',
        direction: 'from',
        case: expect.objectContaining({ id: opened.id }),
      }),
    ]);

    const old = (
      await head().request({ method: 'GET', url: `/api/v1/cases/${opened.id}` })
    ).json() as CaseBody & {
      closingNote: string | null;
    };
    expect(old).toMatchObject({
      sign: 'GK.6000.1.2026',
      status: 'closed',
      settlement: 'transferred',
      settledOn: '2026-03-16',
    });
    expect(old.links).toEqual([
      expect.objectContaining({
        kind: 'taken_over',
        direction: 'to',
        case: expect.objectContaining({ sign: 'GKD.6000.1.2026' }),
      }),
    ]);

    // Both metryki record it, naming the other znak.
    const history = async (id: string) =>
      (
        (await head().request({ method: 'GET', url: `/api/v1/cases/${id}/history` })).json() as {
          items: { action: string; description: string }[];
        }
      ).items.map((e) => e.description);
    expect((await history(opened.id)).join('\n')).toContain('przejęta jako GKD.6000.1.2026');
    expect((await history(taken.id)).join('\n')).toContain(
      'Przejęcie sprawy GK.6000.1.2026 po reorganizacji',
    );
  });

  test('a suspended case stays suspended in the new unit, its suspension carried over', async () => {
    const { opened } = await letterCase('Wycinka drzew — ul. Polna');
    const suspended = await caseAction(office.staff['referent.gk'].session, opened.id, 'suspend', {
      reason: 'Oczekiwanie na opinię RDOŚ',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    const response = await caseAction(head(), opened.id, 'take-over', {
      unitId: office.units.GKD,
      reason: 'Reorganizacja',
    });
    expect(response.statusCode, response.body).toBe(201);
    const taken = response.json() as CaseBody;
    expect(taken.status).toBe('suspended');
    expect(taken.deadline?.periods).toEqual([
      expect.objectContaining({ reason: 'Oczekiwanie na opinię RDOŚ', to: null }),
    ]);
  });

  test('a closed case, the same unit, a class outside the new unit’s extract or an officer without reach are refused', async () => {
    const { opened } = await letterCase('Sprawa do przekazania');
    const same = await caseAction(head(), opened.id, 'take-over', { unitId: office.units.GK, reason: 'x' });
    expect(same.statusCode).toBe(422);
    expect(same.json().code).toBe('cases.invalid_take_over');
    const outside = await caseAction(head(), opened.id, 'take-over', {
      unitId: office.units.GKD,
      jrwaSymbol: '6100',
      reason: 'x',
    });
    expect(outside.statusCode).toBe(422);
    // The GK officer cannot open cases in FN.
    const noReach = await caseAction(office.staff['referent.gk'].session, opened.id, 'take-over', {
      unitId: office.units.FN,
      reason: 'x',
    });
    expect(noReach.statusCode).toBe(403);
    // Another unit's officer does not even learn that the case exists.
    const hidden = await caseAction(office.staff['referent.fn'].session, opened.id, 'take-over', {
      unitId: office.units.FN,
      reason: 'x',
    });
    expect(hidden.statusCode).toBe(404);
    // Nothing of the refused attempts was written: the case is still open and unlinked.
    const still = (
      await head().request({ method: 'GET', url: `/api/v1/cases/${opened.id}` })
    ).json() as CaseBody;
    expect(still).toMatchObject({ status: 'open', links: [] });

    const closed = await caseAction(head(), opened.id, 'close', { settlement: 'letter' });
    expect(closed.statusCode, closed.body).toBe(200);
    const again = await caseAction(head(), opened.id, 'take-over', { unitId: office.units.GKD, reason: 'x' });
    expect(again.statusCode).toBe(409);
  });

  test('an officer cannot close a case as transferred by hand: that ending comes only with a take-over', async () => {
    const { opened } = await letterCase('Sprawa zwykła');
    const response = await caseAction(head(), opened.id, 'close', { settlement: 'transferred' });
    expect(response.statusCode).toBe(400);
  });
});
