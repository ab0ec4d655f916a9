import {
  TEMPLATE_FIELDS,
  type CreateTemplateInput,
  type Template,
  type UpdateTemplateInput,
} from '@obieg/contracts/documents';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getFileInTransaction } from '../files/files.usecases.js';
import {
  createInvalidTemplateError,
  createTemplateNotFoundError,
  createTemplateVersionConflictError,
} from './documents.errors.js';
import { createDocumentsRepository, type TemplateRow } from './documents.repository.js';
import { fieldsUsed } from './letter.models.js';

type Scope = { deps: CoreDeps; ctx: Context };

export const toTemplateDto = (row: TemplateRow): Template => ({
  id: row.id,
  name: row.name,
  description: row.description,
  header: row.header,
  body: row.body,
  closing: row.closing,
  signatureBlock: row.signatureBlock,
  logoFileId: row.logoFileId,
  active: row.active,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const KNOWN = new Set<string>(TEMPLATE_FIELDS);

/** Unknown `{{fields}}` and a logo that is not a PNG/JPEG image of the office are refused (422). */
async function validateTemplate({
  tx,
  tenantId,
  template,
}: {
  tx: Database;
  tenantId: string;
  template: Pick<TemplateRow, 'header' | 'body' | 'closing' | 'signatureBlock' | 'logoFileId'>;
}) {
  const errors: { path: string; message: string }[] = [];
  for (const key of ['header', 'body', 'closing', 'signatureBlock'] as const) {
    const unknown = fieldsUsed(template[key] ?? '').filter((name) => !KNOWN.has(name));
    if (unknown.length > 0)
      errors.push({ path: `/${key}`, message: `Unknown fields: ${[...new Set(unknown)].join(', ')}` });
  }
  if (template.logoFileId) {
    const file = await getFileInTransaction({ tx, tenantId, id: template.logoFileId });
    if (!file || !['image/png', 'image/jpeg'].includes(file.mediaType))
      errors.push({ path: '/logoFileId', message: 'The logo must be a PNG or JPEG file of the office.' });
  }
  if (errors.length > 0) throw createInvalidTemplateError({ errors });
}

export async function listTemplates({
  deps,
  ctx,
  includeInactive,
}: Scope & { includeInactive: boolean }): Promise<Template[]> {
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createDocumentsRepository({ db: tx }).listTemplates({ tenantId: ctx.actor.tenantId, includeInactive }),
  );
  return rows.map(toTemplateDto);
}

export async function getTemplate({ deps, ctx, id }: Scope & { id: string }): Promise<Template> {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createDocumentsRepository({ db: tx }).findTemplate({ tenantId: ctx.actor.tenantId, id }),
  );
  if (!row) throw createTemplateNotFoundError();
  return toTemplateDto(row);
}

export async function createTemplate({
  deps,
  ctx,
  input,
}: Scope & { input: CreateTemplateInput }): Promise<Template> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const values = {
      header: input.header,
      body: input.body,
      closing: input.closing?.trim() ? input.closing : null,
      signatureBlock: input.signatureBlock ?? '{{podpisujacy}}\n{{podpisujacy_stanowisko}}',
      logoFileId: input.logoFileId ?? null,
    };
    await validateTemplate({ tx, tenantId, template: values });
    const now = deps.clock.now();
    const row = await createDocumentsRepository({ db: tx }).insertTemplate({
      id: deps.ids.next(),
      tenantId,
      name: input.name,
      description: input.description?.trim() ? input.description : null,
      ...values,
      createdAt: now,
      createdBy: ctx.actor.userId,
      updatedAt: now,
    });
    await audit({
      action: 'documents.template_created',
      subjectType: 'template',
      subjectId: row.id,
      details: { name: row.name },
    });
    return toTemplateDto(row);
  });
}

export async function updateTemplate({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: UpdateTemplateInput }): Promise<Template> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createDocumentsRepository({ db: tx });
    const row = await repository.findTemplate({ tenantId, id, lock: true });
    if (!row) throw createTemplateNotFoundError();
    if (row.version !== input.version)
      throw createTemplateVersionConflictError({ meta: { currentVersion: row.version } });
    const { version: _version, ...changes } = input;
    const patch: Partial<TemplateRow> = {};
    for (const [key, value] of Object.entries(changes))
      if (value !== undefined) Object.assign(patch, { [key]: value });
    if (patch.closing !== undefined && !patch.closing?.trim()) patch.closing = null;
    if (patch.description !== undefined && !patch.description?.trim()) patch.description = null;
    await validateTemplate({ tx, tenantId, template: { ...row, ...patch } });
    const updated = await repository.updateTemplate({ id, patch: { ...patch, updatedAt: deps.clock.now() } });
    await audit({
      action: 'documents.template_updated',
      subjectType: 'template',
      subjectId: id,
      details: { name: updated.name, fields: Object.keys(patch) },
    });
    return toTemplateDto(updated);
  });
}
