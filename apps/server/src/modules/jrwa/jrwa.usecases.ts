import type { JrwaClass as JrwaClassDto, JrwaImportResult, JrwaVersion } from '@obieg/contracts/jrwa';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getOrgUnit } from '../organization/org-units.usecases.js';
import { exportJrwaCsv, parseJrwaCsv } from './jrwa.csv.js';
import {
  createJrwaClassNotFoundError,
  createJrwaExtractSymbolInvalidError,
  createJrwaImportInvalidError,
  createJrwaNoVersionError,
  createJrwaVersionNotFoundError,
  createJrwaVersionOverlapError,
} from './jrwa.errors.js';
import { foldForSearch, validateJrwa, type JrwaClass, type JrwaIssue } from './jrwa.models.js';
import { createJrwaRepository, type JrwaClassRow, type JrwaVersionRow } from './jrwa.repository.js';

/** The XML parser is loaded at the first XML import or export, not carried by every server. */
const loadJrwaXml = () => import('./jrwa.xml.js');

const toVersionDto = (row: JrwaVersionRow, classCount: number): JrwaVersion => ({
  id: row.id,
  name: row.name,
  validFrom: row.validFrom,
  validTo: row.validTo,
  demonstration: row.demonstration,
  classCount,
  createdAt: row.createdAt.toISOString(),
});

const toClassDto = (row: JrwaClassRow): JrwaClassDto => ({
  symbol: row.symbol,
  title: row.title,
  category: row.category,
  categoryOther: row.categoryOther,
  remarks: row.remarks,
  level: row.level,
  parentSymbol: row.parentSymbol,
  final: row.final,
});

type Repository = ReturnType<typeof createJrwaRepository>;

async function resolveVersion({
  repository,
  tenantId,
  versionId,
  day,
}: {
  repository: Repository;
  tenantId: string;
  versionId?: string;
  day: string;
}) {
  const version = versionId
    ? await repository.findVersionById({ tenantId, id: versionId })
    : await repository.findVersionInForce({ tenantId, day });
  if (!version) throw versionId ? createJrwaVersionNotFoundError() : createJrwaNoVersionError();
  return version;
}

export async function listJrwaVersions({ deps, ctx }: { deps: CoreDeps; ctx: Context }) {
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createJrwaRepository({ db: tx }).listVersions({ tenantId: ctx.actor.tenantId }),
  );
  return rows.map((r) => toVersionDto(r.version, r.classCount));
}

/** Classes of the version in force (or a chosen one); `q` is a symbol prefix or words of the title, diacritics optional. */
export async function searchJrwa({
  deps,
  ctx,
  q,
  versionId,
  finalOnly,
}: {
  deps: CoreDeps;
  ctx: Context;
  q?: string;
  versionId?: string;
  finalOnly?: boolean;
}) {
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => {
    const repository = createJrwaRepository({ db: tx });
    const version = versionId
      ? await resolveVersion({ repository, tenantId, versionId, day: toWarsawDate(deps.clock.now()) })
      : await repository.findVersionInForce({ tenantId, day: toWarsawDate(deps.clock.now()) });
    if (!version) return { items: [], total: 0, version: null };
    const query = q?.trim() ?? '';
    const isSymbol = /^\d+$/.test(query);
    const rows = await repository.listClasses({
      tenantId,
      versionId: version.id,
      symbolPrefix: isSymbol ? query : undefined,
      words: !isSymbol && query ? foldForSearch(query).split(' ').filter(Boolean) : undefined,
      finalOnly,
    });
    const count =
      query || finalOnly ? await repository.countClasses({ tenantId, versionId: version.id }) : rows.length;
    return { items: rows.map(toClassDto), total: rows.length, version: toVersionDto(version, count) };
  });
}

export async function getJrwaClass({
  deps,
  ctx,
  symbol,
  versionId,
}: {
  deps: CoreDeps;
  ctx: Context;
  symbol: string;
  versionId?: string;
}) {
  const tenantId = ctx.actor.tenantId;
  const row = await inTenant({ deps, ctx }, async (tx) => {
    const repository = createJrwaRepository({ db: tx });
    const version = await resolveVersion({
      repository,
      tenantId,
      versionId,
      day: toWarsawDate(deps.clock.now()),
    });
    return repository.findClass({ tenantId, versionId: version.id, symbol });
  });
  if (!row) throw createJrwaClassNotFoundError({ detail: `No class ${symbol} in the JRWA version.` });
  return toClassDto(row);
}

/** Reads an uploaded file as UTF-8, falling back to Windows-1250 (Polish Excel exports). */
export function decodeJrwaFile(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}

/**
 * Imports a JRWA (CSV or NDAP XML) as a new version valid from `validFrom`; the previous open
 * version ends the day before. All or nothing: any bad row rejects the file with every issue listed.
 */
export async function importJrwa({
  deps,
  ctx,
  file,
  fileName,
  name,
  validFrom,
  demonstration = false,
}: {
  deps: CoreDeps;
  ctx: Context;
  file: Buffer;
  fileName: string | null;
  name?: string;
  validFrom?: string;
  demonstration?: boolean;
}): Promise<JrwaImportResult> {
  const text = decodeJrwaFile(file);
  const parsed = /^\uFEFF?\s*</.test(text) ? (await loadJrwaXml()).parseJrwaXml(text) : parseJrwaCsv(text);
  const validated =
    parsed.errors.length > 0
      ? { classes: [], errors: parsed.errors, warnings: [] }
      : validateJrwa(parsed.drafts);
  if (validated.errors.length > 0) throw importInvalid(validated.errors);
  const tenantId = ctx.actor.tenantId;
  const start = validFrom ?? toWarsawDate(deps.clock.now());
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const version = await storeVersion({
      tx,
      deps,
      tenantId,
      start,
      name: name ?? fileName ?? `JRWA ${start}`,
      fileName,
      demonstration,
      classes: validated.classes,
      createdBy: ctx.actor.userId,
    });
    await audit({
      action: 'jrwa.version_imported',
      subjectType: 'jrwa_version',
      subjectId: version.id,
      details: {
        name: version.name,
        validFrom: start,
        classes: validated.classes.length,
        fileName,
        warnings: validated.warnings.length,
      },
    });
    return {
      version: toVersionDto(version, validated.classes.length),
      imported: validated.classes.length,
      warnings: validated.warnings,
    };
  });
}

