import axe from 'axe-core';
import { fireEvent, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { makeMe, withPermissions } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, stubCasePage } from '../../cases/cases.test-utils';
import { DOCUMENT_ID, makeApprovalTask, makeCaseDraft, makeDocument, makePath, makeStep, makeTemplate, makeVersion } from '../documents.test-utils';

async function check(label: string) {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  const v = result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
  console.log(label, JSON.stringify(v, null, 1));
}

test('axe document page', async () => {
  const me = makeMe({ permissions: ['cases:read', 'cases:handle', 'drafts:approve', 'drafts:sign'] });
  stubFetch()
    .route('GET /api/v1/auth/me', me)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route(`GET /api/v1/documents/${DOCUMENT_ID}`, makeDocument({
      status: 'in_approval', allowedActions: ['decide', 'cancel_approval'],
      versions: [makeVersion(), makeVersion({ number: 2 })],
      approvals: [makePath({ status: 'rejected', id: '01900000-0000-7000-8000-00000000a0a0', steps: [makeStep({ status: 'rejected', comment: 'Popraw' })] }), makePath({ steps: [makeStep({ assignee: { ...makeStep().assignee, positionId: me.activePositionId } })] })],
    }));
  renderApp(`/documents/${DOCUMENT_ID}`);
  await screen.findByTestId('document-versions');
  await check('document');
  fireEvent.click(screen.getByRole('button', { name: 'Decyzja' }));
  await screen.findByRole('dialog');
  await check('decision');
});

test('axe pki + templates + inbox + drafts', async () => {
  vi.stubGlobal('EventSource', class { close() {} });
  stubFetch()
    .route('GET /api/v1/auth/me', withPermissions('tenant:manage', 'users:read', 'cases:handle', 'correspondence:read'))
    .route('GET /api/v1/pki/ca', json(404, {}))
    .route('GET /api/v1/pki/certificates', { items: [] })
    .route('GET /api/v1/pki/trust-anchors', { items: [] })
    .route('GET /api/v1/templates', { items: [makeTemplate()] })
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: { new: 0, decreed: 0, accepted: 0, returned: 0, overdue: 0, info: 0 } })
    .route('GET /api/v1/approval-tasks', { items: [makeApprovalTask({ signatory: true })] });
  const view = renderApp('/pki');
  await screen.findByText('Brak certyfikatów.');
  await check('pki');
  view.unmount();
  const v2 = renderApp('/templates');
  fireEvent.click(await screen.findByRole('button', { name: 'Nowy szablon' }));
  await screen.findByRole('form');
  await check('templates');
  v2.unmount();
  renderApp('/inbox');
  await screen.findByTestId('approval-tasks');
  await check('inbox');
});

test('axe drafts + new draft + start approval', async () => {
  const me = makeMe({ permissions: ['cases:read', 'cases:handle'], grants: [{ permission: 'cases:handle', scope: 'unit' }] });
  stubCasePage({ me }).route(`GET /api/v1/cases/${CASE_ID}/drafts`, { items: [makeCaseDraft()] }).route('GET /api/v1/templates', { items: [makeTemplate()] });
  renderApp(`/cases/${CASE_ID}?tab=drafts`);
  await screen.findByTestId('case-drafts');
  fireEvent.click(screen.getByRole('button', { name: 'Nowy projekt pisma' }));
  await screen.findByRole('dialog');
  await check('new-draft');
  expect(true).toBe(true);
});
