import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID } from '../../cases/cases.test-utils';
import { DOCUMENT_ID, makeApprovalTask } from '../documents.test-utils';

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

const counts = { new: 0, decreed: 0, accepted: 0, returned: 0, overdue: 0, info: 0 };
const emptyInbox = { scope: 'me', items: [], nextCursor: null, counts };

describe('pisma do akceptacji w mojej skrzynce', () => {
  test('lists letters awaiting my decision, marks the one I sign, and follows changes live', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const me = makeMe({ permissions: ['correspondence:read', 'drafts:approve', 'drafts:sign'] });
    let tasks = [
      makeApprovalTask({ signatory: true, assignee: { ...makeApprovalTask().assignee, userId: me.id } }),
    ];
    stubFetch()
      .route('GET /api/v1/auth/me', me)
      .route('GET /api/v1/inbox', emptyInbox)
      .route('GET /api/v1/approval-tasks', () => json(200, { items: tasks }));
    renderApp('/inbox');

    const section = await screen.findByRole('region', { name: /Pisma do akceptacji/ });
    const table = await within(section).findByTestId('approval-tasks');
    const link = within(table).getByRole('link', { name: 'Zezwolenie na zajęcie pasa drogowego' });
    expect(link.getAttribute('href')).toBe(`/documents/${DOCUMENT_ID}`);
    expect(within(table).getByRole('link', { name: 'GK.6000.1.2026' }).getAttribute('href')).toBe(
      `/cases/${CASE_ID}`,
    );
    const row = link.closest('tr')!;
    expect(within(row).getByText('podpis')).toBeTruthy();
    expect(row.textContent).toContain('Anna Nowak, Inspektor');
    expect(row.textContent).toContain('3.03.2026, 09:00:00');

    tasks = [
      ...tasks,
      makeApprovalTask({
        id: '01900000-0000-7000-8000-00000000a509',
        documentId: '01900000-0000-7000-8000-00000000d0c9',
        documentTitle: 'Wezwanie do uzupełnienia braków',
      }),
    ];
    FakeEventSource.last!.emit({ type: 'inbox.changed', itemId: DOCUMENT_ID, userId: me.id });
    expect(
      await within(section).findByRole('link', { name: 'Wezwanie do uzupełnienia braków' }),
    ).toBeTruthy();
    // The second task is the head's, whom I substitute.
    expect(
      within(section).getByText('w zastępstwie za: Krystyna Kierownicza').closest('tr')?.textContent,
    ).toContain('Wezwanie do uzupełnienia braków');
    expect(within(section).getByRole('heading', { name: 'Pisma do akceptacji (2)' })).toBeTruthy();
  });

  test('someone who neither handles cases nor approves sees no such section', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const clerk = makeMe({ permissions: ['correspondence:read'] });
    const stub = stubFetch().route('GET /api/v1/auth/me', clerk).route('GET /api/v1/inbox', emptyInbox);
    renderApp('/inbox');

    await screen.findByRole('tab', { name: /Do przyjęcia/ });
    expect(screen.queryByRole('region', { name: /Pisma do akceptacji/ })).toBeNull();
    expect(stub.requests.some((r) => r.url.pathname === '/api/v1/approval-tasks')).toBe(false);
  });
});
