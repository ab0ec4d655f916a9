import {
  edeliverySettingsSchema,
  epuapSettingsSchema,
  smtpSettingsSchema,
  type CreateMailboxInput,
  type IntegrationLogEntry,
  type Mailbox,
  type MailboxKind,
  type UpdateMailboxInput,
} from '@obieg/contracts/integrations';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createVersionConflictError } from '../../shared/errors/common.errors.js';
import { inTenant, withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import type { PkiDeps } from '../signatures/pki.usecases.js';
import {
  inspectCredentialsPem,
  issueSystemCredentials,
  openSecret,
  privateKeyPem,
  sealSecret,
} from '../signatures/system-credentials.usecases.js';
import { enqueueJob } from '../jobs/jobs.usecases.js';
import { ADE_PATTERN, EPUAP_BOX_PATTERN, INTEGRATIONS_SYNC_JOB } from './integrations.constants.js';
import {
  createAddressTakenError,
  createInvalidCertificateError,
  createInvalidSettingsError,
  createMailboxNotFoundError,
} from './integrations.errors.js';
import {
  createIntegrationsRepository,
  type IntegrationLogRow,
  type MailboxRow,
} from './integrations.repository.js';

export type IntegrationsDeps = CoreDeps & Pick<PkiDeps, 'config'>;
type Scope = { deps: IntegrationsDeps; ctx: Context };

const SETTINGS = { edelivery: edeliverySettingsSchema, epuap: epuapSettingsSchema, smtp: smtpSettingsSchema };

function toMailboxDto(row: MailboxRow, unitName: string | null): Mailbox {
  return {
    id: row.id,
    kind: row.kind,
    address: row.address,
    name: row.name,
    unitId: row.unitId,
    unitName,
    enabled: row.enabled,
    isDefault: row.isDefault,
    settings: row.settings,
    hasCredentials: row.sealedSecret !== null,
    certificateSubject: row.certificateSubject,
    certificatePem: row.certificatePem,
    certificateValidTo: row.certificateValidTo?.toISOString() ?? null,
    lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
    lastSyncError: row.lastSyncError,
    version: row.version,
  };
}

function checkAddress(kind: MailboxKind, address: string) {
  const ok =
    kind === 'edelivery'
      ? ADE_PATTERN.test(address)
      : kind === 'epuap'
        ? EPUAP_BOX_PATTERN.test(address)
        : /^[^\s@]+@[^\s@]+$/.test(address);
  if (!ok)
    throw createInvalidSettingsError({
      detail: `Not a valid ${kind} address.`,
      meta: { errors: [{ path: '/address', message: 'invalid address' }] },
    });
}

function checkSettings(kind: MailboxKind, settings: Record<string, unknown>) {
  const parsed = SETTINGS[kind].safeParse(settings);
  if (!parsed.success)
    throw createInvalidSettingsError({
      meta: {
        errors: parsed.error.issues.map((issue) => ({
          path: `/settings/${issue.path.join('/')}`,
          message: issue.message,
        })),
      },
    });
  return parsed.data as Record<string, unknown>;
}

/** The credential columns for what the administrator gave (a PEM pair, the office CA, a password). */
async function credentialColumns({
  deps,
  tx,
  tenantId,
  audit,
  name,
  credentials,
}: {
  deps: IntegrationsDeps;
  tx: Database;
  tenantId: string;
  audit: AuditFn;
  name: string;
  credentials: NonNullable<CreateMailboxInput['credentials']>;
}): Promise<
  Pick<MailboxRow, 'certificatePem' | 'sealedSecret' | 'certificateSubject' | 'certificateValidTo'>
> {
  if ('password' in credentials)
    return {
      certificatePem: null,
      sealedSecret: sealSecret(deps, new TextEncoder().encode(credentials.password)),
      certificateSubject: null,
      certificateValidTo: null,
    };
  if ('issueFromOfficeCa' in credentials) {
    const issued = await issueSystemCredentials({
      deps,
      tx,
      tenantId,
      audit,
      commonName: `EZD Obieg — ${name}`,
    });
    return {
      certificatePem: issued.certificatePem,
      sealedSecret: sealSecret(deps, issued.privateKeyPkcs8),
      certificateSubject: issued.subject,
      certificateValidTo: issued.notAfter,
    };
  }
  const inspected = inspectCredentialsPem(credentials);
  if (!inspected.ok) throw createInvalidCertificateError({ detail: inspected.reason });
  return {
    certificatePem: credentials.certificatePem,
    sealedSecret: sealSecret(deps, inspected.privateKeyPkcs8),
    certificateSubject: inspected.subject,
    certificateValidTo: inspected.notAfter,
  };
}

export async function listMailboxes({ deps, ctx }: Scope): Promise<Mailbox[]> {
  return inTenant({ deps, ctx }, async (tx) =>
    (await createIntegrationsRepository({ db: tx }).listMailboxes({ tenantId: ctx.actor.tenantId })).map(
      (r) => toMailboxDto(r.mailbox, r.unitName),
    ),
  );
}

/** Schedules the synchronisation of a tenant's mailboxes (once: a pending run is not doubled). */
export async function scheduleSync({
  tx,
  deps,
  tenantId,
  runAt,
}: {
  tx: Database;
  deps: Pick<CoreDeps, 'ids' | 'clock'>;
  tenantId: string;
  runAt?: Date;
}) {
  await enqueueJob({
    tx,
    deps,
    tenantId,
    kind: INTEGRATIONS_SYNC_JOB,
    payload: {},
    ...(runAt ? { runAt } : {}),
    dedupeKey: `${INTEGRATIONS_SYNC_JOB}:${tenantId}`,
  });
}

export async function createMailbox({
  deps,
  ctx,
  input,
}: Scope & { input: CreateMailboxInput }): Promise<Mailbox> {
  const tenantId = ctx.actor.tenantId;
  checkAddress(input.kind, input.address);
  const settings = checkSettings(input.kind, input.settings);
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createIntegrationsRepository({ db: tx });
    const now = deps.clock.now();
    const id = deps.ids.next();
    const credentials = input.credentials
      ? await credentialColumns({
          deps,
          tx,
          tenantId,
          audit,
          name: input.name,
          credentials: input.credentials,
        })
      : { certificatePem: null, sealedSecret: null, certificateSubject: null, certificateValidTo: null };
    if (input.isDefault) await repository.clearDefault({ tenantId, kind: input.kind });
    const row = await repository.insertMailbox({
      id,
      tenantId,
      kind: input.kind,
      address: input.address,
      name: input.name,
      unitId: input.unitId ?? null,
      enabled: input.enabled,
      isDefault: input.isDefault,
      settings,
      ...credentials,
      lastSyncAt: null,
      lastSyncError: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    if (!row) throw createAddressTakenError();
    await audit({
      action: 'integrations.mailbox_created',
      subjectType: 'mailbox',
      subjectId: id,
      details: { kind: row.kind, address: row.address, name: row.name, certificate: row.certificateSubject },
    });
    if (row.enabled && row.kind !== 'smtp') await scheduleSync({ tx, deps, tenantId });
    return toMailboxDto(row, null);
  });
}

export async function updateMailbox({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: UpdateMailboxInput }): Promise<Mailbox> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createIntegrationsRepository({ db: tx });
    const row = await repository.findMailbox({ tenantId, id, lock: true });
    if (!row) throw createMailboxNotFoundError();
    if (row.version !== input.version) throw createVersionConflictError();
    if (input.address !== undefined) checkAddress(row.kind, input.address);
    const settings = input.settings === undefined ? undefined : checkSettings(row.kind, input.settings);
    const credentials = input.credentials
      ? await credentialColumns({
          deps,
          tx,
          tenantId,
          audit,
          name: input.name ?? row.name,
          credentials: input.credentials,
        })
      : {};
    if (input.isDefault) await repository.clearDefault({ tenantId, kind: row.kind });
    const updated = await repository.updateMailbox({
      id,
      patch: {
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
        ...(input.isDefault !== undefined ? { isDefault: input.isDefault } : {}),
        ...(settings ? { settings } : {}),
        ...credentials,
        updatedAt: deps.clock.now(),
        version: row.version + 1,
      },
    });
    await audit({
      action: 'integrations.mailbox_updated',
      subjectType: 'mailbox',
      subjectId: id,
      details: {
        changed: Object.keys(input).filter((k) => k !== 'version' && k !== 'credentials'),
        credentialsReplaced: Boolean(input.credentials),
      },
    });
    return toMailboxDto(updated, null);
  });
}

