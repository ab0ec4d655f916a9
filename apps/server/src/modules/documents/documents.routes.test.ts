import type { LightMyRequestResponse } from 'fastify';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createTestApp,
  expectProblem,
  login,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../app/server.test-utils.js';
import type { StaffLogin, TestOffice } from '../distribution/distribution.test-utils.js';
import { openedCase, setUpCaseOffice } from '../cases/cases.test-utils.js';

let t: TestApp;
let office: TestOffice;
let contactId: string;
let templateId: string;

const as = (login: StaffLogin) => office.staff[login].session;
const json = async (response: Promise<LightMyRequestResponse>, status: number) => {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
};
const get = (session: Session, url: string) => session.request({ method: 'GET', url });
const post = (session: Session, url: string, payload: object = {}) =>
  session.request({ method: 'POST', url, payload });
const document = (session: Session, id: string) => json(get(session, `/api/v1/documents/${id}`), 200);
const tasks = async (login: StaffLogin) =>
  (await json(get(as(login), '/api/v1/approval-tasks'), 200)).items as {
    id: string;
    documentId: string;
    signatory: boolean;
  }[];
const taskOf = async (login: StaffLogin, documentId: string) => {
  const task = (await tasks(login)).find((item) => item.documentId === documentId);
  expect(task, `${login} has a task for ${documentId}`).toBeDefined();
  return task as { id: string; signatory: boolean };
};
const decide = (login: StaffLogin, taskId: string, payload: object) =>
  post(as(login), `/api/v1/approval-tasks/${taskId}/decision`, payload);

/** A draft in a new GK case sent to the heads of GK and FN in parallel, then the secretary. */
async function draftOnParallelPath(caseTitle: string, draft: object) {
  const opened = await openedCase(as('referent.gk'), {
    unitId: office.units.GK,
    jrwaSymbol: '6000',
    title: caseTitle,
  });
  const { documentId } = await json(post(as('referent.gk'), `/api/v1/cases/${opened.id}/drafts`, draft), 201);
  await json(
    post(as('referent.gk'), `/api/v1/documents/${documentId}/approval`, {
      steps: [
        { parallel: [office.staff['kierownik.gk'].positionId, office.staff['kierownik.fn'].positionId] },
        { positionId: office.staff.sekretarz.positionId },
      ],
    }),
    201,
  );
  return documentId as string;
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'pisma');
  contactId = (
    await json(
      post(as('referent.gk'), '/api/v1/contacts', {
        kind: 'institution',
        name: 'Spółdzielnia Mieszkaniowa „Zgoda”',
        addresses: [{ street: 'Długa', building: '5', postalCode: '00-950', city: 'Warszawa' }],
      }),
      201,
    )
  ).id;
  templateId = (
    await json(
      post(office.admin, '/api/v1/templates', {
        name: 'Odpowiedź na wniosek',
        header: '{{urzad}}\nWydział Geodezji',
        body: 'W odpowiedzi na wniosek w sprawie „{{tytul_sprawy}}” uprzejmie informuję, że wniosek rozpatrzono pozytywnie.\n\nSprawę prowadzi {{prowadzacy}}.',
        closing: 'Z poważaniem',
      }),
      201,
    )
  ).id;
});
afterAll(async () => t.close());

describe('letter templates', () => {
  test('an administrator’s template with a field that does not exist is refused, naming the field', async () => {
    const problem = expectProblem(
      await post(office.admin, '/api/v1/templates', {
        name: 'Zły',
        header: '',
        body: 'Dzień dobry {{imie_psa}}',
      }),
      { status: 422, code: 'documents.invalid_template' },
    );
    expect(JSON.stringify(problem)).toContain('imie_psa');
  });

  test('an officer lists the active templates but may not change them', async () => {
    const listed = await json(get(as('referent.gk'), '/api/v1/templates'), 200);
    expect(listed.items.map((item: { id: string }) => item.id)).toContain(templateId);
    expectProblem(await post(as('referent.gk'), '/api/v1/templates', { name: 'X', header: '', body: '' }), {
      status: 403,
      code: 'auth.forbidden',
    });
  });
});

