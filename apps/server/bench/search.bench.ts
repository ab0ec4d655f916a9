/**
 * npm run bench:search — the search (ADR 0009) over many case documents of Polish-like text.
 *
 * Seeds one office with 10,000 cases and OBIEG_BENCH_DOCUMENTS case documents (default 1,000,000
 * on PostgreSQL, 50,000 on embedded PGlite) whose titles and contents are drawn from a 4,000-word
 * vocabulary with a skewed (Zipf-like) frequency, so some words are in most documents and some in
 * a few. Then runs 200 queries (rare, middle and common words, prefixes, two words, words typed
 * without Polish letters, and one in twenty misspelt, which the trigram fallback corrects) through the API (`GET /api/v1/search?type=document`, an office-wide
 * reader: HTTP handling, session, permissions, visibility, fragments) and the same SQL statements
 * directly through the driver, and prints p50/p95 for both and their ratio.
 * Targets on PostgreSQL at 1M documents: API p95 < 100 ms and within 2× of the raw SQL.
 *
 *   npm run bench:search            OBIEG_BENCH_SKIP_PGLITE=1 npm run bench:search
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/app/server.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import type { DatabaseHandle } from '../src/db/database.types.js';
import { sql } from 'drizzle-orm';
import { systemClock } from '../src/shared/clock/clock.js';
import { uuidv7Ids } from '../src/shared/ids/ids.js';
import { foldDiacritics } from '../src/shared/text/fold.js';
import { createTenant } from '../src/modules/tenants/tenants.usecases.js';
import { makeOfficeInput } from '../src/modules/tenants/tenants.test-utils.js';

const QUERIES = 200;
const VOCABULARY = 4_000;
const CASES = 10_000;
const PASSWORD = 'bench password 0123456789';
const NEW_PASSWORD = 'bench password 9876543210';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** A deterministic pseudo-random sequence (the same vocabulary and queries every run). */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Polish-like words from syllables, with Polish letters; rank 1 is the most frequent. */
function makeVocabulary(): string[] {
  const random = lcg(7);
  const syllables = [
    'ka',
    'ro',
    'wi',
    'sza',
    'prze',
    'dro',
    'gi',
    'zna',
    'ło',
    'ść',
    'mie',
    'ją',
    'cy',
    'nie',
    'sko',
    'wa',
    'rze',
    'dzi',
    'ęb',
    'ół',
    'pra',
    'sta',
    'no',
    'ży',
    'cho',
    'ta',
    'li',
    'śnie',
    'gó',
    'ra',
    'ko',
    'pa',
    'mo',
    'bu',
    'dów',
    'ść',
    'ni',
    'ków',
    'ską',
    'wy',
    'da',
    'je',
    'ń',
    'ą',
  ];
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    const n = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < n; i += 1) word += syllables[Math.floor(random() * syllables.length)];
    if (foldDiacritics(word).length >= 4) words.add(word);
  }
  return [...words];
}

function makeQueries(words: string[]): string[] {
  const random = lcg(11);
  const at = (from: number, to: number) => words[from + Math.floor(random() * (to - from))] ?? 'x';
  const queries: string[] = [];
  for (let i = 0; i < QUERIES; i += 1) {
    const kind = i % 5;
    if (kind === 0)
      queries.push(at(2_000, VOCABULARY)); // rare
    else if (kind === 1 && i % 10 === 6) {
      // A misspelling (a letter left out): nothing matches as typed, the trigram fallback corrects it.
      const word = foldDiacritics(at(200, 2_000));
      const cut = 2 + (i % Math.max(1, word.length - 3));
      queries.push(word.slice(0, cut) + word.slice(cut + 1));
    } else if (kind === 1)
      queries.push(foldDiacritics(at(200, 2_000))); // middle, typed without Polish letters
    else if (kind === 2)
      queries.push(at(0, 30)); // common
    else if (kind === 3)
      queries.push(foldDiacritics(at(200, 2_000)).slice(0, 4)); // a prefix being typed
    else queries.push(`${at(0, 50)} ${at(1_000, VOCABULARY)}`); // a common and a rarer word
  }
  return queries;
}

