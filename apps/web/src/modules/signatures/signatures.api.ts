import {
  addedTrustAnchorsSchema,
  certificationAuthoritySchema,
  pkiCertificateSchema,
  trustAnchorSchema,
  validationReportSchema,
  type IssueCertificateInput,
  type REVOCATION_REASONS,
} from '@obieg/contracts/signatures';
import { z } from 'zod';
import { api } from '../../app/api-client';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

const certificateListSchema = z.object({ items: z.array(pkiCertificateSchema) });
const trustAnchorListSchema = z.object({ items: z.array(trustAnchorSchema) });

export type RevocationReason = (typeof REVOCATION_REASONS)[number];
export type CertificateStatus = z.infer<typeof pkiCertificateSchema>['status'];

// Verification of a signed file.

/** The last verification of a file (404 `signatures.no_validation` when it was never verified). */
export const getFileValidation = (fileId: string) =>
  api.get(path('files', fileId, 'validation'), validationReportSchema);

/** Verifies the file again now; a detached signature names the signed file(s). */
export const verifyFile = ({ fileId, detachedFileIds }: { fileId: string; detachedFileIds?: string[] }) =>
  api.post(
    path('files', fileId, 'verify'),
    detachedFileIds && detachedFileIds.length > 0 ? { detachedFileIds } : undefined,
    validationReportSchema,
  );

// The office's PKI.

export const getCertificationAuthority = () => api.get(path('pki', 'ca'), certificationAuthoritySchema);

export const listCertificates = (query: { userId?: string; status?: CertificateStatus } = {}) =>
  api.get(path('pki', 'certificates'), certificateListSchema, query);

/** Issues a certificate; for a user who has one, it renews it (the old one is superseded). */
export const issueCertificate = (input: IssueCertificateInput) =>
  api.post(path('pki', 'certificates'), input, pkiCertificateSchema);

export const revokeCertificate = ({ id, reason }: { id: string; reason: RevocationReason }) =>
  api.post(path('pki', 'certificates', id, 'revoke'), { reason });

/** The office CA's certificate revocation list (DER, `application/pkix-crl`). */
export const CRL_URL = path('pki', 'crl');

export const listTrustAnchors = () => api.get(path('pki', 'trust-anchors'), trustAnchorListSchema);

/** A certificate (DER or PEM) or an EU trusted list (XML) uploaded first with `POST /files`. */
export const addTrustAnchor = ({ fileId, name }: { fileId: string; name?: string }) =>
  api.post(path('pki', 'trust-anchors'), name ? { fileId, name } : { fileId }, addedTrustAnchorsSchema);
