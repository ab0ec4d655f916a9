import { createHash, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { VerifyInput } from '../signatures.types.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const RSA: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

/** A throwaway certificate with its key pair (RSA 2048, made with WebCrypto). */
export interface TestIdentity {
  name: string;
  certificate: Uint8Array;
  keys: CryptoKeyPair;
  serialNumber: string;
}

let serial = 0x1000;
const nextSerial = () => (serial++).toString(16).padStart(6, '0');

async function generateKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function makeTestCa(input: { name: string; issuer?: TestIdentity }): Promise<TestIdentity> {
  const keys = await generateKeys();
  const serialNumber = nextSerial();
  const extensions = [
    new x509.BasicConstraintsExtension(true, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
  ];
  const validity = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2040-01-01T00:00:00Z') };
  const certificate = input.issuer
    ? await x509.X509CertificateGenerator.create({
        serialNumber,
        subject: input.name,
        issuer: input.issuer.name,
        ...validity,
        publicKey: keys.publicKey,
        signingKey: input.issuer.keys.privateKey,
        signingAlgorithm: RSA,
        extensions,
      })
    : await x509.X509CertificateGenerator.createSelfSigned({ serialNumber, name: input.name, ...validity, keys, signingAlgorithm: RSA, extensions });
  return { name: input.name, certificate: new Uint8Array(certificate.rawData), keys, serialNumber };
}

/** An end-entity signing certificate; `qualified` adds QcStatements with QcCompliance. */
export async function makeTestSigner(input: {
  issuer: TestIdentity;
  name?: string;
  notBefore?: Date;
  notAfter?: Date;
  qualified?: boolean;
  keyUsage?: number;
}): Promise<TestIdentity> {
  const keys = await generateKeys();
  const serialNumber = nextSerial();
  const name = input.name ?? 'CN=Jan Testowy, O=Urząd Testowy, C=PL';
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false),
    new x509.KeyUsagesExtension(input.keyUsage ?? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
  ];
  if (input.qualified) extensions.push(new x509.Extension('1.3.6.1.5.5.7.1.3', false, qcComplianceStatements()));
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject: name,
    issuer: input.issuer.name,
    notBefore: input.notBefore ?? new Date('2024-01-01T00:00:00Z'),
    notAfter: input.notAfter ?? new Date('2030-01-01T00:00:00Z'),
    publicKey: keys.publicKey,
    signingKey: input.issuer.keys.privateKey,
    signingAlgorithm: RSA,
    extensions,
  });
  return { name, certificate: new Uint8Array(certificate.rawData), keys, serialNumber };
}

function qcComplianceStatements(): ArrayBuffer {
  const statement = new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: '0.4.0.1862.1.1' })] });
  return new asn1js.Sequence({ value: [statement] }).toBER();
}

/** A CRL signed by `issuer` listing `revoked` (serial hex + date). */
export async function makeTestCrl(input: {
  issuer: TestIdentity;
  revoked?: { serialNumber: string; date: Date }[];
  signedBy?: TestIdentity;
}): Promise<Uint8Array> {
  const crl = await x509.X509CrlGenerator.create({
    issuer: input.issuer.name,
    thisUpdate: new Date('2025-01-01T00:00:00Z'),
    nextUpdate: new Date('2035-01-01T00:00:00Z'),
    entries: (input.revoked ?? []).map((r) => ({ serialNumber: r.serialNumber, revocationDate: r.date })),
    signingKey: (input.signedBy ?? input.issuer).keys.privateKey,
    signingAlgorithm: RSA,
  });
  return new Uint8Array(crl.rawData);
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
}): Promise<Uint8Array> {
  const certificate = pkijs.Certificate.fromBER(input.signer.certificate);
  const eContentType = input.eContentType ?? '1.2.840.113549.1.7.1';
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: sha256(input.signer.certificate) })] });
  const signingCertificateV2 = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType,
      ...(input.enveloping ? { eContent: new asn1js.OctetString({ valueHex: input.content }) } : {}),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            attribute('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({ value: eContentType })),
            attribute('1.2.840.113549.1.9.4', new asn1js.OctetString({ valueHex: sha256(input.content) })),
            attribute('1.2.840.113549.1.9.5', new asn1js.UTCTime({ valueDate: input.signingTime ?? new Date('2025-03-01T10:00:00Z') })),
            attribute('1.2.840.113549.1.9.16.2.47', signingCertificateV2),
          ],
        }),
      }),
    ],
    certificates: [certificate, ...(input.chain ?? []).map((c) => pkijs.Certificate.fromBER(c.certificate))],
  });
  await signedData.sign(input.signer.keys.privateKey, 0, 'SHA-256');
  const signerInfo = signedData.signerInfos[0] as pkijs.SignerInfo;
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
  const contentInfo = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

/** An RFC 3161 timestamp token over SHA-256(data), issued by `tsa` at `time`. */
export async function makeTestTimestampToken(input: { tsa: TestIdentity; data: Uint8Array; time: Date }): Promise<Uint8Array> {
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
  return signTestCms({ content: der, signer: input.tsa, enveloping: true, eContentType: '1.2.840.113549.1.9.16.1.4', signingTime: input.time });
}

/** A VerifyInput with the defaults the tests share (validation on 2025-06-01). */
export function makeVerifyInput(overrides: Partial<VerifyInput> & Pick<VerifyInput, 'bytes'>): VerifyInput {
  return { trustAnchors: [], crls: [], at: new Date('2025-06-01T12:00:00Z'), ...overrides };
}
