import type * as Pkijs from 'pkijs';
import type { ReportMessage, SignatureIntegrity } from '../signatures.types.js';
import { parseCertificates, subjectKeyIdentifier, type ParsedCertificate } from './certificates.js';
import { schemeOfAlgorithm } from './revocation.js';
import {
  checkSignature,
  digest,
  hashFromOid,
  isWeakHash,
  sameBytes,
  schemeHash,
  weakAlgorithmWarning,
  type HashName,
  type SignatureCheck,
  type SignatureScheme,
} from './signature-crypto.js';
import { OID } from './verify.constants.js';
import { loadAsn1, type Asn1Libs } from './verify.libs.js';
import { note } from './verify.report.js';

export interface ParsedCms {
  signedData: Pkijs.SignedData;
  eContentType: string;
  /** The encapsulated content; null when the signature is detached. */
  eContent: Uint8Array | null;
  certificates: ParsedCertificate[];
  /** DER of the CRLs the SignedData carries. */
  crls: Uint8Array[];
}

/** Reads a ContentInfo holding SignedData; null when the bytes are not one. */
export async function parseSignedData(bytes: Uint8Array): Promise<ParsedCms | null> {
  const { pkijs, asn1js } = await loadAsn1();
  try {
    const asn = asn1js.fromBER(bytes);
    if (asn.offset === -1) return null;
    const contentInfo = new pkijs.ContentInfo({ schema: asn.result });
    if (contentInfo.contentType !== OID.signedData) return null;
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    const eContent = signedData.encapContentInfo.eContent;
    const raw = rawCertificatesAndCrls(contentInfo.content, asn1js);
    return {
      signedData,
      eContentType: signedData.encapContentInfo.eContentType,
      eContent: eContent ? new Uint8Array(eContent.getValue()) : null,
      certificates: await parseCertificates(raw.certificates),
      crls: raw.crls,
    };
  } catch {
    return null;
  }
}

/** The original bytes of the `certificates` [0] and `crls` [1] members (no re-encoding). */
function rawCertificatesAndCrls(
  signedData: unknown,
  asn1js: Asn1Libs['asn1js'],
): { certificates: Uint8Array[]; crls: Uint8Array[] } {
  const result = { certificates: [] as Uint8Array[], crls: [] as Uint8Array[] };
  if (!(signedData instanceof asn1js.Sequence)) return result;
  for (const member of signedData.valueBlock.value) {
    if (member.idBlock.tagClass !== 3 || !(member instanceof asn1js.Constructed)) continue;
    const target =
      member.idBlock.tagNumber === 0
        ? result.certificates
        : member.idBlock.tagNumber === 1
          ? result.crls
          : null;
    if (!target) continue;
    for (const item of member.valueBlock.value) {
      // Only plain Certificate / CertificateList (SEQUENCE); other choices are tagged.
      if (item.idBlock.tagClass === 1 && item.idBlock.tagNumber === 16)
        target.push(new Uint8Array(item.valueBeforeDecodeView));
    }
  }
  return result;
}

export interface SignerCheck {
  signerInfo: Pkijs.SignerInfo;
  signer: ParsedCertificate | null;
  integrity: SignatureIntegrity;
  errors: ReportMessage[];
  warnings: ReportMessage[];
  claimedSigningTime: Date | null;
  /** The ESS signing-certificate(-v2) attribute is present (CAdES rather than plain PKCS#7). */
  hasSigningCertificateAttribute: boolean;
  /** The SignerInfo's signature value (what a signature timestamp or counter-signature covers). */
  signatureValue: Uint8Array;
  digestHash: HashName | null;
}

/**
 * Verifies one SignerInfo: messageDigest against the content, the signature value over the DER of
 * the signed attributes (or over the content when there are none), the content-type attribute
 * and the ESS signing-certificate binding. `content` null means a detached signature whose
 * content was not supplied. `expectedContentType` null for counter-signatures (no such attribute).
 */
