import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../app/server.test-utils.js';
import { gs1CheckDigit } from '../../integrations/postal/tracking-number.js';
import { setUpCaseOffice } from '../cases/cases.test-utils.js';
import type { StaffLogin, TestOffice } from '../distribution/distribution.test-utils.js';
import { addresseeContact, call, signedLetter } from './dispatch.test-utils.js';

let t: TestApp;
let office: TestOffice;
const as = (login: StaffLogin) => office.staff[login].session;

/** A domestic registered-letter number with its GS1 check digit. */
const trackingNumber = (serial: number) => {
  const body = `0065900${String(serial).padStart(12, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'wysylka');
  await call(office.admin, 'PATCH', '/api/v1/tenant', 200, {
    address: { street: 'Rynek', building: '1', postalCode: '00-950', city: 'Warszawa' },
  });
});
afterAll(async () => t.close());

describe('paper mail: from the order to the return receipt', () => {
  test('a registered letter with ZPO is queued, posted with its number, entered in the postal book and delivered by scanning the returned card; the case records the delivery date', async () => {
    const contactId = await addresseeContact(as('referent.gk'));
    const letter = await signedLetter(office, { contactIds: [contactId], sign: false });

    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'post', postal: { kind: 'registered', returnReceipt: true } }],
    });
    expect(ordered).toMatchObject({
      number: 'W/1/2026',
      caseSign: letter.caseSign,
      items: [
        {
          channel: 'post',
          status: 'queued',
          postal: { kind: 'registered', returnReceipt: true, specialRules: 'ADMINISTRACYJNA' },
          addressee: { name: 'Żółkiewska Łucja', addressLines: ['Długa 5/2', '90-001 Łódź'] },
        },
      ],
    });
    const itemId = (ordered.items as { id: string }[])[0]!.id;

    // The officer sees the dispatches of their case, not the whole register.
    expectProblem(await as('referent.gk').request({ method: 'GET', url: '/api/v1/outgoing' }), {
      status: 403,
      code: 'auth.forbidden',
    });
    const ofCase = await call(as('referent.gk'), 'GET', `/api/v1/outgoing?caseId=${letter.caseId}`, 200);
    expect(ofCase.total).toBe(1);

    // The registry's queue, envelopes.
    const queue = await call(as('kancelaria'), 'GET', '/api/v1/outgoing?status=queued', 200);
    expect(queue.items?.map((r) => r.itemId)).toContain(itemId);
    const envelopes = await as('kancelaria').request({
      method: 'GET',
      url: `/api/v1/outgoing/envelopes.pdf?items=${itemId}&format=DL`,
    });
    expect(envelopes.statusCode, envelopes.body).toBe(200);
    expect(envelopes.headers['content-type']).toBe('application/pdf');

    // Posting needs the number of a registered letter, a real one, used once.
    expectProblem(
      await as('kancelaria').request({
        method: 'POST',
        url: '/api/v1/outgoing/posted',
        payload: { postedOn: '2026-03-10', items: [{ itemId }] },
      }),
      { status: 422, code: 'dispatch.invalid_tracking_number' },
    );
    const wrongDigit = trackingNumber(1).replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    expectProblem(
      await as('kancelaria').request({
        method: 'POST',
        url: '/api/v1/outgoing/posted',
        payload: { postedOn: '2026-03-10', items: [{ itemId, trackingNumber: wrongDigit }] },
      }),
      { status: 422, code: 'dispatch.invalid_tracking_number' },
    );
    const number = trackingNumber(1);
    const posted = await call(as('kancelaria'), 'POST', '/api/v1/outgoing/posted', 200, {
      postedOn: '2026-03-10',
      items: [{ itemId, trackingNumber: ` ${number.slice(0, 10)} ${number.slice(10)} ` }],
    });
    expect(posted.items?.[0]).toMatchObject({
      status: 'sent',
      postedOn: '2026-03-10',
      trackingNumber: number,
    });

    const book = await as('kancelaria').request({
      method: 'GET',
      url: '/api/v1/outgoing/postal-book.pdf?date=2026-03-10',
    });
    expect(book.statusCode, book.body).toBe(200);
    expect(book.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const en = await as('kancelaria').request({
      method: 'GET',
      url: '/api/v1/outgoing/en-export.xml?date=2026-03-10',
    });
    expect(en.statusCode, en.body).toBe(200);
    expect(en.body).toContain(number);
    expect(en.body).toContain(letter.caseSign);
    expect(en.body).toContain('Żółkiewska Łucja');

    // The returned card: unknown numbers are refused, the right one delivers (twice is harmless).
    expectProblem(
      await as('kancelaria').request({
        method: 'POST',
        url: '/api/v1/outgoing/return-receipts',
        payload: { barcode: trackingNumber(2), deliveredAt: '2026-03-10' },
      }),
      { status: 404, code: 'dispatch.unknown_tracking_number' },
    );
    for (let scan = 0; scan < 2; scan += 1) {
      const delivered = await call(as('kancelaria'), 'POST', '/api/v1/outgoing/return-receipts', 200, {
        barcode: number,
        deliveredAt: '2026-03-10',
      });
      expect(delivered.items).toMatchObject([
        { status: 'delivered', deliveredOn: '2026-03-10', deliveryKind: 'confirmed' },
      ]);
    }
    const metryka = await call(as('referent.gk'), 'GET', `/api/v1/cases/${letter.caseId}/history`, 200);
    const actions = JSON.stringify(metryka);
    expect(actions).toContain('Zlecenie wysyłki W/1/2026');
    expect(actions).toContain(`nr nadania ${number}`);
    expect(actions).toContain('Doręczenie W/1/2026 do Żółkiewska Łucja 2026-03-10');
  });

  test('a letter that comes back undelivered is recorded with its reason; an ordinary letter needs no number', async () => {
    const contactId = await addresseeContact(as('referent.gk'), { surname: 'Nowak' });
    const letter = await signedLetter(office, { contactIds: [contactId], sign: false, title: 'Wezwanie' });
    const ordered = await call(as('referent.gk'), 'POST', '/api/v1/outgoing', 201, {
      documentId: letter.documentId,
      addressees: [{ contactId, channel: 'post', postal: { kind: 'ordinary', priority: true } }],
    });
    const itemId = (ordered.items as { id: string }[])[0]!.id;
    await call(as('kancelaria'), 'POST', '/api/v1/outgoing/posted', 200, {
      postedOn: '2026-03-10',
      items: [{ itemId }],
    });
    const returned = await call(
      as('kancelaria'),
      'POST',
      `/api/v1/outgoing/${String(ordered.id)}/items/${itemId}/return`,
      200,
      { returnedOn: '2026-03-10', reason: 'addressee_unknown' },
    );
    expect(returned.items).toMatchObject([{ status: 'undelivered', returnedOn: '2026-03-10' }]);
    expectProblem(
      await as('kancelaria').request({
        method: 'POST',
        url: `/api/v1/outgoing/${String(ordered.id)}/items/${itemId}/return`,
        payload: { returnedOn: '2026-03-10', reason: 'refused' },
      }),
      { status: 409, code: 'dispatch.invalid_transition' },
    );
  });

  test('electronic channels need a signed letter and an address; post needs its kind', async () => {
    const contactId = await addresseeContact(as('referent.gk'), { surname: 'Bezadresowa' });
    const letter = await signedLetter(office, {
      contactIds: [contactId],
      sign: false,
      title: 'Niepodpisane',
    });
    const order = (addressees: object[]) =>
      as('referent.gk').request({
        method: 'POST',
        url: '/api/v1/outgoing',
        payload: { documentId: letter.documentId, addressees },
      });
    expectProblem(await order([{ contactId, channel: 'edelivery' }]), {
      status: 409,
      code: 'dispatch.document_not_dispatchable',
    });
    expectProblem(await order([{ contactId, channel: 'email' }]), {
      status: 422,
      code: 'dispatch.channel_unavailable',
    });
    expectProblem(await order([{ contactId, channel: 'post' }]), {
      status: 422,
      code: 'dispatch.postal_options_required',
    });
    // The registry keeps the register; a clerk cannot order a case's letters.
    expectProblem(
      await as('kancelaria').request({
        method: 'POST',
        url: '/api/v1/outgoing',
        payload: { documentId: letter.documentId, addressees: [{ contactId, channel: 'in_person' }] },
      }),
      {
        status: 403,
        code: 'auth.forbidden',
      },
    );
    const options = await call(
      as('referent.gk'),
      'GET',
      `/api/v1/documents/${letter.documentId}/dispatch-options`,
      200,
    );
    expect(options).toMatchObject({ dispatchable: true, signed: false });
    expect((options.addressees as { channels: string[] }[])[0]!.channels).toEqual([
      'post',
      'edelivery_hybrid',
      'in_person',
    ]);
  });

  test('the register is sortable, exportable as CSV and printable with the chosen fields', async () => {
    const page = await call(as('kancelaria'), 'GET', '/api/v1/outgoing?sort=addressee&order=asc', 200);
    const names = page.items?.map((r) => r.addresseeName as string) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'pl')));
    const csv = await as('kancelaria').request({
      method: 'GET',
      url: '/api/v1/outgoing/export?format=csv&fields=number,addressee,channel',
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFNr;Adresat;Sposób wysłania');
    expect(csv.body).toContain('list polecony, ZPO');
    const pdf = await as('kancelaria').request({ method: 'GET', url: '/api/v1/outgoing/export?format=pdf' });
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });
});
