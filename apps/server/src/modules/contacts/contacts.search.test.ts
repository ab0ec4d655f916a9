import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createStaff,
  createTestApp,
  expectProblem,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import { withTenant, withSystem } from '../../db/tenant-scope.js';

type Item = {
  id: string;
  displayName: string;
  pesel: string | null;
  addresses: { street: string | null; city: string }[];
};

describe('finding and changing contacts', () => {
  let t: TestApp;
  let clerk: Session;
  let otherOfficeClerk: Session;
  let admin: Session;
  const ids: Record<string, string> = {};
  const offices: Record<string, string> = {};

  const search = async (q: string) => {
    const response = await clerk.request({
      method: 'GET',
      url: `/api/v1/contacts?q=${encodeURIComponent(q)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as Item[];
  };
  const names = async (q: string) => (await search(q)).map((item) => item.displayName);

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['alfa', 'beta']) {
      const tenantId = (await createOffice(t, { code })).id;
      offices[code] = tenantId;
      const office = await login(t, { tenant: code });
      await createStaff(t, office, { tenantId, login: 'kancelista', role: 'kancelaria' });
    }
    admin = await login(t, { tenant: 'alfa' });
    clerk = await login(t, { tenant: 'alfa', login: 'kancelista' });
    otherOfficeClerk = await login(t, { tenant: 'beta', login: 'kancelista' });
    const contacts = {
      zolkiewski: {
        kind: 'person',
        givenNames: 'Stanisław',
        surname: 'Żółkiewski',
        pesel: '44051401359',
        addresses: [{ street: 'Piotrkowska', building: '12', city: 'Łódź' }],
      },
      kowalska: {
        kind: 'person',
        givenNames: 'Anna Maria',
        surname: 'Kowalska',
        addresses: [{ city: 'Kraków' }],
      },
      kowalski: { kind: 'person', givenNames: 'Jan', surname: 'Kowalski', addresses: [{ city: 'Łódź' }] },
      zgoda: {
        kind: 'institution',
        name: 'Spółdzielnia Zgoda',
        nip: '1234563218',
        addresses: [{ street: 'Długa', building: '5', city: 'Łódź' }],
      },
    };
    for (const [key, payload] of Object.entries(contacts)) {
      const response = await clerk.request({ method: 'POST', url: '/api/v1/contacts', payload });
      ids[key] = response.json().id;
    }
  });
  afterAll(async () => t.close());

  describe('search as you type', () => {
    test('finds a name typed without Polish diacritics', async () => {
      expect(await names('zolkiewski')).toEqual(['Żółkiewski Stanisław']);
      expect(await names('ŻÓŁK')).toEqual(['Żółkiewski Stanisław']);
    });

    test('finds by a NIP typed with dashes', async () => {
      expect(await names('123-456-32-18')).toEqual(['Spółdzielnia Zgoda']);
    });

    test('finds by city, name prefixes first', async () => {
      expect(await names('lodz')).toEqual(['Kowalski Jan', 'Spółdzielnia Zgoda', 'Żółkiewski Stanisław']);
      expect((await names('kow')).slice(0, 2)).toEqual(['Kowalska Anna Maria', 'Kowalski Jan']);
    });

    test('requires every word to match', async () => {
      expect(await names('kowal lodz')).toEqual(['Kowalski Jan']);
      expect(await names('maria krakow')).toEqual(['Kowalska Anna Maria']);
      expect(await names('kowal gdansk')).toEqual([]);
    });

    test('pages through results with a bounded limit', async () => {
      const first = await clerk.request({ method: 'GET', url: '/api/v1/contacts?limit=2' });
      expect(first.json().items).toHaveLength(2);
      const next = await clerk.request({
        method: 'GET',
        url: `/api/v1/contacts?limit=2&cursor=${first.json().nextCursor}`,
      });
      expect(next.json()).toMatchObject({ nextCursor: null });
      expect(next.json().items).toHaveLength(2);
      expectProblem(await clerk.request({ method: 'GET', url: '/api/v1/contacts?limit=1000' }), {
        status: 400,
        code: 'validation.failed',
      });
    });

    test('suggests existing contacts with a similar name', async () => {
      const response = await clerk.request({
        method: 'GET',
        url: '/api/v1/contacts/suggestions?name=Kowalsky Jan',
      });
      expect(response.json().items.map((i: Item) => i.displayName)).toContain('Kowalski Jan');
    });
  });

  describe('personal data', () => {
    test('the list masks a person’s PESEL and street but shows an institution’s address', async () => {
      const [person] = await search('zolkiewski');
      expect(person).toMatchObject({ pesel: '*******1359', masked: true });
      expect(person?.addresses[0]).toMatchObject({ street: null, city: 'Łódź' });
      const [institution] = await search('zgoda');
      expect(institution?.addresses[0]).toMatchObject({ street: 'Długa', city: 'Łódź' });
    });

    test('the full record shows them and its opening is recorded in the metryka', async () => {
      const response = await clerk.request({ method: 'GET', url: `/api/v1/contacts/${ids.zolkiewski}` });
      expect(response.json()).toMatchObject({ pesel: '44051401359', addresses: [{ street: 'Piotrkowska' }] });
      const audit = await admin.request({
        method: 'GET',
        url: `/api/v1/audit?action=contacts.record_viewed`,
      });
      expect(audit.statusCode, audit.body).toBe(200);
      expect(audit.json().items).toContainEqual(expect.objectContaining({ subjectId: ids.zolkiewski }));
    });

    test('another office’s contact is not found', async () => {
      const response = await otherOfficeClerk.request({
        method: 'GET',
        url: `/api/v1/contacts/${ids.zolkiewski}`,
      });
      expectProblem(response, { status: 404, code: 'contacts.contact_not_found' });
      expect(
        (await otherOfficeClerk.request({ method: 'GET', url: '/api/v1/contacts?q=zolk' })).json().items,
      ).toEqual([]);
    });
  });

  describe('the search function (migration 0008)', () => {
    const candidates = (tx: Parameters<Parameters<typeof withSystem>[1]>[0]) =>
      tx
        .execute(sql`select id from contacts_search_ids(array['lodz']::text[], null, 1000)`)
        .then((result) => (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));

    test('returns only contacts of the office in app.tenant_id', async () => {
      const own = await withTenant({ db: t.database.db, tenantId: offices.alfa! }, candidates);
      expect(new Set(own)).toEqual(new Set([ids.zolkiewski, ids.kowalski, ids.zgoda]));
      expect(await withTenant({ db: t.database.db, tenantId: offices.beta! }, candidates)).toEqual([]);
    });

    test('returns nothing without app.tenant_id', async () => {
      expect(await withSystem({ db: t.database.db }, candidates)).toEqual([]);
    });
  });

  describe('changing', () => {
    const patch = (payload: object) =>
      clerk.request({
        method: 'PATCH',
        url: `/api/v1/contacts/${ids.kowalski}`,
        payload: { kind: 'person', ...payload },
      });

    test('a stale version is refused with 409 and the first change is kept', async () => {
      const first = await patch({ version: 1, surname: 'Kowalski-Nowak' });
      expect(first.json()).toMatchObject({ version: 2, surname: 'Kowalski-Nowak' });
      expectProblem(await patch({ version: 1, givenNames: 'Janusz' }), {
        status: 409,
        code: 'common.version_conflict',
      });
      const stored = await clerk.request({ method: 'GET', url: `/api/v1/contacts/${ids.kowalski}` });
      expect(stored.json()).toMatchObject({ version: 2, surname: 'Kowalski-Nowak', givenNames: 'Jan' });
      expect(await names('nowak lodz')).toEqual(['Kowalski-Nowak Jan']);
    });

    test('the change is recorded with old and new values', async () => {
      const audit = await admin.request({ method: 'GET', url: `/api/v1/audit?action=contacts.updated` });
      const event = audit.json().items.find((e: { subjectId: string }) => e.subjectId === ids.kowalski);
      expect(event.details.changes).toEqual({ surname: { from: 'Kowalski', to: 'Kowalski-Nowak' } });
    });

    test('taking another contact’s identifier is refused', async () => {
      const problem = expectProblem(await patch({ version: 2, pesel: '44051401359' }), {
        status: 409,
        code: 'contacts.duplicate_identifier',
      });
      expect(problem.existingId).toBe(ids.zolkiewski);
    });
  });
});