export async function checkSigner(input: {
  signerInfo: Pkijs.SignerInfo;
  certificates: ParsedCertificate[];
  content: Uint8Array | null;
  expectedContentType: string | null;
}): Promise<SignerCheck> {
  const libs = await loadAsn1();
  const { signerInfo, content } = input;
  const errors: ReportMessage[] = [];
  const warnings: ReportMessage[] = [];
  const states: SignatureIntegrity[] = [];
  const digestHash = hashFromOid(signerInfo.digestAlgorithm.algorithmId);
  const signatureValue = signerInfo.signature.valueBlock.valueHexView;
  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const claimedSigningTime = signingTime(attributes, libs, warnings);
  const result = (signer: ParsedCertificate | null): SignerCheck => ({
    signerInfo,
    signer,
    integrity: states.includes('broken') ? 'broken' : states.includes('unknown') ? 'unknown' : 'intact',
    errors,
    warnings,
    claimedSigningTime,
    hasSigningCertificateAttribute: attributes.some(
      (a) => a.type === OID.signingCertificateV2 || a.type === OID.signingCertificate,
    ),
    signatureValue,
    digestHash,
  });

  if (!digestHash) {
    states.push('unknown');
    errors.push(
      note(
        'signature.unsupported_algorithm',
        `Unsupported digest algorithm ${signerInfo.digestAlgorithm.algorithmId}.`,
      ),
    );
    return result(null);
  }
  let signedBytes: Uint8Array | null = content;
  if (signerInfo.signedAttrs) {
    signedBytes = new Uint8Array(signerInfo.signedAttrs.encodedValue);
    states.push(
      checkContentAttributes({
        attributes,
        content,
        digestHash,
        expectedContentType: input.expectedContentType,
        errors,
        libs,
      }),
    );
  }
  if (content === null) {
    errors.push(
      note(
        'signature.detached_content_missing',
        'The signature is detached and the signed content was not supplied.',
      ),
    );
    states.push('unknown');
  }
  const scheme = await schemeOfAlgorithm(
    signerInfo.signatureAlgorithm,
    signerInfo.digestAlgorithm.algorithmId,
  );
  if (!scheme) {
    states.push('unknown');
    errors.push(
      note(
        'signature.unsupported_algorithm',
        `Unsupported signature algorithm ${signerInfo.signatureAlgorithm.algorithmId}.`,
      ),
    );
    return result(identifySigner(signerInfo, input.certificates, libs));
  }
  if (isWeakHash(digestHash) || isWeakHash(schemeHash(scheme) ?? digestHash))
    warnings.push(weakAlgorithmWarning());
  if (!signedBytes) return result(identifySigner(signerInfo, input.certificates, libs));

  const { signer, outcome, foundByKey } = verifySignatureValue({
    signerInfo,
    certificates: input.certificates,
    scheme,
    signedBytes,
    libs,
  });
  if (!signer) {
    states.push('unknown');
    errors.push(
      note(
        'signature.signer_certificate_missing',
        "The signer's certificate is not in the signature, so the signature value cannot be verified.",
      ),
    );
    return result(null);
  }
  if (foundByKey)
    warnings.push(
      note(
        'cms.signer_identifier_mismatch',
        "The signer's certificate was found by its key, not by the signer identifier.",
      ),
    );
  if (outcome === 'invalid') {
    errors.push(
      note('signature.value_invalid', "The signature value does not verify with the signer's public key."),
    );
  } else if (outcome === 'valid_digest_info_without_null') {
    warnings.push(
      note(
        'signature.digest_info_without_null',
        'Non-standard DigestInfo encoding (missing NULL parameter), tolerated.',
      ),
    );
  }
  states.push(outcome === 'invalid' ? 'broken' : 'intact');
  states.push(checkSigningCertificateAttribute({ attributes, signer, errors, libs }));
  return result(signer);
}

/**
 * The signer named by the sid, checked against the signature value; when the sid names no
 * carried certificate, the certificate whose key verifies the value (`foundByKey`).
 */
function verifySignatureValue(input: {
  signerInfo: Pkijs.SignerInfo;
  certificates: ParsedCertificate[];
  scheme: SignatureScheme;
  signedBytes: Uint8Array;
  libs: Asn1Libs;
}): { signer: ParsedCertificate | null; outcome: SignatureCheck; foundByKey: boolean } {
  const signature = input.signerInfo.signature.valueBlock.valueHexView;
  const check = (cert: ParsedCertificate) =>
    checkSignature({ key: cert.x509.publicKey, scheme: input.scheme, data: input.signedBytes, signature });
  const named = identifySigner(input.signerInfo, input.certificates, input.libs);
  if (named) return { signer: named, outcome: check(named), foundByKey: false };
  for (const candidate of input.certificates) {
    const outcome = check(candidate);
    if (outcome !== 'invalid') return { signer: candidate, outcome, foundByKey: true };
  }
  return { signer: null, outcome: 'invalid', foundByKey: false };
}

function checkContentAttributes(input: {
  attributes: Pkijs.Attribute[];
  content: Uint8Array | null;
  digestHash: HashName;
  expectedContentType: string | null;
  errors: ReportMessage[];
  libs: Asn1Libs;
}): SignatureIntegrity {
  const { asn1js } = input.libs;
  const messageDigest = input.attributes.filter((a) => a.type === OID.messageDigest);
  const value = messageDigest[0]?.values[0];
  if (messageDigest.length !== 1 || !(value instanceof asn1js.OctetString)) {
    input.errors.push(
      note('cms.message_digest_missing', 'The signed attributes hold no single message-digest attribute.'),
    );
    return 'broken';
  }
  if (input.expectedContentType) {
    const contentType = input.attributes.find((a) => a.type === OID.contentType)?.values[0];
    if (
      contentType instanceof asn1js.ObjectIdentifier &&
      contentType.valueBlock.toString() !== input.expectedContentType
    ) {
      input.errors.push(
        note(
          'cms.content_type_mismatch',
          'The content-type attribute does not match the signed content type.',
        ),
      );
      return 'broken';
    }
  }
  if (input.content === null) return 'unknown';
  if (!sameBytes(digest(input.digestHash, input.content), value.valueBlock.valueHexView)) {
    input.errors.push(
      note(
        'signature.content_digest_mismatch',
        'The signed content does not match the message digest: it was changed after signing.',
      ),
    );
    return 'broken';
  }
  return 'intact';
}

