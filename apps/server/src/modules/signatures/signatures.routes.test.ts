import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createTestApp,
  expectProblem,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import type { StaffLogin, TestOffice } from '../distribution/distribution.test-utils.js';
import { openedCase, setUpCaseOffice } from '../cases/cases.test-utils.js';
import { makeDocx } from '../files/files-preview.test-utils.js';
import { multipartUpload } from '../files/files.test-utils.js';
import { getTestPki } from './pki/pki.test-utils.js';
import { signDocument } from './sign/sign.models.js';

const SAMPLES = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../../../shared/data/samples',
);
const hasSamples = existsSync(SAMPLES);

let t: TestApp;
let office: TestOffice;

const as = (login: StaffLogin) => office.staff[login].session;
const json = async (response: Promise<LightMyRequestResponse>, status: number) => {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
};
const get = (session: Session, url: string) => session.request({ method: 'GET', url });
const post = (session: Session, url: string, payload: object = {}) =>
  session.request({ method: 'POST', url, payload });
const upload = async (session: Session, fileName: string, content: Uint8Array) => {
  const { headers, payload } = multipartUpload({ fileName, content: Buffer.from(content) });
  return (await json(session.request({ method: 'POST', url: '/api/v1/files', headers, payload }), 201)) as {
    id: string;
  };
};
/** Uploads a file and runs the intake jobs (text, signature verification). */
const received = async (fileName: string, content: Uint8Array) => {
  const file = await upload(as('kancelaria'), fileName, content);
  await t.app.jobs.runDue();
  return file.id;
};
const validation = (fileId: string) => get(as('kancelaria'), `/api/v1/files/${fileId}/validation`);

/** A one-page PDF signed (PAdES) by a CA the office does not know. */
async function foreignSignedPdf(pdf?: Uint8Array) {
  const pki = await getTestPki();
  const { PDFDocument } = await import('pdf-lib');
  const document = await PDFDocument.create();
  document.addPage().drawText('Decyzja w sprawie zjazdu');
  const bytes = pdf ?? (await document.save({ useObjectStreams: false }));
  const signed = await signDocument(
    { bytes, fileName: 'pismo.pdf', mediaType: 'application/pdf' },
    pki.signer,
    { signingTime: new Date('2026-03-09T10:00:00Z'), signerName: 'Jan Kowalski' },
  );
  return { pki, signed: signed.bytes };
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'podpisy');
});
afterAll(async () => t.close());

describe('verifying signed files on intake', () => {
  test('a PDF signed by a CA the office does not trust is intact but untrusted, never valid; trusting the CA makes it valid', async () => {
    const { pki, signed } = await foreignSignedPdf();
    const fileId = await received('pismo-podpisane.pdf', signed);
    const report = await json(validation(fileId), 200);
    expect(report).toMatchObject({
      trigger: 'intake',
      detectedFormat: 'PAdES',
      verdict: 'indeterminate',
      signatures: [{ integrity: 'intact', trust: 'untrusted', signerName: 'Jan Kowalski' }],
    });

    const anchorFile = await upload(office.admin, 'ca.cer', pki.ca.certificate);
    const added = await json(post(office.admin, '/api/v1/pki/trust-anchors', { fileId: anchorFile.id }), 201);
    expect(added).toMatchObject({ added: 1, items: [{ source: 'manual' }] });
    const again = await json(post(as('kancelaria'), `/api/v1/files/${fileId}/verify`), 200);
    expect(again.signatures[0]).toMatchObject({ integrity: 'intact', trust: 'trusted' });
    expect(['valid', 'valid_with_warnings']).toContain(again.verdict);
    // Earlier reports stay; the newest is the current one.
    expect((await json(validation(fileId), 200)).trigger).toBe('on_demand');
  });

  test('a signed PDF changed after signing is reported with broken integrity, never valid', async () => {
    const { signed } = await foreignSignedPdf();
    const tampered = Buffer.from(signed);
    // One byte of the signed revision changed: the page's size.
    const at = tampered.indexOf('/MediaBox');
    expect(at).toBeGreaterThan(0);
    tampered[at + 1] = 'm'.charCodeAt(0);
    const fileId = await received('pismo-zmienione.pdf', tampered);
    const report = await json(validation(fileId), 200);
    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0].integrity).toBe('broken');
  });

  test('an unsigned PDF gets no report', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const document = await PDFDocument.create();
    document.addPage();
    const fileId = await received('bez-podpisu.pdf', await document.save());
    expectProblem(await validation(fileId), { status: 404, code: 'signatures.no_validation' });
  });

  describe.skipIf(!hasSamples)('real signed files (../shared/data/samples)', () => {
    test('the EU DSS PDF corrupted inside its signed range is reported invalid on intake', async () => {
      const fileId = await received(
        'pdf-signed-corrupted.pdf',
        readFileSync(path.join(SAMPLES, 'pades/eu-dss/pdf-signed-corrupted.pdf')),
      );
      expect((await json(validation(fileId), 200)).verdict).toBe('invalid');
    });
  });
});

