import { randomUUID } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
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
import type { Database } from '../../db/database.types.js';
import { constraintOf, isUniqueViolation } from '../../db/pg-errors.js';
import { withTenant } from '../../db/tenant-scope.js';
import { uuidv7, type IdGenerator } from '../../shared/ids/ids.js';
import { systemActor } from '../auth/auth.types.js';
import { createOrgUnit } from '../organization/org-units.usecases.js';
import { createTenant } from '../tenants/tenants.usecases.js';
import { EVENT_RECORD_COLUMNS } from './audit.repository.js';
import { auditEventsTable } from './audit.table.js';
import { withAuditedTenant } from './audit.usecases.js';

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Fresh UUIDv7 ids, except that call number `n` returns `id` (a collision, as a fault). */
const idsCollidingAt = (collisions: Record<number, string>): IdGenerator => {
  let calls = 0;
  return { next: () => collisions[++calls] ?? uuidv7() };
};

describe('the metryka: an append-only hash chain per office', () => {
  let t: TestApp;
  let officeA: { id: string };
  let officeB: { id: string };
  let adminA: Session;
  let adminB: Session;

  const verify = async (session: Session) =>
    (await session.request({ method: 'POST', url: '/api/v1/audit/verify' })).json();
  const eventCount = async (tenantId: string) =>
    (
      await rows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from audit_events where tenant_id = ${tenantId}`,
      )
    )[0]?.n;

  beforeAll(async () => {
    t = await createTestApp();
    officeA = await createOffice(t, { code: 'alfa' });
    officeB = await createOffice(t, { code: 'beta' });
    adminA = await login(t, { tenant: 'alfa' });
    adminB = await login(t, { tenant: 'beta' });
    for (const [symbol, name] of [
      ['OR', 'Wydział Organizacyjny'],
      ['FN', 'Wydział Finansowy'],
      ['GK', 'Wydział Gospodarki Komunalnej'],
    ]) {
      await adminA.request({ method: 'POST', url: '/api/v1/org-units', payload: { symbol, name } });
      await adminB.request({ method: 'POST', url: '/api/v1/org-units', payload: { symbol, name } });
    }
  });
  afterAll(async () => t.close());

  test('verification of an untouched chain succeeds, counts every event and is itself recorded', async () => {
    const before = await eventCount(officeA.id);
    const result = await verify(adminA);
    expect(result).toEqual({ ok: true, checked: before, firstBroken: null });
    expect(result.checked).toBeGreaterThanOrEqual(6);
    const recorded = (
      await adminA.request({ method: 'GET', url: '/api/v1/audit?action=audit.chain_verified' })
    ).json();
    expect(recorded.items[0]).toMatchObject({
      action: 'audit.chain_verified',
      details: { ok: true, checked: before },
    });
  });

  test('when the audit event cannot be written, the change is not kept either', async () => {
    const [existing] = await rows<{ id: string }>(
      t.database.db,
      sql`select id from audit_events where tenant_id = ${officeA.id} order by seq limit 1`,
    );
    const before = await eventCount(officeA.id);
    const ctx = {
      actor: systemActor({ tenantId: officeA.id }),
      meta: { requestId: null, clientAddress: null },
    };
    // Call 1 is the unit's id, call 2 the audit event's id: the event insert fails after the unit insert.
    const deps = { ...t.deps, ids: idsCollidingAt({ 2: existing!.id }) };
    const failure = await createOrgUnit({
      deps,
      ctx,
      input: { symbol: 'USC', name: 'Urząd Stanu Cywilnego', parentId: null, validTo: null },
    }).catch((error: unknown) => error);
    expect(isUniqueViolation(failure) && constraintOf(failure)).toBe('audit_events_pkey');

    const units = (await adminA.request({ method: 'GET', url: '/api/v1/org-units' })).json().items;
    expect(units.map((u: { symbol: string }) => u.symbol)).not.toContain('USC');
    expect(await eventCount(officeA.id)).toBe(before);
    expect((await verify(adminA)).ok).toBe(true);
  });

  test('a change and its audit event are one transaction: if the work fails after recording, neither remains', async () => {
    const before = await eventCount(officeA.id);
    const ctx = {
      actor: systemActor({ tenantId: officeA.id }),
      meta: { requestId: null, clientAddress: null },
    };
    const failure = await withAuditedTenant({ deps: t.deps, ctx }, async (tx, audit) => {
      await tx.execute(sql`update tenants set name = 'Urząd przemianowany' where id = ${officeA.id}`);
      await audit({ action: 'tenants.settings_updated', subjectType: 'tenant', subjectId: officeA.id });
      throw new Error('the use case fails after recording');
    }).catch((error: Error) => error);
    expect(failure.message).toBe('the use case fails after recording');
    expect((await adminA.request({ method: 'GET', url: '/api/v1/tenant' })).json().name).toBe('Urząd alfa');
    expect(await eventCount(officeA.id)).toBe(before);
    expect((await verify(adminA)).ok).toBe(true);
  });

  test('when a use case fails after writing its audit event, neither the change nor the event remains', async () => {
    const tenantId = randomUUID();
    const roleId = randomUUID();
    // createTenant: office id, 'tenant_created' event id, then role ids; two roles with one id fail.
    const deps = { ...t.deps, ids: idsCollidingAt({ 1: tenantId, 3: roleId, 4: roleId }) };
    const failure = await createTenant({
      deps,
      meta: { requestId: null, clientAddress: null },
      input: {
        code: 'omega',
        name: 'Urząd Omega',
        nip: null,
        regon: null,
        teryt: null,
        address: null,
        epuapBox: null,
        edeliveryAddress: null,
        admin: { login: 'admin', displayName: 'Admin Omega', password: 'haslo-poczatkowe-123' },
      },
    }).catch((error: unknown) => error);
    // The second role's insert fails (reported as a role code conflict), after the event was written.
    expect(failure).toMatchObject({ code: 'organization.role_code_taken' });
    const left = await rows<{ what: string; n: number }>(
      t.database.db,
      sql`select 'events' as what, count(*)::int as n from audit_events where tenant_id = ${tenantId}
          union all select 'heads', count(*)::int from audit_chain_heads where tenant_id = ${tenantId}
          union all select 'roles', count(*)::int from roles where tenant_id = ${tenantId}
          union all select 'offices', count(*)::int from tenants where id = ${tenantId} or code = 'omega'`,
    );
    expect(Object.fromEntries(left.map((r) => [r.what, r.n]))).toEqual({
      events: 0,
      heads: 0,
      roles: 0,
      offices: 0,
    });
  });

  test('an event whose details or action were edited behind the application is named by seq', async () => {
    for (const tamper of [
      sql`details = jsonb_set(details, '{name}', '"Wydział Podmieniony"')`,
      sql`action = 'organization.org_unit_deleted'`,
    ]) {
      const [victim] = await rows<{ seq: number; id: string; details: unknown; action: string }>(
        t.database.db,
        sql`select seq::int as seq, id, details, action from audit_events
            where tenant_id = ${officeA.id} and action = 'organization.org_unit_created' order by seq limit 1 offset 1`,
      );
      await t.database.db.execute(
        sql`update audit_events set ${tamper} where tenant_id = ${officeA.id} and seq = ${victim!.seq}`,
      );
      expect(await verify(adminA)).toEqual({
        ok: false,
        checked: victim!.seq - 1,
        firstBroken: { seq: victim!.seq, id: victim!.id, reason: 'hash_mismatch' },
      });
      // Putting the original content back makes the chain whole again: the check is on content.
      await t.database.db.execute(
        sql`update audit_events set details = ${JSON.stringify(victim!.details)}::jsonb, action = ${victim!.action}
            where tenant_id = ${officeA.id} and seq = ${victim!.seq}`,
      );
      expect((await verify(adminA)).ok).toBe(true);
    }
  });

  test('tampering with one office’s chain does not break another office’s', async () => {
    await t.database.db.execute(
      sql`update audit_events set details = '{}'::jsonb where tenant_id = ${officeB.id} and seq = 2`,
    );
    expect((await verify(adminB)).firstBroken).toMatchObject({ seq: 2, reason: 'hash_mismatch' });
    expect(await verify(adminA)).toMatchObject({ ok: true, firstBroken: null });
  });

  test('deleting an event from the middle of the chain is reported as a gap at its seq', async () => {
    const total = (await eventCount(officeA.id))!;
    const middle = Math.ceil(total / 2);
    await t.database.db.execute(
      sql`delete from audit_events where tenant_id = ${officeA.id} and seq = ${middle}`,
    );
    expect(await verify(adminA)).toEqual({
      ok: false,
      checked: middle - 1,
      firstBroken: { seq: middle, id: null, reason: 'sequence_gap' },
    });
  });

  test('every column of the metryka is written by the append, with its type', () => {
    const columns = Object.values(getTableColumns(auditEventsTable)).map((c) => [c.name, c.getSQLType()]);
    expect(EVENT_RECORD_COLUMNS.map(([name, type]) => [name, type])).toEqual(columns);
  });

  test('the application role can add events but never update or delete them', async () => {
    const asApplication = (statement: ReturnType<typeof sql>) =>
      withTenant({ db: t.database.db, tenantId: officeB.id }, (tx) => tx.execute(statement)).then(
        () => null,
        (error: Error & { cause?: Error }) => error,
      );
    for (const statement of [
      sql`update audit_events set action = 'x' where tenant_id = ${officeB.id}`,
      sql`delete from audit_events where tenant_id = ${officeB.id}`,
      sql`truncate audit_events`,
    ]) {
      const error = await asApplication(statement);
      expect(error?.cause?.message).toMatch(/permission denied/i);
    }
    const readable = await withTenant({ db: t.database.db, tenantId: officeB.id }, (tx) =>
      rows<{ n: number }>(tx, sql`select count(*)::int as n from audit_events`),
    );
    expect(readable[0]?.n).toBeGreaterThan(0);
  });
});

describe('reading the metryka', () => {
  let t: TestApp;
  let tenantId: string;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    tenantId = (await createOffice(t, { code: 'alfa' })).id;
    admin = await login(t, { tenant: 'alfa' });
  });
  afterAll(async () => t.close());

  test('the history of one subject is filtered, newest first, paged by cursor, with actor names', async () => {
    const unit = (
      await admin.request({
        method: 'POST',
        url: '/api/v1/org-units',
        payload: { symbol: 'OR', name: 'Organizacyjny' },
      })
    ).json();
    await admin.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'FN', name: 'Finansowy' },
    });
    for (const name of ['Wydział Organizacyjny', 'Wydział Organizacyjno-Prawny', 'Biuro Organizacyjne']) {
      await admin.request({ method: 'PATCH', url: `/api/v1/org-units/${unit.id}`, payload: { name } });
    }
    const base = `/api/v1/audit?subjectType=org_unit&subjectId=${unit.id}&limit=3`;
    const first = (await admin.request({ method: 'GET', url: base })).json();
    expect(first.items.map((e: { action: string }) => e.action)).toEqual([
      'organization.org_unit_updated',
      'organization.org_unit_updated',
      'organization.org_unit_updated',
    ]);
    expect(first.items[0].details.after).toEqual({ name: 'Biuro Organizacyjne' });
    expect(first.nextCursor).toBe(String(first.items[2].seq));
    const second = (await admin.request({ method: 'GET', url: `${base}&cursor=${first.nextCursor}` })).json();
    expect(second.items.map((e: { action: string }) => e.action)).toEqual(['organization.org_unit_created']);
    expect(second.nextCursor).toBeNull();

    const all = [...first.items, ...second.items];
    const seqs = all.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    for (const event of all) {
      expect(event).toMatchObject({ subjectType: 'org_unit', subjectId: unit.id });
      expect(event.actor).toMatchObject({ displayName: 'Admin alfa', actingForUserId: null });
    }
  });

  test('a substitute acting for an absent colleague is recorded as "A for B"', async () => {
    const role = await admin.request({
      method: 'POST',
      url: '/api/v1/roles',
      payload: {
        code: 'kadry',
        name: 'Kadry i struktura',
        grants: [
          { permission: 'organization:read', scope: 'office' },
          { permission: 'organization:manage', scope: 'office' },
        ],
      },
    });
    expect(role.statusCode, role.body).toBe(201);
    const anna = await createStaff(t, admin, {
      tenantId,
      login: 'anna',
      displayName: 'Anna Zastępująca',
      role: 'referent',
    });
    const bogdan = await createStaff(t, admin, {
      tenantId,
      login: 'bogdan',
      displayName: 'Bogdan Nieobecny',
      role: 'kadry',
    });
    const substitution = await admin.request({
      method: 'POST',
      url: '/api/v1/substitutions',
      payload: {
        absentUserId: bogdan.userId,
        substituteUserId: anna.userId,
        validFrom: '2026-03-09',
        validTo: '2026-03-20',
      },
    });
    expect(substitution.statusCode, substitution.body).toBe(201);

    const session = await login(t, { tenant: 'alfa', login: 'anna' });
    const me = (await session.request({ method: 'GET', url: '/api/v1/auth/me' })).json();
    expect(me.activePositionId).toBe(anna.positionId);
    expect(me.positions.find((p: { id: string }) => p.id === bogdan.positionId)?.actingFor).toEqual({
      userId: bogdan.userId,
      displayName: 'Bogdan Nieobecny',
    });
    const asHerself = await session.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'KD', name: 'Kadry' },
    });
    expectProblem(asHerself, { status: 403, code: 'auth.forbidden' });

    const switched = await session.request({
      method: 'POST',
      url: '/api/v1/auth/position',
      payload: { positionId: bogdan.positionId },
    });
    expect(switched.statusCode, switched.body).toBe(200);
    expect(switched.json()).toMatchObject({ activePositionId: bogdan.positionId });
    const created = await session.request({
      method: 'POST',
      url: '/api/v1/org-units',
      payload: { symbol: 'KD', name: 'Kadry' },
    });
    expect(created.statusCode, created.body).toBe(201);

    const history = (
      await admin.request({
        method: 'GET',
        url: `/api/v1/audit?subjectType=org_unit&subjectId=${created.json().id}`,
      })
    ).json();
    expect(history.items).toHaveLength(1);
    expect(history.items[0].actor).toEqual({
      userId: anna.userId,
      displayName: 'Anna Zastępująca',
      positionId: bogdan.positionId,
      actingForUserId: bogdan.userId,
      actingForDisplayName: 'Bogdan Nieobecny',
    });

    const notMine = await session.request({
      method: 'POST',
      url: '/api/v1/auth/position',
      payload: { positionId: randomUUID() },
    });
    expectProblem(notMine, { status: 422, code: 'auth.position_not_available' });
  });
});
