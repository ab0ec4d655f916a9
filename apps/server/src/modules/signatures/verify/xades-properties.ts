import type { Element } from '@xmldom/xmldom';
import type { ReportMessage } from '../signatures.types.js';
import { hashFromXmlUri, type HashName } from './signature-crypto.js';
import { INCLUSIVE_C14N, c14nMethod, type C14nMethod } from './xml-c14n.js';
import {
  DSIG_NS,
  base64Of,
  childElements,
  firstChild,
  textOf,
  xadesChild,
  xadesChildren,
} from './xml-dom.js';
import { note } from './verify.report.js';

export interface CertDigest {
  hash: HashName | null;
  value: Uint8Array | null;
}

export interface XadesProperties {
  signedProperties: Element | null;
  signingTime: Date | null;
  /** CertDigests of SigningCertificate(V2); null when the element is absent. */
  signingCertificates: CertDigest[] | null;
  signatureTimestamps: { token: Uint8Array; method: C14nMethod }[];
  /** DER of xades:CertificateValues (chain material). */
  certificateValues: Uint8Array[];
  hasValidationData: boolean;
  hasArchiveTimestamp: boolean;
  /** Structural problems that make the signature invalid (wrong Target, several properties). */
  problems: ReportMessage[];
}

/**
 * The XAdES properties of a signature: the QualifyingProperties in a ds:Object child of THIS
 * signature, bound to it by Target="#<signature Id>". Null when there are none (plain XML-DSig).
 */
export function readXadesProperties(signature: Element): XadesProperties | null {
  const all = childElements(signature, DSIG_NS, 'Object').flatMap((o) =>
    xadesChildren(o, 'QualifyingProperties'),
  );
  const qualifying = all[0];
  if (!qualifying) return null;
  const problems: ReportMessage[] = [];
  if (all.length > 1)
    problems.push(
      note('xades.properties_ambiguous', 'The signature holds more than one QualifyingProperties.'),
    );
  const id = signature.getAttribute('Id');
  if (!id || qualifying.getAttribute('Target') !== `#${id}`) {
    problems.push(
      note('xades.target_mismatch', "The QualifyingProperties' Target does not name this signature."),
    );
  }
  const signedProperties = xadesChild(qualifying, 'SignedProperties');
  const signedSignature = signedProperties ? xadesChild(signedProperties, 'SignedSignatureProperties') : null;
  const unsigned = xadesChild(qualifying, 'UnsignedProperties');
  const unsignedSignature = unsigned ? xadesChild(unsigned, 'UnsignedSignatureProperties') : null;
  const has = (name: string) =>
    unsignedSignature !== null && xadesChildren(unsignedSignature, name).length > 0;
  return {
    signedProperties,
    signingTime: signedSignature ? parseTime(textOf(xadesChild(signedSignature, 'SigningTime'))) : null,
    signingCertificates: signedSignature ? readSigningCertificates(signedSignature) : null,
    signatureTimestamps: unsignedSignature ? readTimestamps(unsignedSignature) : [],
    certificateValues: unsignedSignature
      ? xadesChildren(unsignedSignature, 'CertificateValues')
          .flatMap((v) => xadesChildren(v, 'EncapsulatedX509Certificate'))
          .map((e) => base64Of(e))
          .filter((der): der is Uint8Array => der !== null)
      : [],
    hasValidationData: has('CertificateValues') || has('RevocationValues') || has('TimeStampValidationData'),
    hasArchiveTimestamp: has('ArchiveTimeStamp'),
    problems,
  };
}

function readSigningCertificates(signedSignature: Element): CertDigest[] | null {
  const element =
    xadesChild(signedSignature, 'SigningCertificateV2') ?? xadesChild(signedSignature, 'SigningCertificate');
  if (!element) return null;
  return xadesChildren(element, 'Cert').map((cert) => {
    const certDigest = xadesChild(cert, 'CertDigest');
    return {
      hash: hashFromXmlUri(
        certDigest ? (firstChild(certDigest, DSIG_NS, 'DigestMethod')?.getAttribute('Algorithm') ?? '') : '',
      ),
      value: certDigest ? base64Of(firstChild(certDigest, DSIG_NS, 'DigestValue')) : null,
    };
  });
}

function readTimestamps(unsignedSignature: Element): { token: Uint8Array; method: C14nMethod }[] {
  return xadesChildren(unsignedSignature, 'SignatureTimeStamp').flatMap((timestamp) => {
    const algorithm =
      firstChild(timestamp, DSIG_NS, 'CanonicalizationMethod')?.getAttribute('Algorithm') ?? null;
    const method = algorithm ? c14nMethod(algorithm) : INCLUSIVE_C14N;
    if (!method) return [];
    return xadesChildren(timestamp, 'EncapsulatedTimeStamp')
      .map((e) => base64Of(e))
      .filter((token): token is Uint8Array => token !== null && token.length > 0)
      .map((token) => ({ token, method }));
  });
}

function parseTime(text: string | null): Date | null {
  if (!text) return null;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}
