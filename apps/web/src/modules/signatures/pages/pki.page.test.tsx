import type { PkiCertificate } from '@obieg/contracts/signatures';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';

const ADMIN = withPermissions('tenant:manage', 'users:read');
const CLERK_ID = '01900000-0000-7000-8000-000000000002';
const HEAD_ID = '01900000-0000-7000-8000-000000000003';

const user = (id: string, displayName: string, login: string) => ({
  id,
  login,
  displayName,
  email: null,
  kind: 'person' as const,
  active: true,
  mustChangePassword: false,
  createdAt: '2025-01-01T08:00:00+01:00',
});

function makeCertificate(overrides: Partial<PkiCertificate> = {}): PkiCertificate {
  return {
    id: '01900000-0000-7000-8000-00000000c401',
    userId: HEAD_ID,
    userDisplayName: 'Krystyna Kierownicza',
    subject: 'CN=Krystyna Kierownicza, O=Urząd Gminy Przykładowo, C=PL',
    serialNumber: '5f3a01',
    notBefore: '2026-01-02T09:00:00+01:00',
    notAfter: '2028-01-02T09:00:00+01:00',
    status: 'active',
    revokedAt: null,
    revocationReason: null,
    sha256: 'd'.repeat(64),
    ...overrides,
  };
}

const CA = {
  subject: 'CN=Urząd Gminy Przykładowo CA, C=PL',
  serialNumber: '01',
  notBefore: '2026-01-02T09:00:00+01:00',
  notAfter: '2036-01-02T09:00:00+01:00',
  sha256: 'e'.repeat(64),
  crlNumber: 3,
};

function stubPki({ certificates = [] as PkiCertificate[], ca = CA as typeof CA | null } = {}) {
  let current = certificates;
  const stub = stubFetch()
    .route('GET /api/v1/auth/me', ADMIN)
    .route('GET /api/v1/pki/ca', () =>
      ca ? json(200, ca) : problem(404, 'signatures.certificate_not_found'),
    )
    .route('GET /api/v1/pki/certificates', ({ url }) => {
      const status = url.searchParams.get('status');
      return json(200, { items: current.filter((c) => !status || c.status === status) });
    })
    .route('GET /api/v1/pki/trust-anchors', { items: [] })
    .route('GET /api/v1/users', {
      items: [user(CLERK_ID, 'Jan Kowal', 'jkowal'), user(HEAD_ID, 'Krystyna Kierownicza', 'kkierownicza')],
      nextCursor: null,
    });
  return {
    stub,
    setCertificates: (next: PkiCertificate[]) => {
      current = next;
    },
  };
}

