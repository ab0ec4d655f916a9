import type { IncomingHistoryEntry } from '@obieg/contracts/distribution';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import {
  HEAD,
  HEAD_POSITION,
  makeDecree,
  makeDistribution,
  makePosition,
  OFFICER,
  UNITS,
} from '../../distribution/distribution.test-utils';
import { makeIncomingItem } from '../correspondence.test-utils';

const officer = makeMe({
  id: OFFICER,
  permissions: ['correspondence:read'],
  grants: [{ permission: 'correspondence:read', scope: 'own' }],
});
const head = makeMe({
  id: HEAD,
  positions: [
    {
      id: HEAD_POSITION,
      title: 'Naczelnik',
      orgUnitId: UNITS[0]!.id,
      orgUnitSymbol: 'GK',
      orgUnitName: 'Wydział GK',
      actingFor: null,
    },
  ],
  activePositionId: HEAD_POSITION,
  permissions: ['correspondence:read', 'correspondence:distribute', 'users:read', 'organization:read'],
  grants: [{ permission: 'correspondence:distribute', scope: 'unit' }],
});
const decree = makeDecree();
const item = makeIncomingItem({ distribution: makeDistribution({ state: 'decreed', decree }) });
const path = `/api/v1/incoming/${item.id}`;

const history: IncomingHistoryEntry[] = [
  {
    seq: 41,
    at: '2026-03-10T10:00:00+01:00',
    action: 'correspondence.decree_issued',
    actor: {
      userId: HEAD,
      displayName: 'Jan Zastępca',
      positionId: HEAD_POSITION,
      positionTitle: 'Naczelnik Wydziału',
      actingFor: { userId: '01900000-0000-7000-8000-0000000000d9', displayName: 'Krystyna Kierownicza' },
    },
    byRule: null,
    reason: null,
    unit: { id: UNITS[0]!.id, symbol: 'GK', name: 'Wydział GK' },
    infoUnits: [],
    assignee: {
      userId: OFFICER,
      displayName: 'Robert Referencki',
      positionId: null,
      positionTitle: 'Inspektor',
    },
    decreeId: decree.id,
    instruction: 'Proszę przygotować odpowiedź.',
    deadline: '2026-03-24',
    changes: null,
  },
];

function stubItem(me = officer) {
  return stubFetch()
    .route('GET /api/v1/auth/me', me)
    .route('GET /api/v1/dictionaries/delivery-methods', { items: [] })
    .route('GET /api/v1/dictionaries/document-kinds', { items: [] })
    .route('GET /api/v1/organs', { items: [], nextCursor: null })
    .route('GET /api/v1/org-units', { items: UNITS, nextCursor: null })
    .route('GET /api/v1/positions', { items: [makePosition()], nextCursor: null })
    .route(`GET ${path}/history`, { items: history });
}

describe('przekazanie i dekretacja przesyłki', () => {
  test('the officer accepts the decree to them and the item shows it accepted', async () => {
    const accepted = makeDecree({ status: 'accepted', acceptedAt: '2026-03-10T11:00:00+01:00' });
    let reads = 0;
    const stub = stubItem()
      .route(`GET ${path}`, () =>
        json(
          200,
          reads++ === 0
            ? item
            : { ...item, distribution: makeDistribution({ state: 'accepted', decree: accepted }) },
        ),
      )
      .route(`POST /api/v1/decrees/${decree.id}/accept`, accepted);
    renderApp(`/incoming/${item.id}`);

    const panel = await screen.findByRole('region', { name: 'Przekazanie i dekretacja' });
    expect(within(panel).getByText('Zadekretowana — czeka na przyjęcie')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Dekretuj' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Przyjmij' }));

    expect(await within(panel).findByText('Przyjęta do załatwienia')).toBeTruthy();
    expect(stub.requests.some((r) => r.method === 'POST' && r.url.pathname.endsWith('/accept'))).toBe(true);
  });

  test('returning a decree asks for a reason', async () => {
    const stub = stubItem()
      .route(`GET ${path}`, item)
      .route(`POST /api/v1/decrees/${decree.id}/return`, makeDecree({ status: 'returned' }));
    renderApp(`/incoming/${item.id}`);

    const panel = await screen.findByRole('region', { name: 'Przekazanie i dekretacja' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Zwróć' }));
    const dialog = await screen.findByRole('dialog', { name: 'Zwrócić dekretację?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zwróć dekretację' }));
    expect(await within(dialog).findByText('To pole jest wymagane.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Powód zwrotu/ }), {
      target: { value: 'Nie moja właściwość' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zwróć dekretację' }));

    await waitFor(() =>
      expect(stub.requests.find((r) => r.url.pathname.endsWith('/return'))?.body).toBe(
        JSON.stringify({ reason: 'Nie moja właściwość' }),
      ),
    );
  });

  test('a re-decree with a later deadline shows the refusal at the deadline, in Polish', async () => {
    const toHead = makeDecree({
      assignee: {
        userId: HEAD,
        displayName: 'Krystyna Kierownicza',
        positionId: HEAD_POSITION,
        positionTitle: null,
      },
    });
    const mine = makeIncomingItem({
      distribution: makeDistribution({ state: 'decreed', decree: toHead, deadlineLimit: '2026-03-24' }),
    });
    stubItem(head)
      .route(`GET ${path}`, mine)
      .route(`POST ${path}/decrees`, () =>
        problem(422, 'correspondence.deadline_extended', {
          errors: [{ path: '/deadline', message: 'Not later than 2026-03-24' }],
        }),
      );
    renderApp(`/incoming/${item.id}`);

    const panel = await screen.findByRole('region', { name: 'Przekazanie i dekretacja' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Dekretuj dalej' }));
    const form = await within(panel).findByRole('form', { name: 'Dekretacja ponowna (dalej)' });
    const deadline = within(form).getByLabelText(/Termin załatwienia/) as HTMLInputElement;
    expect(deadline.value).toBe('2026-03-24');
    expect(deadline.max).toBe('2026-03-24');
    await within(form).findByRole('option', { name: 'Robert Referencki — Inspektor, GK' });
    fireEvent.change(within(form).getByRole('combobox', { name: /Osoba/ }), {
      target: { value: makePosition().id },
    });
    fireEvent.change(deadline, { target: { value: '2099-04-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Dekretuj dalej' }));

    expect(
      await within(form).findByText(
        'Dekretacja ponowna nie może wydłużyć terminu wyznaczonego we wcześniejszej dekretacji.',
      ),
    ).toBeTruthy();
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
  });

  test('the history lists each step with its actor, "A for B" for a substitute', async () => {
    stubItem().route(`GET ${path}`, item);
    renderApp(`/incoming/${item.id}`);

    const list = await screen.findByTestId('incoming-history');
    expect(list.tagName).toBe('OL');
    const entry = within(list).getAllByRole('listitem')[0]!;
    expect(entry.textContent).toContain('Dekretacja przesyłki');
    expect(entry.textContent).toContain('Jan Zastępca, Naczelnik Wydziału (za: Krystyna Kierownicza)');
    expect(entry.textContent).toContain('Robert Referencki, Inspektor');
    expect(entry.textContent).toContain('Proszę przygotować odpowiedź.');
  });
});
