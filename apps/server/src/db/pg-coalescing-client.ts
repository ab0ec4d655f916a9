import pg from 'pg';

/** Marks the statement that scopes a transaction to an office (see `withTenant`). */
export const TENANT_SCOPE_MARKER = '/* obieg:tenant-scope */';

/**
 * Marks a statement whose result nobody reads (an insert, the audit append): inside a
 * transaction it may be held back and sent in one message with the statement that follows it —
 * the next one, or the COMMIT (ADR 0007). Its failure then fails that statement.
 */
export const NO_RESULT_MARKER = '/* obieg:no-result */';

const BEGIN = /^begin(\s|$)/i;
const END = /^(commit|rollback)$/i;
const ROLLBACK = /^rollback$/i;

type QueryConfigLike = { text?: unknown; values?: unknown[]; name?: unknown };

/**
 * How many distinct statement texts get a server-side prepared statement (per process). Beyond
 * it statements run unnamed, exactly as before: a statement built with a varying shape (an IN
 * list of any length) cannot make the server keep plans without bound.
 */
export const MAX_NAMED_STATEMENTS = 1000;

/** Statement text → its prepared-statement name; the same in every connection of the process. */
const statementNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined || statementNames.size >= MAX_NAMED_STATEMENTS) return known;
  const name = `obieg_${statementNames.size + 1}`;
  statementNames.set(text, name);
  return name;
}

export type CoalescingClientConfig = pg.ClientConfig & {
  /**
   * Run every parameterised statement as a named prepared statement, so PostgreSQL parses and
   * plans it once per connection instead of on every execution (ADR 0007). Turn off behind a
   * pooler that cannot keep prepared statements (PgBouncer in transaction mode before 1.21).
   */
  preparedStatements?: boolean;
};

/**
 * A node-postgres client that sends fewer messages per transaction without changing what any
 * statement does (ADR 0006, ADR 0007):
 * - a parameterless `BEGIN …` and the marked office scope of `withTenant` are held back and sent
 *   with the transaction's first statement — in one simple-protocol message when that statement
 *   is parameterless, or as `EXECUTE` of a statement the connection has already prepared;
 * - inside a transaction, a statement marked `NO_RESULT_MARKER` is held and sent with the one
 *   that follows it (or the COMMIT), dropped by ROLLBACK;
 * - parameterised statements run as named prepared statements (`preparedStatements`).
 * Whatever cannot be merged is sent as before, in order.
 */
export class CoalescingClient extends pg.Client {
  #held:
    { kind: 'begin'; sql: string; scoped?: boolean } | { kind: 'no-result'; statement: Statement } | null =
    null;
  #inTransaction = false;
  readonly #prepare: boolean;

  constructor(config?: CoalescingClientConfig | string) {
    super(config);
    this.#prepare = typeof config === 'object' ? (config.preparedStatements ?? true) : true;
  }

