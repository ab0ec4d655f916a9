import type * as Pkijs from 'pkijs';
import type { ParsedCertificate } from './certificates.js';
import { integerHex } from './certificates.js';
import { loadAsn1 } from './verify.libs.js';
import {
  checkSignature,
  hashFromOid,
  pssScheme,
  schemeFromOid,
  type SignatureScheme,
} from './signature-crypto.js';

export type RevocationResult =
  | { status: 'revoked'; revokedAt: Date }
  | { status: 'good'; nextUpdate: Date | null }
  | { status: 'unknown' };

/**
 * Looks the certificate up in the CRLs issued by its issuer. A CRL counts only when its issuer
 * name matches and its signature verifies with the issuer's key; `good` means at least one such
 * CRL was read and does not list the serial number.
 */
export async function checkRevocation(input: {
  cert: ParsedCertificate;
  issuer: ParsedCertificate;
  crls: Uint8Array[];
}): Promise<RevocationResult> {
  const { pkijs, asn1js } = await loadAsn1();
  let checked: RevocationResult = { status: 'unknown' };
  const serial = integerHex(input.cert.pki.serialNumber);
  for (const der of input.crls) {
    let crl: Pkijs.CertificateRevocationList;
    try {
      const asn = asn1js.fromBER(der);
      if (asn.offset === -1) continue;
      crl = new pkijs.CertificateRevocationList({ schema: asn.result });
    } catch {
      continue;
    }
    if (!crl.issuer.isEqual(input.cert.pki.issuer)) continue;
    if (!(await crlSignedBy(crl, input.issuer))) continue;
    const entry = crl.revokedCertificates?.find((e) => integerHex(e.userCertificate) === serial);
    if (entry) return { status: 'revoked', revokedAt: entry.revocationDate.value };
    checked = { status: 'good', nextUpdate: crl.nextUpdate?.value ?? null };
  }
  return checked;
}

async function crlSignedBy(
  crl: Pkijs.CertificateRevocationList,
  issuer: ParsedCertificate,
): Promise<boolean> {
  const scheme = await schemeOfAlgorithm(crl.signatureAlgorithm);
  if (!scheme) return false;
  return (
    checkSignature({
      key: issuer.x509.publicKey,
      scheme,
      data: crl.tbsView,
      signature: crl.signatureValue.valueBlock.valueHexView,
    }) === 'valid'
  );
}

/** The scheme of an AlgorithmIdentifier, reading RSASSA-PSS parameters. */
export async function schemeOfAlgorithm(
  algorithm: Pkijs.AlgorithmIdentifier,
  digestOid?: string,
): Promise<SignatureScheme | null> {
  if (algorithm.algorithmId === '1.2.840.113549.1.1.10') {
    const { pkijs } = await loadAsn1();
    try {
      const params = new pkijs.RSASSAPSSParams({ schema: algorithm.algorithmParams });
      const hash = hashFromOid(params.hashAlgorithm.algorithmId);
      return hash ? pssScheme(hash, params.saltLength) : null;
    } catch {
      return null;
    }
  }
  return schemeFromOid(algorithm.algorithmId, digestOid ? hashFromOid(digestOid) : null);
}
