import { X509Certificate } from 'node:crypto';
import type { TrustAnchor } from '@obieg/contracts/signatures';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { readFileBytesInTransaction } from '../files/files.usecases.js';
import {
  createFileNotFoundError,
  createInvalidAnchorError,
  createXmlRefusedError,
} from './signatures.errors.js';
import { certificateFacts } from './certificate-facts.js';
import { createSignaturesRepository, type TrustAnchorRow } from './signatures.repository.js';
import { readTrustedList, type TrustedListEntry } from './trusted-list.models.js';
import type { PkiDeps } from './pki.usecases.js';
import type { SignaturesDeps } from './validation.usecases.js';

type Scope = { deps: PkiDeps & SignaturesDeps; ctx: Context };

const MAX_ANCHOR_FILE_BYTES = 20 * 1024 * 1024;

export const toTrustAnchorDto = (row: TrustAnchorRow): TrustAnchor => ({
  id: row.id,
  name: row.name,
  subject: row.subject,
  notAfter: row.notAfter.toISOString(),
  sha256: row.sha256,
  source: row.source,
  tslCountry: row.tslCountry,
  addedAt: row.addedAt.toISOString(),
});

export async function listTrustAnchors({ deps, ctx }: Scope): Promise<TrustAnchor[]> {
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createSignaturesRepository({ db: tx }).listTrustAnchors({ tenantId: ctx.actor.tenantId }),
  );
  return rows.map(toTrustAnchorDto);
}

/** One certificate from DER or PEM bytes, or null. */
function readCertificate(bytes: Uint8Array): X509Certificate | null {
  try {
    return new X509Certificate(Buffer.from(bytes));
  } catch {
    return null;
  }
}

const looksLikeXml = (bytes: Uint8Array) =>
  /^\s*(?:\uFEFF)?</.test(Buffer.from(bytes.subarray(0, 256)).toString('utf8'));

/**
 * Adds trust anchors from an uploaded file: one CA certificate (DER or PEM), or an EU trusted
 * list (TSL XML) — every CA/QC and timestamp service certificate of it, with its country. A file
 * that is neither is refused (422); XML with a DTD is refused before it is parsed.
 */
export async function addTrustAnchors({
  deps,
  ctx,
  fileId,
  name,
}: Scope & { fileId: string; name?: string }) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const found = await readFileBytesInTransaction({
      deps,
      tx,
      tenantId,
      id: fileId,
      maxBytes: MAX_ANCHOR_FILE_BYTES,
    });
    if (!found) throw createFileNotFoundError();
    let entries: TrustedListEntry[];
    let source: 'manual' | 'tsl' = 'manual';
    const certificate = readCertificate(found.bytes);
    if (certificate) {
      if (!certificate.ca)
        throw createInvalidAnchorError({ detail: 'The certificate is not a CA certificate.' });
      entries = [
        {
          name:
            name ??
            certificate.subject
              .split('\n')
              .find((l) => l.startsWith('CN='))
              ?.slice(3) ??
            found.file.name,
          der: new Uint8Array(certificate.raw),
          country: null,
        },
      ];
    } else if (looksLikeXml(found.bytes)) {
      const list = await readTrustedList(found.bytes);
      if (list.kind === 'refused') throw createXmlRefusedError({ detail: list.reason });
      if (list.kind === 'invalid') throw createInvalidAnchorError({ detail: list.reason });
      entries = list.entries;
      source = 'tsl';
    } else throw createInvalidAnchorError();

    const now = deps.clock.now();
    const rows = entries.flatMap((entry) => {
      const x509 = readCertificate(entry.der);
      if (!x509) return [];
      const { subject, sha256, notAfter } = certificateFacts(x509);
      return [
        {
          id: deps.ids.next(),
          tenantId,
          name: entry.name.slice(0, 300),
          subject,
          certificate: entry.der,
          sha256,
          notAfter,
          source,
          tslCountry: entry.country,
          addedAt: now,
          addedBy: ctx.actor.userId,
        },
      ];
    });
    const unique = [...new Map(rows.map((r) => [r.sha256, r])).values()];
    const added = await createSignaturesRepository({ db: tx }).insertTrustAnchors(unique);
    await audit({
      action: 'signatures.trust_anchor_added',
      subjectType: 'file',
      subjectId: fileId,
      details: {
        source,
        added: added.length,
        skipped: entries.length - added.length,
        names: added.slice(0, 20).map((a) => a.name),
      },
    });
    return {
      added: added.length,
      skipped: entries.length - added.length,
      items: added.map(toTrustAnchorDto),
    };
  });
}