function importInvalid(issues: JrwaIssue[]) {
  return createJrwaImportInvalidError({
    detail: `${issues.length} problem(s) found; fix the file and import it again.`,
    meta: { issues },
    errors: issues
      .slice(0, 200)
      .map((issue) => ({ path: `/line/${issue.line}`, message: issue.message, code: issue.code })),
  });
}

async function storeVersion({
  tx,
  deps,
  tenantId,
  start,
  name,
  fileName,
  demonstration,
  classes,
  createdBy,
}: {
  tx: Database;
  deps: CoreDeps;
  tenantId: string;
  start: string;
  name: string;
  fileName: string | null;
  demonstration: boolean;
  classes: JrwaClass[];
  createdBy: string | null;
}) {
  const repository = createJrwaRepository({ db: tx });
  await repository.lockVersions({ tenantId });
  for (const open of await repository.listOpenVersions({ tenantId })) {
    if (open.validFrom >= start)
      throw createJrwaVersionOverlapError({ detail: `Version "${open.name}" starts on ${open.validFrom}.` });
    await repository.closeVersion({ tenantId, id: open.id, validTo: dayBefore(start) });
  }
  const version = await repository.insertVersion({
    version: {
      id: deps.ids.next(),
      tenantId,
      name,
      validFrom: start,
      validTo: null,
      demonstration,
      sourceFileName: fileName,
      createdBy,
      createdAt: deps.clock.now(),
    },
  });
  await repository.insertClasses({
    classes: classes.map((c) => ({
      tenantId,
      versionId: version.id,
      symbol: c.symbol,
      title: c.title,
      category: c.category,
      categoryOther: c.categoryOther,
      remarks: c.remarks,
      level: c.level,
      parentSymbol: c.parentSymbol,
      final: c.final,
      searchText: foldForSearch(`${c.title} ${c.remarks ?? ''}`),
    })),
  });
  return version;
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export async function exportJrwa({
  deps,
  ctx,
  format,
  versionId,
}: {
  deps: CoreDeps;
  ctx: Context;
  format: 'csv' | 'xml';
  versionId?: string;
}) {
  const tenantId = ctx.actor.tenantId;
  const { version, rows } = await inTenant({ deps, ctx }, async (tx) => {
    const repository = createJrwaRepository({ db: tx });
    const found = await resolveVersion({
      repository,
      tenantId,
      versionId,
      day: toWarsawDate(deps.clock.now()),
    });
    return { version: found, rows: await repository.listClasses({ tenantId, versionId: found.id }) };
  });
  const classes: JrwaClass[] = rows.map((r) => ({
    symbol: r.symbol,
    title: r.title,
    category: r.category,
    categoryOther: r.categoryOther,
    remarks: r.remarks,
    level: r.level,
    parentSymbol: r.parentSymbol,
    final: r.final,
  }));
  const body = format === 'xml' ? (await loadJrwaXml()).exportJrwaXml(classes) : exportJrwaCsv(classes);
  return { body, fileName: `jrwa-${version.validFrom}.${format}` };
}

export async function getJrwaExtract({
  deps,
  ctx,
  orgUnitId,
}: {
  deps: CoreDeps;
  ctx: Context;
  orgUnitId: string;
}) {
  await getOrgUnit({ deps, ctx, id: orgUnitId });
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => {
    const repository = createJrwaRepository({ db: tx });
    const version = await resolveVersion({ repository, tenantId, day: toWarsawDate(deps.clock.now()) });
    return {
      orgUnitId,
      versionId: version.id,
      symbols: await repository.listUnitSymbols({ tenantId, versionId: version.id, orgUnitId }),
    };
  });
}

/** Wyciąg z JRWA: the end classes a unit registers cases in. */
export async function setJrwaExtract({
  deps,
  ctx,
  orgUnitId,
  symbols,
}: {
  deps: CoreDeps;
  ctx: Context;
  orgUnitId: string;
  symbols: string[];
}) {
  await getOrgUnit({ deps, ctx, id: orgUnitId });
  const tenantId = ctx.actor.tenantId;
  const unique = [...new Set(symbols)].sort();
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createJrwaRepository({ db: tx });
    const version = await resolveVersion({ repository, tenantId, day: toWarsawDate(deps.clock.now()) });
    const finals = new Set(
      (await repository.listClasses({ tenantId, versionId: version.id, finalOnly: true })).map(
        (c) => c.symbol,
      ),
    );
    const invalid = unique.filter((s) => !finals.has(s));
    if (invalid.length > 0)
      throw createJrwaExtractSymbolInvalidError({ detail: `Not end classes: ${invalid.join(', ')}` });
    await repository.replaceUnitSymbols({ tenantId, versionId: version.id, orgUnitId, symbols: unique });
    await audit({
      action: 'jrwa.extract_updated',
      subjectType: 'org_unit',
      subjectId: orgUnitId,
      details: { versionId: version.id, symbols: unique },
    });
    return { orgUnitId, versionId: version.id, symbols: unique };
  });
}
