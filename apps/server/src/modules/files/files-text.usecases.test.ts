import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createStaff,
  createTestApp,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import { withTenant } from '../../db/tenant-scope.js';
import { listJobsInTransaction } from '../jobs/jobs.usecases.js';
import { makeDocx, makeOdt } from './files-preview.test-utils.js';
import { extractText } from './files-text.models.js';
import { findFileTextInTransaction } from './files-text.usecases.js';
import { multipartUpload } from './files.test-utils.js';

let t: TestApp;
let tenantId: string;
let clerk: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = (await createOffice(t, { code: 'teksty' })).id;
  const admin = await login(t, { tenant: 'teksty' });
  await createStaff(t, admin, {
    tenantId,
    login: 'kancelaria',
    displayName: 'Kancelaria',
    role: 'kancelaria',
  });
  clerk = await login(t, { tenant: 'teksty', login: 'kancelaria' });
});
afterAll(async () => t.close());

async function upload(fileName: string, content: Buffer): Promise<string> {
  const response = await clerk.request({
    method: 'POST',
    url: '/api/v1/files',
    ...multipartUpload({ fileName, content }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}
const textOf = (fileId: string) =>
  withTenant({ db: t.deps.db, tenantId }, (tx) => findFileTextInTransaction({ tx, tenantId, fileId }));

async function pdfWithText(lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of lines) pdf.addPage([400, 200]).drawText(line, { x: 20, y: 100, size: 12, font });
  return Buffer.from(await pdf.save());
}

describe('text of uploaded files, for search', () => {
  test('the text of a PDF, a DOCX, an ODT and a plain text file is read after upload by a background job', async () => {
    const pdf = await upload(
      'decyzja.pdf',
      await pdfWithText(['Decyzja w sprawie zajecia pasa drogowego', 'Strona druga']),
    );
    const docx = await upload(
      'pismo.docx',
      makeDocx(['Wniosek o wydanie zaświadczenia', 'o niezaleganiu w podatkach']),
    );
    const odt = await upload('notatka.odt', makeOdt(['Notatka służbowa z oględzin']));
    const txt = await upload(
      'uwagi.txt',
      Buffer.from('Uwagi mieszkańców ul. Źródlanej\r\n\r\n  do projektu'),
    );
    expect(await textOf(pdf)).toBeNull();
    // Four texts to read, and the PDF checked for signatures.
    expect(await t.app.jobs.runDue()).toBe(5);
    expect(await textOf(pdf)).toMatchObject({ method: 'pdf', error: null, truncated: false });
    expect((await textOf(pdf))?.text).toContain('Decyzja w sprawie zajecia pasa drogowego');
    expect((await textOf(pdf))?.text).toContain('Strona druga');
    expect((await textOf(docx))?.text).toContain('Wniosek o wydanie zaświadczenia');
    expect(await textOf(odt)).toMatchObject({
      method: 'odt',
      text: expect.stringContaining('Notatka służbowa z oględzin'),
    });
    expect((await textOf(txt))?.text).toBe('Uwagi mieszkańców ul. Źródlanej\ndo projektu');
  });

  test('text with control characters (what a PDF without a Unicode map gives) is kept without them, so PostgreSQL can store it', async () => {
    const extracted = await extractText({
      mediaType: 'text/plain',
      bytes: new TextEncoder().encode('Decyzja\u0000\u0001 nr\u001f 12\nZażółć'),
    });
    expect(extracted.text).toBe('Decyzja nr 12\nZażółć');
  });

  test('an image gets no job (scans wait for OCR), and a damaged PDF is recorded as unreadable without retries', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const image = await upload('skan.png', png);
    const broken = await upload(
      'uszkodzony.pdf',
      Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF garbage'),
    );
    await t.app.jobs.runDue();
    expect(await textOf(image)).toBeNull();
    expect(await textOf(broken)).toMatchObject({
      method: 'none',
      text: '',
      error: expect.stringMatching(/^unreadable/),
    });
    const extraction = await withTenant({ db: t.deps.db, tenantId }, (tx) =>
      listJobsInTransaction({ tx, tenantId, kind: 'files.extract_text' }),
    );
    expect(extraction.every((j) => j.status === 'done')).toBe(true);
  });
});
