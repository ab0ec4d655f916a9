import type { Template } from '@obieg/contracts/documents';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';
import { makeTemplate, TEMPLATE_ID } from '../documents.test-utils';

const ADMIN = withPermissions('tenant:manage');

function stubTemplates(initial: Template[]) {
  let templates = initial;
  const stub = stubFetch()
    .route('GET /api/v1/auth/me', ADMIN)
    .route('GET /api/v1/templates', () => json(200, { items: templates }));
  return {
    stub,
    set: (next: Template[]) => {
      templates = next;
    },
  };
}

describe('szablony pism', () => {
  test('an administrator writes a template, inserting fields where the cursor is', async () => {
    const { stub, set } = stubTemplates([]);
    stub.route('POST /api/v1/templates', (request) => {
      const body = JSON.parse(String(request.body)) as Template;
      const created = makeTemplate({
        ...body,
        id: '01900000-0000-7000-8000-000000007e02',
        description: null,
      });
      set([created]);
      return json(201, created);
    });
    renderApp('/templates');

    expect(await screen.findByText('Urząd nie ma jeszcze szablonów pism.')).toBeTruthy();
    expect(
      stub.requests
        .find((r) => r.url.pathname === '/api/v1/templates')
        ?.url.searchParams.get('includeInactive'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Nowy szablon' }));
    const form = await screen.findByRole('form', { name: 'Nowy szablon pisma' });
    const name = within(form).getByRole('textbox', { name: /Nazwa szablonu/ });
    await waitFor(() => expect(document.activeElement).toBe(name));

    fireEvent.click(within(form).getByRole('button', { name: 'Dodaj szablon' }));
    expect(await within(form).findByText('To pole jest wymagane.')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'Wezwanie do uzupełnienia braków' } });

    // Every field of the help list is described in Polish.
    const fields = within(form).getByTestId('template-fields');
    expect(within(fields).getByText('{{znak_sprawy}}')).toBeTruthy();
    expect(within(fields).getByText('znak sprawy')).toBeTruthy();

    const body = within(form).getByRole('textbox', { name: 'Treść pisma' }) as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: 'W sprawie  wzywam do uzupełnienia braków.' } });
    fireEvent.focus(body);
    body.setSelectionRange(10, 10);
    fireEvent.click(
      within(fields).getByRole('button', {
        name: 'Wstaw pole {{znak_sprawy}} (znak sprawy) do: Treść pisma',
      }),
    );
    expect(body.value).toBe('W sprawie {{znak_sprawy}} wzywam do uzupełnienia braków.');

    const header = within(form).getByRole('textbox', { name: 'Nagłówek' }) as HTMLTextAreaElement;
    fireEvent.focus(header);
    expect(within(form).getByText('Pola trafią do: Nagłówek')).toBeTruthy();
    header.setSelectionRange(header.value.length, header.value.length);
    fireEvent.click(within(fields).getByRole('button', { name: /Wstaw pole \{\{miejscowosc\}\}/ }));
    expect(header.value).toBe('{{urzad}}\n{{komorka}}{{miejscowosc}}');

    fireEvent.click(within(form).getByRole('button', { name: 'Dodaj szablon' }));
    const table = await screen.findByTestId('templates-table');
    expect(await within(table).findByText('Wezwanie do uzupełnienia braków')).toBeTruthy();
    expect(sentBodies(stub, 'POST', '/api/v1/templates')).toEqual([
      {
        name: 'Wezwanie do uzupełnienia braków',
        header: '{{urzad}}\n{{komorka}}{{miejscowosc}}',
        body: 'W sprawie {{znak_sprawy}} wzywam do uzupełnienia braków.',
        signatureBlock: '{{podpisujacy}}\n{{podpisujacy_stanowisko}}',
      },
    ]);
  });

  test('a template changed meanwhile by someone else is refused with an explanation', async () => {
    const { stub } = stubTemplates([
      makeTemplate(),
      makeTemplate({ id: '01900000-0000-7000-8000-000000007e09', name: 'Stary wzór', active: false }),
    ]);
    stub.route(`PATCH /api/v1/templates/${TEMPLATE_ID}`, problem(409, 'documents.template_version_conflict'));
    renderApp('/templates');

    const table = await screen.findByTestId('templates-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Aktywny'),
      expect.stringContaining('Nieaktywny'),
    ]);
    fireEvent.click(
      within(table).getByRole('button', { name: 'Edytuj szablon: Zawiadomienie o wszczęciu postępowania' }),
    );
    const form = await screen.findByRole('form', { name: 'Zmiana szablonu pisma' });
    fireEvent.click(within(form).getByRole('switch', { name: /Szablon aktywny/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Zapisz' }));

    expect(
      await within(form).findByText(
        'Ktoś inny zmienił w międzyczasie ten szablon. Otwórz go ponownie i wprowadź zmiany jeszcze raz.',
      ),
    ).toBeTruthy();
    expect(sentBodies(stub, 'PATCH', `/api/v1/templates/${TEMPLATE_ID}`)).toEqual([
      expect.objectContaining({ version: 1, active: false, name: 'Zawiadomienie o wszczęciu postępowania' }),
    ]);
  });
});
