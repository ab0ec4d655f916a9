import { decode } from 'fast-png';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type Session, type TestApp } from '../../app/server.test-utils.js';
import { PREVIEW_TEXT_CHARS, PREVIEW_UNZIPPED_BYTES } from './files-preview.constants.js';
import { makeDocx, makeOdt, makeTiff, makeZip } from './files-preview.test-utils.js';
import { multipartUpload, officeWithClerk } from './files.test-utils.js';

const POLISH = 'Zażółć gęślą jaźń';

async function upload(session: Session, fileName: string, content: Buffer): Promise<string> {
  const response = await session.request({
    method: 'POST',
    url: '/api/v1/files',
    ...multipartUpload({ fileName, content }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

describe('file previews', () => {
  let t: TestApp;
  let office: Awaited<ReturnType<typeof officeWithClerk>>;
  const preview = (id: string, query = '', session: Session = office.clerk) =>
    session.request({ method: 'GET', url: `/api/v1/files/${id}/preview${query}` });
  const auditOf = async (id: string) => {
    const response = await office.admin.request({ method: 'GET', url: `/api/v1/audit?subjectId=${id}` });
    return (response.json() as { items: { action: string; details: Record<string, unknown> }[] }).items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    office = await officeWithClerk(t, 'podglad');
  });
  afterAll(async () => t.close());

  it('a clerk pages through a multi-page TIFF scan as PNG images, each read recorded', async () => {
    const id = await upload(
      office.clerk,
      'skan.tif',
      makeTiff([
        { width: 30, height: 40 },
        { width: 50, height: 20, rgba: [0, 0, 255] },
      ]),
    );
    const first = await preview(id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    expect(first.headers['x-page']).toBe('1');
    expect(first.headers['x-page-count']).toBe('2');
    expect(decode(first.rawPayload)).toMatchObject({ width: 30, height: 40 });

    const second = await preview(id, '?page=2');
    expect(second.headers['x-page']).toBe('2');
    const png = decode(second.rawPayload);
    expect([png.width, png.height, ...png.data.subarray(0, 4)]).toEqual([50, 20, 0, 0, 255, 255]);

    expectProblem(await preview(id, '?page=3'), { status: 404, code: 'files.preview_page_not_found' });
    expectProblem(await preview(id, '?page=0'), { status: 400, code: 'validation.failed' });

    const reads = (await auditOf(id)).filter((e) => e.action === 'files.content_read');
    expect(reads.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'preview', page: 1, name: 'skan.tif' }),
        expect.objectContaining({ purpose: 'preview', page: 2 }),
      ]),
    );
  });

  it('a DOCX and an ODT are shown as their extracted text with Polish letters', async () => {
    const docx = await upload(office.clerk, 'pismo.docx', makeDocx([POLISH, 'Z poważaniem']));
    const response = await preview(docx);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      kind: 'text',
      source: 'docx',
      charset: null,
      text: `${POLISH}\nZ poważaniem`,
      truncated: false,
    });
    const odt = await upload(office.clerk, 'pismo.odt', makeOdt([POLISH]));
    expect((await preview(odt)).json()).toMatchObject({ kind: 'text', source: 'odt', text: POLISH });
    expect((await auditOf(odt)).map((e) => [e.action, e.details.purpose])).toContainEqual([
      'files.content_read',
      'preview',
    ]);
  });

  it('XML is pretty-printed, and malformed XML is shown as it is with a flag, never a 500', async () => {
    const good = await upload(office.clerk, 'wniosek.xml', Buffer.from(`<a><b>${POLISH}</b><c/></a>`));
    expect((await preview(good)).json()).toEqual({
      kind: 'xml',
      wellFormed: true,
      text: `<a>\n  <b>${POLISH}</b>\n  <c/>\n</a>`,
      truncated: false,
    });
    const broken = await upload(office.clerk, 'zly.xml', Buffer.from('<a><b>niedomknięty</a>'));
    expect((await preview(broken)).json()).toEqual({
      kind: 'xml',
      wellFormed: false,
      text: '<a><b>niedomknięty</a>',
      truncated: false,
    });
  });

  it('plain text in Windows-1250 is decoded, and a long text is cut to about 1 MB', async () => {
    const legacy = await upload(
      office.clerk,
      'stary.txt',
      Buffer.from([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x0a]),
    );
    expect((await preview(legacy)).json()).toEqual({
      kind: 'text',
      source: 'text',
      charset: 'windows-1250',
      text: 'Zażółć\n',
      truncated: false,
    });
    const long = await upload(office.clerk, 'dlugi.txt', Buffer.from('ą'.repeat(800_000)));
    const body = (await preview(long)).json() as { text: string; truncated: boolean };
    expect(body.truncated).toBe(true);
    expect(body.text.length).toBeLessThanOrEqual(PREVIEW_TEXT_CHARS);
    expect(body.text).toMatch(/^ą+$/);
  });

  it('a PDF or an image is rendered by the browser from its content URL; the preview reads nothing', async () => {
    const pdf = await upload(office.clerk, 'skan.pdf', Buffer.from('%PDF-1.7\n%%EOF\n'));
    expect((await preview(pdf)).json()).toEqual({
      kind: 'pdf',
      contentUrl: `/api/v1/files/${pdf}/content?inline=1`,
    });
    expect((await auditOf(pdf)).map((e) => e.action)).toEqual(['files.uploaded']);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const image = await upload(office.clerk, 'zdjecie.png', png);
    expect((await preview(image)).json()).toMatchObject({ kind: 'image' });
  });

  it('a type with no preview answers 415 and the client offers the download', async () => {
    const zip = await upload(office.clerk, 'paczka.zip', makeZip({ 'a.txt': 'a' }));
    expectProblem(await preview(zip), { status: 415, code: 'files.preview_unavailable' });
  });

  it('a DOCX zip bomb is refused with 422 files.preview_too_large', async () => {
    const bomb = Buffer.from(
      zipSync({
        '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
        'word/document.xml': [new Uint8Array(PREVIEW_UNZIPPED_BYTES + 1), { level: 9 }],
      }),
    );
    const id = await upload(office.clerk, 'bomba.docx', bomb);
    expectProblem(await preview(id), { status: 422, code: 'files.preview_too_large' });
  });

  it('a DOCX without its document part is reported as damaged (422)', async () => {
    const id = await upload(
      office.clerk,
      'uszkodzony.docx',
      makeZip({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' }),
    );
    expectProblem(await preview(id), { status: 422, code: 'files.preview_damaged' });
  });

  it('another office gets 404 and a user without files:read gets 403', async () => {
    const id = await upload(office.clerk, 'tajne.txt', Buffer.from(POLISH));
    const other = await officeWithClerk(t, 'obcy');
    expectProblem(await preview(id, '', other.clerk), { status: 404, code: 'files.file_not_found' });
    expectProblem(await preview(id, '', office.operator), { status: 403, code: 'auth.forbidden' });
  });
});
