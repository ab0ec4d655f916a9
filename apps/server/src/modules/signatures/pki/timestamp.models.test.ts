import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OBIEG_TSA_POLICY_OID } from './pki.constants.js';
import { PkiError } from './pki.errors.js';
import { getTestPki, openssl, toPem, useTempDir } from './pki.test-utils.js';
import {
  buildTimestampRequest,
  createTimestampResponse,
  readTimestampToken,
  requestTimestamp,
} from './timestamp.models.js';

const temp = useTempDir();
const document = new TextEncoder().encode('Decyzja nr 1/2025 — zażółć gęślą jaźń');
const digest = new Uint8Array(createHash('sha256').update(document).digest());
const genTime = new Date('2025-03-10T08:15:00.250Z');

async function tsaWithChain() {
  const { ca, tsa } = await getTestPki();
  return {
    authority: { ...tsa, chain: [ca.certificate] },
    caPem: temp.file('ca.pem', toPem(ca.certificate)),
  };
}

describe('time-stamp authority', () => {
  test('grants an OpenSSL request with a token OpenSSL verifies against the office CA', async () => {
    const { authority, caPem } = await tsaWithChain();
    const data = temp.file('document.txt', document);
    const query = temp.file('request.tsq', '');
    openssl(['ts', '-query', '-data', data, '-sha256', '-cert', '-out', query]);

    const response = await createTimestampResponse(authority, readBytes(query), {
      genTime,
      serialNumber: '2a',
    });
    const reply = temp.file('response.tsr', response);
    const text = openssl(['ts', '-reply', '-in', reply, '-text']);

    expect(text).toContain('Status: Granted.');
    expect(text).toContain(`Policy OID: ${OBIEG_TSA_POLICY_OID}`);
    expect(text).toContain('Serial number: 0x2A');
    expect(text).toContain('Time stamp: Mar 10 08:15:00.25 2025 GMT');
    expect(text).toMatch(/Nonce: 0x[0-9A-F]+/);
    expect(openssl(['ts', '-verify', '-in', reply, '-queryfile', query, '-CAfile', caPem])).toContain('OK');
    expect(openssl(['ts', '-verify', '-in', reply, '-data', data, '-CAfile', caPem])).toContain('OK');
  });

  test('leaves its certificate out of the token when the request does not ask for it', async () => {
    const { authority, caPem } = await tsaWithChain();
    const query = temp.file('nocert.tsq', '');
    openssl([
      'ts',
      '-query',
      '-digest',
      Buffer.from(digest).toString('hex'),
      '-sha256',
      '-no_nonce',
      '-out',
      query,
    ]);

    const reply = temp.file(
      'nocert.tsr',
      await createTimestampResponse(authority, readBytes(query), { genTime, serialNumber: '01' }),
    );

    expect(() => openssl(['ts', '-verify', '-in', reply, '-queryfile', query, '-CAfile', caPem])).toThrow();
    const untrusted = temp.file('tsa.pem', toPem(authority.certificate));
    expect(
      openssl([
        'ts',
        '-verify',
        '-in',
        reply,
        '-queryfile',
        query,
        '-CAfile',
        caPem,
        '-untrusted',
        untrusted,
      ]),
    ).toContain('OK');
  });

  test('answers a malformed request with a rejection rather than an error', async () => {
    const { authority } = await tsaWithChain();
    const reply = temp.file(
      'bad.tsr',
      await createTimestampResponse(authority, Uint8Array.of(1, 2, 3), { genTime, serialNumber: '01' }),
    );
    const text = openssl(['ts', '-reply', '-in', reply, '-text']);

    expect(text).toContain('Status: Rejected.');
    expect(text).toContain('the data submitted has the wrong format');
    expect(text).toContain('TST info:\nNot included.');
  });

  test('rejects a SHA-1 imprint as an unsupported algorithm', async () => {
    const { authority } = await tsaWithChain();
    const query = temp.file('sha1.tsq', '');
    openssl(['ts', '-query', '-data', temp.file('sha1.txt', document), '-sha1', '-out', query]);

    const reply = temp.file(
      'sha1.tsr',
      await createTimestampResponse(authority, readBytes(query), { genTime, serialNumber: '01' }),
    );

    expect(openssl(['ts', '-reply', '-in', reply, '-text'])).toContain(
      'unrecognized or unsupported algorithm identifier',
    );
  });
});

describe('time-stamp client', () => {
  let server: Server;
  let url = '';
  let answer: (request: Uint8Array) => Promise<Uint8Array | null> = async () => null;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void answer(new Uint8Array(Buffer.concat(chunks))).then((body) => {
          if (body === null) return; // never answers
          response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(Buffer.from(body));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test('posts a time-stamp query and returns a token over the same digest that OpenSSL verifies', async () => {
    const { authority, caPem } = await tsaWithChain();
    let contentType: string | undefined;
    server.once('request', (request) => {
      contentType = request.headers['content-type'];
    });
    answer = (request) => createTimestampResponse(authority, request, { genTime, serialNumber: '07' });

    const token = await requestTimestamp(url, digest);
    const info = await readTimestampToken(token);

    expect(contentType).toBe('application/timestamp-query');
    expect(Buffer.from(info.imprint)).toEqual(Buffer.from(digest));
    expect(info.genTime.toISOString()).toBe(genTime.toISOString());
    const tokenFile = temp.file('client.tst', token);
    expect(
      openssl([
        'ts',
        '-verify',
        '-in',
        tokenFile,
        '-token_in',
        '-digest',
        Buffer.from(digest).toString('hex'),
        '-CAfile',
        caPem,
      ]),
    ).toContain('OK');
  });

  test('refuses a token that answers another request', async () => {
    const { authority } = await tsaWithChain();
    const otherRequest = await buildTimestampRequest(new Uint8Array(32).fill(7), Uint8Array.of(1));
    answer = () => createTimestampResponse(authority, otherRequest, { genTime, serialNumber: '08' });

    await expect(requestTimestamp(url, digest)).rejects.toMatchObject({ code: 'pki.timestamp_mismatch' });
  });

  test('reports a refusal of the TSA as a time-stamp failure', async () => {
    const { authority } = await tsaWithChain();
    answer = () => createTimestampResponse(authority, Uint8Array.of(0), { genTime, serialNumber: '09' });

    const error = await requestTimestamp(url, digest).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PkiError);
    expect(error).toMatchObject({ code: 'pki.timestamp_failed' });
    expect((error as Error).message).toContain('not a DER TimeStampReq');
  });

  test('gives up on a TSA that does not answer in time', async () => {
    answer = async () => null;

    await expect(requestTimestamp(url, digest, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'pki.timestamp_failed',
    });
  });
});

function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
