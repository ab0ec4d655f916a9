import { sql } from 'drizzle-orm';

/** Values as a comma-separated list of parameters, for `in (…)` and `array[…]` in SQL. */
export const sqlValues = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
