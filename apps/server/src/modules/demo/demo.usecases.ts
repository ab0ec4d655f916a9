import { createContact } from '../contacts/contacts.usecases.js';
import { randomBytes } from 'node:crypto';
import type { SystemRoleCode } from '@obieg/contracts/permissions';
import { hashPassword } from '../../shared/crypto/passwords.js';
import type { CoreDeps } from '../../shared/deps.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { withTenant } from '../../db/tenant-scope.js';
import { systemActor, type Context } from '../auth/auth.types.js';
import { findUserByLogin, setUserPassword } from '../organization/access.usecases.js';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from '../organization/org-units.usecases.js';
import { createOrgan } from '../organization/organs.usecases.js';
import { createPosition } from '../organization/positions.usecases.js';
import { listRoles } from '../organization/roles.usecases.js';
import { createUser } from '../organization/users.usecases.js';
import { importJrwa, setJrwaExtract } from '../jrwa/jrwa.usecases.js';
import { createTenant, findTenantByCode, listTenantIds } from '../tenants/tenants.usecases.js';
import { seedDemoDistribution, seedDemoRule } from './demo-distribution.usecases.js';
import { seedDemoDocuments } from './demo-documents.usecases.js';
import { seedDemoLetters } from './demo-letters.usecases.js';
import type { PkiConfig } from '../../config/config.js';
import { DEMO_EXTRACTS, DEMO_JRWA_CSV, DEMO_PEOPLE, DEMO_UNITS } from './demo.constants.js';

const meta = { requestId: 'demo-seed', clientAddress: null };

/**
 * On first start of an empty database (never with NODE_ENV=production): two fictional offices,
 * `demo` (a town office with units, organs, staff and a demonstration JRWA) and `demo2` (a rural
 * gmina with only its administrator), so that isolation between offices can be seen.
 */
export async function seedDemoOnFirstStart({
  deps,
  password,
  pki,
}: {
  deps: CoreDeps;
  password: string | undefined;
  /** Without it the demonstration office gets no signing certificates. */
  pki?: PkiConfig;
}) {
  if ((await listTenantIds({ deps })).length > 0) return { created: false as const };
  const chosen = password ?? randomBytes(12).toString('base64url');
  const demo = await createTenant({
    deps,
    meta,
    input: {
      code: 'demo',
      name: 'Urząd Miejski w Przykładowie (demonstracja)',
      nip: '5250000015',
      regon: '811012343',
      teryt: '1465011',
      address: {
        street: 'Rynek',
        building: '1',
        flat: null,
        postalCode: '00-950',
        city: 'Przykładowo',
        country: 'PL',
      },
      epuapBox: '/um-przykladowo/SkrytkaESP',
      edeliveryAddress: 'AE:PL-12345-67890-ABCDE-12',
      admin: { login: 'admin', displayName: 'Adam Administracyjny', password: chosen },
    },
  });
  const ctx: Context = { actor: systemActor({ tenantId: demo.id, displayName: 'demo seed' }), meta };
  let executiveOrganId: string | undefined;
  for (const [name, kind] of [
    ['Burmistrz Przykładowa', 'executive'],
    ['Rada Miejska w Przykładowie', 'council'],
    ['Przewodniczący Rady Miejskiej w Przykładowie', 'council_chair'],
  ] as const) {
    const organ = await createOrgan({ deps, ctx, input: { name, kind } });
    executiveOrganId ??= organ.id;
  }
  const yearStart = `${toWarsawDate(deps.clock.now()).slice(0, 4)}-01-01`;
  for (const unit of DEMO_UNITS)
    await createOrgUnit({
      deps,
      ctx,
      input: { ...unit, parentId: null, validFrom: yearStart, validTo: null },
    });
  const units = new Map((await listOrgUnits({ deps, ctx })).map((u) => [u.symbol, u.id]));
  const roles = new Map((await listRoles({ deps, ctx })).map((r) => [r.code as SystemRoleCode, r.id]));
  const heads = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const user = await createUser({
      deps,
      ctx,
      input: { login: person.login, displayName: person.displayName, email: null, password: chosen },
    });
    const position = await createPosition({
      deps,
      ctx,
      input: {
        userId: user.id,
        orgUnitId: units.get(person.unit) ?? '',
        title: person.title,
        roleIds: [roles.get(person.role) ?? ''],
        validFrom: yearStart,
        validTo: null,
      },
    });
    if ('head' in person && person.head) heads.set(person.unit, position.id);
  }
  // The heads of units: drafts in their unit name them as the signatory by default.
  for (const [symbol, headPositionId] of heads)
    await updateOrgUnit({ deps, ctx, id: units.get(symbol) ?? '', input: { headPositionId } });
  await importJrwa({
    deps,
    ctx,
    file: Buffer.from(DEMO_JRWA_CSV),
    fileName: null,
    name: 'JRWA — fragment demonstracyjny',
    validFrom: '2000-01-01',
    demonstration: true,
  });
  for (const [symbol, symbols] of Object.entries(DEMO_EXTRACTS))
    await setJrwaExtract({ deps, ctx, orgUnitId: units.get(symbol) ?? '', symbols });
  await seedDemoRule({ deps, ctx, units });
  const letterIds = await seedDemoLetters({ deps, ctx, organId: executiveOrganId });
  // Another public body, reached through ePUAP (public-to-public) in the demo's simulator.
  await createContact({
    deps,
    ctx,
    input: {
      kind: 'institution',
      name: 'Starostwo Powiatowe w Przykładowie',
      addresses: [
        { street: 'Zamkowa', building: '2', postalCode: '00-950', city: 'Przykładowo', country: 'PL' },
      ],
      epuapBox: '/sp-przykladowo/SkrytkaESP',
      emails: [],
      phones: [],
    },
  });
  await seedDemoDistribution({ deps, tenantId: demo.id, letterIds, units });
  if (pki) await seedDemoDocuments({ deps, ctx, pki });

  await createTenant({
    deps,
    meta,
    input: {
      code: 'demo2',
      name: 'Urząd Gminy Wólka (demonstracja)',
      nip: '7391000024',
      regon: '811012350',
      teryt: '0206052',
      address: {
        street: null,
        building: '12',
        flat: null,
        postalCode: '59-000',
        city: 'Wólka',
        country: 'PL',
      },
      epuapBox: null,
      edeliveryAddress: null,
      admin: { login: 'admin', displayName: 'Administrator Gminy Wólka', password: chosen },
    },
  });
  await markPasswordsSet({
    deps,
    password: chosen,
    logins: { demo: ['admin', ...DEMO_PEOPLE.map((p) => p.login)], demo2: ['admin'] },
  });
  return {
    created: true as const,
    password: chosen,
    passwordGenerated: password === undefined,
    logins: ['admin', ...DEMO_PEOPLE.map((p) => p.login)],
  };
}

/** Demo accounts start with a known password and need not change it. */
async function markPasswordsSet({
  deps,
  password,
  logins,
}: {
  deps: CoreDeps;
  password: string;
  logins: Record<string, string[]>;
}) {
  const passwordHash = await hashPassword(password);
  for (const [code, list] of Object.entries(logins)) {
    const tenant = await findTenantByCode({ deps, code });
    if (!tenant) continue;
    await withTenant({ db: deps.db, tenantId: tenant.id }, async (tx) => {
      for (const login of list) {
        const user = await findUserByLogin({ tx, tenantId: tenant.id, login });
        if (user)
          await setUserPassword({ tx, tenantId: tenant.id, id: user.id, passwordHash, at: deps.clock.now() });
      }
    });
  }
}
