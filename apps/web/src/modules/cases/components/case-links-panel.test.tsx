import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, makeCase, sentBodies, stubCasePage } from '../cases.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle'],
  grants: [
    { permission: 'cases:read', scope: 'own' },
    { permission: 'cases:handle', scope: 'own' },
  ],
});
const OLD_ID = '01900000-0000-7000-8000-0000000005b1';
const old = makeCase({
  id: OLD_ID,
  sign: 'GK.6000.14.2025',
  title: 'Zajęcie pasa drogowego ul. Długa (2025)',
  status: 'closed',
});

describe('sprawy powiązane', () => {
  test('a handler links a closed case found by its znak as continued by this one', async () => {
    const stub = stubCasePage({ me: OFFICER })
      .route('GET /api/v1/cases', { items: [makeCase(), old], nextCursor: null })
      .route(`POST /api/v1/cases/${CASE_ID}/links`, () =>
        json(
          200,
          makeCase({
            version: 3,
            links: [
              {
                kind: 'continuation',
                direction: 'to',
                case: { id: OLD_ID, sign: old.sign, title: old.title },
              },
            ],
          }),
        ),
      );
    renderApp(`/cases/${CASE_ID}?tab=links`);

    expect(await screen.findByText('Sprawa nie jest powiązana z innymi sprawami.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Powiąż ze sprawą' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Powiązanie sprawy GK.6000.1.2026 z inną sprawą',
    });
    fireEvent.change(within(dialog).getByRole('searchbox', { name: /Znak lub tytuł sprawy/ }), {
      target: { value: 'GK.6000' },
    });
    // The case itself is not offered; the closed one is.
    const found = await within(dialog).findByRole('radio', { name: /GK\.6000\.14\.2025/ });
    expect(within(dialog).queryByRole('radio', { name: /GK\.6000\.1\.2026/ })).toBeNull();
    expect((found as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(found);
    fireEvent.click(within(dialog).getByRole('radio', { name: /Kontynuacja/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Powiąż sprawy' }));

    const table = await screen.findByTestId('case-links');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('kontynuuje sprawę');
    expect(within(row).getByRole('link', { name: 'GK.6000.14.2025' }).getAttribute('href')).toBe(
      `/cases/${OLD_ID}`,
    );
    expect(screen.getByRole('tab', { name: 'Powiązane sprawy (1)' })).toBeTruthy();
    expect(sentBodies(stub, 'POST', `/api/v1/cases/${CASE_ID}/links`)).toEqual([
      { caseId: OLD_ID, kind: 'continuation' },
    ]);
  });

  test('a link made from the other case reads the other way round', async () => {
    stubCasePage({
      me: OFFICER,
      item: makeCase({
        links: [
          { kind: 'taken_over', direction: 'from', case: { id: OLD_ID, sign: 'OR.6000.2.2026', title: 'x' } },
        ],
      }),
    });
    renderApp(`/cases/${CASE_ID}?tab=links`);

    const table = await screen.findByTestId('case-links');
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('przejęta przez sprawę');
  });
});
