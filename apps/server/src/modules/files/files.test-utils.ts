import { Readable } from 'node:stream';
import { createOffice, createStaff, login, type TestApp } from '../../app/server.test-utils.js';

const BOUNDARY = '----obieg-test-boundary-7MA4YWxkTrZu0gW';

/** A multipart/form-data body with one file part; `content` may be a stream (never buffered here). */
export function multipartUpload({
  fileName,
  content,
  field = 'file',
}: {
  fileName: string;
  content: Buffer | Iterable<Buffer> | AsyncIterable<Buffer>;
  field?: string;
}) {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
  if (Buffer.isBuffer(content)) return { headers, payload: Buffer.concat([head, content, tail]) };
  async function* parts() {
    yield head;
    for await (const chunk of content) yield chunk;
    yield tail;
  }
  return { headers, payload: Readable.from(parts(), { objectMode: false }) };
}

/** `megabytes` of PDF-looking content; the same (never mutated) 1 MiB chunk is yielded again and again. */
export async function* generatedPdf(megabytes: number): AsyncGenerator<Buffer> {
  const rest = Buffer.alloc(1024 * 1024, 0x41);
  const first = Buffer.from(rest);
  Buffer.from('%PDF-1.7\n').copy(first);
  for (let i = 0; i < megabytes; i++) yield i === 0 ? first : rest;
}

/**
 * An office with its administrator, a registry clerk (files:upload, files:read) and the system
 * operator (no file permissions at all).
 */
export async function officeWithClerk(t: TestApp, code: string) {
  const tenant = await createOffice(t, { code });
  const admin = await login(t, { tenant: code });
  await createStaff(t, admin, { tenantId: tenant.id, login: 'kancelaria', role: 'kancelaria' });
  await createStaff(t, admin, { tenantId: tenant.id, login: 'operator', role: 'operator' });
  return {
    tenant,
    admin,
    clerk: await login(t, { tenant: code, login: 'kancelaria' }),
    operator: await login(t, { tenant: code, login: 'operator' }),
  };
}
