import { constants, createHash, createPrivateKey, privateEncrypt, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { VerifyInput } from '../signatures.types.js';

// Certificates are built with pkijs: @peculiar/x509 needs a reflect-metadata polyfill that the
// project does not install.

const RSA: webcrypto.RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

/** A throwaway certificate with its key pair (RSA 2048, made with WebCrypto). */
export interface TestIdentity {
  /** `CN=…, O=…, C=PL` (RFC 4514 order). */
  name: string;
  certificate: Uint8Array;
  keys: webcrypto.CryptoKeyPair;
  /** Hex, lower case. */
  serialNumber: string;
}

/** Six hex digits starting with 1: a minimal, positive DER INTEGER. */
let serial = 0x100000;
const nextSerial = () => (serial++).toString(16);

const nameTypes: Record<string, string> = {
  CN: '2.5.4.3',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  C: '2.5.4.6',
  L: '2.5.4.7',
};

function buildName(name: string): pkijs.RelativeDistinguishedNames {
  const typesAndValues = name
    .split(/,\s*/)
    .reverse()
    .map((part) => {
      const [key = '', value = ''] = part.split('=');
      const type = nameTypes[key] ?? '2.5.4.3';
      return new pkijs.AttributeTypeAndValue({
        type,
        value: key === 'C' ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value }),
      });
    });
  return new pkijs.RelativeDistinguishedNames({ typesAndValues });
}

function keyUsage(bits: number[]): pkijs.Extension {
  let value = 0;
  for (const bit of bits) value |= 0x80 >> bit;
  const unusedBits = Math.min(7, 7 - Math.max(...bits));
  const bitString = new asn1js.BitString({ valueHex: new Uint8Array([value]).buffer, unusedBits });
  return new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: bitString.toBER() });
}

async function buildCertificate(input: {
  name: string;
  issuerName: string;
  signingKey: webcrypto.CryptoKey;
  keys: webcrypto.CryptoKeyPair;
  ca: boolean;
  notBefore: Date;
  notAfter: Date;
  qualified?: boolean;
  timestamping?: boolean;
}): Promise<{ der: Uint8Array; serialNumber: string }> {
  const serialNumber = nextSerial();
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({
    valueHex: new Uint8Array(Buffer.from(serialNumber, 'hex')).buffer,
  });
  certificate.issuer = buildName(input.issuerName);
  certificate.subject = buildName(input.name);
  certificate.notBefore.value = input.notBefore;
  certificate.notAfter.value = input.notAfter;
  const basicConstraints = new pkijs.BasicConstraints({ cA: input.ca });
  certificate.extensions = [
    new pkijs.Extension({
      extnID: '2.5.29.19',
      critical: true,
      extnValue: basicConstraints.toSchema().toBER(),
    }),
    keyUsage(input.ca ? [5, 6] : [0, 1]),
  ];
  if (input.timestamping) {
    const usage = new pkijs.ExtKeyUsage({ keyPurposes: ['1.3.6.1.5.5.7.3.8'] });
    certificate.extensions.push(
      new pkijs.Extension({ extnID: '2.5.29.37', critical: true, extnValue: usage.toSchema().toBER() }),
    );
  }
  if (input.qualified) {
    const statement = new asn1js.Sequence({
      value: [new asn1js.ObjectIdentifier({ value: '0.4.0.1862.1.1' })],
    });
    const statements = new asn1js.Sequence({ value: [statement] });
    certificate.extensions.push(
      new pkijs.Extension({ extnID: '1.3.6.1.5.5.7.1.3', critical: false, extnValue: statements.toBER() }),
    );
  }
  await certificate.subjectPublicKeyInfo.importKey(input.keys.publicKey);
  await certificate.sign(input.signingKey, 'SHA-256');
  return { der: new Uint8Array(certificate.toSchema(true).toBER()), serialNumber };
}

async function generateKeys(): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
}

/** A CA: self-signed, or issued by `issuer` (an intermediate). Valid 2020–2040. */
export async function makeTestCa(input: { name: string; issuer?: TestIdentity }): Promise<TestIdentity> {
  const keys = await generateKeys();
  const { der, serialNumber } = await buildCertificate({
    name: input.name,
    issuerName: input.issuer?.name ?? input.name,
    signingKey: input.issuer?.keys.privateKey ?? keys.privateKey,
    keys,
    ca: true,
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2040-01-01T00:00:00Z'),
  });
  return { name: input.name, certificate: der, keys, serialNumber };
}

/**
 * An end-entity certificate (2024–2030 unless told); `qualified` adds QcCompliance,
 * `timestamping` the id-kp-timeStamping extended key usage of a TSA.
 */
export async function makeTestSigner(input: {
  issuer: TestIdentity;
  name?: string;
  notBefore?: Date;
  notAfter?: Date;
  qualified?: boolean;
  timestamping?: boolean;
}): Promise<TestIdentity> {
  const keys = await generateKeys();
  const name = input.name ?? 'CN=Jan Testowy, O=Urząd Testowy, C=PL';
  const { der, serialNumber } = await buildCertificate({
    name,
    issuerName: input.issuer.name,
    signingKey: input.issuer.keys.privateKey,
    keys,
    ca: false,
    notBefore: input.notBefore ?? new Date('2024-01-01T00:00:00Z'),
    notAfter: input.notAfter ?? new Date('2030-01-01T00:00:00Z'),
    qualified: input.qualified,
    timestamping: input.timestamping,
  });
  return { name, certificate: der, keys, serialNumber };
}

