import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createOffice,
  createStaff,
  createTestApp,
  expectProblem,
  login,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import { multipartUpload } from '../files/files.test-utils.js';
import { FORBIDDEN_IN_DOCUMENT_ID } from './correspondence.models.js';
import { makeRegistration, NIP, registerIncoming } from './correspondence.test-utils.js';

describe('incoming items (RPW)', () => {
  let t: TestApp;
  let clerk: Session;
  let referent: Session;
  let otherOffice: Session;

  const register = async (extra: object = {}, session = clerk) => {
    const response = await registerIncoming(session, makeRegistration(extra));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const countContacts = async () =>
    (await clerk.request({ method: 'GET', url: '/api/v1/contacts?limit=50' })).json().items.length;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
    for (const code of ['alfa', 'beta']) {
      const tenantId = (await createOffice(t, { code })).id;
      const admin = await login(t, { tenant: code });
      await createStaff(t, admin, { tenantId, login: 'kancelista', role: 'kancelaria' });
      await createStaff(t, admin, { tenantId, login: 'referent', role: 'referent' });
    }
    clerk = await login(t, { tenant: 'alfa', login: 'kancelista' });
    referent = await login(t, { tenant: 'alfa', login: 'referent' });
    otherOffice = await login(t, { tenant: 'beta', login: 'kancelista' });
  });
  afterAll(async () => t.close());

  test('registers a letter from a new sender, who becomes a contact, with an RPW number and a clean document id', async () => {
    const before = await countContacts();
    const item = await register();
    expect(item).toMatchObject({
      rpwNumber: 'RPW/1/2026',
      rpwSequence: 1,
      status: 'registered',
      access: 'public',
    });
    expect(item.dcmiType).toBe('Text');
    expect(FORBIDDEN_IN_DOCUMENT_ID.test(item.documentId)).toBe(false);
    expect(item.senders[0]).toMatchObject({ displayName: 'Żółkiewski Stanisław', kind: 'person' });
    expect(await countContacts()).toBe(before + 1);

    const again = await register({ sender: { contactId: item.senders[0].contactId } });
    expect(again.rpwNumber).toBe('RPW/2/2026');
    expect(again.documentId).not.toBe(item.documentId);
    expect(await countContacts()).toBe(before + 1);
  });

  test('a failed registration consumes no number and creates no contact', async () => {
    const last = (await clerk.request({ method: 'GET', url: '/api/v1/incoming?limit=1' })).json().items[0];
    const contacts = await countContacts();
    const newInstitution = { kind: 'institution', name: 'Firma Nowa', nip: NIP };
    expectProblem(
      await registerIncoming(
        clerk,
        makeRegistration({ senders: [newInstitution], organId: '0190a5e4-7b7c-7000-8000-000000000001' }),
      ),
      { status: 422, code: 'correspondence.unknown_organ' },
    );
    expectProblem(
      await registerIncoming(
        clerk,
        makeRegistration({ sender: { kind: 'institution', name: 'Zły NIP', nip: '1234563219' } }),
      ),
      { status: 400, code: 'validation.failed' },
    );
    expectProblem(await registerIncoming(clerk, makeRegistration({ deliveryMethod: 'golab' })), {
      status: 422,
      code: 'correspondence.unknown_dictionary_code',
    });
    expectProblem(
      await registerIncoming(
        clerk,
        makeRegistration({ sender: { contactId: '0190a5e4-7b7c-7000-8000-000000000002' } }),
      ),
      {
        status: 422,
        code: 'correspondence.unknown_contact',
      },
    );
    expectProblem(
      await registerIncoming(clerk, makeRegistration({ fileIds: ['0190a5e4-7b7c-7000-8000-000000000003'] })),
      {
        status: 422,
        code: 'correspondence.unknown_file',
      },
    );
    expect(await countContacts()).toBe(contacts);
    const next = await register({ senders: [newInstitution] });
    expect(next.rpwSequence).toBe(last.rpwSequence + 1);
  });

  test('several senders, metadata part A and a file attached at registration and later', async () => {
    const upload = async (name: string) =>
      (
        await clerk.request({
          method: 'POST',
          url: '/api/v1/files',
          ...multipartUpload({ fileName: name, content: Buffer.from(`%PDF-1.7\n${name}\n%%EOF\n`) }),
        })
      ).json().id as string;
    const scan = await upload('skan.pdf');
    const organs = (await clerk.request({ method: 'GET', url: '/api/v1/organs' })).json();
    const item = await register({
      senders: [{ kind: 'institution', name: 'Wspólnota Mieszkaniowa' }],
      letterDate: '2026-03',
      postingDate: '2026',
      documentKind: 'wniosek',
      access: 'partial',
      attachmentsCount: 2,
      senderReference: 'WM/12/2026',
      paperOriginal: { store: 'Skład A', box: '12' },
      notOpened: true,
      organId: organs.items?.[0]?.id,
      fileIds: [scan],
    });
    expect(item.senders).toHaveLength(2);
    expect(item).toMatchObject({
      letterDate: '2026-03',
      postingDate: '2026',
      access: 'partial',
      notOpened: true,
    });
    expect(item.paperOriginal).toEqual({ store: 'Skład A', box: '12' });
    expect(item.files).toEqual([{ fileId: scan, position: 1 }]);
    const later = await upload('skan2.pdf');
    const attached = await clerk.request({
      method: 'POST',
      url: `/api/v1/incoming/${item.id}/files`,
      payload: { fileIds: [later] },
    });
    expect(attached.json().files.map((f: { fileId: string }) => f.fileId)).toEqual([scan, later]);
    expectProblem(await registerIncoming(clerk, makeRegistration({ letterDate: '2026-13' })), {
      status: 400,
      code: 'validation.failed',
    });
  });

  test('a correction keeps the old values with the reason and is audited; a stale version is refused', async () => {
    const item = await register({ title: 'Pierwotny tytuł' });
    const corrected = await clerk.request({
      method: 'PATCH',
      url: `/api/v1/incoming/${item.id}`,
      payload: { reason: 'Literówka w tytule', version: 1, title: 'Poprawiony tytuł', attachmentsCount: 3 },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({
      title: 'Poprawiony tytuł',
      version: 2,
      rpwNumber: item.rpwNumber,
    });
    expect(corrected.json().corrections[0]).toMatchObject({
      reason: 'Literówka w tytule',
      changes: {
        title: { from: 'Pierwotny tytuł', to: 'Poprawiony tytuł' },
        attachmentsCount: { from: null, to: 3 },
      },
    });
    expectProblem(
      await clerk.request({
        method: 'PATCH',
        url: `/api/v1/incoming/${item.id}`,
        payload: { reason: 'x', version: 1, title: 'Inny' },
      }),
      { status: 409, code: 'common.version_conflict' },
    );
    expectProblem(
      await clerk.request({
        method: 'PATCH',
        url: `/api/v1/incoming/${item.id}`,
        payload: { version: 2, title: 'Bez powodu' },
      }),
      { status: 400, code: 'validation.failed' },
    );
    const admin = await login(t, { tenant: 'alfa' });
    const events = (await admin.request({ method: 'GET', url: `/api/v1/audit?subjectId=${item.id}` })).json();
    expect(events.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['correspondence.incoming_registered', 'correspondence.incoming_corrected']),
    );
  });

  test('cancellation keeps the number and the record; a cancelled item cannot be corrected', async () => {
    const item = await register();
    const cancelled = await clerk.request({
      method: 'POST',
      url: `/api/v1/incoming/${item.id}/cancel`,
      payload: { reason: 'Pomyłkowa rejestracja' },
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      rpwNumber: item.rpwNumber,
      cancellation: { reason: 'Pomyłkowa rejestracja' },
    });
    expectProblem(
      await clerk.request({
        method: 'PATCH',
        url: `/api/v1/incoming/${item.id}`,
        payload: { reason: 'x', version: 2, title: 'y' },
      }),
      { status: 409, code: 'correspondence.incoming_item_cancelled' },
    );
    const next = await register();
    expect(next.rpwSequence).toBe(item.rpwSequence + 1);
  });

  test('a retried registration with the same Idempotency-Key returns the same item', async () => {
    const headers = { 'idempotency-key': 'retry-0001-abcdef' };
    const [first, second] = [
      await registerIncoming(clerk, makeRegistration(), headers),
      await registerIncoming(clerk, makeRegistration(), headers),
    ];
    expect(second.json().id).toBe(first.json().id);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const third = await registerIncoming(clerk, makeRegistration(), {
      'idempotency-key': 'retry-0002-abcdef',
    });
    expect(third.json().rpwSequence).toBe(first.json().rpwSequence + 1);
  });

  test('the same Idempotency-Key with a different letter is refused, not answered with the first item', async () => {
    const headers = { 'idempotency-key': 'retry-0003-abcdef' };
    const first = await registerIncoming(clerk, makeRegistration({ title: 'Pierwsze pismo' }), headers);
    expect(first.statusCode).toBe(201);
    const reordered = Object.fromEntries(
      Object.entries(makeRegistration({ title: 'Pierwsze pismo' })).reverse(),
    );
    const retried = await registerIncoming(clerk, reordered, headers);
    expect(retried.json().id).toBe(first.json().id);
    expectProblem(await registerIncoming(clerk, makeRegistration({ title: 'Inne pismo' }), headers), {
      status: 422,
      code: 'correspondence.idempotency_key_reused',
    });
    const next = await register();
    expect(next.rpwSequence).toBe(first.json().rpwSequence + 1);
  });

  test('filters, word search without diacritics, sort, and the list of items lacking a scan', async () => {
    await register({
      title: 'Skarga na hałas w nocy',
      deliveryMethod: 'e_mail',
      fullScan: true,
      receivedAt: '2026-03-09',
    });
    const list = (query: string) =>
      clerk.request({ method: 'GET', url: `/api/v1/incoming?${query}` }).then((r) => r.json());
    const found = await list('q=halas%20skarga');
    expect(found.items).toHaveLength(1);
    expect(found.items[0].title).toBe('Skarga na hałas w nocy');
    expect(
      (await list('deliveryMethod=e_mail')).items.every(
        (i: { deliveryMethod: string }) => i.deliveryMethod === 'e_mail',
      ),
    ).toBe(true);
    expect((await list('from=2026-03-09&to=2026-03-09')).items).toHaveLength(1);
    const all = (await list('limit=200')).items as { rpwYear: number; rpwSequence: number }[];
    const keys = all.map((i) => i.rpwYear * 100000 + i.rpwSequence);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    const lacking = (
      await clerk.request({ method: 'GET', url: '/api/v1/incoming/lacking-scan?limit=200' })
    ).json();
    expect(lacking.items.some((i: { fullScan: boolean }) => i.fullScan)).toBe(false);
    expect((await list('lacksScan=true&limit=200')).items).toHaveLength(lacking.items.length);
    const page = await list('limit=2');
    expect(page.nextCursor).toBe('2');
  });

  test('HTML in the title is returned as text and neutralised in CSV; XLSX is a zip with the sheet', async () => {
    const title = '<script>alert(1)</script> =SUM(A1)';
    const item = await register({ title });
    expect((await clerk.request({ method: 'GET', url: `/api/v1/incoming/${item.id}` })).json().title).toBe(
      title,
    );
    await register({ title: '=HYPERLINK("http://x")' });
    const csv = await clerk.request({ method: 'GET', url: '/api/v1/incoming/export?format=csv&q=hyperlink' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.rawPayload.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.split(';')[0]).toBe('Numer RPW');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    const xlsx = await clerk.request({ method: 'GET', url: '/api/v1/incoming/export?format=xlsx' });
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.rawPayload.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
  });

  test('label, receipt and register printouts are PDFs naming the RPW number', async () => {
    const item = await register({ title: '<b>Zażółć gęślą jaźń</b>' });
    const label = await clerk.request({ method: 'GET', url: `/api/v1/incoming/${item.id}/label.pdf` });
    expect(label.statusCode, label.body).toBe(200);
    expect(label.headers['content-type']).toBe('application/pdf');
    const pdf = await PDFDocument.load(label.rawPayload);
    expect(pdf.getTitle()).toBe(item.rpwNumber);
    const [width, height] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
    expect([Math.round((width * 25.4) / 72), Math.round((height * 25.4) / 72)]).toEqual([62, 29]);
    const receipt = await clerk.request({ method: 'GET', url: `/api/v1/incoming/${item.id}/receipt.pdf` });
    expect((await PDFDocument.load(receipt.rawPayload)).getTitle()).toBe(`Potwierdzenie ${item.rpwNumber}`);
    const registerPdf = await clerk.request({ method: 'GET', url: '/api/v1/incoming/register.pdf' });
    expect(registerPdf.statusCode, registerPdf.body).toBe(200);
    expect((await PDFDocument.load(registerPdf.rawPayload)).getPageCount()).toBeGreaterThanOrEqual(1);
  });

  test('dictionaries are seeded for a new office', async () => {
    const methods = (
      await clerk.request({ method: 'GET', url: '/api/v1/dictionaries/delivery-methods' })
    ).json();
    expect(methods.items.map((m: { name: string }) => m.name)).toContain('list polecony ZPO');
    expect(methods.items).toHaveLength(10);
    const kinds = (await clerk.request({ method: 'GET', url: '/api/v1/dictionaries/document-kinds' })).json();
    expect(kinds.items.length).toBeGreaterThan(3);
  });

  test('another office sees none of the items, and a referent cannot register', async () => {
    const item = await register();
    expectProblem(await otherOffice.request({ method: 'GET', url: `/api/v1/incoming/${item.id}` }), {
      status: 404,
      code: 'correspondence.incoming_item_not_found',
    });
    expectProblem(
      await otherOffice.request({
        method: 'PATCH',
        url: `/api/v1/incoming/${item.id}`,
        payload: { reason: 'x', version: 1, title: 'y' },
      }),
      {
        status: 404,
        code: 'correspondence.incoming_item_not_found',
      },
    );
    expect((await otherOffice.request({ method: 'GET', url: '/api/v1/incoming' })).json().items).toHaveLength(
      0,
    );
    expectProblem(await registerIncoming(referent, makeRegistration()), {
      status: 403,
      code: 'auth.forbidden',
    });
  });
});
