import type { AuditEvent } from '@obieg/contracts/audit';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

const event = (seq: number, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: `01900000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
  seq,
  occurredAt: '2025-03-10T08:15:00+01:00',
  action: 'organization.org_unit_created',
  subjectType: 'org_unit',
  subjectId: '01900000-0000-7000-8000-000000000020',
  documentId: null,
  actor: {
    userId: '01900000-0000-7000-8000-000000000001',
    displayName: 'Anna Nowak',
    positionId: null,
    actingForUserId: null,
    actingForDisplayName: null,
  },
  requestId: null,
  clientAddress: '10.0.0.5',
  details: { symbol: 'OR' },
  ...overrides,
});

const noActor: AuditEvent['actor'] = {
  userId: null,
  displayName: 'anonymous',
  positionId: null,
  actingForUserId: null,
  actingForDisplayName: null,
};

describe('audit log', () => {
  test('loads older events on request, newest first', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('audit:read'))
      .route('GET /api/v1/audit', (request) =>
        request.url.searchParams.get('cursor') === '3'
          ? json(200, { items: [event(2), event(1)], nextCursor: null })
          : json(200, { items: [event(4), event(3)], nextCursor: '3' }),
      );
    renderApp('/audit');

    fireEvent.click(await screen.findByRole('button', { name: 'Wczytaj więcej' }));

    expect(
      await screen.findByRole('table', { name: 'Zdarzenia od najnowszych; wyświetlono: 4' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Wczytaj więcej' })).toBeNull();
    expect(stub.requests.filter((request) => request.url.pathname === '/api/v1/audit')).toHaveLength(2);
  });

  test('filters by whole office days and shows where the chain is broken', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('audit:read', 'audit:verify'))
      .route('GET /api/v1/audit', { items: [event(1)], nextCursor: null })
      .route('POST /api/v1/audit/verify', {
        ok: false,
        checked: 120,
        firstBroken: { seq: 57, id: null, reason: 'hash_mismatch' },
      });
    renderApp('/audit');

    fireEvent.change(await screen.findByLabelText('Od dnia'), { target: { value: '2025-07-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtruj' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sprawdź spójność łańcucha zdarzeń' }));

    expect(await screen.findByText(/Pierwsza niezgodność przy zdarzeniu nr 57/)).toBeTruthy();
    const filtered = stub.requests.filter((request) => request.url.searchParams.has('from'));
    expect(filtered.at(-1)?.url.searchParams.get('from')).toBe('2025-07-01T00:00:00+02:00');
  });

  test('shows audit events by their Polish names', async () => {
    stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('audit:read'))
      .route('GET /api/v1/audit', {
        items: [
          event(4, { action: 'documents.case_opened', subjectType: 'dispatch_batch', subjectId: null }),
          event(3, {
            action: 'auth.login_failed',
            subjectType: 'user',
            subjectId: '01900000-0000-7000-8000-000000000033',
            actor: noActor,
          }),
          event(2, { action: 'tenants.settings_updated', subjectType: 'tenant', actor: noActor }),
          event(1),
        ],
        nextCursor: null,
      });
    renderApp('/audit');

    const table = await screen.findByRole('table', { name: 'Zdarzenia od najnowszych; wyświetlono: 4' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (index: number) => within(rows[index] as HTMLElement).getAllByRole('cell');

    // Name first, the code beneath it (auditors search by code).
    expect(cells(3)[1]?.textContent).toBe('Utworzenie komórki organizacyjnejorganization.org_unit_created');
    expect(within(table).getByText('organization.org_unit_created').className).toContain('mono');
    within(table).getByRole('button', {
      name: 'Pokaż zdarzenia obiektu Komórka organizacyjna …00000020',
    });
    // An action added on the server later is shown as its code; so is an unknown kind of object.
    expect(cells(0)[1]?.textContent).toBe('documents.case_opened');
    expect(cells(0)[3]?.textContent).toBe('dispatch_batch');
    // A failed login: nobody known did it, the account tried is the object.
    expect(cells(1)[1]?.textContent).toBe('Nieudane logowanieauth.login_failed');
    expect(within(cells(1)[2] as HTMLElement).getByText('nieznany użytkownik')).toBeTruthy();
    within(table).getByRole('button', { name: 'Pokaż zdarzenia obiektu Użytkownik …00000033' });
    // A system event.
    expect(cells(2)[1]?.textContent).toBe('Zmiana ustawień urzędutenants.settings_updated');
    expect(cells(2)[2]?.textContent).toBe('System');
  });

  test('suggests actions by name and still accepts a prefix', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', withPermissions('audit:read'))
      .route('GET /api/v1/audit', { items: [event(1)], nextCursor: null });
    renderApp('/audit');

    const field = await screen.findByRole('combobox', { name: 'Zdarzenie' });
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'komorki organ' } });
    fireEvent.click(await screen.findByRole('option', { name: /Utworzenie komórki organizacyjnej/ }));
    expect((field as HTMLInputElement).value).toBe('organization.org_unit_created');
    fireEvent.click(screen.getByRole('button', { name: 'Filtruj' }));
    await waitFor(() =>
      expect(stub.requests.at(-1)?.url.searchParams.get('action')).toBe('organization.org_unit_created'),
    );

    // Applying filters remounts the form: find the field again.
    fireEvent.change(screen.getByRole('combobox', { name: 'Zdarzenie' }), { target: { value: 'auth.' } });
    expect(await screen.findByRole('option', { name: /Nieudane logowanie/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Filtruj' }));
    await waitFor(() => expect(stub.requests.at(-1)?.url.searchParams.get('action')).toBe('auth.'));
  });
});
