import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Extensions every PGlite instance loads, because migrations create them (0005: pg_trgm). */
export const PGLITE_EXTENSIONS = { pg_trgm };
