import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors/app-error.js';
import { assertStorageKey, storageKey, type FileStore } from './file-store.js';
import { EMPTY_SHA256, encodeS3Path, signS3Request, toAmzDate, type S3Credentials } from './s3-signature.js';
import { stageUpload } from './staging.js';

export type S3Options = S3Credentials & { endpoint: string; bucket: string };

/**
 * Content in an S3-compatible bucket (path-style URLs, Signature V4). An upload is first received
 * into a local temporary file (hashed while streaming), then sent with its length and hash.
 */
export function createS3FileStore({
  s3,
  tmpDir,
  now = () => new Date(),
}: {
  s3: S3Options;
  tmpDir: string;
  now?: () => Date;
}): FileStore {
  const endpoint = new URL(s3.endpoint);
  const objectPath = (key: string) => {
    assertStorageKey(key);
    return `${endpoint.pathname.replace(/\/$/, '')}/${encodeS3Path(s3.bucket)}/${encodeS3Path(key)}`;
  };

  function send({
    method,
    key,
    body,
    length = 0,
    payloadHash = EMPTY_SHA256,
  }: {
    method: 'GET' | 'HEAD' | 'PUT';
    key: string;
    body?: Readable;
    length?: number;
    payloadHash?: string;
  }): Promise<IncomingMessage> {
    const path = objectPath(key);
    const headers: Record<string, string> = {
      host: endpoint.host,
      'x-amz-content-sha256': payloadHash,
      'x-amz-date': toAmzDate(now()),
    };
    const { authorization } = signS3Request({
      method,
      path,
      headers,
      payloadHash,
      amzDate: headers['x-amz-date'] ?? '',
      credentials: s3,
    });
    const client = endpoint.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.request(
        {
          method,
          host: endpoint.hostname,
          port: endpoint.port || undefined,
          path,
          headers: {
            ...headers,
            authorization,
            ...(method === 'PUT' ? { 'content-length': String(length) } : {}),
          },
        },
        resolve,
      );
      request.on('error', reject);
      if (body) {
        body.on('error', (error) => request.destroy(error));
        body.pipe(request);
      } else request.end();
    });
  }

  async function expectOk(response: IncomingMessage, what: string) {
    if (response.statusCode && response.statusCode < 300) return response;
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const s3Code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? 'unknown';
    throw new AppError({
      code: 'internal.error',
      status: 500,
      title: 'File storage failure',
      detail: `S3 ${what} answered ${response.statusCode} ${s3Code}.`,
      meta: { s3Code, s3Status: response.statusCode },
    });
  }

  async function exists(key: string) {
    const response = await send({ method: 'HEAD', key });
    response.resume();
    if (response.statusCode === 404) return false;
    await expectOk(response, 'HEAD');
    return true;
  }

  return {
    exists,
    async put({ tenantId, source, maxBytes, inspect }) {
      const staged = await stageUpload({ tmpDir, source, maxBytes });
      try {
        const inspected = inspect({ ...staged });
        const key = storageKey({ tenantId, sha256: staged.sha256 });
        if (!(await exists(key))) {
          const response = await send({
            method: 'PUT',
            key,
            body: createReadStream(staged.path),
            length: staged.size,
            payloadHash: staged.sha256,
          });
          (await expectOk(response, 'PUT')).resume();
        }
        return { key, sha256: staged.sha256, size: staged.size, inspected, durable: Promise.resolve() };
      } finally {
        await rm(staged.path, { force: true });
      }
    },
    async open(key) {
      return expectOk(await send({ method: 'GET', key }), 'GET');
    },
  };
}
