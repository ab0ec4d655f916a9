import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '@obieg/contracts/common';
import {
  addedTrustAnchorsSchema,
  addTrustAnchorSchema,
  certificationAuthoritySchema,
  issueCertificateSchema,
  pkiCertificateQuerySchema,
  pkiCertificateSchema,
  revokeCertificateSchema,
  signDocumentSchema,
  signedDocumentSchema,
  trustAnchorSchema,
  uploadSignedVersionSchema,
  validationReportSchema,
  verifyFileSchema,
} from '@obieg/contracts/signatures';
import { createdVersionSchema } from '@obieg/contracts/documents';
import { requireAuthenticated, requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  getCrl,
  getOfficeCa,
  issueCertificate,
  listCertificates,
  revokeCertificate,
} from './pki.usecases.js';
import { signDocument, uploadSignedVersion } from './signing.usecases.js';
import { addTrustAnchors, listTrustAnchors } from './trust-anchors.usecases.js';
import { getFileValidation, verifyFile } from './validation.usecases.js';

const tags = ['signatures'];

export function registerSignaturesRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const manage = requirePermission('tenant:manage');
  const readFiles = requirePermission('files:read');

  // Signing -----------------------------------------------------------------------------------
  app.post(
    '/api/v1/documents/:id/sign',
    {
      // The permission is checked (and a refusal audited) by the use case.
      preHandler: requireAuthenticated(),
      schema: {
        tags,
        summary:
          'Sign the approved final version with your certificate from the office CA (confirmed with your password)',
        description:
          'PDF → PAdES (visible block optional), XML → XAdES enveloped, other files → detached XAdES; `timestamp` adds an ' +
          'RFC 3161 timestamp. 401 `signatures.wrong_password`, 403 `auth.forbidden` / `documents.not_signatory` ' +
          '(both audited), 409 `documents.not_approved`, `documents.final`, 422 `signatures.no_certificate`.',
        params: idParamsSchema,
        body: signDocumentSchema,
        response: { 201: signedDocumentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signDocument({ deps, ctx: request.ctx, id: request.params.id, input: request.body })),
  );
  app.post(
    '/api/v1/documents/:id/signed-version',
    {
      preHandler: requireAuthenticated(),
      schema: {
        tags,
        summary:
          'Upload the final version signed outside (e.g. a qualified signature); verified, it becomes final',
        description:
          '422 `signatures.not_signed`, `signatures.signature_invalid`; 403 `documents.not_signatory`.',
        params: idParamsSchema,
        body: uploadSignedVersionSchema,
        response: { 201: createdVersionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await uploadSignedVersion({
          deps,
          ctx: request.ctx,
          id: request.params.id,
          fileId: request.body.fileId,
        }),
      ),
  );

  // Verification ------------------------------------------------------------------------------
  app.post(
    '/api/v1/files/:id/verify',
    {
      preHandler: readFiles,
      schema: {
        tags,
        summary: 'Verify the signatures of a file now; the report is kept beside the untouched file',
        description: 'For a detached signature give the signed file(s) in `detachedFileIds`.',
        params: idParamsSchema,
        body: verifyFileSchema,
        response: { 200: validationReportSchema },
      },
    },
    async (request) =>
      verifyFile({
        deps,
        ctx: request.ctx,
        fileId: request.params.id,
        detachedFileIds: request.body?.detachedFileIds,
      }),
  );
  app.get(
    '/api/v1/files/:id/validation',
    {
      preHandler: readFiles,
      schema: {
        tags,
        summary:
          'The newest verification report of a file (404 `signatures.no_validation` if never verified)',
        params: idParamsSchema,
        response: { 200: validationReportSchema },
      },
    },
    async (request) => getFileValidation({ deps, ctx: request.ctx, fileId: request.params.id }),
  );

  // PKI ---------------------------------------------------------------------------------------
  app.get(
    '/api/v1/pki/ca',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'The office CA (404 before the first certificate)',
        response: { 200: certificationAuthoritySchema },
      },
    },
    async (request) => getOfficeCa({ deps, ctx: request.ctx }),
  );
  app.get(
    '/api/v1/pki/certificates',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Signing certificates issued by the office CA',
        querystring: pkiCertificateQuerySchema,
        response: { 200: z.object({ items: z.array(pkiCertificateSchema) }) },
      },
    },
    async (request) => ({ items: await listCertificates({ deps, ctx: request.ctx, ...request.query }) }),
  );
  app.post(
    '/api/v1/pki/certificates',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Issue (or renew) a user’s signing certificate; earlier active ones are revoked as superseded',
        body: issueCertificateSchema,
        response: { 201: pkiCertificateSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueCertificate({ deps, ctx: request.ctx, input: request.body })),
  );
  app.post(
    '/api/v1/pki/certificates/:id/revoke',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Revoke a certificate; the CRL is re-issued at once (409 `signatures.already_revoked`)',
        params: idParamsSchema,
        body: revokeCertificateSchema,
        response: { 200: pkiCertificateSchema },
      },
    },
    async (request) =>
      revokeCertificate({ deps, ctx: request.ctx, id: request.params.id, reason: request.body.reason }),
  );
  app.get(
    '/api/v1/pki/crl',
    {
      preHandler: requireAuthenticated(),
      schema: { tags, summary: 'The office CA’s certificate revocation list (DER, application/pkix-crl)' },
    },
    async (request, reply) => {
      const crl = await getCrl({ deps, ctx: request.ctx });
      return reply
        .type('application/pkix-crl')
        .header('content-disposition', 'attachment; filename="urzad.crl"')
        .send(Buffer.from(crl));
    },
  );
  app.get(
    '/api/v1/pki/trust-anchors',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Certificates the office trusts when verifying signatures',
        response: { 200: z.object({ items: z.array(trustAnchorSchema) }) },
      },
    },
    async (request) => ({ items: await listTrustAnchors({ deps, ctx: request.ctx }) }),
  );
  app.post(
    '/api/v1/pki/trust-anchors',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Trust a CA certificate (DER/PEM) or every current CA and timestamp service of an EU trusted list (TSL XML)',
        description: '422 `signatures.invalid_anchor`, `signatures.xml_refused` (DTD or entities).',
        body: addTrustAnchorSchema,
        response: { 201: addedTrustAnchorsSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addTrustAnchors({
          deps,
          ctx: request.ctx,
          fileId: request.body.fileId,
          name: request.body.name,
        }),
      ),
  );
}