describe('from draft to signed letter', () => {
  test('a reply drafted from a template, rejected with a comment, corrected, approved by two people and signed by the head becomes final', async () => {
    const opened = await openedCase(as('referent.gk'), {
      unitId: office.units.GK,
      jrwaSymbol: '6000',
      title: 'Wniosek o wydanie mapy zasadniczej',
    });
    const created = await json(
      post(as('referent.gk'), `/api/v1/cases/${opened.id}/drafts`, {
        templateId,
        title: 'Odpowiedź na wniosek o mapę',
        addresseeContactIds: [contactId],
      }),
      201,
    );
    const id = created.documentId as string;
    let doc = await document(as('referent.gk'), id);
    expect(doc).toMatchObject({
      caseSign: opened.sign,
      status: 'draft',
      addressees: [{ id: contactId, name: 'Spółdzielnia Mieszkaniowa „Zgoda”' }],
      versions: [{ number: 1, source: 'template', file: { mediaType: 'application/pdf' } }],
    });
    expect(doc.versions[0].editableFile.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(doc.allowedActions).toEqual(expect.arrayContaining(['add_version', 'start_approval']));
    const text = await json(
      get(as('referent.gk'), `/api/v1/documents/${id}/versions/${doc.versions[0].id}/text`),
      200,
    );
    expect(text.text).toContain('Wniosek o wydanie mapy zasadniczej');
    // The draft is in the case file.
    const file = await json(get(as('referent.gk'), `/api/v1/cases/${opened.id}/documents`), 200);
    expect(file.items ?? file).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, kind: 'draft' })]),
    );

    // Two steps: the head of GK, then the secretary who signs.
    const path = {
      steps: [
        { positionId: office.staff['kierownik.gk'].positionId },
        { positionId: office.staff.sekretarz.positionId },
      ],
    };
    await json(post(as('referent.gk'), `/api/v1/documents/${id}/approval`, path), 201);
    expect((await tasks('sekretarz')).some((task) => task.documentId === id)).toBe(false);
    const first = await taskOf('kierownik.gk', id);
    expectProblem(await decide('referent2.gk', first.id, { decision: 'approve' }), {
      status: 403,
      code: 'documents.not_on_path',
    });
    expectProblem(await post(as('referent.gk'), `/api/v1/documents/${id}/versions`, { text: 'x' }), {
      status: 409,
      code: 'documents.approval_in_progress',
    });
    expectProblem(await decide('kierownik.gk', first.id, { decision: 'reject' }), {
      status: 400,
      code: 'validation.failed',
    });
    expect(
      (
        await decide('kierownik.gk', first.id, {
          decision: 'reject',
          comment: 'Proszę dodać podstawę prawną.',
        })
      ).statusCode,
    ).toBe(204);
    expectProblem(await decide('kierownik.gk', first.id, { decision: 'approve' }), {
      status: 409,
      code: 'documents.step_decided',
    });
    doc = await document(as('referent.gk'), id);
    expect(doc.status).toBe('draft');
    expect(doc.approvals[0]).toMatchObject({
      status: 'rejected',
      steps: [
        { status: 'rejected', comment: 'Proszę dodać podstawę prawną.', versionNumber: 1 },
        { status: 'skipped', signatory: true },
      ],
    });

    // The officer corrects the text; the comparison shows what changed.
    const corrected = `${text.text as string}\n\nPodstawa prawna: art. 40 ust. 2 ustawy Prawo geodezyjne i kartograficzne.`;
    const v2 = await json(
      post(as('referent.gk'), `/api/v1/documents/${id}/versions`, {
        text: corrected,
        comment: 'Dodano podstawę prawną',
      }),
      201,
    );
    expect(v2.number).toBe(2);
    const diff = await json(get(as('referent.gk'), `/api/v1/documents/${id}/diff?from=1&to=2`), 200);
    expect(diff.added).toBeGreaterThan(5);
    expect(
      diff.parts
        .filter((p: { kind: string }) => p.kind === 'added')
        .map((p: { text: string }) => p.text)
        .join(''),
    ).toContain('Podstawa prawna');

    await json(post(as('referent.gk'), `/api/v1/documents/${id}/approval`, path), 201);
    expect(
      (await decide('kierownik.gk', (await taskOf('kierownik.gk', id)).id, { decision: 'approve' }))
        .statusCode,
    ).toBe(204);
    const signatoryTask = await taskOf('sekretarz', id);
    expect(signatoryTask.signatory).toBe(true);
    expect((await decide('sekretarz', signatoryTask.id, { decision: 'approve' })).statusCode).toBe(204);
    doc = await document(as('sekretarz'), id);
    expect(doc.status).toBe('approved');
    expect(doc.allowedActions).toEqual(expect.arrayContaining(['sign', 'upload_signed']));

    // Signing: only the signatory, with their password, with a certificate of the office CA.
    expectProblem(
      await post(as('kierownik.gk'), `/api/v1/documents/${id}/sign`, { password: TEST_PASSWORD }),
      {
        status: 403,
        code: 'documents.not_signatory',
      },
    );
    expectProblem(
      await post(as('referent.gk'), `/api/v1/documents/${id}/sign`, { password: TEST_PASSWORD }),
      {
        status: 403,
        code: 'auth.forbidden',
      },
    );
    expectProblem(
      await post(as('sekretarz'), `/api/v1/documents/${id}/sign`, { password: 'wrong password' }),
      {
        status: 401,
        code: 'signatures.wrong_password',
      },
    );
    expectProblem(await post(as('sekretarz'), `/api/v1/documents/${id}/sign`, { password: TEST_PASSWORD }), {
      status: 422,
      code: 'signatures.no_certificate',
    });
    const certificate = await json(
      post(office.admin, '/api/v1/pki/certificates', { userId: office.staff.sekretarz.userId }),
      201,
    );
    expect(certificate).toMatchObject({ status: 'active', userId: office.staff.sekretarz.userId });
    const signed = await json(
      post(as('sekretarz'), `/api/v1/documents/${id}/sign`, { password: TEST_PASSWORD }),
      201,
    );
    expect(signed.format).toBe('PAdES');

    doc = await document(as('referent.gk'), id);
    expect(doc.status).toBe('signed');
    expect(doc.allowedActions).toEqual([]);
    expect(doc.versions.at(-1)).toMatchObject({
      source: 'signed',
      file: { id: signed.fileId, mediaType: 'application/pdf' },
    });
    expect(doc.versions.at(-1).validation).toMatchObject({ verdict: 'valid' });
    const report = await json(get(as('referent.gk'), `/api/v1/files/${signed.fileId}/validation`), 200);
    expect(report).toMatchObject({
      trigger: 'signing',
      detectedFormat: 'PAdES',
      signatures: [{ integrity: 'intact', trust: 'trusted', certificateStatus: 'valid' }],
    });
    expectProblem(await post(as('referent.gk'), `/api/v1/documents/${id}/versions`, { text: 'zmiana' }), {
      status: 409,
      code: 'documents.final',
    });

    // The metryka of the case tells the draft's story, the rejection with its comment included.
    const metryka = await json(get(as('referent.gk'), `/api/v1/cases/${opened.id}/history`), 200);
    const story = metryka.items.map((item: { description: string }) => item.description).join('\n');
    expect(story).toContain('Utworzenie projektu pisma: Odpowiedź na wniosek o mapę');
    expect(story).toContain('uwagi: Proszę dodać podstawę prawną.');
    expect(story).toContain('Akceptacja końcowa: Odpowiedź na wniosek o mapę');
    expect(story).toContain('Podpisanie pisma podpisem elektronicznym: Odpowiedź na wniosek o mapę');

    // The refusals are in the audit trail.
    const audit = await json(get(office.admin, '/api/v1/audit?action=signatures.&limit=50'), 200);
    const actions = audit.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'signatures.password_rejected',
        'signatures.sign_refused',
        'signatures.certificate_issued',
      ]),
    );

    // A revoked certificate makes its signatures invalid on the next verification.
    await json(
      post(office.admin, `/api/v1/pki/certificates/${certificate.id}/revoke`, { reason: 'keyCompromise' }),
      200,
    );
    const again = await json(post(as('referent.gk'), `/api/v1/files/${signed.fileId}/verify`), 200);
    expect(again).toMatchObject({ verdict: 'invalid', signatures: [{ certificateStatus: 'revoked' }] });
    expectProblem(await post(office.admin, `/api/v1/pki/certificates/${certificate.id}/revoke`, {}), {
      status: 409,
      code: 'signatures.already_revoked',
    });
    const crl = await get(office.admin, '/api/v1/pki/crl');
    expect(crl.statusCode).toBe(200);
    expect(crl.headers['content-type']).toContain('application/pkix-crl');
  });

  test('a parallel stage waits for every approver, and a substitute decides in the absent colleague’s position', async () => {
    const id = await draftOnParallelPath('Pismo wewnętrzne do FN', {
      title: 'Prośba o opinię',
      internal: true,
    });
    await decide('kierownik.gk', (await taskOf('kierownik.gk', id)).id, { decision: 'approve' });
    expect((await tasks('sekretarz')).some((task) => task.documentId === id)).toBe(false);
    // The head of FN sees the draft without seeing the rest of the case.
    expect((await document(as('kierownik.fn'), id)).allowedActions).toContain('decide');
    // The head of FN is away: their substitute decides in their position, recorded as "A for B".
    const substitution = await post(office.admin, '/api/v1/substitutions', {
      absentUserId: office.staff['kierownik.fn'].userId,
      substituteUserId: office.staff['referent.fn'].userId,
      validFrom: '2026-03-10',
      validTo: '2026-03-20',
    });
    expect(substitution.statusCode, substitution.body).toBe(201);
    const substitute = await login(t, { tenant: 'pisma', login: 'referent.fn' });
    const switched = await post(substitute, '/api/v1/auth/position', {
      positionId: office.staff['kierownik.fn'].positionId,
    });
    expect(switched.statusCode, switched.body).toBeLessThan(300);
    const substituteTask = (await json(get(substitute, '/api/v1/approval-tasks'), 200)).items.find(
      (task: { documentId: string }) => task.documentId === id,
    );
    expect(
      (
        await post(substitute, `/api/v1/approval-tasks/${substituteTask.id}/decision`, {
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(204);
    await decide('sekretarz', (await taskOf('sekretarz', id)).id, { decision: 'approve' });
    const doc = await document(as('referent.gk'), id);
    expect(doc).toMatchObject({ status: 'approved', internal: true });
    expect(doc.approvals[0].steps.map((s: { stage: number; status: string }) => [s.stage, s.status])).toEqual(
      [
        [1, 'approved'],
        [1, 'approved'],
        [2, 'approved'],
      ],
    );
  });

  test('a path naming a position twice or ending with a group is refused', async () => {
    const opened = await openedCase(as('referent.gk'), {
      unitId: office.units.GK,
      jrwaSymbol: '6000',
      title: 'Ścieżka błędna',
    });
    const { documentId: id } = await json(
      post(as('referent.gk'), `/api/v1/cases/${opened.id}/drafts`, { title: 'Projekt' }),
      201,
    );
    const gk = office.staff['kierownik.gk'].positionId;
    expectProblem(
      await post(as('referent.gk'), `/api/v1/documents/${id}/approval`, {
        steps: [{ positionId: gk }, { positionId: gk }],
      }),
      {
        status: 422,
        code: 'documents.invalid_path',
      },
    );
    expectProblem(
      await post(as('referent.gk'), `/api/v1/documents/${id}/approval`, {
        steps: [{ parallel: [gk, office.staff.sekretarz.positionId] }],
      }),
      { status: 422, code: 'documents.invalid_path' },
    );
    expectProblem(await get(as('referent.fn'), `/api/v1/documents/${id}`), {
      status: 404,
      code: 'documents.not_found',
    });
  });

  test('a draft names its signatory in the signature block; a position that is not active is refused', async () => {
    const opened = await openedCase(as('referent.gk'), {
      unitId: office.units.GK,
      jrwaSymbol: '6000',
      title: 'Podpisujący w szablonie',
    });
    const created = await json(
      post(as('referent.gk'), `/api/v1/cases/${opened.id}/drafts`, {
        templateId,
        title: 'Pismo z podpisującym',
        signatoryPositionId: office.staff['kierownik.gk'].positionId,
      }),
      201,
    );
    const doc = await document(as('referent.gk'), created.documentId);
    const docx = await as('referent.gk').request({
      method: 'GET',
      url: `/api/v1/files/${doc.versions[0].editableFile.id}/content`,
    });
    const body = new TextDecoder().decode(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']);
    expect(body).toContain('Pracownik kierownik.gk');
    expect(body).toContain('Z poważaniem');
    expectProblem(
      await post(as('referent.gk'), `/api/v1/cases/${opened.id}/drafts`, {
        title: 'Pismo',
        signatoryPositionId: '0190a5e4-7b7c-7000-8000-000000000000',
      }),
      { status: 422, code: 'documents.unknown_position' },
    );
  });

  test('two approvers of a parallel stage deciding at the same moment move the path on exactly once', async () => {
    const id = await draftOnParallelPath('Decyzje równoczesne', { title: 'Pismo do dwóch' });
    const [gk, fn] = await Promise.all([taskOf('kierownik.gk', id), taskOf('kierownik.fn', id)]);
    const answers = await Promise.all([
      decide('kierownik.gk', gk.id, { decision: 'approve' }),
      decide('kierownik.fn', fn.id, { decision: 'approve' }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([204, 204]);
    const doc = await document(as('referent.gk'), id);
    expect(doc.approvals[0].steps.map((s: { status: string }) => s.status)).toEqual([
      'approved',
      'approved',
      'pending',
    ]);
    expect((await tasks('sekretarz')).filter((task) => task.documentId === id)).toHaveLength(1);
  });

  test('the API documents the template, draft, approval, signing, verification and PKI endpoints', async () => {
    const paths = Object.keys((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/templates',
        '/api/v1/templates/{id}',
        '/api/v1/cases/{id}/drafts',
        '/api/v1/documents/{id}',
        '/api/v1/documents/{id}/versions',
        '/api/v1/documents/{id}/versions/{versionId}/text',
        '/api/v1/documents/{id}/diff',
        '/api/v1/documents/{id}/approval',
        '/api/v1/documents/{id}/approval/cancel',
        '/api/v1/approval-tasks',
        '/api/v1/approval-tasks/{id}/decision',
        '/api/v1/documents/{id}/sign',
        '/api/v1/documents/{id}/signed-version',
        '/api/v1/files/{id}/verify',
        '/api/v1/files/{id}/validation',
        '/api/v1/pki/ca',
        '/api/v1/pki/certificates',
        '/api/v1/pki/certificates/{id}/revoke',
        '/api/v1/pki/crl',
        '/api/v1/pki/trust-anchors',
      ]),
    );
  });
});
