import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, makeCase } from '../../cases/cases.test-utils';
import { DISPATCH_ID, makeRegisterRow } from '../dispatch.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle'],
  grants: [
    { permission: 'cases:read', scope: 'own' },
    { permission: 'cases:handle', scope: 'own' },
  ],
});

describe('wysyłki w sprawie', () => {
  test("the case's tab lists its letters per addressee with state and delivery date, linking to the dispatch", async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', OFFICER)
      .route(`GET /api/v1/cases/${CASE_ID}`, makeCase())
      .route('GET /api/v1/calendar/working-days', { items: [] })
      .route('GET /api/v1/outgoing', () =>
        json(200, {
          items: [
            makeRegisterRow({ status: 'delivered', postedOn: '2026-03-09', deliveredOn: '2026-03-12' }),
          ],
          total: 1,
        }),
      );
    renderApp(`/cases/${CASE_ID}?tab=dispatches`);

    const table = await screen.findByTestId('case-dispatches', {}, { timeout: 15_000 });
    expect(screen.getByRole('tab', { name: 'Wysyłki' }).getAttribute('aria-selected')).toBe('true');
    expect(within(table).getByText('Doręczona')).toBeTruthy();
    expect(within(table).getByText('12.03.2026')).toBeTruthy();
    expect(
      within(table)
        .getByRole('link', { name: /W\/12\/2026/ })
        .getAttribute('href'),
    ).toBe(`/outgoing/${DISPATCH_ID}`);
    const query = stub.requests.find((request) => request.url.pathname === '/api/v1/outgoing')?.url
      .searchParams;
    expect(query?.get('caseId')).toBe(CASE_ID);
  });
});
