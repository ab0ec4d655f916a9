import { createHash, randomBytes } from 'node:crypto';
import type * as Asn1js from 'asn1js';
import type * as Pkijs from 'pkijs';
import { type PkiLibraries } from './pki.libraries.js';
import { PkiError } from './pki.errors.js';
import { OID } from './pki.constants.js';

/** A fresh ArrayBuffer with exactly these bytes (pkijs and asn1js want ArrayBuffers). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export const sha256 = (bytes: Uint8Array): Uint8Array =>
  new Uint8Array(createHash('sha256').update(bytes).digest());

export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** A positive, minimally encoded 16-byte certificate serial number (RFC 5280 §4.1.2.2). */
export function randomSerialNumber(): Uint8Array {
  const serial = new Uint8Array(randomBytes(16));
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  return serial;
}

/** Serial number bytes from lower/upper-case hex, with a leading zero byte when it would read negative. */
export function serialFromHex(hex: string): Uint8Array {
  const clean = hex.replace(/^0x/i, '').replace(/[^0-9a-f]/gi, '');
  const even = clean.length % 2 === 1 ? `0${clean}` : clean;
  const bytes = new Uint8Array(Buffer.from(even || '00', 'hex'));
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0 && ((bytes[start + 1] ?? 0) & 0x80) === 0) start += 1;
  const trimmed = bytes.slice(start);
  return (trimmed[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed;
}

export function parseCertificate({ pkijs }: PkiLibraries, der: Uint8Array): Pkijs.Certificate {
  try {
    return pkijs.Certificate.fromBER(toArrayBuffer(der));
  } catch (error) {
    throw new PkiError({
      code: 'pki.certificate_invalid',
      message: 'The certificate is not DER X.509.',
      cause: error,
    });
  }
}

/** The value of the certificate's subjectKeyIdentifier, or the RFC 5280 SHA-1 of the key when it has none. */
export function keyIdentifierOf(certificate: Pkijs.Certificate): Uint8Array {
  const extension = certificate.extensions?.find((item) => item.extnID === OID.subjectKeyIdentifier);
  const parsed = extension?.parsedValue as Asn1js.OctetString | undefined;
  if (parsed?.valueBlock) return new Uint8Array(parsed.valueBlock.valueHexView);
  const key = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  return new Uint8Array(createHash('sha1').update(key).digest());
}

/**
 * ESS signing-certificate-v2 (RFC 5035) naming `certificate` by its SHA-256 hash and issuer+serial;
 * SHA-256 is the DEFAULT hash algorithm, so DER leaves it out.
 */
export function signingCertificateV2Attribute(
  { pkijs, asn1js }: PkiLibraries,
  certificateDer: Uint8Array,
): Pkijs.Attribute {
  const certificate = parseCertificate({ pkijs, asn1js }, certificateDer);
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.Constructed({
            idBlock: { tagClass: 3, tagNumber: 4 },
            value: [certificate.issuer.toSchema()],
          }),
        ],
      }),
      new asn1js.Integer({ valueHex: certificate.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(certificateDer)) }), issuerSerial],
  });
  return new pkijs.Attribute({
    type: OID.signingCertificateV2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })],
  });
}

/** Attributes in DER SET OF order (by their encodings), as verifiers re-encode them before checking. */
export function sortAttributes(attributes: Pkijs.Attribute[]): Pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({
    attribute,
    der: new Uint8Array(attribute.toSchema().toBER()),
  }));
  encoded.sort((left, right) => Buffer.compare(left.der, right.der));
  return encoded.map((item) => item.attribute);
}
