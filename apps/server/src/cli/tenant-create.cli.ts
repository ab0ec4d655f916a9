import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createTenantInputSchema } from '@obieg/contracts/tenants';
import { createTenant } from '../modules/tenants/tenants.usecases.js';
import { systemClock } from '../shared/clock/clock.js';
import { uuidv7Ids } from '../shared/ids/ids.js';
import { runCli } from './cli.js';

const HELP = `Usage: npm run tenant:create -- --code <code> --name "<office name>" [options]

  --code <code>            short office code used at login and in URLs (a-z, 0-9, -)
  --name <name>            full office name, e.g. "Urząd Gminy Wólka"
  --nip <nip>              NIP (check digit verified)
  --regon <regon>          REGON 9 or 14 digits (check digit verified)
  --teryt <terc>           TERYT TERC code of the gmina (7 digits)
  --epuap-box <address>    ePUAP box, e.g. /ug-wolka/SkrytkaESP
  --ade <address>          e-Doręczenia address, e.g. AE:PL-12345-67890-ABCDE-12
  --admin-login <login>    first administrator's login (default: admin)
  --admin-name <name>      first administrator's display name
  Password of the first administrator: OBIEG_NEW_ADMIN_PASSWORD, or generated and printed once.
  The administrator must change it at first login.
`;

const { values } = parseArgs({
  options: {
    code: { type: 'string' },
    name: { type: 'string' },
    nip: { type: 'string' },
    regon: { type: 'string' },
    teryt: { type: 'string' },
    'epuap-box': { type: 'string' },
    ade: { type: 'string' },
    'admin-login': { type: 'string' },
    'admin-name': { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help || !values.code || !values.name) {
  process.stdout.write(HELP);
  process.exit(values.help ? 0 : 1);
}

const password = process.env.OBIEG_NEW_ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
const parsed = createTenantInputSchema.safeParse({
  code: values.code,
  name: values.name,
  nip: values.nip ?? null,
  regon: values.regon ?? null,
  teryt: values.teryt ?? null,
  epuapBox: values['epuap-box'] ?? null,
  edeliveryAddress: values.ade ?? null,
  admin: {
    login: values['admin-login'] ?? 'admin',
    displayName: values['admin-name'] ?? 'Administrator',
    password,
  },
});
if (!parsed.success) {
  process.stderr.write(
    `Invalid input:\n${parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n')}\n`,
  );
  process.exit(1);
}

await runCli(async (database) => {
  const tenant = await createTenant({
    deps: { db: database.db, clock: systemClock, ids: uuidv7Ids },
    input: parsed.data,
    meta: { requestId: 'cli', clientAddress: null },
  });
  process.stdout.write(`Office created: ${tenant.code} (${tenant.name}), id ${tenant.id}\n`);
  process.stdout.write(`First administrator: ${parsed.data.admin.login}\n`);
  if (!process.env.OBIEG_NEW_ADMIN_PASSWORD)
    process.stdout.write(`Initial password (shown only now; must be changed at first login): ${password}\n`);
});
