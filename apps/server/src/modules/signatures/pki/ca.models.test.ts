import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createCrl, issueUserCertificate } from './ca.models.js';
import { getTestPki, openssl, toPem, useTempDir, VALID_FROM, VALID_TO } from './pki.test-utils.js';

const temp = useTempDir();

describe('tenant CA', () => {
  test('is a self-signed RSA 3072 CA that OpenSSL accepts for signing certificates and CRLs', async () => {
    const { ca } = await getTestPki();
    const text = openssl([
      'x509',
      '-inform',
      'DER',
      '-in',
      temp.file('ca.der', ca.certificate),
      '-noout',
      '-text',
      '-nameopt',
      'utf8',
    ]);

    expect(text).toContain('Public-Key: (3072 bit)');
    expect(text).toMatch(/Basic Constraints: critical\s+CA:TRUE/);
    expect(text).toMatch(/Key Usage: critical\s+Certificate Sign, CRL Sign/);
    expect(text).toContain('Subject Key Identifier');
    expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(text).toContain('Subject: C=PL, O=Gmina Zażółć, CN=Urząd Gminy Zażółć — CA');
    expect(new X509Certificate(ca.certificate).verify(new X509Certificate(ca.certificate).publicKey)).toBe(
      true,
    );
  });

  test('issues a non-qualified signing certificate for a person that chains to the office CA', async () => {
    const { ca, user } = await getTestPki();
    const caPem = temp.file('ca.pem', toPem(ca.certificate));
    const userPem = temp.file('user.pem', toPem(user.certificate));
    const text = openssl(['x509', '-in', userPem, '-noout', '-text', '-nameopt', 'utf8']);

    expect(openssl(['verify', '-CAfile', caPem, userPem])).toContain('OK');
    expect(text).toContain('Public-Key: (2048 bit)');
    expect(text).toContain(
      'Subject: C=PL, O=Gmina Zażółć, OU=Referat Organizacyjny, title=Inspektor, SN=Kowalski, GN=Jan, CN=Jan Kowalski',
    );
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/);
    expect(text).toMatch(
      /Extended Key Usage: \s+E-mail Protection, 1\.3\.6\.1\.5\.5\.7\.3\.36, 1\.3\.6\.1\.4\.1\.311\.10\.3\.12/,
    );
    expect(text).toContain('email:jan.kowalski@zazolc.gmina.pl');
    expect(text).toContain('URI:https://obieg.example/pki/zazolc/ca.crl');
    expect(text).toContain('Authority Key Identifier');
    expect(text).not.toMatch(/qcStatements|1\.3\.6\.1\.5\.5\.7\.1\.3/);
    expect(user.serialNumber).toMatch(/^[0-7][0-9a-f]{31}$/);
    expect(new X509Certificate(user.certificate).serialNumber.toLowerCase()).toBe(user.serialNumber);
    expect(
      new X509Certificate(user.certificate).checkPrivateKey(
        createPrivateKey({ key: Buffer.from(user.privateKeyPkcs8), format: 'der', type: 'pkcs8' }),
      ),
    ).toBe(true);
  });

  test('certifies a key the user holds elsewhere and hands back no private key', async () => {
    const { ca, user } = await getTestPki();
    const privateKey = createPrivateKey({
      key: Buffer.from(user.privateKeyPkcs8),
      format: 'der',
      type: 'pkcs8',
    });
    const spki = new Uint8Array(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }));

    const issued = await issueUserCertificate(ca, {
      commonName: 'Anna Nowak',
      organization: 'Gmina Zażółć',
      serialNumber: '00ff01',
      validFrom: VALID_FROM,
      validTo: VALID_TO,
      publicKey: spki,
    });

    expect(issued.privateKeyPkcs8).toBeNull();
    expect(issued.serialNumber).toBe('00ff01');
    expect(
      Buffer.from(new X509Certificate(issued.certificate).publicKey.export({ format: 'der', type: 'spki' })),
    ).toEqual(Buffer.from(spki));
  });

  test("issues the time-stamp authority's certificate with a critical timeStamping purpose", async () => {
    const { ca, tsa } = await getTestPki();
    const tsaPem = temp.file('tsa.pem', toPem(tsa.certificate));
    const text = openssl(['x509', '-in', tsaPem, '-noout', '-text']);

    expect(text).toMatch(/Extended Key Usage: critical\s+Time Stamping/);
    expect(
      openssl([
        'verify',
        '-purpose',
        'timestampsign',
        '-CAfile',
        temp.file('ca.pem', toPem(ca.certificate)),
        tsaPem,
      ]),
    ).toContain('OK');
  });

  test('lists revoked certificates with their reason in a CRL the CA signed', async () => {
    const { ca, user } = await getTestPki();
    const crl = await createCrl(
      ca,
      [
        {
          serialNumber: user.serialNumber,
          revokedAt: new Date('2025-06-01T10:00:00Z'),
          reason: 'keyCompromise',
        },
        { serialNumber: '0A0B', revokedAt: new Date('2025-06-02T10:00:00Z') },
      ],
      {
        thisUpdate: new Date('2025-06-02T12:00:00Z'),
        nextUpdate: new Date('2025-06-09T12:00:00Z'),
        crlNumber: 42,
      },
    );
    const crlFile = temp.file('ca.crl', crl);
    const text = openssl(['crl', '-inform', 'DER', '-in', crlFile, '-noout', '-text']);

    expect(
      openssl(
        [
          'crl',
          '-inform',
          'DER',
          '-in',
          crlFile,
          '-noout',
          '-CAfile',
          temp.file('ca.pem', toPem(ca.certificate)),
        ],
        {},
      ),
    ).toBe('');
    expect(text).toContain(`Serial Number: ${user.serialNumber.toUpperCase()}`);
    expect(text).toMatch(/Key Compromise/);
    expect(text).toContain('Serial Number: 0A0B');
    expect(text).toMatch(/CRL Number: \s+42/);
    expect(text).toContain('Next Update: Jun  9 12:00:00 2025 GMT');
  });

  test('publishes an empty CRL before anything is revoked', async () => {
    const { ca } = await getTestPki();
    const crl = await createCrl(ca, [], { thisUpdate: VALID_FROM, nextUpdate: VALID_TO, crlNumber: 1n });

    expect(
      openssl(['crl', '-inform', 'DER', '-in', temp.file('empty.crl', crl), '-noout', '-text']),
    ).toContain('No Revoked Certificates.');
  });
});
