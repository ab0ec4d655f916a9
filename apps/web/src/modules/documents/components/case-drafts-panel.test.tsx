import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, makeCase, sentBodies, stubCasePage } from '../../cases/cases.test-utils';
import { DOCUMENT_ID, makeCaseDraft, makeDocument, makeTemplate, TEMPLATE_ID } from '../documents.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle', 'contacts:read'],
  grants: [
    { permission: 'cases:read', scope: 'own' },
    { permission: 'cases:handle', scope: 'own' },
  ],
});
const draftsPath = `/api/v1/cases/${CASE_ID}/drafts`;
const PARTY_ID = makeCase().parties[0]!.contactId;

describe('projekty pism w sprawie', () => {
  test('the case lists its draft letters with their state and links to them', async () => {
    stubCasePage({ me: OFFICER }).route(`GET ${draftsPath}`, {
      items: [
        makeCaseDraft(),
        makeCaseDraft({
          id: '01900000-0000-7000-8000-00000000d0c2',
          title: 'Zawiadomienie o wszczęciu',
          status: 'signed',
          versionCount: 3,
        }),
      ],
    });
    const { app } = renderApp(`/cases/${CASE_ID}?tab=drafts`);

    const table = await screen.findByTestId('case-drafts');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('W akceptacji');
    expect(rows[1]?.textContent).toContain('Podpisane');
    expect(rows[1]?.textContent).toContain('3');
    const link = within(table).getByRole('link', { name: 'Zezwolenie na zajęcie pasa drogowego' });
    expect(link.getAttribute('href')).toBe(`/documents/${DOCUMENT_ID}`);
    expect(screen.getByRole('tab', { name: 'Projekty pism', selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Akta sprawy' }));
    await waitFor(() => expect(app.router.state.location.search).toEqual({}));
  });

  test('a handler makes a draft from a template addressed to the party and lands on its page', async () => {
    const stub = stubCasePage({ me: OFFICER })
      .route(`GET ${draftsPath}`, { items: [] })
      .route('GET /api/v1/templates', {
        items: [
          makeTemplate(),
          makeTemplate({ id: '01900000-0000-7000-8000-000000007e03', name: 'Wezwanie' }),
        ],
      })
      .route(`POST ${draftsPath}`, () =>
        json(201, { documentId: DOCUMENT_ID, versionId: '01900000-0000-7000-8000-00000000e001' }),
      )
      .route(`GET /api/v1/documents/${DOCUMENT_ID}`, makeDocument());
    renderApp(`/cases/${CASE_ID}?tab=drafts`);

    expect(await screen.findByText('W sprawie nie ma jeszcze projektów pism.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nowy projekt pisma' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nowy projekt pisma w sprawie GK.6000.1.2026' });
    const title = within(dialog).getByRole('textbox', { name: /Tytuł pisma/ });
    await waitFor(() => expect(document.activeElement).toBe(title));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Utwórz projekt' }));
    expect(await within(dialog).findByText('To pole jest wymagane.')).toBeTruthy();
    expect(within(dialog).getByText('Wybierz szablon.')).toBeTruthy();

    fireEvent.change(title, { target: { value: 'Zezwolenie na zajęcie pasa drogowego' } });
    const template = within(dialog).getByRole('combobox', { name: /Szablon/ });
    await waitFor(() => expect(within(template).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(template, { target: { value: TEMPLATE_ID } });
    expect(
      (within(dialog).getByRole('checkbox', { name: 'Żółkiewski Stanisław' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.submit(title.closest('form')!);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zezwolenie na zajęcie pasa drogowego' }),
    ).toBeTruthy();
    expect(sentBodies(stub, 'POST', draftsPath)).toEqual([
      {
        title: 'Zezwolenie na zajęcie pasa drogowego',
        templateId: TEMPLATE_ID,
        addresseeContactIds: [PARTY_ID],
      },
    ]);
  });

  test('someone who only reads the case is not offered a new draft', async () => {
    const reader = makeMe({
      permissions: ['cases:read'],
      grants: [{ permission: 'cases:read', scope: 'unit' }],
    });
    stubCasePage({ me: reader }).route(`GET ${draftsPath}`, { items: [makeCaseDraft()] });
    renderApp(`/cases/${CASE_ID}?tab=drafts`);

    expect(await screen.findByTestId('case-drafts')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nowy projekt pisma' })).toBeNull();
  });
});
