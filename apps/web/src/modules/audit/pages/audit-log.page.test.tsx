import type { AuditEvent } from '@obieg/contracts/audit';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';

const event = (seq: number): AuditEvent => ({
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
});

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
});
