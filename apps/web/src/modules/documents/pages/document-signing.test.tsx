import type { DocumentDto } from '@obieg/contracts/documents';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';
import { DOCUMENT_ID, makeDocument, makePath, makeStep, makeVersion } from '../documents.test-utils';

const SIGNER = makeMe({ permissions: ['cases:read', 'drafts:approve', 'drafts:sign', 'files:read'] });
const path = `/api/v1/documents/${DOCUMENT_ID}`;
const approved = makeDocument({
  status: 'approved',
  allowedActions: ['sign', 'upload_signed'],
  approvals: [
    makePath({
      status: 'approved',
      finishedAt: '2026-03-04T10:00:00+01:00',
      steps: [
        makeStep({
          status: 'approved',
          signatory: true,
          decidedAt: '2026-03-04T10:00:00+01:00',
          versionNumber: 1,
          comment: 'Bez uwag.',
        }),
      ],
    }),
  ],
});
const signedVersion = makeVersion({
  number: 2,
  source: 'signed',
  editableFile: null,
  hasText: false,
  validation: {
    verdict: 'valid',
    detectedFormat: 'PAdES',
    signerName: 'Krystyna Kierownicza',
    signingTime: '2026-03-05T11:59:00+01:00',
    verifiedAt: '2026-03-05T12:00:00+01:00',
  },
});

function stubDocument(initial: DocumentDto = approved) {
  let document = initial;
  const stub = stubFetch()
    .route('GET /api/v1/auth/me', SIGNER)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route(`GET ${path}`, () => json(200, document));
  return {
    stub,
    set: (next: DocumentDto) => {
      document = next;
    },
  };
}

async function openSignDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Podpisz' }));
  return screen.findByRole('dialog', { name: /Podpisanie pisma/ });
}

describe('podpisanie pisma', () => {
  test('the sign dialog shows a wrong-password error and keeps the session', async () => {
    const { stub } = stubDocument();
    stub.route(`POST ${path}/sign`, problem(401, 'signatures.wrong_password'));
    renderApp(`/documents/${DOCUMENT_ID}`);

    const dialog = await openSignDialog();
    const password = within(dialog).getByLabelText(/Hasło/);
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect(
      (within(dialog).getByRole('checkbox', { name: /Widoczny podpis/ }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Znacznik czasu/ }));
    fireEvent.change(password, { target: { value: 'zle-haslo' } });
    fireEvent.submit(password.closest('form')!);

    expect(await within(dialog).findByText('Nieprawidłowe hasło. Podpis nie został złożony.')).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect((password as HTMLInputElement).value).toBe('');
    // A wrong password is not an expired session: no way to the login page.
    expect(screen.queryByRole('heading', { name: 'Logowanie' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Zezwolenie na zajęcie pasa drogowego' }),
    ).toBeTruthy();
    expect(sentBodies(stub, 'POST', `${path}/sign`)).toEqual([
      { password: 'zle-haslo', visible: true, timestamp: true },
    ]);
  });

  test('a signatory without a certificate is told to ask the administrator', async () => {
    stubDocument().stub.route(`POST ${path}/sign`, problem(422, 'signatures.no_certificate'));
    renderApp(`/documents/${DOCUMENT_ID}`);

    const dialog = await openSignDialog();
    fireEvent.change(within(dialog).getByLabelText(/Hasło/), { target: { value: 'haslo' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Podpisz' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Nie masz ważnego certyfikatu do podpisu. Poproś administratora o jego wydanie.',
    );
  });

  test('after signing the document is final and its signed version shows a valid signature', async () => {
    const { stub, set } = stubDocument();
    stub.route(`POST ${path}/sign`, () => {
      set(makeDocument({ status: 'signed', allowedActions: [], versions: [makeVersion(), signedVersion] }));
      return json(200, {
        signatureId: '01900000-0000-7000-8000-00000000b101',
        format: 'PAdES',
        versionId: signedVersion.id,
        fileId: signedVersion.file.id,
      });
    });
    renderApp(`/documents/${DOCUMENT_ID}`);

    const dialog = await openSignDialog();
    fireEvent.change(within(dialog).getByLabelText(/Hasło/), { target: { value: 'dobre-haslo' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Podpisz' }));

    const final = await screen.findByTestId('document-final');
    expect(final.textContent).toContain('Pismo jest ostateczne');
    expect(within(screen.getByTestId('version-2')).getByText('Podpis ważny')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Podpisz' })).toBeNull();
    expect(within(screen.getByTestId('document-actions')).queryAllByRole('button')).toHaveLength(0);
  });

  test('a file signed outside the system whose signature is broken is refused with the reason', async () => {
    const FILE_ID = '01900000-0000-7000-8000-00000000f555';
    const { stub } = stubDocument();
    stub
      .route('POST /api/v1/files', () =>
        json(201, {
          id: FILE_ID,
          sha256: '2'.repeat(64),
          size: 4096,
          mediaType: 'application/pdf',
          name: 'pismo-podpisane.pdf',
          createdAt: '2026-03-05T10:00:00+01:00',
        }),
      )
      .route(`POST ${path}/signed-version`, problem(422, 'signatures.signature_invalid'));
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Wgraj wersję podpisaną' }));
    const dialog = await screen.findByRole('dialog', { name: /Wersja podpisana poza systemem/ });
    const input = within(dialog).getByLabelText('Podpisany plik');
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.change(input, {
      target: { files: [new File(['%PDF-1.7'], 'pismo-podpisane.pdf', { type: 'application/pdf' })] },
    });
    expect(await within(dialog).findByText('Przesłano: pismo-podpisane.pdf')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Wgraj wersję podpisaną' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Podpis w pliku jest nieważny (np. plik zmieniono po podpisaniu).',
    );
    expect(sentBodies(stub, 'POST', `${path}/signed-version`)).toEqual([{ fileId: FILE_ID }]);
  });
});
