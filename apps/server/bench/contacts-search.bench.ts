/**
 * npm run bench:contacts — search-as-you-type over 100,000 contacts of one office.
 *
 * Seeds the contacts (multi-row inserts of 2,000) into a fresh in-memory PGlite and, when reachable,
 * into a fresh PostgreSQL database (OBIEG_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * the database is created and dropped here). Then times typical queries through the use case
 * (RLS transaction + mapping) beside the same SQL issued directly, and prints p50/p95 in ms.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPglite, openPostgres } from '../src/db/database.js';
import type { DatabaseHandle } from '../src/db/database.types.js';
import { PGLITE_EXTENSIONS } from '../src/db/pglite-extensions.js';
import { systemClock } from '../src/shared/clock/clock.js';
import { uuidv7Ids } from '../src/shared/ids/ids.js';
import { systemActor } from '../src/modules/auth/auth.types.js';
import { buildSearchText, parseSearchQuery } from '../src/modules/contacts/contacts.models.js';
import { searchClauses } from '../src/modules/contacts/contacts.repository.js';
import { contactsTable } from '../src/modules/contacts/contacts.table.js';
import { searchContacts } from '../src/modules/contacts/contacts.usecases.js';
import { createTenant } from '../src/modules/tenants/tenants.usecases.js';
import { makeOfficeInput } from '../src/modules/tenants/tenants.test-utils.js';

const COUNT = Number(process.env.OBIEG_BENCH_CONTACTS ?? 100_000);
const RUNS = 30;
const SURNAMES = [
  'Nowak',
  'Kowalski',
  'Wiśniewski',
  'Wójcik',
  'Kowalczyk',
  'Kamiński',
  'Lewandowski',
  'Zieliński',
  'Szymański',
  'Woźniak',
  'Dąbrowski',
  'Kozłowski',
  'Jankowski',
  'Mazur',
  'Kwiatkowski',
  'Krawczyk',
  'Piotrowski',
  'Grabowski',
  'Nowakowski',
  'Pawłowski',
  'Michalski',
  'Król',
  'Wieczorek',
  'Jabłoński',
  'Wróbel',
  'Majewski',
  'Olszewski',
  'Jaworski',
  'Stępień',
  'Górski',
  'Żółkiewski',
  'Łukasiewicz',
  'Ślusarczyk',
  'Malinowski',
  'Pawlak',
];
const GIVEN = [
  'Jan',
  'Anna',
  'Piotr',
  'Maria',
  'Krzysztof',
  'Katarzyna',
  'Andrzej',
  'Małgorzata',
  'Tomasz',
  'Agnieszka',
  'Paweł',
  'Barbara',
  'Michał',
  'Ewa',
  'Łukasz',
  'Elżbieta',
  'Grzegorz',
  'Zofia',
  'Józef',
  'Jadwiga',
];
const CITIES = [
  'Warszawa',
  'Kraków',
  'Łódź',
  'Wrocław',
  'Poznań',
  'Gdańsk',
  'Szczecin',
  'Bydgoszcz',
  'Lublin',
  'Białystok',
  'Katowice',
  'Gdynia',
  'Częstochowa',
  'Radom',
  'Toruń',
  'Kielce',
  'Rzeszów',
  'Gliwice',
  'Zabrze',
  'Olsztyn',
  'Żywiec',
  'Świnoujście',
  'Zielona Góra',
  'Opole',
  'Płock',
];
const KINDS = [
  'Urząd Gminy',
  'Spółdzielnia',
  'Przedsiębiorstwo',
  'Fundacja',
  'Stowarzyszenie',
  'Szkoła Podstawowa nr',
];

const PESEL_QUERY_INDEX = 12_345;
const pick = <T>(list: T[], i: number) => list[i % list.length] as T;
const weighted = (w: number[], d: number[]) => w.reduce((s, x, i) => s + x * (d[i] ?? 0), 0);
const pesel = (i: number) => {
  const d = `${String(40 + (i % 60)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 10000).padStart(4, '0')}`;
  const c = (10 - (weighted([1, 3, 7, 9, 1, 3, 7, 9, 1, 3], d.split('').map(Number)) % 10)) % 10;
  return `${d}${c}`;
};

const PESEL_QUERY = pesel(PESEL_QUERY_INDEX);
const QUERIES = [
  'ko',
  'now',
  'wisn',
  'zolkie',
  'lodz',
  'krakow',
  'jan kowal',
  'anna lodz',
  'spoldz',
  '100-005-00-00',
  PESEL_QUERY,
  'zywiec',
];

function makeContact(i: number, tenantId: string, now: Date) {
  const person = i % 4 !== 0;
  const city = pick(CITIES, i * 7 + (i >> 5));
  const fields = {
    kind: person ? ('person' as const) : ('institution' as const),
    givenNames: person ? pick(GIVEN, i * 3 + (i >> 7)) : null,
    surname: person ? pick(SURNAMES, i + (i >> 9)) : null,
    name: person ? null : `${pick(KINDS, i)} ${pick(SURNAMES, i >> 2)} ${i}`,
    pesel: person && i % 2 === 1 ? pesel(i) : null,
    nip: person ? null : String(1_000_000_000 + i),
    regon: null,
    krs: null,
    epuapBox: null,
    edeliveryAddress: null,
    emails: [],
    phones: [],
    addresses: [
      {
        street: 'Polna',
        building: String(i % 200),
        flat: null,
        postalCode: '00-001',
        city,
        poBox: null,
        country: 'PL',
        terytSimc: null,
        terytUlic: null,
      },
    ],
    remarks: null,
  };
  return {
    ...fields,
    id: uuidv7Ids.next(),
    tenantId,
    searchText: buildSearchText(fields),
    createdAt: now,
    updatedAt: now,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function time(work: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return `${percentile(samples, 0.5).toFixed(1).padStart(6)} ${percentile(samples, 0.95).toFixed(1).padStart(6)}`;
}

async function benchmark(label: string, database: DatabaseHandle) {
  await database.migrate();
  const deps = { db: database.db, clock: systemClock, ids: uuidv7Ids };
  const tenant = await createTenant({
    deps,
    meta: { requestId: null, clientAddress: null },
    input: makeOfficeInput({ code: 'bench', name: 'Urząd', adminPassword: 'bench-password-123456' }),
  });
  const seedStart = performance.now();
  const now = new Date();
  for (let from = 0; from < COUNT; from += 2000) {
    const batch = Array.from({ length: Math.min(2000, COUNT - from) }, (_, k) =>
      makeContact(from + k, tenant.id, now),
    );
    await database.db.insert(contactsTable).values(batch);
  }
  await database.db.execute('analyze contacts');
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const ctx = { actor: systemActor({ tenantId: tenant.id }), meta: { requestId: null, clientAddress: null } };
  const lines = [
    `\n${label}: ${COUNT} contacts seeded in ${seedSeconds.toFixed(1)} s (${Math.round(COUNT / seedSeconds)}/s)`,
    'query            app p50  p95   raw p50  p95   hits',
  ];
  for (const q of QUERIES) {
    const { where, orderBy } = searchClauses({ tenantId: tenant.id, terms: parseSearchQuery(q) });
    const raw = () =>
      database.db
        .select()
        .from(contactsTable)
        .where(where)
        .orderBy(...orderBy)
        .limit(21);
    const hits = (await raw()).length;
    const app = await time(() => searchContacts({ deps, ctx, q, limit: 20 }));
    lines.push(`${q.padEnd(16)} ${app}   ${await time(raw)}   ${hits}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main() {
  await benchmark('PGlite (in memory)', openPglite({ pg: new PGlite({ extensions: PGLITE_EXTENSIONS }) }));
  const adminUrl = process.env.OBIEG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    process.stdout.write(`\nPostgreSQL not reachable at ${adminUrl}; skipped.\n`);
    return;
  }
  const name = `obieg_bench_contacts_${process.pid}`;
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres({ url: url.toString(), poolSize: 4 });
  try {
    await benchmark('PostgreSQL', database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

await main();
