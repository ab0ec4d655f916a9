import { sql } from 'drizzle-orm';
import type { CreateTenantInput, Tenant, UpdateTenantInput } from '@obieg/contracts/tenants';
import type { Database } from '../../db/database.types.js';
import { withSystem, withTenant } from '../../db/tenant-scope.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import { hashPassword } from '../../shared/crypto/passwords.js';
import { postalAddressLines } from '../../shared/text/postal-address.js';
import type { CoreDeps } from '../../shared/deps.js';
import { recordAuditEvent, withAuditedTenant, inTenant } from '../audit/audit.usecases.js';
import { systemActor, type Context, type RequestMeta } from '../auth/auth.types.js';
import { seedCorrespondenceDictionaries } from '../correspondence/incoming-queries.usecases.js';
import { createBootstrapAdministrator } from '../organization/bootstrap.usecases.js';
import { createTenantNotFoundError } from './tenants.errors.js';
import { createTenantsRepository, type TenantRow } from './tenants.repository.js';

export const toTenantDto = (row: TenantRow): Tenant => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nip: row.nip,
  regon: row.regon,
  teryt: row.teryt,
  address: row.address ?? null,
  epuapBox: row.epuapBox,
  edeliveryAddress: row.edeliveryAddress,
  timeZone: 'Europe/Warsaw',
  createdAt: row.createdAt.toISOString(),
});

/**
 * Platform operator: creates an office with its system roles, an administration unit and its
 * first administrator, whose password must be changed at first login.
 */
export async function createTenant({
  deps,
  input,
  meta,
}: {
  deps: CoreDeps;
  input: CreateTenantInput;
  meta: RequestMeta;
}): Promise<Tenant> {
  const passwordHash = await hashPassword(input.admin.password);
  const { admin, ...settings } = input;
  const row = await withSystem({ db: deps.db }, (tx) =>
    createTenantsRepository({ db: tx }).insert({
      tenant: { id: deps.ids.next(), ...settings, createdAt: deps.clock.now() },
    }),
  );
  try {
    await withTenant({ db: deps.db, tenantId: row.id }, async (tx) => {
      const ctx: Context = { actor: systemActor({ tenantId: row.id, displayName: 'operator' }), meta };
      await recordAuditEvent({
        tx,
        ctx,
        clock: deps.clock,
        ids: deps.ids,
        event: {
          action: 'tenants.tenant_created',
          subjectType: 'tenant',
          subjectId: row.id,
          details: { code: row.code, name: row.name },
        },
      });
      await createBootstrapAdministrator({
        tx,
        ctx,
        deps,
        login: admin.login,
        displayName: admin.displayName,
        passwordHash,
        today: toWarsawDate(deps.clock.now()),
      });
      await seedCorrespondenceDictionaries({ tx, tenantId: row.id });
    });
  } catch (error) {
    // Without roles and an administrator the office would be unusable: remove the bare row.
    await withSystem({ db: deps.db }, (tx) => tx.execute(deleteTenantSql(row.id)));
    throw error;
  }
  return toTenantDto(row);
}

const deleteTenantSql = (id: string) => sql`delete from tenants where id = ${id}`;

export async function findTenantByCode({ deps, code }: { deps: Pick<CoreDeps, 'db'>; code: string }) {
  return withSystem({ db: deps.db }, (tx) => createTenantsRepository({ db: tx }).findByCode({ code }));
}

export async function listTenantIds({ deps }: { deps: Pick<CoreDeps, 'db'> }) {
  return (await withSystem({ db: deps.db }, (tx) => createTenantsRepository({ db: tx }).listAll())).map(
    (t) => ({ id: t.id, code: t.code }),
  );
}

export async function getOwnTenant({ deps, ctx }: { deps: CoreDeps; ctx: Context }): Promise<Tenant> {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createTenantsRepository({ db: tx }).findById({ id: ctx.actor.tenantId }),
  );
  if (!row) throw createTenantNotFoundError();
  return toTenantDto(row);
}

export async function updateOwnTenant({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: UpdateTenantInput;
}): Promise<Tenant> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createTenantsRepository({ db: tx }).update({ id: ctx.actor.tenantId, patch: input });
    await audit({
      action: 'tenants.settings_updated',
      subjectType: 'tenant',
      subjectId: row.id,
      details: { changes: input },
    });
    return toTenantDto(row);
  });
}

/** Id, code and name of an office; inside the caller's tenant transaction. */
/** Office codes by id, kept for the life of the process: a code never changes (only set at creation). */
const officeCodes = new Map<string, string>();

/** The office's login code (e.g. for document identifiers); read once per process. */
export async function getOfficeCode({ tx, tenantId }: { tx: Database; tenantId: string }) {
  const known = officeCodes.get(tenantId);
  if (known !== undefined) return known;
  const row = await createTenantsRepository({ db: tx }).findById({ id: tenantId });
  if (!row) return null;
  officeCodes.set(tenantId, row.code);
  return row.code;
}

export async function getTenantSummary({ tx, tenantId }: { tx: Database; tenantId: string }) {
  const row = await createTenantsRepository({ db: tx }).findById({ id: tenantId });
  return row ? { id: row.id, code: row.code, name: row.name } : null;
}

/** What a letter's header says about the office: its name, address lines and city. */
export async function getTenantLetterhead({ tx, tenantId }: { tx: Database; tenantId: string }) {
  const row = await createTenantsRepository({ db: tx }).findById({ id: tenantId });
  if (!row) return null;
  return {
    name: row.name,
    addressLines: row.address ? postalAddressLines(row.address) : [],
    city: row.address?.city ?? null,
    address: row.address ?? null,
  };
}
