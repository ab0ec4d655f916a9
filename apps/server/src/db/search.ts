import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The words of a folded `search_text` column as PostgreSQL full-text search sees them (ADR 0009):
 * every run of characters other than letters and digits separates words, so a znak
 * `gk.6000.1.2026` or an RPW number `rpw/12/2026` is found by its parts. Indexes and queries must
 * use this same expression.
 */
export const searchVector = (column: AnyPgColumn | SQL) =>
  sql`to_tsvector('simple', regexp_replace(${column}, '[^[:alnum:]]+', ' ', 'g'))`;

/**
 * The stored form of `searchVector(search_text)`: a generated `search_vector` column (migration
 * 0017, outside the Drizzle schema) that GIN indexes and the match read without recomputing the
 * vector for every row they test.
 */
export const storedSearchVector = sql.raw('search_vector');