/** Finds the certificate named by the SignerInfo's sid (issuer and serial, or key identifier). */
function identifySigner(
  signerInfo: Pkijs.SignerInfo,
  certificates: ParsedCertificate[],
  libs: Asn1Libs,
): ParsedCertificate | null {
  const sid: unknown = signerInfo.sid;
  if (sid instanceof libs.pkijs.IssuerAndSerialNumber) {
    return (
      certificates.find(
        (c) => c.pki.issuer.isEqual(sid.issuer) && c.pki.serialNumber.isEqual(sid.serialNumber),
      ) ?? null
    );
  }
  if (sid instanceof libs.asn1js.BaseBlock) {
    const block = (sid as { valueBlock?: { valueHexView?: Uint8Array } }).valueBlock;
    const keyId = block?.valueHexView;
    if (!keyId) return null;
    return (
      certificates.find((c) => {
        const ski = subjectKeyIdentifier(c, libs.asn1js);
        return ski !== null && sameBytes(ski, keyId);
      }) ?? null
    );
  }
  return null;
}

/** ESS signing-certificate(-v2): the hash of the first certificate must be the signer's. */
function checkSigningCertificateAttribute(input: {
  attributes: Pkijs.Attribute[];
  signer: ParsedCertificate;
  errors: ReportMessage[];
  libs: Asn1Libs;
}): SignatureIntegrity {
  const { asn1js } = input.libs;
  const v2 = input.attributes.find((a) => a.type === OID.signingCertificateV2);
  const v1 = input.attributes.find((a) => a.type === OID.signingCertificate);
  const attribute = v2 ?? v1;
  if (!attribute) return 'intact';
  const certs = (attribute.values[0] as InstanceType<typeof asn1js.Sequence> | undefined)?.valueBlock
    ?.value?.[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  let hash: HashName | null = v2 ? 'sha256' : 'sha1';
  let expected: Uint8Array | null = null;
  if (first instanceof asn1js.Sequence) {
    const [head, second] = first.valueBlock.value;
    if (v2 && head instanceof asn1js.Sequence) {
      const oid = head.valueBlock.value[0];
      hash = oid instanceof asn1js.ObjectIdentifier ? hashFromOid(oid.valueBlock.toString()) : null;
      expected = second instanceof asn1js.OctetString ? second.valueBlock.valueHexView : null;
    } else if (head instanceof asn1js.OctetString) {
      expected = head.valueBlock.valueHexView;
    }
  }
  if (!hash || !expected) {
    input.errors.push(
      note('cms.signing_certificate_unreadable', 'The signing-certificate attribute cannot be read.'),
    );
    return 'unknown';
  }
  if (!sameBytes(digest(hash, input.signer.der), expected)) {
    input.errors.push(
      note(
        'signature.signing_certificate_mismatch',
        "The signed signing-certificate reference does not match the signer's certificate.",
      ),
    );
    return 'broken';
  }
  return 'intact';
}

/**
 * The signing-time attribute. RFC 5652 requires UTCTime for 1950–2049; a GeneralizedTime in that
 * range is non-conformant and ignored (as EU DSS does), with a warning.
 */
function signingTime(attributes: Pkijs.Attribute[], libs: Asn1Libs, warnings: ReportMessage[]): Date | null {
  const value = attributes.find((a) => a.type === OID.signingTime)?.values[0];
  if (!(value instanceof libs.asn1js.UTCTime || value instanceof libs.asn1js.GeneralizedTime)) return null;
  const date = value.toDate();
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (value instanceof libs.asn1js.GeneralizedTime && year >= 1950 && year < 2050) {
    warnings.push(
      note(
        'cms.signing_time_malformed',
        'The signing-time attribute is encoded as GeneralizedTime, which RFC 5652 forbids before 2050; it is ignored.',
      ),
    );
    return null;
  }
  return date;
}

/** Unsigned attributes of a type, as parsed ASN.1 values. */
export function unsignedAttributeValues(signerInfo: Pkijs.SignerInfo, type: string): unknown[] {
  return (signerInfo.unsignedAttrs?.attributes ?? []).filter((a) => a.type === type).flatMap((a) => a.values);
}
