import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabaseKind } from './database.test-utils.js';
import type { DatabaseHandle } from './database.types.js';
import { NO_RESULT_MARKER } from './pg-coalescing-client.js';
import { withTenant } from './tenant-scope.js';

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

describe.skipIf(testDatabaseKind() !== 'postgres')('transactions on PostgreSQL (CoalescingClient)', () => {
  let database: DatabaseHandle;
  const sent: string[] = [];
  const original = pg.Client.prototype.query;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`create table coalescing_probe (n int)`);
    await database.db.execute(sql`grant select, insert on coalescing_probe to obieg_app`);
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
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^begin; \/\* obieg:tenant-scope \*\/ select set_config.*; select current_user/);
    expect(sent[1]).toBe('commit');
  });

  test('a statement the connection has prepared travels with BEGIN as EXECUTE, its values quoted', async () => {
    const tenantId = '0190a5e4-7b7c-7000-8000-000000000002';
    const tricky = "O'Brien \\ -- '); drop table coalescing_probe; --";
    const read = () =>
      withTenant({ db: database.db, tenantId }, async (tx) =>
        rowsOf(await tx.execute(sql`select ${tricky}::text as name, ${7}::int as n, current_user as role`)),
      );
    await read(); // prepares the statement on the connection it used
    sent.length = 0;
    const results = await Promise.all([read(), read(), read(), read(), read()]);
    for (const seen of results) expect(seen).toEqual([{ name: tricky, n: 7, role: 'obieg_app' }]);
    expect(sent.some((text) => /^begin; .*; execute obieg_\d+\(\s*E'O''Brien/.test(text))).toBe(true);
    expect(rowsOf(await database.db.execute(sql`select count(*)::int as n from coalescing_probe`))).toEqual([
      { n: 0 },
    ]);
  });

  test('a statement held for commit is sent with it, and its failure fails the commit', async () => {
    const tenantId = '0190a5e4-7b7c-7000-8000-000000000003';
    const write = (n: number) =>
      withTenant({ db: database.db, tenantId }, async (tx) => {
        await tx.execute(sql`insert into coalescing_probe (n) values (${n})`);
        await tx.execute(
          sql`${sql.raw(NO_RESULT_MARKER)} insert into coalescing_probe (n) select 100 / ${n}::int`,
        );
      });
    for (let i = 1; i <= 4; i += 1) await write(i);
    expect(sent.some((text) => /^execute obieg_\d+\('\d'\); commit$/.test(text))).toBe(true);
    const failure = await write(0).catch((error: unknown) => error);
    expect(String((failure as { cause?: unknown }).cause)).toMatch(/division by zero/);
    expect(
      rowsOf(await database.db.execute(sql`select count(*)::int as n from coalescing_probe where n = 0`)),
    ).toEqual([{ n: 0 }]);
    expect(rowsOf(await database.db.execute(sql`select count(*)::int as n from coalescing_probe`))).toEqual([
      { n: 8 },
    ]);
    await database.db.execute(sql`delete from coalescing_probe`);
  });

  test('a statement without result travels with the next one in a transaction, and is never held outside one', async () => {
    const tenantId = '0190a5e4-7b7c-7000-8000-000000000004';
    const insert = (n: number) =>
      sql`${sql.raw(NO_RESULT_MARKER)} insert into coalescing_probe (n) values (${n})`;
    const count = async (tx: typeof database.db) =>
      rowsOf(await tx.execute(sql`select count(*)::int as n from coalescing_probe where n > ${1000}`))[0];
    for (let i = 0; i < 3; i += 1) {
      sent.length = 0;
      const seen = await withTenant({ db: database.db, tenantId }, async (tx) => {
        await tx.execute(sql`select ${1}::int`);
        await tx.execute(insert(1001 + i));
        return count(tx);
      });
      expect(seen).toEqual({ n: i + 1 });
    }
    expect(sent.some((text) => /^execute obieg_\d+\('\d+'\); execute obieg_\d+\('1000'\)$/.test(text))).toBe(
      true,
    );
    await database.db.execute(insert(2000));
    expect(
      rowsOf(await database.db.execute(sql`select count(*)::int as n from coalescing_probe where n = 2000`)),
    ).toEqual([{ n: 1 }]);
    await database.db.execute(sql`delete from coalescing_probe`);
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
