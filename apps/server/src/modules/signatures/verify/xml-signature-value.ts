import type { KeyObject } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import type { ReportMessage, SignatureIntegrity } from '../signatures.types.js';
import type { ParsedCertificate } from './certificates.js';
import {
  checkSignature,
  digest,
  isWeakHash,
  sameBytes,
  schemeFromXmlUri,
  schemeHash,
  weakAlgorithmWarning,
  type SignatureCheck,
} from './signature-crypto.js';
import { note } from './verify.report.js';
import type { XadesProperties } from './xades-properties.js';
import { c14nMethod, canonicalize } from './xml-c14n.js';
import { DSIG_NS, base64Of, firstChild } from './xml-dom.js';
import { keyValueKey } from './xml-keys.js';

/** What the checks of one XML signature found so far. */
export interface Tally {
  states: SignatureIntegrity[];
  errors: ReportMessage[];
  warnings: ReportMessage[];
  structurallyInvalid: boolean;
}

/**
 * Verifies the SignatureValue over the canonicalized SignedInfo and picks the signer: the
 * certificate the XAdES SigningCertificate names and whose key verifies, else any carried
 * certificate whose key verifies, else (no certificate at all) a bare ds:KeyValue. The XAdES
 * CertDigest must then be the signer's.
 */
export function checkSignatureValue(input: {
  signedInfo: Element;
  signatureValue: Element;
  certificates: ParsedCertificate[];
  keyInfoCerts: ParsedCertificate[];
  keyInfo: Element | null;
  xades: XadesProperties | null;
  tally: Tally;
}): { certificate: ParsedCertificate | null; keyOnly: boolean } {
  const { signedInfo, tally, certificates } = input;
  const method = firstChild(signedInfo, DSIG_NS, 'CanonicalizationMethod');
  const prefixes = method
    ? firstChild(method, 'http://www.w3.org/2001/10/xml-exc-c14n#', 'InclusiveNamespaces')?.getAttribute(
        'PrefixList',
      )
    : null;
  const c14n = c14nMethod(
    method?.getAttribute('Algorithm') ?? null,
    prefixes ? prefixes.trim().split(/\s+/) : [],
  );
  const scheme = schemeFromXmlUri(
    firstChild(signedInfo, DSIG_NS, 'SignatureMethod')?.getAttribute('Algorithm') ?? '',
  );
  const value = base64Of(input.signatureValue);
  const fallback =
    certificates.find((c) => matchesSigningCertificate(c, input.xades)) ??
    input.keyInfoCerts[0] ??
    certificates[0] ??
    null;
  if (!c14n || !scheme || !value) {
    tally.states.push('unknown');
    tally.errors.push(
      note(
        'signature.unsupported_algorithm',
        'The canonicalization or signature method is not supported, or the SignatureValue is malformed.',
      ),
    );
    return { certificate: fallback, keyOnly: false };
  }
  const hash = schemeHash(scheme);
  if (hash && isWeakHash(hash)) tally.warnings.push(weakAlgorithmWarning());
  const data = new Uint8Array(Buffer.from(canonicalize({ node: input.signedInfo, method: c14n }), 'utf8'));
  const verify = (key: KeyObject): SignatureCheck => checkSignature({ key, scheme, data, signature: value });
  const verifies = (c: ParsedCertificate) => verify(c.x509.publicKey) !== 'invalid';
  const signer =
    certificates.find((c) => matchesSigningCertificate(c, input.xades) && verifies(c)) ??
    certificates.find(verifies) ??
    null;
  const keyOnly = signer === null && certificates.length === 0 ? keyValueKey(input.keyInfo) : null;
  const outcome: SignatureCheck = signer
    ? verify(signer.x509.publicKey)
    : keyOnly
      ? verify(keyOnly)
      : 'invalid';
  if (!signer && !keyOnly && certificates.length === 0) {
    tally.states.push('unknown');
    tally.errors.push(
      note(
        'signature.signer_certificate_missing',
        "The signature carries no signer's certificate or key, so its value cannot be verified.",
      ),
    );
    return { certificate: null, keyOnly: false };
  }
  if (outcome === 'invalid') {
    tally.states.push('broken');
    tally.errors.push(
      note(
        'signature.value_invalid',
        "The SignatureValue does not verify over the SignedInfo with the signer's key.",
      ),
    );
  } else if (outcome === 'valid_digest_info_without_null') {
    tally.warnings.push(
      note(
        'signature.digest_info_without_null',
        'Non-standard DigestInfo encoding (missing NULL parameter), tolerated.',
      ),
    );
  }
  const certificate = signer ?? (keyOnly ? null : fallback);
  if (input.xades && certificate) {
    if (input.xades.signingCertificates === null) {
      tally.warnings.push(
        note(
          'xades.signing_certificate_missing',
          'The XAdES properties do not bind the signing certificate (no SigningCertificate).',
        ),
      );
    } else if (!matchesSigningCertificate(certificate, input.xades)) {
      tally.states.push('broken');
      tally.errors.push(
        note(
          'signature.signing_certificate_mismatch',
          "The signed CertDigest of SigningCertificate does not match the signer's certificate.",
        ),
      );
    }
  }
  return { certificate, keyOnly: keyOnly !== null };
}

function matchesSigningCertificate(cert: ParsedCertificate, xades: XadesProperties | null): boolean {
  return (xades?.signingCertificates ?? []).some(
    (d) => d.hash !== null && d.value !== null && sameBytes(digest(d.hash, cert.der), d.value),
  );
}
