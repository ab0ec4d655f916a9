import type { DocumentDto } from '@obieg/contracts/documents';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';
import {
  DOCUMENT_ID,
  HEAD_POSITION,
  makeApprovalTask,
  makeDocument,
  makePath,
  makeStep,
  SECRETARY_POSITION,
} from '../documents.test-utils';

const HEAD_ID = '01900000-0000-7000-8000-000000000003';
const HEAD = makeMe({
  id: HEAD_ID,
  displayName: 'Krystyna Kierownicza',
  permissions: ['cases:read', 'cases:handle', 'drafts:approve', 'drafts:sign'],
  positions: [
    {
      id: HEAD_POSITION,
      title: 'Naczelnik',
      orgUnitId: '01900000-0000-7000-8000-0000000000b1',
      orgUnitSymbol: 'GK',
      orgUnitName: 'Wydział Gospodarki Komunalnej',
      actingFor: null,
    },
  ],
  activePositionId: HEAD_POSITION,
});
const path = `/api/v1/documents/${DOCUMENT_ID}`;
const HEAD_STEP = makeStep();
const SECRETARY_STEP = makeStep({
  id: '01900000-0000-7000-8000-00000000a502',
  stage: 2,
  status: 'waiting',
  signatory: true,
  assignee: {
    userId: '01900000-0000-7000-8000-000000000004',
    displayName: 'Stefan Sekretarz',
    positionId: SECRETARY_POSITION,
    positionTitle: 'Sekretarz',
  },
});
const running = makeDocument({
  status: 'in_approval',
  allowedActions: ['decide'],
  approvals: [makePath({ steps: [HEAD_STEP, SECRETARY_STEP] })],
});

function stubDocument(me = HEAD, initial: DocumentDto = running) {
  let document = initial;
  const stub = stubFetch()
    .route('GET /api/v1/auth/me', me)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route(`GET ${path}`, () => json(200, document));
  return {
    stub,
    set: (next: DocumentDto) => {
      document = next;
    },
  };
}

describe('akceptacja projektu pisma', () => {
  test('an approver rejects a draft with a comment and the comment stays on the path', async () => {
    const comment = 'Brak podstawy prawnej w uzasadnieniu.';
    const { stub, set } = stubDocument();
    stub.route(`POST /api/v1/approval-tasks/${HEAD_STEP.id}/decision`, () => {
      set(
        makeDocument({
          status: 'draft',
          allowedActions: [],
          approvals: [
            makePath({
              status: 'rejected',
              finishedAt: '2026-03-04T10:00:00+01:00',
              steps: [
                {
                  ...HEAD_STEP,
                  status: 'rejected',
                  comment,
                  decidedAt: '2026-03-04T10:00:00+01:00',
                  versionNumber: 1,
                  decidedBy: { ...HEAD_STEP.assignee, actingFor: null },
                },
                { ...SECRETARY_STEP, status: 'skipped' },
              ],
            }),
          ],
        }),
      );
      return new Response(null, { status: 204 });
    });
    renderApp(`/documents/${DOCUMENT_ID}`);

    const current = await screen.findByTestId('current-approval');
    const steps = within(current).getAllByTestId('approval-step');
    expect(steps.map((step) => step.textContent)).toEqual([
      expect.stringContaining('Krystyna Kierownicza, NaczelnikDo decyzji'),
      expect.stringContaining('Stefan Sekretarz, SekretarzCzeka na swoją kolejPodpisuje'),
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Decyzja' }));
    const dialog = await screen.findByRole('dialog', { name: /Decyzja w sprawie pisma/ });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Odrzucam' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Odrzuć pismo' }));
    expect(await within(dialog).findByText('Podaj powód odrzucenia.')).toBeTruthy();
    expect(sentBodies(stub, 'POST', `/api/v1/approval-tasks/${HEAD_STEP.id}/decision`)).toEqual([]);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Komentarz/ }), {
      target: { value: comment },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Odrzuć pismo' }));

    expect(await screen.findByText('Pismo nie jest teraz w akceptacji.')).toBeTruthy();
    // Folded away with its path, the reason is still there to read.
    const rejections = screen.getByTestId('path-rejections');
    expect(rejections.textContent).toBe(`Odrzucił(a) Krystyna Kierownicza, Naczelnik: ${comment}`);
    expect(screen.getByTestId('past-approvals').textContent).toContain('Ścieżka: Odrzucona');
    expect(screen.queryByRole('button', { name: 'Decyzja' })).toBeNull();
    expect(sentBodies(stub, 'POST', `/api/v1/approval-tasks/${HEAD_STEP.id}/decision`)).toEqual([
      { decision: 'reject', comment },
    ]);
  });

  test('a substitute acting for the absent head decides the head’s task', async () => {
    const SUBSTITUTE_POSITION = '01900000-0000-7000-8000-000000000011';
    const substitute = makeMe({
      permissions: ['cases:read', 'cases:handle', 'drafts:approve'],
      positions: [
        {
          id: SUBSTITUTE_POSITION,
          title: 'Naczelnik',
          orgUnitId: '01900000-0000-7000-8000-0000000000b1',
          orgUnitSymbol: 'GK',
          orgUnitName: 'Wydział Gospodarki Komunalnej',
          actingFor: { userId: HEAD_ID, displayName: 'Krystyna Kierownicza' },
        },
      ],
      activePositionId: SUBSTITUTE_POSITION,
    });
    const { stub } = stubDocument(substitute);
    stub
      .route('GET /api/v1/approval-tasks', { items: [makeApprovalTask()] })
      .route(`POST /api/v1/approval-tasks/${HEAD_STEP.id}/decision`, new Response(null, { status: 204 }));
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Decyzja' }));
    const dialog = await screen.findByRole('dialog', { name: /Decyzja w sprawie pisma/ });
    const approve = within(dialog).getByRole('radio', { name: 'Akceptuję' });
    await waitFor(() => expect(document.activeElement).toBe(approve));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Akceptuj' }));

    await waitFor(() =>
      expect(sentBodies(stub, 'POST', `/api/v1/approval-tasks/${HEAD_STEP.id}/decision`)).toEqual([
        { decision: 'approve' },
      ]),
    );
    const asked = stub.requests.find((r) => r.url.pathname === '/api/v1/approval-tasks');
    expect(asked?.url.searchParams.get('status')).toBe('pending');
  });

  test('a step decided meanwhile by someone else is explained, and the document read again', async () => {
    const { stub } = stubDocument();
    stub.route(
      `POST /api/v1/approval-tasks/${HEAD_STEP.id}/decision`,
      problem(409, 'documents.step_decided'),
    );
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Decyzja' }));
    const dialog = await screen.findByRole('dialog', { name: /Decyzja w sprawie pisma/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Akceptuj' }));
    expect(
      await within(dialog).findByText('Decyzja na tym etapie została już podjęta. Odśwież stronę.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(stub.requests.filter((r) => r.url.pathname === path).length).toBeGreaterThan(1),
    );
  });
});
