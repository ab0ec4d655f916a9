import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabaseKind } from './database.test-utils.js';
import type { DatabaseHandle } from './database.types.js';
import { withTenant } from './tenant-scope.js';

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

describe.skipIf(testDatabaseKind() !== 'postgres')('transactions on PostgreSQL (CoalescingClient)', () => {
  let database: DatabaseHandle;
  const sent: string[] = [];
  const original = pg.Client.prototype.query;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`create table coalescing_probe (n int)`);
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0];
      sent.push(typeof config === 'string' ? config : String((config as { text?: unknown }).text));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  });
  afterAll(async () => {
    pg.Client.prototype.query = original;
    await database.close();
  });

  test('an office-scoped transaction sends BEGIN and its scope in one message, and the scope holds', async () => {
    sent.length = 0;
    const tenantId = '0190a5e4-7b7c-7000-8000-000000000001';
    const seen = await withTenant({ db: database.db, tenantId }, async (tx) =>
      rowsOf(await tx.execute(sql`select current_user as role, current_setting('app.tenant_id') as tenant`)),
    );
    expect(seen).toEqual([{ role: 'obieg_app', tenant: tenantId }]);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^begin; \/\* obieg:tenant-scope \*\/ select set_config/);
    expect(sent[2]).toBe('commit');
  });

  test('a transaction starting with any other statement still begins first, and rolls back whole', async () => {
    sent.length = 0;
    await expect(
      database.db.transaction(async (tx) => {
        const [row] = rowsOf(await tx.execute(sql`select ${41}::int + 1 as answer`));
        expect(row).toEqual({ answer: 42 });
        await tx.execute(sql`insert into coalescing_probe (n) values (1)`);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(sent.slice(0, 2)).toEqual(['begin', 'select $1::int + 1 as answer']);
    expect(sent.at(-1)).toBe('rollback');
    expect(rowsOf(await database.db.execute(sql`select count(*)::int as n from coalescing_probe`))).toEqual([
      { n: 0 },
    ]);
  });

  test('an office id that is not a UUID never reaches the SQL text', async () => {
    await expect(
      withTenant({ db: database.db, tenantId: "x', true); drop table coalescing_probe; --" }, async () => 1),
    ).rejects.toThrow('Invalid office id');
    expect(rowsOf(await database.db.execute(sql`select count(*)::int as n from coalescing_probe`))).toEqual([
      { n: 0 },
    ]);
  });
});
