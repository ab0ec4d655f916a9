import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type Session, type TestApp } from '../../app/server.test-utils.js';
import { generatedPdf, multipartUpload, officeWithClerk } from './files.test-utils.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Every file under a folder, recursively (empty when it does not exist). */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
      )
    : [];

const upload = (
  session: Session,
  fileName: string,
  content: Parameters<typeof multipartUpload>[0]['content'],
) => session.request({ method: 'POST', url: '/api/v1/files', ...multipartUpload({ fileName, content }) });

describe('files', () => {
  let t: TestApp;
  let office: Awaited<ReturnType<typeof officeWithClerk>>;
  let root: string;
  beforeAll(async () => {
    t = await createTestApp();
    office = await officeWithClerk(t, 'pliki');
    root = t.config.files.localRoot;
  });
  afterAll(async () => t.close());

  it('a clerk uploads a scan with a Polish name, reads its metadata and downloads it with the right headers', async () => {
    const created = await upload(office.clerk, 'Wniosek Łódź ząb.pdf', PDF);
    expect(created.statusCode, created.body).toBe(201);
    const file = created.json();
    expect(file).toMatchObject({
      sha256: sha(PDF),
      size: PDF.length,
      mediaType: 'application/pdf',
      name: 'Wniosek Łódź ząb.pdf',
    });
    const meta = await office.clerk.request({ method: 'GET', url: `/api/v1/files/${file.id}` });
    expect(meta.json()).toEqual(file);
    const content = await office.clerk.request({ method: 'GET', url: `/api/v1/files/${file.id}/content` });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload).toEqual(PDF);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-disposition']).toBe(
      `attachment; filename="Wniosek Lodz zab.pdf"; filename*=UTF-8''Wniosek%20%C5%81%C3%B3d%C5%BA%20z%C4%85b.pdf`,
    );
    const inline = await office.clerk.request({
      method: 'GET',
      url: `/api/v1/files/${file.id}/content?inline=1`,
    });
    expect(inline.headers['content-disposition']).toMatch(/^inline; filename=/);
  });

  it('identical content is stored once per office, each upload keeping its own record', async () => {
    const content = Buffer.from('Zażółć gęślą jaźń — ta sama treść\n');
    const first = (await upload(office.clerk, 'a.txt', content)).json();
    const second = (await upload(office.clerk, 'b.txt', content)).json();
    expect(first.id).not.toBe(second.id);
    expect(first.sha256).toBe(second.sha256);
    expect(first.sha256).toBe(sha(content));
    const stored = filesUnder(root).filter((f) => path.basename(f) === sha(content));
    expect(stored).toEqual([path.join(root, office.tenant.id, sha(content).slice(0, 2), sha(content))]);
  });

  it('a disguised executable (MZ named pismo.pdf) is refused with 415 and nothing is kept', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03'), Buffer.alloc(2000, 1)]);
    const response = await upload(office.clerk, 'pismo.pdf', exe);
    const problem = expectProblem(response, { status: 415, code: 'files.unsupported_media_type' });
    expect(problem.detail).toContain('application/x-msdownload');
    expect(filesUnder(root).some((f) => path.basename(f) === sha(exe))).toBe(false);
    expect(filesUnder(path.join(root, 'tmp'))).toEqual([]);
  });

  it('an empty file is refused', async () => {
    expectProblem(await upload(office.clerk, 'pusty.pdf', Buffer.alloc(0)), {
      status: 422,
      code: 'files.empty',
    });
    expect(filesUnder(path.join(root, 'tmp'))).toEqual([]);
  });

  it('path-traversal names are reduced to a plain file name', async () => {
    const response = await upload(office.clerk, '../../etc/passwd', Buffer.from('root:x:0:0\n'));
    expect(response.json()).toMatchObject({ name: 'passwd', mediaType: 'text/plain' });
    const windows = await upload(office.clerk, '..\\..\\Windows\\win.ini', Buffer.from('[fonts]\n'));
    expect(windows.json()).toMatchObject({ name: 'win.ini' });
  });

  it('every read of the content is recorded in the audit log, and the upload too', async () => {
    const file = (await upload(office.clerk, 'audyt.pdf', PDF)).json();
    await office.clerk.request({ method: 'GET', url: `/api/v1/files/${file.id}/content` });
    await office.clerk.request({ method: 'GET', url: `/api/v1/files/${file.id}/content` });
    const audit = await office.admin.request({ method: 'GET', url: `/api/v1/audit?subjectId=${file.id}` });
    const actions = (audit.json() as { items: { action: string }[] }).items.map((e) => e.action).sort();
    expect(actions).toEqual(['files.content_read', 'files.content_read', 'files.uploaded']);
  });

  it('another office cannot see or read the file (404)', async () => {
    const file = (await upload(office.clerk, 'tajne.pdf', PDF)).json();
    const other = await officeWithClerk(t, 'inny');
    expectProblem(await other.clerk.request({ method: 'GET', url: `/api/v1/files/${file.id}` }), {
      status: 404,
      code: 'files.file_not_found',
    });
    expectProblem(await other.clerk.request({ method: 'GET', url: `/api/v1/files/${file.id}/content` }), {
      status: 404,
      code: 'files.file_not_found',
    });
  });

  it('uploading needs files:upload and a file part', async () => {
    expectProblem(await upload(office.operator, 'a.pdf', PDF), { status: 403, code: 'auth.forbidden' });
    const wrongField = await office.clerk.request({
      method: 'POST',
      url: '/api/v1/files',
      ...multipartUpload({ fileName: 'a.pdf', content: PDF, field: 'other' }),
    });
    expectProblem(wrongField, { status: 400, code: 'http.bad_request' });
  });

  it('a 50 MB upload streams through without holding the file in memory', async () => {
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed + now.arrayBuffers - before.heapUsed - before.arrayBuffers);
    }, 5);
    const response = await upload(office.clerk, 'duży skan.pdf', generatedPdf(50));
    clearInterval(sampler);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ size: 50 * 1024 * 1024, mediaType: 'application/pdf' });
    expect(peak).toBeLessThan(30 * 1024 * 1024);
  });
});

describe('the upload limit', () => {
  it('a file over the limit is refused with 413 and leaves no temporary or final file', async () => {
    const t = await createTestApp({ env: { OBIEG_UPLOAD_LIMIT_BYTES: String(64 * 1024) } });
    try {
      const { clerk } = await officeWithClerk(t, 'limit');
      const big = Buffer.alloc(200 * 1024, 0x41);
      Buffer.from('%PDF-1.7\n').copy(big);
      expectProblem(await upload(clerk, 'za-duzy.pdf', big), { status: 413, code: 'files.too_large' });
      expect(filesUnder(t.config.files.localRoot)).toEqual([]);
      const fits = await upload(clerk, 'miesci-sie.pdf', big.subarray(0, 64 * 1024));
      expect(fits.statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });
});
