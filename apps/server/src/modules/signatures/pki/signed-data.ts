import type * as Pkijs from 'pkijs';
import type { SignerCredentials } from '../signatures.types.js';
import {
  parseCertificate,
  sha256,
  signingCertificateV2Attribute,
  sortAttributes,
  toArrayBuffer,
} from './asn1.js';
import { OID } from './pki.constants.js';
import { loadPkiLibraries } from './pki.libraries.js';

/**
 * A CMS SignedData (RFC 5652) in a ContentInfo, DER, with one signer identified by issuer and
 * serial number and the signed attributes CAdES and RFC 3161 require: content-type, message-digest
 * (SHA-256) and ESS signing-certificate-v2. `unsignedAttributes` gets the signature value once it
 * exists (for a signature-time-stamp).
 */
export async function buildSignedData({
  signer,
  eContentType,
  content,
  encapsulate,
  signedAttributes = [],
  includeCertificates = true,
  unsignedAttributes,
}: {
  signer: SignerCredentials;
  eContentType: string;
  content: Uint8Array;
  encapsulate: boolean;
  signedAttributes?: Pkijs.Attribute[];
  includeCertificates?: boolean;
  unsignedAttributes?: (signatureValue: Uint8Array) => Promise<Pkijs.Attribute[]>;
}): Promise<Uint8Array> {
  const libraries = await loadPkiLibraries();
  const { pkijs, asn1js } = libraries;
  const certificate = parseCertificate(libraries, signer.certificate);
  const attributes = sortAttributes([
    new pkijs.Attribute({
      type: OID.contentType,
      values: [new asn1js.ObjectIdentifier({ value: eContentType })],
    }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(content)) })],
    }),
    signingCertificateV2Attribute(libraries, signer.certificate),
    ...signedAttributes,
  ]);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
  });
  const signedData = new pkijs.SignedData({
    // RFC 5652 §5.1: version 3 when the content is not id-data (a TSTInfo).
    version: eContentType === OID.data ? 1 : 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType,
      ...(encapsulate && { eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(content) }) }),
    }),
    signerInfos: [signerInfo],
    ...(includeCertificates && {
      certificates: [signer.certificate, ...signer.chain].map((der) => parseCertificate(libraries, der)),
    }),
  });
  await signedData.sign(signer.privateKey, 0, 'SHA-256');
  if (unsignedAttributes) {
    const extra = await unsignedAttributes(new Uint8Array(signerInfo.signature.valueBlock.valueHexView));
    if (extra.length > 0)
      signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: extra });
  }
  const schema = signedData.toSchema(true);
  if (encapsulate) {
    // pkijs writes eContent as a constructed (BER) OCTET STRING; DER wants it primitive, and
    // pkijs' own verifier, like strict validators, reads only that.
    schema.valueBlock.value[2] = new asn1js.Sequence({
      value: [
        new asn1js.ObjectIdentifier({ value: eContentType }),
        new asn1js.Constructed({
          idBlock: { tagClass: 3, tagNumber: 0 },
          value: [new asn1js.OctetString({ valueHex: toArrayBuffer(content) })],
        }),
      ],
    });
  }
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: schema });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
