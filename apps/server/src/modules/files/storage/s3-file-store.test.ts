import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3 } from './s3-fake.test-utils.js';
import { createS3FileStore } from './s3-file-store.js';
import { signS3Request } from './s3-signature.js';

const credentials = {
  accessKeyId: 'AKIAOBIEGTEST',
  secretAccessKey: 'sekret/Obieg+123',
  region: 'eu-central-1',
};
const tenantId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const accept = () => 'application/pdf';
const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('Signature V4', () => {
  it('matches the example of the AWS S3 documentation (GET Object)', () => {
    const { signature } = signS3Request({
      method: 'GET',
      path: '/test.txt',
      headers: {
        host: 'examplebucket.s3.amazonaws.com',
        range: 'bytes=0-9',
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'x-amz-date': '20130524T000000Z',
      },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      amzDate: '20130524T000000Z',
      credentials: {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        region: 'us-east-1',
      },
    });
    expect(signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });
});

describe('the S3 store against a signature-checking fake', () => {
  let fake: Awaited<ReturnType<typeof startFakeS3>>;
  let tmpDir: string;
  beforeAll(async () => {
    fake = await startFakeS3({ credentials, bucket: 'obieg-pliki' });
    tmpDir = mkdtempSync(path.join(os.tmpdir(), 'obieg-s3-'));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(tmpDir, { recursive: true, force: true });
  });

  it('stores content under the office and its SHA-256, reads it back, and sends identical content once', async () => {
    const store = createS3FileStore({
      s3: { ...credentials, endpoint: fake.endpoint, bucket: 'obieg-pliki' },
      tmpDir,
    });
    const content = Buffer.from('%PDF-1.7\nZażółć gęślą jaźń\n');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const stored = await store.put({
      tenantId,
      source: Readable.from([content]),
      maxBytes: 1000,
      inspect: accept,
    });
    expect(stored).toMatchObject({
      key: `${tenantId}/${sha256}`,
      sha256,
      size: content.length,
      inspected: 'application/pdf',
    });
    expect(await store.exists(stored.key)).toBe(true);
    expect(await read(await store.open(stored.key))).toEqual(content);
    await store.put({ tenantId, source: Readable.from([content]), maxBytes: 1000, inspect: accept });
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(fake.objects.size).toBe(1);
    expect(readdirSync(tmpDir)).toEqual([]);
    expect(await store.exists(`${tenantId}/${'0'.repeat(64)}`)).toBe(false);
  });

  it('bad credentials are reported as a storage failure naming the S3 error, and no temporary file is left', async () => {
    const store = createS3FileStore({
      s3: { ...credentials, secretAccessKey: 'wrong', endpoint: fake.endpoint, bucket: 'obieg-pliki' },
      tmpDir,
    });
    const put = store.put({
      tenantId,
      source: Readable.from([Buffer.from('%PDF-1.4 x')]),
      maxBytes: 100,
      inspect: accept,
    });
    await expect(put).rejects.toMatchObject({ code: 'internal.error', status: 500, meta: { s3Status: 403 } });
    await expect(store.open(`${tenantId}/${'a'.repeat(64)}`)).rejects.toMatchObject({
      meta: { s3Code: 'SignatureDoesNotMatch' },
    });
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('a missing object is NoSuchKey', async () => {
    const store = createS3FileStore({
      s3: { ...credentials, endpoint: fake.endpoint, bucket: 'obieg-pliki' },
      tmpDir,
    });
    await expect(store.open(`${tenantId}/${'b'.repeat(64)}`)).rejects.toMatchObject({
      meta: { s3Code: 'NoSuchKey', s3Status: 404 },
    });
  });
});
