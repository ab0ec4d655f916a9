import type { CaseShare } from '@obieg/contracts/cases';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, problem } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, makeCase, makeCaseShare, OR_UNIT, sentBodies, stubCasePage } from '../cases.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle', 'organization:read', 'users:read'],
  grants: [
    { permission: 'cases:read', scope: 'own' },
    { permission: 'cases:handle', scope: 'own' },
  ],
});
const sharesPath = `/api/v1/cases/${CASE_ID}/shares`;
const orgUnit = (id: string, symbol: string, name: string) => ({
  id,
  symbol,
  name,
  parentId: null,
  headPositionId: null,
  validFrom: '2020-01-01',
  validTo: null,
  active: true,
  createdAt: '2020-01-01T08:00:00+01:00',
});

describe('udostępnienia sprawy', () => {
  test('a handler shares chosen documents with a unit to give an opinion, and the share is listed', async () => {
    let shares: CaseShare[] = [
      makeCaseShare({
        id: '01900000-0000-7000-8000-0000000008a0',
        grantee: { kind: 'user', userId: '01900000-0000-7000-8000-000000000002', displayName: 'Jan Kowal' },
        revokedAt: '2026-03-03T09:00:00+01:00',
      }),
    ];
    const created = makeCaseShare({
      access: 'contribute',
      documentIds: ['01900000-0000-7000-8000-0000000006a2'],
      note: 'Proszę o opinię',
    });
    const stub = stubCasePage({ me: OFFICER })
      .route(`GET ${sharesPath}`, () => json(200, { items: shares }))
      .route('GET /api/v1/org-units', {
        items: [orgUnit(OR_UNIT, 'OR', 'Referat Organizacyjny'), orgUnit(makeCase().unit.id, 'GK', 'GK')],
        nextCursor: null,
      })
      .route(`POST ${sharesPath}`, () => {
        shares = [...shares, created];
        return json(201, created);
      });
    renderApp(`/cases/${CASE_ID}?tab=shares`);

    const table = await screen.findByTestId('case-shares');
    expect(within(table).getByText('Cofnięte 3.03.2026, 09:00:00')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /Cofnij/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Udostępnij sprawę' }));
    const dialog = await screen.findByRole('dialog', { name: 'Udostępnienie sprawy GK.6000.1.2026' });
    const units = within(dialog).getByRole('combobox', { name: /Komórka/ });
    await waitFor(() => expect(within(units).getAllByRole('option')).toHaveLength(2));
    fireEvent.change(units, { target: { value: OR_UNIT } });
    fireEvent.click(within(dialog).getByRole('radio', { name: /Wgląd i opinie/ }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Wybrane dokumenty' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Udostępnij' }));
    expect(await within(dialog).findByText('Wybierz co najmniej jeden dokument.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /2\. Notatka z oględzin/ }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Uwagi/ }), {
      target: { value: 'Proszę o opinię' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Udostępnij' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sentBodies(stub, 'POST', sharesPath)).toEqual([
      {
        unitId: OR_UNIT,
        access: 'contribute',
        documentIds: ['01900000-0000-7000-8000-0000000006a2'],
        note: 'Proszę o opinię',
      },
    ]);
    const row = (await within(table).findByText('OR — Referat Organizacyjny')).closest('tr')!;
    expect(row.textContent).toContain('Wybrane dokumenty: 1');
    expect(row.textContent).toContain('2. Notatka z oględzin');
    expect(row.textContent).toContain('Wgląd i opinie');
    expect(
      within(row).getByRole('button', { name: 'Cofnij udostępnienie: OR — Referat Organizacyjny' }),
    ).toBeTruthy();
  });

  test('revoking asks first, and the share stays on the list marked revoked', async () => {
    let shares = [makeCaseShare()];
    const stub = stubCasePage({ me: OFFICER })
      .route(`GET ${sharesPath}`, () => json(200, { items: shares }))
      .route(`DELETE ${sharesPath}/${makeCaseShare().id}`, () => {
        shares = [makeCaseShare({ revokedAt: '2026-03-10T11:00:00+01:00' })];
        return json(200, shares[0]);
      });
    renderApp(`/cases/${CASE_ID}?tab=shares`);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Cofnij udostępnienie: OR — Referat Organizacyjny' }),
    );
    const confirm = await screen.findByRole('dialog', { name: 'Cofnięcie udostępnienia' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cofnij udostępnienie' }));

    expect(await screen.findByText('Cofnięte 10.03.2026, 11:00:00')).toBeTruthy();
    expect(stub.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  test('a colleague who sees only shared documents gets neither the list nor the controls', async () => {
    const colleague = makeMe({
      id: '01900000-0000-7000-8000-000000000077',
      permissions: ['cases:read', 'cases:handle'],
      grants: [
        { permission: 'cases:read', scope: 'own' },
        { permission: 'cases:handle', scope: 'own' },
      ],
    });
    stubCasePage({ me: colleague }).route(`GET ${sharesPath}`, problem(403, 'cases.outside_scope'));
    renderApp(`/cases/${CASE_ID}?tab=shares`);

    expect(
      await screen.findByText('Udostępnienia sprawy widzą osoby, które mają dostęp do całej sprawy.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Udostępnij sprawę' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Zmień dane sprawy' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Działania w sprawie' })).toBeNull();
  });
});
