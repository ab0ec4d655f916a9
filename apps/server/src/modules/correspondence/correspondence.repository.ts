import { and, asc, eq, gte, lt, max, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { precompiledSelect, type PlaceholderOf } from '../../db/precompiled.js';
import { deliveryMethodsTable, documentKindsTable, idempotencyKeysTable } from './correspondence.table.js';
import { incomingItemCorrectionsTable, incomingItemFilesTable } from './incoming.table.js';
import type { DictionaryKind, IncomingCorrectionRow, IncomingItemFileRow } from './correspondence.types.js';

const dictionaries = { delivery_methods: deliveryMethodsTable, document_kinds: documentKindsTable };

/** Checked on every registration: one statement per dictionary, built once (`precompiledSelect`). */
const activeCodeStatement = (kind: DictionaryKind) =>
  precompiledSelect((db, p: PlaceholderOf<'tenantId' | 'code'>) => {
    const t = dictionaries[kind];
    return db
      .select({ code: t.code })
      .from(t)
      .where(and(eq(t.tenantId, p('tenantId')), eq(t.code, p('code')), eq(t.active, true)));
  });
const activeCodeStatements = {
  delivery_methods: activeCodeStatement('delivery_methods'),
  document_kinds: activeCodeStatement('document_kinds'),
} satisfies Record<DictionaryKind, unknown>;

/** Dictionaries, idempotency keys, files and corrections of incoming items. */
export function createCorrespondenceRepository({ db }: { db: Database }) {
  return {
    async listDictionary({ tenantId, kind }: { tenantId: string; kind: DictionaryKind }) {
      const t = dictionaries[kind];
      return db
        .select({ code: t.code, name: t.name, active: t.active, sort: t.sort })
        .from(t)
        .where(eq(t.tenantId, tenantId))
        .orderBy(asc(t.sort), asc(t.code));
    },

    async isActiveCode({ tenantId, kind, code }: { tenantId: string; kind: DictionaryKind; code: string }) {
      const [row] = await activeCodeStatements[kind](db, { tenantId, code });
      return Boolean(row);
    },

    async insertDictionaryEntries({
      tenantId,
      kind,
      entries,
    }: {
      tenantId: string;
      kind: DictionaryKind;
      entries: readonly (readonly [string, string])[];
    }) {
      const t = dictionaries[kind];
      await db
        .insert(t)
        .values(entries.map(([code, name], i) => ({ tenantId, code, name, sort: i + 1 })))
        .onConflictDoNothing();
    },

    /** Serialises retries carrying the same key until the first one commits. */
    async lockIdempotencyKey({ tenantId, scope, key }: { tenantId: string; scope: string; key: string }) {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`idem:${tenantId}:${scope}:${key}`}))`);
    },

    async findIdempotencyKey({
      tenantId,
      scope,
      key,
      notBefore,
    }: {
      tenantId: string;
      scope: string;
      key: string;
      notBefore: Date;
    }): Promise<{ subjectId: string; requestHash: string | null } | null> {
      const t = idempotencyKeysTable;
      await db
        .delete(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.scope, scope), eq(t.key, key), lt(t.createdAt, notBefore)));
      const [row] = await db
        .select({ subjectId: t.subjectId, requestHash: t.requestHash })
        .from(t)
        .where(
          and(eq(t.tenantId, tenantId), eq(t.scope, scope), eq(t.key, key), gte(t.createdAt, notBefore)),
        );
      return row ?? null;
    },

    async insertIdempotencyKey(row: typeof idempotencyKeysTable.$inferInsert) {
      await db.insert(idempotencyKeysTable).values(row);
    },

    async listFiles({
      tenantId,
      itemId,
    }: {
      tenantId: string;
      itemId: string;
    }): Promise<IncomingItemFileRow[]> {
      const t = incomingItemFilesTable;
      return db
        .select()
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.itemId, itemId)))
        .orderBy(asc(t.position));
    },

    /** Appends files after those already attached; a file attached twice is kept once. */
    async appendFiles({
      tenantId,
      itemId,
      fileIds,
      at,
    }: {
      tenantId: string;
      itemId: string;
      fileIds: string[];
      at: Date;
    }): Promise<string[]> {
      if (fileIds.length === 0) return [];
      const t = incomingItemFilesTable;
      const [last] = await db
        .select({ position: max(t.position) })
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.itemId, itemId)));
      const start = (last?.position ?? 0) + 1;
      const rows = await db
        .insert(t)
        .values(
          [...new Set(fileIds)].map((fileId, i) => ({
            tenantId,
            itemId,
            fileId,
            position: start + i,
            createdAt: at,
          })),
        )
        .onConflictDoNothing()
        .returning({ fileId: t.fileId });
      return rows.map((r) => r.fileId);
    },

    async listCorrections({
      tenantId,
      itemId,
    }: {
      tenantId: string;
      itemId: string;
    }): Promise<IncomingCorrectionRow[]> {
      const t = incomingItemCorrectionsTable;
      return db
        .select()
        .from(t)
        .where(and(eq(t.tenantId, tenantId), eq(t.itemId, itemId)))
        .orderBy(asc(t.at), asc(t.id));
    },

    async insertCorrection(row: typeof incomingItemCorrectionsTable.$inferInsert) {
      await db.insert(incomingItemCorrectionsTable).values(row);
    },
  };
}