describe('trust anchors', () => {
  test('an EU trusted list adds its current CA services with their country; a list with a DTD is refused', async () => {
    const pki = await getTestPki();
    const base64 = Buffer.from(pki.ca.certificate).toString('base64');
    const tsl = `<?xml version="1.0" encoding="UTF-8"?>
<tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#">
  <tsl:SchemeInformation><tsl:SchemeTerritory>PL</tsl:SchemeTerritory></tsl:SchemeInformation>
  <tsl:TrustServiceProviderList><tsl:TrustServiceProvider>
    <tsl:TSPInformation><tsl:TSPName><tsl:Name xml:lang="pl">Testowy dostawca</tsl:Name></tsl:TSPName></tsl:TSPInformation>
    <tsl:TSPServices>
      <tsl:TSPService><tsl:ServiceInformation>
        <tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier>
        <tsl:ServiceName><tsl:Name xml:lang="pl">Testowe CA kwalifikowane</tsl:Name></tsl:ServiceName>
        <tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>${base64}</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity>
        <tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</tsl:ServiceStatus>
      </tsl:ServiceInformation></tsl:TSPService>
      <tsl:TSPService><tsl:ServiceInformation>
        <tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier>
        <tsl:ServiceName><tsl:Name xml:lang="pl">Wycofane CA</tsl:Name></tsl:ServiceName>
        <tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>${base64}</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity>
        <tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn</tsl:ServiceStatus>
      </tsl:ServiceInformation></tsl:TSPService>
    </tsl:TSPServices>
  </tsl:TrustServiceProvider></tsl:TrustServiceProviderList>
</tsl:TrustServiceStatusList>`;
    const office2 = await setUpCaseOffice(t, 'zaufanie');
    const file = await upload(office2.admin, 'TL-PL.xml', Buffer.from(tsl));
    const added = await json(post(office2.admin, '/api/v1/pki/trust-anchors', { fileId: file.id }), 201);
    expect(added).toMatchObject({
      added: 1,
      items: [{ name: 'Testowe CA kwalifikowane', source: 'tsl', tslCountry: 'PL' }],
    });
    const anchors = await json(get(office2.admin, '/api/v1/pki/trust-anchors'), 200);
    expect(anchors.items.map((a: { source: string }) => a.source)).toContain('tsl');

    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#">&lol2;</tsl:TrustServiceStatusList>`;
    const bombFile = await upload(office2.admin, 'bomb.xml', Buffer.from(bomb));
    expectProblem(await post(office2.admin, '/api/v1/pki/trust-anchors', { fileId: bombFile.id }), {
      status: 422,
      code: 'signatures.xml_refused',
    });
    const text = await upload(office2.admin, 'notatka.txt', Buffer.from('To nie jest certyfikat.'));
    expectProblem(await post(office2.admin, '/api/v1/pki/trust-anchors', { fileId: text.id }), {
      status: 422,
      code: 'signatures.invalid_anchor',
    });
    expectProblem(await post(as('referent.gk'), '/api/v1/pki/trust-anchors', { fileId: text.id }), {
      status: 403,
      code: 'auth.forbidden',
    });
  });
});

