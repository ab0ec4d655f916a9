import pg from 'pg';

/** Marks the statement that scopes a transaction to an office (see `withTenant`). */
export const TENANT_SCOPE_MARKER = '/* obieg:tenant-scope */';

const BEGIN = /^begin(\s|$)/i;

type QueryConfigLike = { text?: unknown; values?: unknown[]; name?: unknown };

/**
 * A node-postgres client that saves one network round trip per office-scoped transaction: a
 * parameterless `BEGIN …` is held back and sent in the same simple-protocol message as the
 * transaction's first statement when that is the marked, parameterless `set_config` of
 * `withTenant`. Any other first statement is preceded by the held `BEGIN` as usual, so the
 * behaviour of every query is unchanged; only the number of messages differs. See ADR 0006.
 */
export class CoalescingClient extends pg.Client {
  #pendingBegin: string | null = null;

  // The overloads of pg's `query` are many; this one forwards everything it does not coalesce.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const forward = (c: unknown, v?: unknown, cb?: unknown) =>
      (super.query as (...args: unknown[]) => never).call(this, c, v, cb);
    if (typeof values === 'function' || typeof callback === 'function')
      return forward(config, values, callback);
    const text = typeof config === 'string' ? config : (config as QueryConfigLike | null)?.text;
    const params = Array.isArray(values) ? values : (config as QueryConfigLike | null)?.values;
    const simple =
      typeof text === 'string' &&
      (params === undefined || params.length === 0) &&
      (typeof config === 'string' || !(config as QueryConfigLike).name);
    if (this.#pendingBegin === null && simple && BEGIN.test(text)) {
      this.#pendingBegin = text;
      return Promise.resolve({ command: 'BEGIN', rowCount: null, rows: [], fields: [] }) as never;
    }
    const begin = this.#pendingBegin;
    if (begin === null) return forward(config, values);
    this.#pendingBegin = null;
    if (simple && text.startsWith(TENANT_SCOPE_MARKER)) {
      const merged =
        typeof config === 'string'
          ? `${begin}; ${text}`
          : { ...(config as object), text: `${begin}; ${text}` };
      // A multi-statement simple query answers one result per statement: hand back the last.
      return (forward(merged, values) as Promise<unknown>).then((results) =>
        Array.isArray(results) ? results.at(-1) : results,
      ) as never;
    }
    return (forward(begin) as Promise<unknown>).then(() => forward(config, values)) as never;
  }
}