/**
 * Seeds cases and documents with SQL as the table owner (no application rules involved): titles of
 * 3–8 words, contents of 20–40, words drawn with a skew towards the first of the vocabulary.
 * The trigger that collects the office's words for the trigram fallback (migration 0018) is paused
 * while seeding and the words are collected once at the end, as the migration does for existing rows.
 */
async function seed(database: DatabaseHandle, tenantId: string, words: string[], documents: number) {
  const db = database.db;
  const started = performance.now();
  const [owner] = (
    (await db.execute(
      sql`select u.id as user_id, p.org_unit_id as unit_id from users u join positions p on p.user_id = u.id
           where u.tenant_id = ${tenantId} and u.login = 'admin'`,
    )) as unknown as { rows: { user_id: string; unit_id: string }[] }
  ).rows;
  if (!owner) throw new Error('no admin');
  const versionId = uuidv7Ids.next();
  await db.execute(sql`insert into jrwa_versions (id, tenant_id, name, valid_from, created_at)
    values (${versionId}, ${tenantId}, 'bench', '2000-01-01', now())`);
  await db.execute(sql`create temporary table bench_words as
    select ordinality::int as rank, word from unnest(string_to_array(${words.join(' ')}, ' ')) with ordinality as word`);
  const wordArray = sql`(select array_agg(word order by rank) from bench_words)`;
  await db.execute(sql`
    insert into cases (id, tenant_id, sign, unit_id, unit_symbol, jrwa_version_id, jrwa_symbol, jrwa_title,
                       year, number, title, handler_user_id, opened_at, initiated_on, search_text)
    select gen_random_uuid(), ${tenantId}, 'ADM.0100.' || g || '.2026', ${owner.unit_id}, 'ADM', ${versionId},
           '0100', 'Regulamin', 2026, g, 'Sprawa ' || g, ${owner.user_id},
           now() - (g || ' minutes')::interval, current_date, 'adm 0100 ' || g || ' 2026 sprawa ' || g
      from generate_series(1, ${CASES}::int) g`);
  await db.execute(sql`alter table case_documents disable trigger case_documents_search_words`);
  const chunk = 100_000;
  for (let from = 0; from < documents; from += chunk) {
    const count = Math.min(chunk, documents - from);
    await db.execute(sql`
      with w as (select ${wordArray} as a),
      docs as (
        select g,
               array_to_string(array(select a[1 + floor(power(random(), 2.5) * ${VOCABULARY})::int]
                                       from w, generate_series(1, 3 + (g % 6))), ' ') as title,
               array_to_string(array(select a[1 + floor(power(random(), 2.5) * ${VOCABULARY})::int]
                                       from w, generate_series(1, 20 + (g % 21))), ' ') as content
          from generate_series(${from + 1}::int, ${from + count}::int) g)
      insert into case_documents (id, tenant_id, case_id, ordinal, kind, document_id, title, content, format,
                                  unit_id, added_at, added_by, search_text)
      select gen_random_uuid(), ${tenantId}, c.id, 1 + g / ${CASES}, 'note', 'OBG-BENCH-' || g, d.title, d.content,
             'text/plain', ${owner.unit_id}, now() - (g || ' seconds')::interval, ${owner.user_id},
             translate(lower(d.title || ' ' || d.content), 'ąćęłńóśźż', 'acelnoszz')
        from docs d
        join cases c on c.tenant_id = ${tenantId} and c.number = 1 + (g % ${CASES})`);
    process.stdout.write(`\r  seeded ${from + count} documents…`);
  }
  await db.execute(sql`alter table case_documents enable trigger case_documents_search_words`);
  await db.execute(sql`insert into search_words (tenant_id, word)
    select distinct ${tenantId}::uuid, w from case_documents, unnest(tsvector_to_array(search_vector)) w
     where tenant_id = ${tenantId} and length(w) between 3 and 40 and w !~ '[0-9]'
    on conflict do nothing`);
  // As a database in service would be: vacuumed (the GIN pending lists merged into the indexes,
  // the visibility map set) and analysed. Without it the queries race autovacuum working through
  // a million fresh rows, and the figures depend on how far it got.
  await db.execute(sql`vacuum (analyze) case_documents`);
  await db.execute(sql`vacuum (analyze) cases`);
  await db.execute(sql`vacuum (analyze) search_words`);
  // And the bulk load's dirty pages written out, so the searches' own commits (each search that
  // finds something is audited) do not queue behind the checkpoint of a million rows.
  await db.execute(sql`checkpoint`);
  console.log(`\r  seeded ${documents} documents in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** The dictionary lookup every search starts with (search_similar_words, 0018–0019): all words known? */
async function rawLookup(database: DatabaseHandle, tenantId: string, words: string[]) {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    const rows = (
      (await tx.execute(
        sql`select typed_word, known from search_similar_words(${`{${words.join(',')}}`}::text[], 1)`,
      )) as unknown as { rows: { typed_word: string; known: boolean }[] }
    ).rows;
    return words.every((word) => rows.some((row) => row.typed_word === word && row.known));
  });
}

/**
 * The statements the search runs for `type=document` (search.repository.ts) for an office-wide
 * reader — candidates from `search_candidates` for the document's words and its files' text, then
 * the rows by id — in one transaction as the owner (no RLS, no permission or visibility work).
 */
async function rawSearch(database: DatabaseHandle, tenantId: string, words: string[]) {
  const query = words.map((w) => `${w}:*`).join(' & ');
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    for (const source of ['document', 'document_files']) {
      const candidates = (
        (await tx.execute(
          sql`select id from search_candidates(${source}, ${query}, null, null, null, 100)`,
        )) as unknown as { rows: { id: string }[] }
      ).rows;
      if (candidates.length === 0) continue;
      await tx.execute(sql`
        select case_documents.id, case_documents.case_id, case_documents.title,
               c2.sign || ' · ' || case_documents.document_id as reference, case_documents.added_at as date,
               case_documents.content
          from case_documents join cases c2 on c2.id = case_documents.case_id
         where case_documents.id = any(${`{${candidates.map((c) => c.id).join(',')}}`}::uuid[])
         order by case_documents.added_at desc`);
    }
  });
}

async function reader(app: FastifyInstance): Promise<Record<string, string>> {
  const call = async (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string>,
    body?: unknown,
  ) => {
    const response = await app.inject({ method, url, headers, ...(body ? { payload: body as object } : {}) });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response;
  };
  const login = async (user: string, password: string) => {
    const response = await call('POST', '/api/v1/auth/login', {}, { tenant: 'bench', login: user, password });
    const cookie = (response.headers['set-cookie']?.toString() ?? '').split(';')[0] ?? '';
    return { cookie, 'x-csrf-token': response.json().csrfToken as string };
  };
  const activate = async (user: string) => {
    const first = await login(user, PASSWORD);
    await call('POST', '/api/v1/auth/password', first, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    return login(user, NEW_PASSWORD);
  };
  const admin = await activate('admin');
  const roles = (await call('GET', '/api/v1/roles', admin)).json().items as { id: string; code: string }[];
  const units = (await call('GET', '/api/v1/org-units', admin)).json().items as {
    id: string;
    symbol: string;
  }[];
  const user = (
    await call('POST', '/api/v1/users', admin, {
      login: 'sekretarz',
      displayName: 'Sekretarz',
      password: PASSWORD,
    })
  ).json();
  await call('POST', '/api/v1/positions', admin, {
    userId: user.id,
    orgUnitId: units.find((u) => u.symbol === 'ADM')?.id,
    title: 'Sekretarz',
    roleIds: [roles.find((r) => r.code === 'sekretarz')?.id],
  });
  return activate('sekretarz');
}

async function benchmark(label: string, databaseUrl: string | undefined, documents: number) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-bench-search-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    OBIEG_DATA_DIR: dataDir,
    OBIEG_JOBS: 'false',
    OBIEG_WEB_DIST: '/nonexistent',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildServer({ config, database, logger: false });
  try {
    await app.ready();
    const tenant = await createTenant({
      deps: { db: database.db, clock: systemClock, ids: uuidv7Ids },
      meta: { requestId: null, clientAddress: null },
      input: makeOfficeInput({ code: 'bench', name: 'Urząd benchmarku', adminPassword: PASSWORD }),
    });
    const words = makeVocabulary();
    await seed(database, tenant.id, words, documents);
    const headers = await reader(app);
    const queries = makeQueries(words);
    const api: number[] = [];
    const raw: number[] = [];
    let hits = 0;
    let corrected = 0;
    for (const query of [...queries.slice(0, 20), ...queries]) {
      const t0 = performance.now();
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/search?type=document&q=${encodeURIComponent(query)}`,
        headers,
      });
      const t1 = performance.now();
      if (response.statusCode !== 200)
        throw new Error(`search ${query}: ${response.statusCode} ${response.body}`);
      const {
        words: folded,
        items,
        correctedWords,
      } = response.json() as {
        words: string[];
        items: unknown[];
        correctedWords: string[] | null;
      };
      // The same statements as the API: the dictionary first, then the words as typed when all are
      // known, the corrected words when some were not.
      const allKnown = await rawLookup(database, tenant.id, folded);
      if (allKnown) await rawSearch(database, tenant.id, folded);
      else if (correctedWords) await rawSearch(database, tenant.id, correctedWords);
      if (correctedWords) corrected += 1;
      const t2 = performance.now();
      api.push(t1 - t0);
      raw.push(t2 - t1);
      if (process.env.OBIEG_BENCH_VERBOSE === '1')
        console.log(
          `  ${(t1 - t0).toFixed(1)} ms / raw ${(t2 - t1).toFixed(1)} ms  ${query}${correctedWords ? ` → ${correctedWords.join(' ')}` : ''}`,
        );
      hits += items.length;
    }
    // The first 20 were warm-up.
    const [a, r] = [api.slice(20).sort((x, y) => x - y), raw.slice(20).sort((x, y) => x - y)];
    console.log(
      `${label} (${documents.toLocaleString('en')} documents, ${QUERIES} queries, ${(hits / (QUERIES + 20)).toFixed(1)} hits each, ${corrected} misspellings corrected):`,
    );
    console.log(
      `  API (GET /api/v1/search): p50 ${percentile(a, 0.5).toFixed(1)} ms, p95 ${percentile(a, 0.95).toFixed(1)} ms`,
    );
    console.log(
      `  raw SQL (same statements): p50 ${percentile(r, 0.5).toFixed(1)} ms, p95 ${percentile(r, 0.95).toFixed(1)} ms`,
    );
    console.log(
      `  ratio API/raw at p95: ${(percentile(a, 0.95) / Math.max(percentile(r, 0.95), 0.001)).toFixed(2)} (target ≤ 2, API p95 < 100 ms on PostgreSQL)`,
    );
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(`node ${process.version}, ${os.cpus().length} CPUs`);
  if (process.env.OBIEG_BENCH_SKIP_PGLITE !== '1')
    await benchmark('embedded PGlite', undefined, Number(process.env.OBIEG_BENCH_PGLITE_DOCUMENTS ?? 50_000));
  const adminUrl = process.env.OBIEG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL not reachable at ${adminUrl}; skipped.`);
    return;
  }
  const name = `obieg_bench_search_${process.pid}`;
  await admin.query(`create database "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await benchmark('PostgreSQL', url.toString(), Number(process.env.OBIEG_BENCH_DOCUMENTS ?? 1_000_000));
  } finally {
    await admin.query(`drop database if exists "${name}"`);
    await admin.end();
  }
}

await main();