/**
 * The mailbox a letter of a unit is sent from: the unit's own (a unit with its own REGON), else
 * the office's default, else the only one. Null when none is enabled.
 */
export async function pickMailbox({
  tx,
  tenantId,
  kind,
  unitId,
}: {
  tx: Database;
  tenantId: string;
  kind: MailboxKind;
  unitId: string | null;
}): Promise<MailboxRow | null> {
  const rows = (await createIntegrationsRepository({ db: tx }).listMailboxes({ tenantId, kind }))
    .map((r) => r.mailbox)
    .filter((m) => m.enabled);
  return (
    rows.find((m) => unitId !== null && m.unitId === unitId) ??
    rows.find((m) => m.isDefault) ??
    rows.find((m) => m.unitId === null) ??
    rows[0] ??
    null
  );
}

export type OpenedMailbox = {
  row: MailboxRow;
  settings: Record<string, unknown>;
  /** PEM certificate and key (e-Doręczenia mTLS, ePUAP WS-Security), or null. */
  tls: { certPem: string; keyPem: string } | null;
  password: string | null;
};

/** A mailbox with its secrets opened, to talk to its system. */
export function openMailbox(deps: Pick<IntegrationsDeps, 'config'>, row: MailboxRow): OpenedMailbox {
  const secret = row.sealedSecret ? openSecret(deps, row.sealedSecret) : null;
  const tls =
    secret && row.certificatePem ? { certPem: row.certificatePem, keyPem: privateKeyPem(secret) } : null;
  return {
    row,
    settings: row.settings,
    tls,
    password: secret && !row.certificatePem ? new TextDecoder().decode(secret) : null,
  };
}

