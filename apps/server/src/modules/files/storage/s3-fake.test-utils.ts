import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signS3Request, type S3Credentials } from './s3-signature.js';

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

const errorXml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

/**
 * A local stand-in for an S3-compatible server (path-style, one bucket, objects in memory). It
 * checks what a real one checks: the SigV4 signature over the signed headers, the date scope,
 * the access key, and that the body matches `x-amz-content-sha256` and `Content-Length`.
 */
export async function startFakeS3({ credentials, bucket }: { credentials: S3Credentials; bucket: string }) {
  const objects = new Map<string, Buffer>();
  const requests: { method: string; path: string }[] = [];
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method, path });
    const fail = (status: number, code: string, message: string) => {
      response.writeHead(status, { 'content-type': 'application/xml' });
      response.end(method === 'HEAD' ? undefined : errorXml(code, message));
    };
    const auth = AUTH.exec(request.headers.authorization ?? '');
    if (!auth) return fail(403, 'AccessDenied', 'Missing or malformed Authorization');
    const [, accessKeyId, day, region, signedHeaders = '', signature] = auth;
    if (accessKeyId !== credentials.accessKeyId) return fail(403, 'InvalidAccessKeyId', 'Unknown key');
    const amzDate = String(request.headers['x-amz-date'] ?? '');
    if (region !== credentials.region || !amzDate.startsWith(day ?? '-'))
      return fail(403, 'SignatureDoesNotMatch', 'Bad scope');
    const payloadHash = String(request.headers['x-amz-content-sha256'] ?? '');
    const signed = Object.fromEntries(
      signedHeaders.split(';').map((name) => [name, String(request.headers[name] ?? '')]),
    );
    if (!signed.host || !signed['x-amz-date'] || !signed['x-amz-content-sha256'])
      return fail(403, 'AccessDenied', 'host, x-amz-date and x-amz-content-sha256 must be signed');
    const expected = signS3Request({ method, path, headers: signed, payloadHash, amzDate, credentials });
    if (expected.signature !== signature)
      return fail(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match');
    if (payloadHash !== 'UNSIGNED-PAYLOAD' && createHash('sha256').update(body).digest('hex') !== payloadHash)
      return fail(400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 does not match');
    const prefix = `/${bucket}/`;
    if (!path.startsWith(prefix)) return fail(404, 'NoSuchBucket', 'The specified bucket does not exist');
    const key = decodeURIComponent(path.slice(prefix.length));
    if (method === 'PUT') {
      if (Number(request.headers['content-length']) !== body.length)
        return fail(400, 'IncompleteBody', 'Content-Length mismatch');
      objects.set(key, body);
      response.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
      return response.end();
    }
    const object = objects.get(key);
    if (!object) return fail(404, 'NoSuchKey', 'The specified key does not exist.');
    if (method === 'HEAD' || method === 'GET') {
      response.writeHead(200, {
        'content-length': object.length,
        'content-type': 'application/octet-stream',
      });
      return response.end(method === 'GET' ? object : undefined);
    }
    return fail(405, 'MethodNotAllowed', 'Not supported by the fake');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