describe('a letter signed outside the system', () => {
  async function approvedDocument(title: string, fileId?: string) {
    const opened = await openedCase(as('referent.gk'), {
      unitId: office.units.GK,
      jrwaSymbol: '6000',
      title,
    });
    const { documentId } = await json(
      post(as('referent.gk'), `/api/v1/cases/${opened.id}/drafts`, { title, fileId }),
      201,
    );
    await json(
      post(as('referent.gk'), `/api/v1/documents/${documentId}/approval`, {
        steps: [{ positionId: office.staff['kierownik.gk'].positionId }],
      }),
      201,
    );
    const task = (await json(get(as('kierownik.gk'), '/api/v1/approval-tasks'), 200)).items.find(
      (item: { documentId: string }) => item.documentId === documentId,
    );
    expect(
      (await post(as('kierownik.gk'), `/api/v1/approval-tasks/${task.id}/decision`, { decision: 'approve' }))
        .statusCode,
    ).toBe(204);
    const document = await json(get(as('kierownik.gk'), `/api/v1/documents/${documentId}`), 200);
    const finalFile = document.versions.at(-1).file.id as string;
    const content = await as('kierownik.gk').request({
      method: 'GET',
      url: `/api/v1/files/${finalFile}/content`,
    });
    return { documentId: documentId as string, pdf: new Uint8Array(content.rawPayload) };
  }

  test('the signatory uploads the approved letter signed with their own (qualified) software; it becomes the final version', async () => {
    const { documentId, pdf } = await approvedDocument('Odpowiedź podpisana kwalifikowanym');
    const { signed } = await foreignSignedPdf(pdf);
    const file = await upload(as('kierownik.gk'), 'odpowiedz.pdf', signed);
    const created = await json(
      post(as('kierownik.gk'), `/api/v1/documents/${documentId}/signed-version`, { fileId: file.id }),
      201,
    );
    const document = await json(get(as('referent.gk'), `/api/v1/documents/${documentId}`), 200);
    expect(document.status).toBe('signed');
    expect(document.versions.at(-1)).toMatchObject({ id: created.versionId, source: 'external_signed' });
    // The signer's CA was made a trust anchor of this office above.
    expect(document.versions.at(-1).validation).toMatchObject({ signerName: 'Jan Kowalski' });
    expect(['valid', 'valid_with_warnings']).toContain(document.versions.at(-1).validation.verdict);
  });

  test('a tampered, an unsigned or an unrelated signed file is refused as the signed version', async () => {
    const { documentId, pdf } = await approvedDocument('Odpowiedź — próby');
    const { signed } = await foreignSignedPdf(pdf);
    const tampered = Buffer.from(signed);
    const middle = Math.floor(pdf.byteLength / 2);
    tampered[middle] = (tampered[middle] ?? 0) ^ 0x01;
    const bad = await upload(as('kierownik.gk'), 'zmieniony.pdf', tampered);
    expectProblem(
      await post(as('kierownik.gk'), `/api/v1/documents/${documentId}/signed-version`, { fileId: bad.id }),
      {
        status: 422,
        code: 'signatures.signature_invalid',
      },
    );
    const unsigned = await upload(as('kierownik.gk'), 'bez-podpisu.pdf', pdf);
    expectProblem(
      await post(as('kierownik.gk'), `/api/v1/documents/${documentId}/signed-version`, {
        fileId: unsigned.id,
      }),
      {
        status: 422,
        code: 'signatures.not_signed',
      },
    );
    const other = await upload(as('kierownik.gk'), 'inne.pdf', (await foreignSignedPdf()).signed);
    expectProblem(
      await post(as('kierownik.gk'), `/api/v1/documents/${documentId}/signed-version`, { fileId: other.id }),
      {
        status: 422,
        code: 'signatures.signature_invalid',
      },
    );
    expect((await json(get(as('referent.gk'), `/api/v1/documents/${documentId}`), 200)).status).toBe(
      'approved',
    );
  });

  test('an XML letter is signed as XAdES inside the XML; an XML with a DTD is refused and stays unsigned', async () => {
    await json(
      post(office.admin, '/api/v1/pki/certificates', { userId: office.staff['kierownik.gk'].userId }),
      201,
    );
    const xml = await upload(
      as('referent.gk'),
      'odpowiedz.xml',
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?><pismo><tresc>Zażółć gęślą jaźń</tresc></pismo>'),
    );
    const { documentId } = await approvedDocument('Odpowiedź w XML', xml.id);
    const signed = await json(
      post(as('kierownik.gk'), `/api/v1/documents/${documentId}/sign`, { password: TEST_PASSWORD }),
      201,
    );
    expect(signed.format).toBe('XAdES');
    const report = await json(get(as('referent.gk'), `/api/v1/files/${signed.fileId}/validation`), 200);
    expect(report).toMatchObject({
      detectedFormat: 'XAdES',
      signatures: [{ packaging: 'enveloped', integrity: 'intact', trust: 'trusted' }],
    });

    const bomb = await upload(
      as('referent.gk'),
      'bomba.xml',
      Buffer.from('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbb">]><pismo>&b;&b;</pismo>'),
    );
    const refused = await approvedDocument('Odpowiedź z DTD', bomb.id);
    expectProblem(
      await post(as('kierownik.gk'), `/api/v1/documents/${refused.documentId}/sign`, {
        password: TEST_PASSWORD,
      }),
      { status: 422, code: 'signatures.xml_refused' },
    );
    expect((await json(get(as('referent.gk'), `/api/v1/documents/${refused.documentId}`), 200)).status).toBe(
      'approved',
    );
  });

  test('a signature with a timestamp of the office’s own timestamp unit is level T, with the certified time', async () => {
    await json(
      post(office.admin, '/api/v1/pki/certificates', { userId: office.staff['kierownik.gk'].userId }),
      201,
    );
    const { documentId } = await approvedDocument('Odpowiedź ze znacznikiem czasu');
    const signed = await json(
      post(as('kierownik.gk'), `/api/v1/documents/${documentId}/sign`, {
        password: TEST_PASSWORD,
        timestamp: true,
        visible: false,
      }),
      201,
    );
    const report = await json(get(as('referent.gk'), `/api/v1/files/${signed.fileId}/validation`), 200);
    expect(report.signatures[0]).toMatchObject({
      format: 'PAdES',
      level: 'T',
      integrity: 'intact',
      trust: 'trusted',
    });
    expect(report.signatures[0].timestampTime).toBe(t.clock.now().toISOString());
  });

  test('a letter uploaded as DOCX is signed with a detached XAdES that verifies over the DOCX', async () => {
    await json(
      post(office.admin, '/api/v1/pki/certificates', { userId: office.staff['kierownik.gk'].userId }),
      201,
    );
    const docx = await upload(as('referent.gk'), 'pismo.docx', makeDocx(['Treść pisma do podpisu']));
    const { documentId } = await approvedDocument('Odpowiedź w DOCX', docx.id);
    const signed = await json(
      post(as('kierownik.gk'), `/api/v1/documents/${documentId}/sign`, { password: TEST_PASSWORD }),
      201,
    );
    expect(signed.format).toBe('XAdES');
    const document = await json(get(as('referent.gk'), `/api/v1/documents/${documentId}`), 200);
    expect(document.versions.at(-1).file.name).toBe('pismo.docx.xades');
    const report = await json(get(as('referent.gk'), `/api/v1/files/${signed.fileId}/validation`), 200);
    expect(report).toMatchObject({
      trigger: 'signing',
      signatures: [{ packaging: 'detached', integrity: 'intact', trust: 'trusted' }],
    });
    // Verifying it again finds the DOCX by itself.
    const again = await json(post(as('referent.gk'), `/api/v1/files/${signed.fileId}/verify`), 200);
    expect(again.signatures[0]).toMatchObject({ packaging: 'detached', integrity: 'intact' });
  });
});