export async function listMailboxesInTransaction({ tx, tenantId }: { tx: Database; tenantId: string }) {
  return (await createIntegrationsRepository({ db: tx }).listMailboxes({ tenantId })).map((r) => r.mailbox);
}

/** Points a mailbox at other endpoints (the demo re-points its mailboxes at each run's simulators). */
export async function updateMailboxSettings({
  tx,
  id,
  settings,
}: {
  tx: Database;
  id: string;
  settings: Record<string, unknown>;
}) {
  await createIntegrationsRepository({ db: tx }).updateMailbox({ id, patch: { settings } });
}

export async function findMailboxInTransaction({
  tx,
  tenantId,
  id,
}: {
  tx: Database;
  tenantId: string;
  id: string;
}) {
  return createIntegrationsRepository({ db: tx }).findMailbox({ tenantId, id });
}

export async function listEnabledMailboxes({ tx, tenantId }: { tx: Database; tenantId: string }) {
  return (await createIntegrationsRepository({ db: tx }).listMailboxes({ tenantId }))
    .map((r) => r.mailbox)
    .filter((m) => m.enabled);
}

export type LogInput = Omit<
  IntegrationLogRow,
  'id' | 'tenantId' | 'at' | 'reference' | 'incomingItemId' | 'dispatchItemId' | 'mailboxId' | 'details'
> &
  Partial<
    Pick<IntegrationLogRow, 'reference' | 'incomingItemId' | 'dispatchItemId' | 'mailboxId' | 'details'>
  >;

/** Writes an entry of the integration log in the caller's transaction. */
export async function recordIntegrationLog({
  tx,
  deps,
  tenantId,
  entry,
}: {
  tx: Database;
  deps: Pick<CoreDeps, 'ids' | 'clock'>;
  tenantId: string;
  entry: LogInput;
}) {
  await createIntegrationsRepository({ db: tx }).insertLog({
    id: deps.ids.next(),
    tenantId,
    at: deps.clock.now(),
    reference: null,
    incomingItemId: null,
    dispatchItemId: null,
    mailboxId: null,
    details: null,
    ...entry,
    message: entry.message.slice(0, 2000),
  });
}

export async function listIntegrationLog({
  deps,
  ctx,
  query,
}: Scope & {
  query: {
    integration?: IntegrationLogRow['integration'];
    level?: IntegrationLogRow['level'];
    limit: number;
    offset: number;
  };
}): Promise<{ items: IntegrationLogEntry[]; total: number }> {
  return inTenant({ deps, ctx }, async (tx) => {
    const { rows, total } = await createIntegrationsRepository({ db: tx }).listLog({
      tenantId: ctx.actor.tenantId,
      ...query,
    });
    return {
      total,
      items: rows.map(({ entry: r, dispatchId }) => ({
        id: r.id,
        at: r.at.toISOString(),
        integration: r.integration,
        mailboxId: r.mailboxId,
        level: r.level,
        code: r.code,
        message: r.message,
        reference: r.reference,
        incomingItemId: r.incomingItemId,
        dispatchItemId: r.dispatchItemId,
        dispatchId,
      })),
    };
  });
}