/** A CRL in `issuer`'s name listing `revoked`, signed by `signedBy` (the issuer unless told). */
export async function makeTestCrl(input: {
  issuer: TestIdentity;
  revoked?: { serialNumber: string; date: Date }[];
  signedBy?: TestIdentity;
}): Promise<Uint8Array> {
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: buildName(input.issuer.name),
    thisUpdate: new pkijs.Time({ type: 0, value: new Date('2025-01-01T00:00:00Z') }),
    nextUpdate: new pkijs.Time({ type: 0, value: new Date('2035-01-01T00:00:00Z') }),
  });
  if (input.revoked?.length) {
    crl.revokedCertificates = input.revoked.map(
      (r) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({
            valueHex: new Uint8Array(Buffer.from(r.serialNumber, 'hex')).buffer,
          }),
          revocationDate: new pkijs.Time({ type: 0, value: r.date }),
        }),
    );
  }
  await crl.sign((input.signedBy ?? input.issuer).keys.privateKey, 'SHA-256');
  return new Uint8Array(crl.toSchema(true).toBER());
}

function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/**
 * A CMS SignedData (CAdES-BES: content-type, message-digest, signing-time, signing-certificate-v2)
 * by `signer`, detached unless `enveloping`. `timestampBy` adds a signature-time-stamp token.
 */
export async function signTestCms(input: {
  content: Uint8Array;
  signer: TestIdentity;
  chain?: TestIdentity[];
  enveloping?: boolean;
  signingTime?: Date;
  eContentType?: string;
  timestampBy?: { tsa: TestIdentity; time: Date };
  /** Re-sign with a DigestInfo that omits the NULL parameter (what gov.pl's PZ service does). */
  digestInfoWithoutNull?: boolean;
}): Promise<Uint8Array> {
  const certificate = pkijs.Certificate.fromBER(input.signer.certificate);
  const eContentType = input.eContentType ?? '1.2.840.113549.1.7.1';
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: sha256(input.signer.certificate) })],
  });
  const signingCertificateV2 = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [essCertIdV2] })],
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType,
      ...(input.enveloping ? { eContent: new asn1js.OctetString({ valueHex: input.content }) } : {}),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            attribute('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({ value: eContentType })),
            attribute('1.2.840.113549.1.9.4', new asn1js.OctetString({ valueHex: sha256(input.content) })),
            attribute(
              '1.2.840.113549.1.9.5',
              new asn1js.UTCTime({ valueDate: input.signingTime ?? new Date('2025-03-01T10:00:00Z') }),
            ),
            attribute('1.2.840.113549.1.9.16.2.47', signingCertificateV2),
          ],
        }),
      }),
    ],
    certificates: [certificate, ...(input.chain ?? []).map((c) => pkijs.Certificate.fromBER(c.certificate))],
  });
  await signedData.sign(input.signer.keys.privateKey, 0, 'SHA-256');
  const signerInfo = signedData.signerInfos[0] as pkijs.SignerInfo;
  if (input.digestInfoWithoutNull) {
    // The DER of the signed attributes with the SET tag, as the signature covers them.
    const signedAttributes = new Uint8Array(signerInfo.signedAttrs?.toSchema().toBER() ?? new ArrayBuffer(0));
    signedAttributes[0] = 0x31;
    const value = await signDigestInfoWithoutNull({
      key: input.signer.keys.privateKey,
      data: signedAttributes,
    });
    signerInfo.signature = new asn1js.OctetString({ valueHex: value });
  }
  if (input.timestampBy) {
    const token = await makeTestTimestampToken({
      tsa: input.timestampBy.tsa,
      data: signerInfo.signature.valueBlock.valueHexView,
      time: input.timestampBy.time,
    });
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [attribute('1.2.840.113549.1.9.16.2.14', asn1js.fromBER(token).result)],
    });
  }
  const contentInfo = new pkijs.ContentInfo({
    contentType: '1.2.840.113549.1.7.2',
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

/** RSA PKCS#1 v1.5 over SHA-256 with `30 2f 30 0b 06 09 <sha256 OID> 04 20 <digest>`: no NULL. */
async function signDigestInfoWithoutNull(input: {
  key: webcrypto.CryptoKey;
  data: Uint8Array;
}): Promise<Uint8Array> {
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', input.key));
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  const oid = [0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
  const digestInfo = Uint8Array.from([0x30, 0x2f, 0x30, 0x0b, ...oid, 0x04, 0x20, ...sha256(input.data)]);
  return new Uint8Array(privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, digestInfo));
}

/** An RFC 3161 timestamp token over SHA-256(data), issued by `tsa` at `time`. */
export async function makeTestTimestampToken(input: {
  tsa: TestIdentity;
  data: Uint8Array;
  time: Date;
}): Promise<Uint8Array> {
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: '1.2.3.4.1',
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new asn1js.OctetString({ valueHex: sha256(input.data) }),
    }),
    serialNumber: new asn1js.Integer({ value: 7 }),
    genTime: input.time,
  });
  const der = new Uint8Array(tstInfo.toSchema().toBER());
  return signTestCms({
    content: der,
    signer: input.tsa,
    enveloping: true,
    eContentType: '1.2.840.113549.1.9.16.1.4',
    signingTime: input.time,
  });
}

/** A VerifyInput with the defaults the tests share (validation on 2025-06-01). */
export function makeVerifyInput(overrides: Partial<VerifyInput> & Pick<VerifyInput, 'bytes'>): VerifyInput {
  return { trustAnchors: [], crls: [], at: new Date('2025-06-01T12:00:00Z'), ...overrides };
}
