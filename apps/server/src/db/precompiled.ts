import * as drizzle from 'drizzle-orm';
import {
  getTableColumns,
  is,
  Param,
  Placeholder,
  sql,
  type DriverValueEncoder,
  type InferSelectModel,
  type Query,
} from 'drizzle-orm';
import type { PgInsertValue, PgTable, SelectedFieldsOrdered } from 'drizzle-orm/pg-core';
import type { Database } from './database.types.js';
import { NO_RESULT_MARKER } from './pg-coalescing-client.js';

/** Drizzle's own flattening of a selection (runtime export, not in its type declarations). */
const orderSelectedFields = (
  drizzle as unknown as {
    orderSelectedFields: (fields: Record<string, unknown>) => SelectedFieldsOrdered;
  }
).orderSelectedFields;

/**
 * The query with each encoded placeholder made null-safe: Drizzle encodes a bound value only when
 * it is not null, but `fillPlaceholders` calls the encoder for a placeholder's value regardless.
 */
function compile(builder: Builder): Query {
  const query = builder.toSQL();
  const params = query.params.map((param) => {
    if (!is(param, Param) || !is(param.value, Placeholder)) return param;
    const encoder = param.encoder as DriverValueEncoder<unknown, unknown>;
    return new Param(param.value, {
      mapToDriverValue: (value: unknown) => (value === null ? null : encoder.mapToDriverValue(value)),
    });
  });
  return { sql: query.sql, params };
}

/** Names a value of a precompiled statement: `p('tenantId')` stands where the value goes. */
export type PlaceholderOf<K extends string> = (name: K) => Placeholder<K>;

type Builder = { toSQL(): Query };
type SelectBuilder = Builder & { _: { selectedFields: Record<string, unknown> } };
type ResultOf<B> = B extends PromiseLike<infer R> ? R : never;

/**
 * A statement on a hot path whose SQL Drizzle builds once per process instead of on every
 * execution: `build` makes the query with placeholders (`p('name')`) where the values go, and each
 * run only binds the values (through the columns' encoders) and maps the rows as Drizzle would.
 * Building a statement costs 50–200 µs of CPU per execution (`is()` walks over every chunk); on
 * the request path of every call that was the largest share of the server's time (ADR 0007).
 * The statement runs on the `db` or transaction it is given, so RLS scoping is unchanged.
 */
export function precompiledSelect<K extends string, B extends SelectBuilder>(
  build: (db: Database, p: PlaceholderOf<K>) => B,
) {
  let compiled: { query: Query; fields: SelectedFieldsOrdered } | undefined;
  return async (db: Database, values: Record<K, unknown>): Promise<ResultOf<B>> => {
    if (!compiled) {
      const builder = build(db, (name) => sql.placeholder(name));
      compiled = { query: compile(builder), fields: orderSelectedFields(builder._.selectedFields) };
    }
    const prepared = db._.session.prepareQuery(compiled.query, compiled.fields, undefined, true);
    return (await prepared.execute(values)) as ResultOf<B>;
  };
}

/** Like `precompiledSelect`, for a statement whose rows are not needed (an insert, an update). */
export function precompiledWrite<K extends string>(build: (db: Database, p: PlaceholderOf<K>) => Builder) {
  let query: Query | undefined;
  return async (db: Database, values: Record<K, unknown>): Promise<void> => {
    if (!query) {
      const compiled = compile(build(db, (name) => sql.placeholder(name)));
      // Nothing reads its result: on PostgreSQL it may travel with the next statement.
      query = { ...compiled, sql: `${NO_RESULT_MARKER} ${compiled.sql}` };
    }
    await db._.session.prepareQuery(query, undefined, undefined, false).execute(values);
  };
}

/**
 * An insert of one whole row of `table` (every column given, no database defaults), built once:
 * the caller keeps the row it passed, so nothing needs to be read back.
 */
export function precompiledInsert<T extends PgTable>(table: T) {
  const columns = Object.keys(getTableColumns(table));
  const insert = precompiledWrite((db, p: PlaceholderOf<string>) =>
    db.insert(table).values(Object.fromEntries(columns.map((c) => [c, p(c)])) as PgInsertValue<T>),
  );
  return (db: Database, row: InferSelectModel<T>) => insert(db, row as Record<string, unknown>);
}
