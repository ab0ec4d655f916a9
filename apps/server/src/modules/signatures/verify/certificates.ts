import { X509Certificate, createHash } from 'node:crypto';
import type * as Asn1js from 'asn1js';
import type * as Pkijs from 'pkijs';
import type { CertificateInfo, ReportMessage, SignatureTrust } from '../signatures.types.js';
import { MAX_CHAIN_LENGTH, OID } from './verify.constants.js';
import { loadAsn1 } from './verify.libs.js';
import { note } from './verify.report.js';
import { sameBytes, toHex } from './signature-crypto.js';

/** A certificate parsed twice: node:crypto for the cryptography, pkijs for the structure. */
export interface ParsedCertificate {
  der: Uint8Array;
  x509: X509Certificate;
  pki: Pkijs.Certificate;
  info: CertificateInfo;
}

const nameLabels: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.42': 'G',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.25': 'DC',
};

/** Parses a DER certificate; null when node:crypto or pkijs cannot read it. */
export async function parseCertificate(der: Uint8Array): Promise<ParsedCertificate | null> {
  const { pkijs, asn1js } = await loadAsn1();
  try {
    const x509 = new X509Certificate(der);
    const asn = asn1js.fromBER(der);
    if (asn.offset === -1) return null;
    const pki = new pkijs.Certificate({ schema: asn.result });
    return { der, x509, pki, info: describeCertificate({ der, pki, asn1js }) };
  } catch {
    return null;
  }
}

export async function parseCertificates(ders: Uint8Array[]): Promise<ParsedCertificate[]> {
  const parsed: ParsedCertificate[] = [];
  for (const der of ders) {
    if (parsed.some((c) => sameBytes(c.der, der))) continue;
    const cert = await parseCertificate(der);
    if (cert) parsed.push(cert);
  }
  return parsed;
}

function describeCertificate(input: {
  der: Uint8Array;
  pki: Pkijs.Certificate;
  asn1js: typeof Asn1js;
}): CertificateInfo {
  const { der, pki } = input;
  return {
    subject: formatName(pki.subject),
    issuer: formatName(pki.issuer),
    serialNumber: integerHex(pki.serialNumber),
    notBefore: pki.notBefore.value.toISOString(),
    notAfter: pki.notAfter.value.toISOString(),
    sha256: createHash('sha256').update(der).digest('hex'),
    qualified: claimsQcCompliance(pki, input.asn1js),
  };
}

/** Hex of an INTEGER without the sign-padding zero byte, lower case. */
export function integerHex(value: Asn1js.Integer): string {
  const hex = toHex(value.valueBlock.valueHexView).replace(/^(00)+(?=.)/, '');
  return hex.length === 0 ? '00' : hex;
}

/** RFC 4514 order (most specific first): `CN=…, O=…, C=PL`. */
export function formatName(name: Pkijs.RelativeDistinguishedNames): string {
  return [...name.typesAndValues]
    .reverse()
    .map((tv) => `${nameLabels[tv.type] ?? tv.type}=${escapeNameValue(attributeText(tv))}`)
    .join(', ');
}

/** The first value of an attribute type in a name (`2.5.4.3` = CN), or null. */
export function nameAttribute(name: Pkijs.RelativeDistinguishedNames, type: string): string | null {
  const found = name.typesAndValues.find((tv) => tv.type === type);
  return found ? attributeText(found) : null;
}

function attributeText(tv: Pkijs.AttributeTypeAndValue): string {
  const block = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock;
  if (typeof block?.value === 'string') return block.value;
  return `#${toHex(new Uint8Array(tv.value.toBER()))}`;
}

