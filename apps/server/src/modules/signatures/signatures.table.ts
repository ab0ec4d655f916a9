import { customType, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { filesTable } from '../files/files.table.js';
import { usersTable } from '../organization/organization.table.js';
import { tenantsTable } from '../tenants/tenants.table.js';
import type { ValidationReport } from './signatures.types.js';

/** DER bytes (node-postgres wants a Buffer, PGlite takes either; both return bytes). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * The office's own certification authority and timestamp unit (non-qualified). Private keys are
 * stored only encrypted with the deployment's PKI master key (configuration, never the database).
 */
export const pkiAuthoritiesTable = pgTable(
  'pki_authorities',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    kind: text('kind', { enum: ['ca', 'tsa'] }).notNull(),
    certificate: bytea('certificate').notNull(),
    encryptedKey: text('encrypted_key').notNull(),
    subject: text('subject').notNull(),
    sha256: text('sha256').notNull(),
    notBefore: timestamptz('not_before').notNull(),
    notAfter: timestamptz('not_after').notNull(),
    /** The last CRL number issued (CA only). */
    crlNumber: integer('crl_number').notNull().default(0),
    /** The CRL last issued (DER), re-issued on every revocation; verification reads it. */
    crl: bytea('crl'),
    crlIssuedAt: timestamptz('crl_issued_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('pki_authorities_tenant_kind_uq').on(t.tenantId, t.kind),
    tenantIsolationPolicy('pki_authorities'),
  ],
).enableRLS();

/** Users' signing certificates issued by the office CA. */
export const pkiCertificatesTable = pgTable(
  'pki_certificates',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id),
    serialNumber: text('serial_number').notNull(),
    subject: text('subject').notNull(),
    certificate: bytea('certificate').notNull(),
    encryptedKey: text('encrypted_key').notNull(),
    sha256: text('sha256').notNull(),
    notBefore: timestamptz('not_before').notNull(),
    notAfter: timestamptz('not_after').notNull(),
    revokedAt: timestamptz('revoked_at'),
    revocationReason: text('revocation_reason'),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('pki_certificates_serial_uq').on(t.tenantId, t.serialNumber),
    index('pki_certificates_user_idx').on(t.tenantId, t.userId),
    tenantIsolationPolicy('pki_certificates'),
  ],
).enableRLS();

/** Certificates the office trusts when verifying signatures (its own CA is always among them). */
export const trustAnchorsTable = pgTable(
  'trust_anchors',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    name: text('name').notNull(),
    subject: text('subject').notNull(),
    certificate: bytea('certificate').notNull(),
    sha256: text('sha256').notNull(),
    notAfter: timestamptz('not_after').notNull(),
    source: text('source', { enum: ['office_ca', 'manual', 'tsl'] }).notNull(),
    tslCountry: text('tsl_country'),
    addedAt: timestamptz('added_at').notNull(),
    addedBy: uuid('added_by'),
  },
  (t) => [
    uniqueIndex('trust_anchors_tenant_sha_uq').on(t.tenantId, t.sha256),
    tenantIsolationPolicy('trust_anchors'),
  ],
).enableRLS();

/** Validation reports kept next to the untouched files; the newest one of a file is its current. */
export const fileValidationsTable = pgTable(
  'file_validations',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => filesTable.id),
    verdict: text('verdict').notNull(),
    detectedFormat: text('detected_format').notNull(),
    trigger: text('trigger', { enum: ['intake', 'on_demand', 'signing'] }).notNull(),
    report: jsonb('report').$type<ValidationReport>().notNull(),
    verifiedAt: timestamptz('verified_at').notNull(),
    verifiedBy: uuid('verified_by'),
  },
  (t) => [
    index('file_validations_file_idx').on(t.tenantId, t.fileId, t.verifiedAt),
    tenantIsolationPolicy('file_validations'),
  ],
).enableRLS();

/** Signatures made in Obieg with the office CA: who signed which version, with which certificate. */
export const signaturesTable = pgTable(
  'signatures',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenantsTable.id),
    documentId: uuid('document_id').notNull(),
    sourceFileId: uuid('source_file_id')
      .notNull()
      .references(() => filesTable.id),
    signedFileId: uuid('signed_file_id')
      .notNull()
      .references(() => filesTable.id),
    certificateId: uuid('certificate_id').references(() => pkiCertificatesTable.id),
    format: text('format', { enum: ['PAdES', 'XAdES'] }).notNull(),
    signedAt: timestamptz('signed_at').notNull(),
    signedBy: uuid('signed_by')
      .notNull()
      .references(() => usersTable.id),
    actingForUserId: uuid('acting_for_user_id'),
  },
  (t) => [
    index('signatures_document_idx').on(t.tenantId, t.documentId),
    index('signatures_signed_file_idx').on(t.tenantId, t.signedFileId),
    tenantIsolationPolicy('signatures'),
  ],
).enableRLS();
