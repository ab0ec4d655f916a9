import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, login, type TestApp } from '../../app/server.test-utils.js';
import { seedDemoOnFirstStart } from './demo.usecases.js';

describe('demo offices', () => {
  let t: TestApp;
  const password = 'demo-password-123';

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    await seedDemoOnFirstStart({ deps: t.deps, password, pki: t.config.pki });
  });
  afterAll(async () => t.close());

  test('the demo letters wait in the inboxes: one accepted, one awaiting acceptance, one distributed by a rule', async () => {
    const inbox = async (user: string, query: string) =>
      (
        await (
          await login(t, { tenant: 'demo', login: user, password })
        ).request({
          method: 'GET',
          url: `/api/v1/inbox?${query}`,
        })
      ).json();
    expect((await inbox('referent.gk', 'scope=me')).counts).toMatchObject({ new: 1, accepted: 1 });
    expect((await inbox('kierownik.gk', 'scope=unit')).counts).toMatchObject({ decreed: 1, accepted: 1 });
    const registry = await inbox('kancelaria', 'scope=unit&state=new');
    expect(registry.items).toHaveLength(1);
    expect(registry.items[0]).toMatchObject({ leadingUnit: { symbol: 'FN' }, state: 'distributed' });
    const admin = await login(t, { tenant: 'demo', login: 'admin', password });
    const rules = (await admin.request({ method: 'GET', url: '/api/v1/distribution-rules' })).json();
    expect(rules.items).toHaveLength(1);
  });

  test('the demo officer can open a case from the letter they accepted, in a class of their unit’s extract', async () => {
    const officer = await login(t, { tenant: 'demo', login: 'referent.gk', password });
    const inbox = (
      await officer.request({ method: 'GET', url: '/api/v1/inbox?scope=me&state=accepted' })
    ).json();
    const units = (await officer.request({ method: 'GET', url: '/api/v1/org-units' })).json().items as {
      id: string;
      symbol: string;
    }[];
    const response = await officer.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        unitId: units.find((u) => u.symbol === 'GK')?.id,
        jrwaSymbol: '6000',
        title: 'Zajęcie pasa drogowego',
        initiatingIncomingId: inbox.items[0].itemId,
        deadline: { kind: '1_month' },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().sign).toBe('GK.6000.1.2026');
  });

  test('the demo office has letter templates, and its secretary and head of GK hold signing certificates', async () => {
    const admin = await login(t, { tenant: 'demo', login: 'admin', password });
    const templates = (await admin.request({ method: 'GET', url: '/api/v1/templates' })).json();
    expect(templates.items.map((item: { name: string }) => item.name)).toContain('Odpowiedź na wniosek');
    const certificates = (
      await admin.request({ method: 'GET', url: '/api/v1/pki/certificates?status=active' })
    ).json();
    expect(certificates.items.map((c: { userDisplayName: string }) => c.userDisplayName).sort()).toEqual([
      'Krystyna Kierownicza',
      'Stanisław Sekretarski',
    ]);
  });
});
