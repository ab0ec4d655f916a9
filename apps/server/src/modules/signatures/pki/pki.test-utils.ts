import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { SignerCredentials, TimestampProvider } from '../signatures.types.js';
import {
  createTenantCa,
  issueTimestampCertificate,
  issueUserCertificate,
  type IssuedCertificate,
} from './ca.models.js';
import { importSigningKey } from './key-encryption.models.js';
import { buildTimestampRequest, createTimestampResponse } from './timestamp.models.js';

export const VALID_FROM = new Date('2025-01-01T00:00:00Z');
export const VALID_TO = new Date('2030-01-01T00:00:00Z');

export type TestPki = {
  ca: IssuedCertificate;
  user: IssuedCertificate;
  tsa: IssuedCertificate;
  signer: SignerCredentials;
  /** An in-process TSA on the test CA (serials 1, 2, 3…). */
  timestamp: TimestampProvider;
};

let pki: Promise<TestPki> | null = null;

/** A throwaway office CA (with Polish letters in its names), a user of it and its TSA; made once per test file. */
export function getTestPki(): Promise<TestPki> {
  pki ??= (async () => {
    const organization = 'Gmina Zażółć';
    const ca = await createTenantCa({
      commonName: 'Urząd Gminy Zażółć — CA',
      organization,
      validFrom: VALID_FROM,
      years: 10,
    });
    const user = await issueUserCertificate(ca, {
      commonName: 'Jan Kowalski',
      givenName: 'Jan',
      surname: 'Kowalski',
      email: 'jan.kowalski@zazolc.gmina.pl',
      organization,
      organizationalUnit: 'Referat Organizacyjny',
      title: 'Inspektor',
      validFrom: VALID_FROM,
      validTo: VALID_TO,
      crlUrl: 'https://obieg.example/pki/zazolc/ca.crl',
    });
    const tsa = await issueTimestampCertificate(ca, {
      commonName: 'Znacznik czasu urzędu',
      organization,
      validFrom: VALID_FROM,
      validTo: VALID_TO,
    });
    let serial = 0;
    const timestamp: TimestampProvider = async (digest) => {
      serial += 1;
      const response = await createTimestampResponse(
        { ...tsa, chain: [ca.certificate] },
        await buildTimestampRequest(digest, Uint8Array.of(0x11, serial)),
        { genTime: new Date(), serialNumber: serial.toString(16) },
      );
      return tokenOfResponse(response);
    };
    const signer = {
      privateKey: await importSigningKey(user.privateKeyPkcs8),
      certificate: user.certificate,
      chain: [ca.certificate],
    };
    return { ca, user, tsa, signer, timestamp };
  })();
  return pki;
}

/** The second element of a DER TimeStampResp (the token), cut out with plain DER length rules. */
export function tokenOfResponse(response: Uint8Array): Uint8Array {
  const header = (at: number) => {
    const first = response[at + 1] ?? 0;
    const lengthBytes = first < 0x80 ? 0 : first & 0x7f;
    let length = first < 0x80 ? first : 0;
    for (let index = 0; index < lengthBytes; index += 1)
      length = length * 256 + (response[at + 2 + index] ?? 0);
    return { contentAt: at + 2 + lengthBytes, end: at + 2 + lengthBytes + length };
  };
  const status = header(header(0).contentAt);
  return response.slice(status.end, header(status.end).end);
}

export const toPem = (der: Uint8Array, label = 'CERTIFICATE') =>
  `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;

/** Whether a command-line tool is installed (tests of poppler/xmlsec skip, saying so, when not). */
export const hasCommand = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** A temporary directory removed after the test file; `file(name, bytes)` writes into it. */
export function useTempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'obieg-signatures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file(name: string, bytes: Uint8Array | string) {
      const target = path.join(dir, name);
      writeFileSync(target, bytes);
      return target;
    },
  };
}

/** Runs OpenSSL (stdout as text); throws with its stderr when it fails. */
export function openssl(args: string[], options: { cwd?: string; input?: Uint8Array } = {}): string {
  return execFileSync('openssl', args, {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    stdio: 'pipe',
  });
}
