import { X509Certificate } from 'node:crypto';

/** What the office's rows keep about a certificate: its subject on one line, SHA-256 and validity. */
export function certificateFacts(certificate: Uint8Array | X509Certificate) {
  const x509 = certificate instanceof X509Certificate ? certificate : new X509Certificate(certificate);
  return {
    subject: x509.subject.replace(/\n/g, ', '),
    sha256: x509.fingerprint256.replace(/:/g, '').toLowerCase(),
    serialNumber: x509.serialNumber.toLowerCase(),
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
  };
}