describe('certyfikaty i zaufanie', () => {
  test('before the first certificate the office CA is announced as made with it', async () => {
    stubPki({ ca: null });
    renderApp('/pki');

    expect(await screen.findByRole('heading', { level: 1, name: 'Certyfikaty i zaufanie' })).toBeTruthy();
    expect(
      await screen.findByText(
        'Centrum certyfikacji urzędu zostanie utworzone automatycznie przy wydaniu pierwszego certyfikatu.',
      ),
    ).toBeTruthy();
    expect(await screen.findByText('Brak certyfikatów.')).toBeTruthy();
  });

  test('an administrator issues a certificate to a user; a user who has one gets it renewed', async () => {
    const { stub, setCertificates } = stubPki({ certificates: [makeCertificate()] });
    stub.route('POST /api/v1/pki/certificates', (request) => {
      const body = JSON.parse(String(request.body)) as { userId: string };
      const issued = makeCertificate({
        id: '01900000-0000-7000-8000-00000000c402',
        userId: body.userId,
        userDisplayName: 'Jan Kowal',
        serialNumber: '5f3a02',
      });
      setCertificates([makeCertificate(), issued]);
      return json(201, issued);
    });
    renderApp('/pki');

    const ca = await screen.findByTestId('pki-ca');
    expect(ca.textContent).toContain('CN=Urząd Gminy Przykładowo CA, C=PL');
    const crl = within(ca).getByRole('link', { name: /Pobierz listę unieważnionych certyfikatów \(CRL\)/ });
    expect(crl.getAttribute('href')).toBe('/api/v1/pki/crl');

    fireEvent.click(screen.getByRole('button', { name: 'Wydaj certyfikat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wydanie certyfikatu do podpisu' });
    const person = within(dialog).getByRole('combobox', { name: /Pracownik/ });
    await waitFor(() => expect(within(person).getAllByRole('option')).toHaveLength(3));
    await waitFor(() => expect(document.activeElement).toBe(person));
    fireEvent.change(person, { target: { value: HEAD_ID } });
    expect(within(dialog).getByText(/Pracownik ma aktywny certyfikat \(nr 5f3a01\)/)).toBeTruthy();
    fireEvent.change(person, { target: { value: CLERK_ID } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Wydaj certyfikat' }));

    const table = screen.getByTestId('pki-certificates');
    expect(await within(table).findByText('Jan Kowal')).toBeTruthy();
    expect(sentBodies(stub, 'POST', '/api/v1/pki/certificates')).toEqual([
      { userId: CLERK_ID, validDays: 730 },
    ]);
  });

  test('revoking asks for the reason and shows the certificate revoked, with it', async () => {
    const { stub, setCertificates } = stubPki({ certificates: [makeCertificate()] });
    stub.route('POST /api/v1/pki/certificates/01900000-0000-7000-8000-00000000c401/revoke', () => {
      const revoked = makeCertificate({
        status: 'revoked',
        revokedAt: '2026-03-05T10:00:00+01:00',
        revocationReason: 'keyCompromise',
      });
      setCertificates([revoked]);
      return json(200, revoked);
    });
    renderApp('/pki');

    fireEvent.click(
      await screen.findByRole('button', { name: 'Unieważnij certyfikat: Krystyna Kierownicza' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Unieważnienie certyfikatu: Krystyna Kierownicza',
    });
    expect(dialog.textContent).toContain('Tego nie można cofnąć');
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Powód unieważnienia' }), {
      target: { value: 'keyCompromise' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unieważnij certyfikat' }));

    const table = screen.getByTestId('pki-certificates');
    expect(
      await within(table).findByText(
        /Unieważniony 5\.03\.2026, 10:00:00; powód: Ujawnienie klucza lub hasła/,
      ),
    ).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /Odnów/ })).toBeNull();
    expect(
      sentBodies(stub, 'POST', '/api/v1/pki/certificates/01900000-0000-7000-8000-00000000c401/revoke'),
    ).toEqual([{ reason: 'keyCompromise' }]);
  });

  test('an EU trusted list uploaded adds its certification authorities to the trusted ones', async () => {
    const FILE_ID = '01900000-0000-7000-8000-00000000f777';
    const anchor = {
      id: '01900000-0000-7000-8000-00000000ab01',
      name: 'Centrum Kwalifikowane EuroCert',
      subject: 'CN=Centrum Kwalifikowane EuroCert, O=EuroCert, C=PL',
      notAfter: '2030-01-01T00:00:00+01:00',
      sha256: 'f'.repeat(64),
      source: 'tsl' as const,
      tslCountry: 'PL',
      addedAt: '2026-03-05T10:00:00+01:00',
    };
    let anchors: (typeof anchor)[] = [];
    const { stub } = stubPki();
    stub
      .route('POST /api/v1/files', () =>
        json(201, {
          id: FILE_ID,
          sha256: '1'.repeat(64),
          size: 2048,
          mediaType: 'application/xml',
          name: 'TSL-PL.xml',
          createdAt: '2026-03-05T10:00:00+01:00',
        }),
      )
      .route('GET /api/v1/pki/trust-anchors', () => json(200, { items: anchors }))
      .route('POST /api/v1/pki/trust-anchors', () => {
        anchors = [anchor];
        return json(201, { added: 1, skipped: 4, items: [anchor] });
      });
    renderApp('/pki');

    const form = await screen.findByRole('form', { name: 'Dodawanie zaufanego urzędu certyfikacji' });
    fireEvent.click(within(form).getByRole('button', { name: 'Dodaj do zaufanych' }));
    expect(await within(form).findByText('Wybierz plik certyfikatu lub listy zaufanych usług.')).toBeTruthy();
    const file = new File(['<TrustServiceStatusList/>'], 'TSL-PL.xml', { type: 'text/xml' });
    fireEvent.change(within(form).getByLabelText('Certyfikat lub lista zaufanych usług'), {
      target: { files: [file] },
    });
    expect(await within(form).findByText('Przesłano: TSL-PL.xml')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Dodaj do zaufanych' }));

    expect(await screen.findByText('Dodano zaufanych certyfikatów: 1; pominięto: 4.')).toBeTruthy();
    const table = screen.getByTestId('pki-trust-anchors');
    expect(await within(table).findByText('Centrum Kwalifikowane EuroCert')).toBeTruthy();
    expect(within(table).getByText('Lista zaufanych usług (TSL) (PL)')).toBeTruthy();
    expect(sentBodies(stub, 'POST', '/api/v1/pki/trust-anchors')).toEqual([{ fileId: FILE_ID }]);
    const upload = stub.requests.find((request) => request.url.pathname === '/api/v1/files');
    expect((upload?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(upload?.headers.get('X-CSRF-Token')).toBe('csrf-from-me');
  });
});
