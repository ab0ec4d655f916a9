import { webcrypto } from 'node:crypto';
import type * as Asn1js from 'asn1js';
import type * as Pkijs from 'pkijs';

/**
 * Throwaway certificates for mutual-TLS tests (ECDSA P-256, made with pkijs): a CA, a server
 * certificate for 127.0.0.1/localhost, and client certificates. Nothing is written to disk.
 */

type KeyPair = webcrypto.CryptoKeyPair;

export type TestCertificate = { certPem: string; keyPem: string };
export type TestCa = TestCertificate & {
  name: string;
  issue: (input: LeafInput) => Promise<TestCertificate>;
};
type LeafInput = { commonName: string; usage: 'server' | 'client' };

const OID = {
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

const toPem = (label: string, der: ArrayBuffer | Uint8Array) =>
  `-----BEGIN ${label}-----\n${(
    Buffer.from(der as ArrayBuffer)
      .toString('base64')
      .match(/.{1,64}/g) ?? []
  ).join('\n')}\n-----END ${label}-----\n`;

let libraries: Promise<{ pkijs: typeof Pkijs; asn1js: typeof Asn1js }> | null = null;
function loadLibraries() {
  libraries ??= Promise.all([import('pkijs'), import('asn1js')]).then(([pkijs, asn1js]) => {
    const crypto = webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
    pkijs.setEngine('edelivery-test', new pkijs.CryptoEngine({ name: 'edelivery-test', crypto }));
    return { pkijs, asn1js };
  });
  return libraries;
}

const generateKeyPair = async () =>
  (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as KeyPair;

async function buildCertificate({
  subject,
  issuer,
  keys,
  issuerKey,
  ca,
  leaf,
}: {
  subject: string;
  issuer: string;
  keys: KeyPair;
  issuerKey: webcrypto.CryptoKey;
  ca: boolean;
  leaf?: LeafInput;
}): Promise<TestCertificate> {
  const { pkijs, asn1js } = await loadLibraries();
  const name = (commonName: string) =>
    new pkijs.RelativeDistinguishedNames({
      typesAndValues: [
        new pkijs.AttributeTypeAndValue({
          type: OID.commonName,
          value: new asn1js.Utf8String({ value: commonName }),
        }),
      ],
    });
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  const serial = webcrypto.getRandomValues(new Uint8Array(12));
  serial[0] = (serial[0] ?? 0) & 0x7f;
  certificate.serialNumber = new asn1js.Integer({ valueHex: serial.buffer });
  certificate.subject = name(subject);
  certificate.issuer = name(issuer);
  certificate.notBefore.value = new Date(Date.now() - 3_600_000);
  certificate.notAfter.value = new Date(Date.now() + 86_400_000);
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  // keyUsage: CA = digitalSignature + keyCertSign + cRLSign; leaf = digitalSignature.
  const keyUsage = ca
    ? new asn1js.BitString({ valueHex: new Uint8Array([0x86]).buffer, unusedBits: 1 })
    : new asn1js.BitString({ valueHex: new Uint8Array([0x80]).buffer, unusedBits: 7 });
  const extensions = [
    new pkijs.Extension({
      extnID: OID.basicConstraints,
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: ca }).toSchema().toBER(false),
    }),
    new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: keyUsage.toBER(false) }),
  ];
  if (leaf) {
    const purpose = leaf.usage === 'server' ? OID.serverAuth : OID.clientAuth;
    extensions.push(
      new pkijs.Extension({
        extnID: OID.extKeyUsage,
        extnValue: new pkijs.ExtKeyUsage({ keyPurposes: [purpose] }).toSchema().toBER(false),
      }),
    );
  }
  if (leaf?.usage === 'server') {
    const altNames = new pkijs.GeneralNames({
      names: [
        new pkijs.GeneralName({ type: 2, value: 'localhost' }),
        new pkijs.GeneralName({
          type: 7,
          value: new asn1js.OctetString({ valueHex: new Uint8Array([127, 0, 0, 1]).buffer }),
        }),
      ],
    });
    extensions.push(
      new pkijs.Extension({ extnID: OID.subjectAltName, extnValue: altNames.toSchema().toBER(false) }),
    );
  }
  certificate.extensions = extensions;
  await certificate.sign(issuerKey, 'SHA-256');
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    certPem: toPem('CERTIFICATE', certificate.toSchema(true).toBER(false)),
    keyPem: toPem('PRIVATE KEY', pkcs8),
  };
}

/** A self-signed CA that issues server and client certificates. */
export async function createTestCa(name: string): Promise<TestCa> {
  const caKeys = await generateKeyPair();
  const ca = await buildCertificate({
    subject: name,
    issuer: name,
    keys: caKeys,
    issuerKey: caKeys.privateKey,
    ca: true,
  });
  return {
    ...ca,
    name,
    issue: async (leaf) =>
      buildCertificate({
        subject: leaf.commonName,
        issuer: name,
        keys: await generateKeyPair(),
        issuerKey: caKeys.privateKey,
        ca: false,
        leaf,
      }),
  };
}