  // The overloads of pg's `query` are many; this one forwards everything it does not coalesce.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const forward = (c: unknown, v?: unknown) =>
      (super.query as (...args: unknown[]) => Promise<unknown>).call(this, c, v);
    if (typeof values === 'function' || typeof callback === 'function')
      return (super.query as (...args: unknown[]) => never).call(this, config, values, callback);
    const text = typeof config === 'string' ? config : (config as QueryConfigLike | null)?.text;
    const params = Array.isArray(values) ? values : (config as QueryConfigLike | null)?.values;
    if (typeof text !== 'string') return forward(config, values) as never;
    const simple =
      (params === undefined || params.length === 0) &&
      (typeof config === 'string' || !(config as QueryConfigLike).name);
    let statement: Statement = { config, values, text, simple, name: undefined, params: params ?? [] };
    if (!simple && this.#prepare) {
      const name = statementName(text);
      if (name !== undefined) {
        const named = { ...(typeof config === 'object' ? config : {}), text, values: params ?? [], name };
        statement = { ...statement, config: named, values: undefined, name };
      }
    }
    return this.#route(statement, forward) as never;
  }

  #route(statement: Statement, forward: (c: unknown, v?: unknown) => Promise<unknown>): Promise<unknown> {
    const { text, simple } = statement;
    if (simple && END.test(text)) this.#inTransaction = false;
    const held = this.#held;
    if (held === null) {
      if (simple && BEGIN.test(text)) {
        this.#inTransaction = true;
        this.#held = { kind: 'begin', sql: text };
        return Promise.resolve(fakeResult('BEGIN'));
      }
      if (this.#inTransaction && text.startsWith(NO_RESULT_MARKER)) {
        this.#held = { kind: 'no-result', statement };
        return Promise.resolve(fakeResult('UPDATE'));
      }
      return forward(statement.config, statement.values);
    }
    if (held.kind === 'begin') {
      if (simple && text.startsWith(TENANT_SCOPE_MARKER) && !held.scoped) {
        this.#held = { kind: 'begin', sql: `${held.sql}; ${text}`, scoped: true };
        return Promise.resolve(fakeResult('SELECT'));
      }
      this.#held = null;
      if (simple && !BEGIN.test(text)) return this.#sendMerged(`${held.sql}; ${text}`, statement, forward);
      const execute = this.#inlineExecute(statement);
      if (execute !== undefined) return this.#sendMerged(`${held.sql}; ${execute}`, statement, forward);
      return forward(held.sql).then(() => this.#route(statement, forward));
    }
    // A statement whose result nobody reads: dropped by ROLLBACK, sent with what follows if both
    // fit in one simple-protocol message, otherwise first.
    this.#held = null;
    const pending = held.statement;
    if (simple && ROLLBACK.test(text)) return forward(statement.config, statement.values);
    const execute = this.#inlineExecute(pending);
    if (execute !== undefined && !(simple && BEGIN.test(text))) {
      if (simple) return this.#sendMerged(`${execute}; ${text}`, statement, forward);
      const next = this.#inlineExecute(statement);
      if (next !== undefined) return this.#sendMerged(`${execute}; ${next}`, statement, forward);
    }
    return forward(pending.config, pending.values).then(() => this.#route(statement, forward));
  }

  /** One simple-protocol message for several statements; the last one's result is the answer. */
  #sendMerged(sql: string, last: Statement, forward: (c: unknown, v?: unknown) => Promise<unknown>) {
    const merged = typeof last.config === 'object' ? { ...last.config, text: sql, values: undefined } : sql;
    if (typeof merged === 'object') delete (merged as QueryConfigLike).name;
    return forward(merged).then((results) => (Array.isArray(results) ? results.at(-1) : results));
  }

  /**
   * `EXECUTE name('…', …)` for a named statement this connection has already prepared, when every
   * value is a string, a finite number, a boolean or null (quoted by pg's `escapeLiteral`);
   * otherwise undefined and the statement goes out on its own.
   */
  #inlineExecute(statement: Statement): string | undefined {
    const { name, text, params } = statement;
    if (name === undefined) return undefined;
    const parsed = (this as unknown as { connection: { parsedStatements: Record<string, string> } })
      .connection.parsedStatements;
    if (parsed[name] !== text) return undefined;
    const literals: string[] = [];
    for (const value of params) {
      const literal = toLiteral(value);
      if (literal === undefined) return undefined;
      literals.push(literal);
    }
    return literals.length === 0 ? `execute ${name}` : `execute ${name}(${literals.join(', ')})`;
  }
}

type Statement = {
  config: unknown;
  values: unknown;
  text: string;
  simple: boolean;
  name: string | undefined;
  params: unknown[];
};

const fakeResult = (command: string) => ({ command, rowCount: null, rows: [], fields: [] });

function toLiteral(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? `'${value}'` : undefined;
  if (typeof value === 'boolean') return value ? "'true'" : "'false'";
  return undefined;
}