function escapeNameValue(value: string): string {
  return value.replace(/[,+"\\<>;]/g, (c) => `\\${c}`);
}

/** The certificate claims to be qualified: a QcStatements extension holding QcCompliance. */
function claimsQcCompliance(pki: Pkijs.Certificate, asn1js: typeof Asn1js): boolean {
  const extension = pki.extensions?.find((e) => e.extnID === OID.qcStatements);
  if (!extension) return false;
  const asn = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView);
  if (asn.offset === -1 || !(asn.result instanceof asn1js.Sequence)) return false;
  return asn.result.valueBlock.value.some((statement) => {
    if (!(statement instanceof asn1js.Sequence)) return false;
    const id = statement.valueBlock.value[0];
    return id instanceof asn1js.ObjectIdentifier && id.valueBlock.toString() === OID.qcCompliance;
  });
}

/** Display name: the subject's CN, else its O, else the whole subject. */
export function displayName(cert: ParsedCertificate): string {
  return (
    nameAttribute(cert.pki.subject, '2.5.4.3') ??
    nameAttribute(cert.pki.subject, '2.5.4.10') ??
    cert.info.subject
  );
}

/** The subject key identifier extension's value, or null. */
export function subjectKeyIdentifier(cert: ParsedCertificate, asn1js: typeof Asn1js): Uint8Array | null {
  const extension = cert.pki.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier);
  if (!extension) return null;
  const asn = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView);
  if (asn.offset === -1 || !(asn.result instanceof asn1js.OctetString)) return null;
  return asn.result.valueBlock.valueHexView;
}

function isAnchor(cert: ParsedCertificate, anchors: ParsedCertificate[]): ParsedCertificate | null {
  return (
    anchors.find(
      (a) =>
        sameBytes(a.der, cert.der) ||
        (a.x509.subject === cert.x509.subject && a.x509.publicKey.equals(cert.x509.publicKey)),
    ) ?? null
  );
}

function signedBy(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  try {
    return cert.x509.checkIssued(issuer.x509) && cert.x509.verify(issuer.x509.publicKey);
  } catch {
    return false;
  }
}

function namesIssuer(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  return cert.x509.issuer === issuer.x509.subject;
}

export interface ChainResult {
  /** Signer first, then issuers up to the anchor when one was reached. */
  chain: ParsedCertificate[];
  trust: SignatureTrust;
  errors: ReportMessage[];
}

/**
 * Builds the path from a certificate to one of the trust anchors, verifying each certificate's
 * signature with its issuer's key. Issuers come from the anchors first, then from the
 * certificates the signature carries; an intermediate must be a CA.
 */
export function buildChain(input: {
  leaf: ParsedCertificate;
  candidates: ParsedCertificate[];
  anchors: ParsedCertificate[];
}): ChainResult {
  const chain: ParsedCertificate[] = [input.leaf];
  let current = input.leaf;
  while (chain.length <= MAX_CHAIN_LENGTH) {
    const anchor = isAnchor(current, input.anchors);
    if (anchor) {
      if (anchor !== current && chain.length > 0) chain[chain.length - 1] = anchor;
      return { chain, trust: 'trusted', errors: [] };
    }
    const signers = [...input.anchors, ...input.candidates].filter(
      (c) => !chain.includes(c) && signedBy(current, c),
    );
    const issuer = signers.find((c) => c.x509.ca || input.anchors.includes(c));
    if (issuer) {
      chain.push(issuer);
      current = issuer;
      continue;
    }
    const notCa = signers[0];
    if (notCa) {
      chain.push(notCa);
      return {
        chain,
        trust: 'untrusted',
        errors: [
          note(
            'trust.issuer_not_ca',
            `The issuer "${notCa.info.subject}" is not a CA certificate and is not a trust anchor.`,
          ),
        ],
      };
    }
    if (signedBy(current, current)) {
      return {
        chain,
        trust: 'untrusted',
        errors: [
          note(
            'trust.untrusted_root',
            `The certificate chain ends at "${current.info.subject}", which is not a trust anchor.`,
          ),
        ],
      };
    }
    const named = [...input.anchors, ...input.candidates].some(
      (c) => c !== current && namesIssuer(current, c),
    );
    if (named) {
      return {
        chain,
        trust: 'untrusted',
        errors: [
          note(
            'trust.chain_signature_invalid',
            `The certificate "${current.info.subject}" is not validly signed by a certificate named as its issuer.`,
          ),
        ],
      };
    }
    return {
      chain,
      trust: 'unknown',
      errors: [
        note(
          'trust.chain_incomplete',
          `The issuer of "${current.info.subject}" ("${current.info.issuer}") is neither a trust anchor nor carried by the signature.`,
        ),
      ],
    };
  }
  return {
    chain,
    trust: 'unknown',
    errors: [note('trust.chain_too_long', 'The certificate chain is too long.')],
  };
}
