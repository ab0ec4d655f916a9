import type { Inbox } from '@obieg/contracts/distribution';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import type { DeadlineDashboard } from '@obieg/contracts/cases';
import { makeCase } from '../../cases/cases.test-utils';
import { makeDecree, makeInboxItem } from '../distribution.test-utils';

/** A stand-in for the browser's EventSource: the test plays the server's messages. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static last: FakeEventSource | null = null;
  readyState = FakeEventSource.OPEN;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  emit(data: object) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const head = makeMe({
  permissions: ['correspondence:read', 'correspondence:distribute'],
  grants: [{ permission: 'correspondence:distribute', scope: 'unit' }],
});
const counts = { new: 0, decreed: 0, accepted: 0, returned: 0, overdue: 1, info: 0 };
const inbox = (items: Inbox['items'], extra: Partial<Inbox['counts']> = {}): Inbox => ({
  scope: 'unit',
  items,
  nextCursor: null,
  counts: { ...counts, ...extra },
});

describe('skrzynka komórki', () => {
  test('shows a distributed item as soon as the server says the inbox changed, without a reload', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let arrived = false;
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', head)
      .route('GET /api/v1/inbox', ({ url }) =>
        json(
          200,
          arrived && url.searchParams.get('state') !== 'overdue'
            ? inbox([makeInboxItem()], { new: 1 })
            : inbox([]),
        ),
      );
    renderApp('/inbox/unit');

    await screen.findByRole('tab', { name: 'Do dekretacji (0)', selected: true });
    const source = FakeEventSource.last!;
    expect(source.url).toBe('/api/v1/inbox/events');
    source.emit({ type: 'inbox.ready' });
    expect(await screen.findByText('Aktualizowane na bieżąco')).toBeTruthy();

    arrived = true;
    source.emit({
      type: 'inbox.changed',
      itemId: makeInboxItem().itemId,
      unitIds: [makeInboxItem().leadingUnit.id],
    });
    const table = await screen.findByTestId('inbox-table');
    expect(await within(table).findByRole('link', { name: 'RPW/7/2026' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Do dekretacji (1)' })).toBeTruthy();
    expect(
      await screen.findByRole('link', { name: /Przesyłki komórki\W+do dekretacji \(nowe i zwrócone\): 1/ }),
    ).toBeTruthy();
    expect(stub.requests.filter((r) => r.url.pathname === '/api/v1/inbox').length).toBeGreaterThan(2);
  });

  test('marks an overdue decree in words, not only in red, and keeps the view in the address', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const late = makeInboxItem({
      state: 'decreed',
      overdue: true,
      decree: makeDecree({ deadline: '2026-03-01' }),
    });
    stubFetch()
      .route('GET /api/v1/auth/me', head)
      .route('GET /api/v1/inbox', ({ url }) =>
        json(200, url.searchParams.get('state') === 'overdue' ? inbox([late]) : inbox([])),
      );
    const { app } = renderApp('/inbox/unit');

    fireEvent.click(await screen.findByRole('tab', { name: 'Po terminie (1)' }));
    const deadline = await screen.findByText(/1\.03\.2026 \(po terminie\)/);
    expect(deadline.getAttribute('data-deadline')).toBe('overdue');
    expect(screen.getByText('Na: Robert Referencki, Inspektor')).toBeTruthy();
    await waitFor(() => expect(app.router.state.location.search).toEqual({ state: 'overdue' }));
  });

  test('closes the live stream when the signed-in screens are left', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    stubFetch()
      .route('GET /api/v1/auth/me', head)
      .route('GET /api/v1/inbox', inbox([]))
      .route('POST /api/v1/auth/logout', new Response(null, { status: 204 }));
    renderApp('/inbox/unit');
    await screen.findByRole('tab', { name: 'Do dekretacji (0)' });
    const source = FakeEventSource.last!;
    fireEvent.click(screen.getByRole('button', { name: /Anna Nowak/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Wyloguj' }));
    await waitFor(() => expect(source.readyState).toBe(FakeEventSource.CLOSED));
  });
});

describe('moje dekretacje: przypomnienia o terminach spraw', () => {
  const officer = makeMe({ permissions: ['correspondence:read', 'cases:read', 'cases:handle'] });
  const { periods: _periods, ...term } = makeCase().deadline!;
  const item = (
    id: string,
    sign: string,
    dueDate: string,
    workingDaysLeft: number,
    reminder: 7 | 3 | 1 | null,
  ): DeadlineDashboard['items'][number] => ({
    ...makeCase({ id, sign, title: `Sprawa ${sign}` }),
    deadline: { ...term, dueDate, state: workingDaysLeft < 0 ? 'overdue' : 'ok' },
    workingDaysLeft,
    reminder,
    noticeProposed: workingDaysLeft <= 7,
  });

  test('an officer’s inbox reminds of terms 3 working days ahead and of overdue cases, not of distant ones', async () => {
    const stub = stubFetch()
      .route('GET /api/v1/auth/me', officer)
      .route('GET /api/v1/inbox', { ...inbox([]), scope: 'me' })
      .route(
        'GET /api/v1/cases/deadlines',
        json(200, {
          counts: { overdue: 1, dueSoon: 1, suspended: 0, ok: 1 },
          items: [
            item('01900000-0000-7000-8000-0000000000a1', 'GK.6000.1.2026', '2026-03-02', -2, null),
            item('01900000-0000-7000-8000-0000000000a2', 'GK.6000.2.2026', '2026-03-09', 3, 3),
            item('01900000-0000-7000-8000-0000000000a3', 'GK.6000.3.2026', '2026-05-04', 38, null),
          ],
        } satisfies DeadlineDashboard),
      );
    renderApp('/inbox');
    const region = await screen.findByRole('region', { name: /Terminy spraw wymagające uwagi/ });
    const reminders = within(region).getAllByRole('listitem');
    expect(reminders.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/GK\.6000\.1\.2026.*po terminie od 2\.03\.2026/),
      expect.stringMatching(/GK\.6000\.2\.2026.*termin 9\.03\.2026, dni robocze: 3/),
    ]);
    expect(within(region).getByRole('link', { name: 'GK.6000.1.2026' }).getAttribute('href')).toMatch(
      /^\/cases\/01900000-0000-7000-8000-0000000000a1$/,
    );
    const asked = stub.requests.find((r) => r.url.pathname === '/api/v1/cases/deadlines');
    expect(asked?.url.searchParams.get('scope')).toBe('me');
  });
});
