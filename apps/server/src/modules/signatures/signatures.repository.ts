import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { usersTable } from '../organization/organization.table.js';
import {
  fileValidationsTable,
  pkiAuthoritiesTable,
  pkiCertificatesTable,
  signaturesTable,
  trustAnchorsTable,
} from './signatures.table.js';

export type ValidationRow = typeof fileValidationsTable.$inferSelect;
export type AuthorityRow = typeof pkiAuthoritiesTable.$inferSelect;
export type CertificateRow = typeof pkiCertificatesTable.$inferSelect;
export type TrustAnchorRow = typeof trustAnchorsTable.$inferSelect;

export function createSignaturesRepository({ db }: { db: Database }) {
  return {
    // Validation reports ------------------------------------------------------------------------

    async insertValidation(values: typeof fileValidationsTable.$inferInsert) {
      const [row] = await db.insert(fileValidationsTable).values(values).returning();
      if (!row) throw new Error('validation insert returned no row');
      return row;
    },

    /** The newest report of each of the files. */
    async latestValidations({ tenantId, fileIds }: { tenantId: string; fileIds: string[] }) {
      const v = fileValidationsTable;
      if (fileIds.length === 0) return [];
      return db
        .selectDistinctOn([v.fileId])
        .from(v)
        .where(and(eq(v.tenantId, tenantId), inArray(v.fileId, fileIds)))
        .orderBy(v.fileId, desc(v.verifiedAt), desc(v.id));
    },

    // Trust -------------------------------------------------------------------------------------

    async listTrustAnchorCertificates({ tenantId }: { tenantId: string }) {
      const rows = await db
        .select({ certificate: trustAnchorsTable.certificate })
        .from(trustAnchorsTable)
        .where(eq(trustAnchorsTable.tenantId, tenantId));
      return rows.map((r) => r.certificate);
    },

    async listCrls({ tenantId }: { tenantId: string }) {
      const rows = await db
        .select({ crl: pkiAuthoritiesTable.crl })
        .from(pkiAuthoritiesTable)
        .where(and(eq(pkiAuthoritiesTable.tenantId, tenantId), isNotNull(pkiAuthoritiesTable.crl)));
      return rows.flatMap((r) => (r.crl ? [r.crl] : []));
    },

    listTrustAnchors({ tenantId }: { tenantId: string }) {
      return db
        .select()
        .from(trustAnchorsTable)
        .where(eq(trustAnchorsTable.tenantId, tenantId))
        .orderBy(desc(trustAnchorsTable.addedAt), trustAnchorsTable.name);
    },

    /** Adds anchors not yet present (by SHA-256); returns the added rows. */
    async insertTrustAnchors(values: (typeof trustAnchorsTable.$inferInsert)[]) {
      if (values.length === 0) return [];
      return db.insert(trustAnchorsTable).values(values).onConflictDoNothing().returning();
    },

    // The office CA -----------------------------------------------------------------------------

    async findAuthority({
      tenantId,
      kind,
      lock = false,
    }: {
      tenantId: string;
      kind: 'ca' | 'tsa';
      lock?: boolean;
    }) {
      const query = db
        .select()
        .from(pkiAuthoritiesTable)
        .where(and(eq(pkiAuthoritiesTable.tenantId, tenantId), eq(pkiAuthoritiesTable.kind, kind)));
      const [row] = await (lock ? query.for('update') : query);
      return row ?? null;
    },

    /** Inserts the authority unless another process just did (then null: read it again). */
    async insertAuthority(values: typeof pkiAuthoritiesTable.$inferInsert) {
      const [row] = await db.insert(pkiAuthoritiesTable).values(values).onConflictDoNothing().returning();
      return row ?? null;
    },

    async updateAuthority({ id, patch }: { id: string; patch: Partial<AuthorityRow> }) {
      await db.update(pkiAuthoritiesTable).set(patch).where(eq(pkiAuthoritiesTable.id, id));
    },

    // Certificates ------------------------------------------------------------------------------

    async insertCertificate(values: typeof pkiCertificatesTable.$inferInsert) {
      const [row] = await db.insert(pkiCertificatesTable).values(values).returning();
      if (!row) throw new Error('certificate insert returned no row');
      return row;
    },

    listCertificates({ tenantId, userId }: { tenantId: string; userId?: string }) {
      return db
        .select({ row: pkiCertificatesTable, userDisplayName: usersTable.displayName })
        .from(pkiCertificatesTable)
        .innerJoin(usersTable, eq(usersTable.id, pkiCertificatesTable.userId))
        .where(
          and(
            eq(pkiCertificatesTable.tenantId, tenantId),
            userId ? eq(pkiCertificatesTable.userId, userId) : undefined,
          ),
        )
        .orderBy(desc(pkiCertificatesTable.createdAt));
    },

    async findCertificate({ tenantId, id, lock = false }: { tenantId: string; id: string; lock?: boolean }) {
      const query = db
        .select()
        .from(pkiCertificatesTable)
        .where(and(eq(pkiCertificatesTable.tenantId, tenantId), eq(pkiCertificatesTable.id, id)));
      const [row] = await (lock ? query.for('update') : query);
      return row ?? null;
    },

    /** A user's newest certificate that is not revoked and valid at `at`. */
    async activeCertificateOf({ tenantId, userId, at }: { tenantId: string; userId: string; at: Date }) {
      const c = pkiCertificatesTable;
      const [row] = await db
        .select()
        .from(c)
        .where(
          and(
            eq(c.tenantId, tenantId),
            eq(c.userId, userId),
            sql`${c.revokedAt} is null`,
            sql`${c.notBefore} <= ${at.toISOString()}`,
            sql`${c.notAfter} > ${at.toISOString()}`,
          ),
        )
        .orderBy(desc(c.createdAt))
        .limit(1);
      return row ?? null;
    },

    async revokeCertificate({ id, revokedAt, reason }: { id: string; revokedAt: Date; reason: string }) {
      await db
        .update(pkiCertificatesTable)
        .set({ revokedAt, revocationReason: reason })
        .where(eq(pkiCertificatesTable.id, id));
    },

    listRevoked({ tenantId }: { tenantId: string }) {
      return db
        .select({
          serialNumber: pkiCertificatesTable.serialNumber,
          revokedAt: pkiCertificatesTable.revokedAt,
          reason: pkiCertificatesTable.revocationReason,
        })
        .from(pkiCertificatesTable)
        .where(and(eq(pkiCertificatesTable.tenantId, tenantId), isNotNull(pkiCertificatesTable.revokedAt)));
    },

    async findUser({ tenantId, id }: { tenantId: string; id: string }) {
      const [row] = await db
        .select({ id: usersTable.id, displayName: usersTable.displayName, active: usersTable.active })
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, id)));
      return row ?? null;
    },

    async findPasswordHash({ tenantId, userId }: { tenantId: string; userId: string }) {
      const [row] = await db
        .select({ passwordHash: usersTable.passwordHash })
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, userId)));
      return row?.passwordHash ?? null;
    },

    // Signatures --------------------------------------------------------------------------------

    /** The signature Obieg made that produced this file (its source is the signed file of a detached signature). */
    async findSignatureBySignedFile({ tenantId, fileId }: { tenantId: string; fileId: string }) {
      const [row] = await db
        .select()
        .from(signaturesTable)
        .where(and(eq(signaturesTable.tenantId, tenantId), eq(signaturesTable.signedFileId, fileId)))
        .limit(1);
      return row ?? null;
    },

    async insertSignature(values: typeof signaturesTable.$inferInsert) {
      const [row] = await db.insert(signaturesTable).values(values).returning();
      if (!row) throw new Error('signature insert returned no row');
      return row;
    },
  };
}
