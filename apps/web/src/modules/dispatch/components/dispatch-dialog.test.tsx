import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { sentBodies } from '../../cases/cases.test-utils';
import { DOCUMENT_ID, makeDocument, makeVersion } from '../../documents/documents.test-utils';
import { buildDispatchInput, initialChoice } from '../dispatch-form.models';
import {
  DISPATCH_ID,
  FIRMA,
  KOWALSKI,
  makeDispatch,
  makeDispatchOptions,
  makeRegisterRow,
} from '../dispatch.test-utils';

/** The first screen of a file loads its lazy modules; on a busy machine that takes a while. */
const FIRST_LOAD = { timeout: 15_000 };
const OFFICER = makeMe({ permissions: ['cases:read', 'cases:handle'] });
const signed = makeDocument({
  status: 'signed',
  allowedActions: [],
  versions: [makeVersion({ number: 1 }), makeVersion({ number: 2, source: 'signed' })],
});

function stubDocument(options = makeDispatchOptions()) {
  return stubFetch()
    .route('GET /api/v1/auth/me', OFFICER)
    .route(`GET /api/v1/documents/${DOCUMENT_ID}`, signed)
    .route(`GET /api/v1/documents/${DOCUMENT_ID}/dispatch-options`, options)
    .route('GET /api/v1/outgoing', { items: [], total: 0 });
}

describe('zlecenie wysyłki pisma', () => {
  test('the officer chooses a channel per addressee and the request carries only what each channel needs', async () => {
    const stub = stubDocument()
      .route('POST /api/v1/outgoing', json(201, makeDispatch()))
      .route(`GET /api/v1/outgoing/${DISPATCH_ID}`, makeDispatch());
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Zleć wysyłkę' }, FIRST_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Zlecenie wysyłki pisma' });
    const kowalski = within(dialog).getByRole('group', { name: 'Kowalski Jan' });
    const channel = within(kowalski).getByRole('combobox', { name: /Sposób wysyłki/ });
    await waitFor(() => expect(document.activeElement).toBe(channel));
    // Only the channels the API offers for this addressee.
    expect(
      within(channel)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Poczta tradycyjna', 'Osobiście']);
    expect((within(kowalski).getByRole('radio', { name: 'polecony' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(within(kowalski).getByRole('checkbox', { name: 'Priorytet' }));

    const firma = within(dialog).getByRole('group', { name: 'Budex sp. z o.o.' });
    fireEvent.change(within(firma).getByRole('combobox', { name: /Sposób wysyłki/ }), {
      target: { value: 'email' },
    });
    fireEvent.change(within(firma).getByRole('combobox', { name: 'Adres e-mail' }), {
      target: { value: 'kancelaria@budex.pl' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Uwagi dla kancelarii/ }), {
      target: { value: 'Załącznik w wersji papierowej' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zleć wysyłkę' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Wysyłka W/12/2026' })).toBeTruthy();
    expect(sentBodies(stub, 'POST', '/api/v1/outgoing')).toEqual([
      {
        documentId: DOCUMENT_ID,
        addressees: [
          {
            contactId: KOWALSKI,
            channel: 'post',
            postal: {
              kind: 'registered',
              returnReceipt: true,
              priority: true,
              specialRules: 'ADMINISTRACYJNA',
            },
          },
          { contactId: FIRMA, channel: 'email', email: 'kancelaria@budex.pl' },
        ],
        remarks: 'Załącznik w wersji papierowej',
      },
    ]);
  });

  test('an addressee left out is not sent; with nobody chosen the dialog says so and sends nothing', async () => {
    const stub = stubDocument();
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Zleć wysyłkę' }, FIRST_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Zlecenie wysyłki pisma' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Wyślij do: Kowalski Jan' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Wyślij do: Budex sp. z o.o.' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zleć wysyłkę' }));

    expect(
      await within(dialog).findByText(
        'Wybierz co najmniej jednego adresata, do którego pismo ma zostać wysłane.',
      ),
    ).toBeTruthy();
    expect(sentBodies(stub, 'POST', '/api/v1/outgoing')).toEqual([]);
  });

  test.each([
    {
      reason: 'not_approved',
      language: 'pl',
      text: 'Nie można zlecić wysyłki: pismo musi być najpierw zaakceptowane.',
    },
    {
      reason: 'not_handler',
      language: 'pl',
      text: 'Nie można zlecić wysyłki: wysyłkę zleca osoba prowadząca sprawę tego pisma (lub jej zastępca).',
    },
    {
      reason: 'not_handler',
      language: 'en',
      text: "The dispatch cannot be ordered: the dispatch is ordered by whoever handles the letter's case (or their substitute).",
    },
  ] as const)(
    'a letter that may not be sent ($reason) says why instead of offering the dispatch ($language)',
    async ({ reason, language, text }) => {
      stubDocument(makeDispatchOptions({ dispatchable: false, reason }));
      renderApp(`/documents/${DOCUMENT_ID}`, { language });

      expect((await screen.findByTestId('dispatch-not-possible', {}, FIRST_LOAD)).textContent).toBe(text);
      expect(screen.queryByRole('button', { name: /Zleć wysyłkę|Order dispatch/ })).toBeNull();
    },
  );

  test("the letter's dispatches so far are listed with their state and delivery", async () => {
    stubDocument().route('GET /api/v1/outgoing', ({ url }) =>
      json(200, {
        items:
          url.searchParams.get('documentId') === DOCUMENT_ID
            ? [
                makeRegisterRow({
                  postedOn: '2026-03-06',
                  channel: 'edelivery',
                  postalKind: null,
                  returnReceipt: false,
                  status: 'delivered',
                  deliveredOn: '2026-03-20',
                  deliveryKind: 'fiction',
                }),
              ]
            : [],
        total: 1,
      }),
    );
    renderApp(`/documents/${DOCUMENT_ID}`);

    const table = await screen.findByTestId('document-dispatches', {}, FIRST_LOAD);
    expect(
      within(table).getByRole('link', { name: 'Otwórz wysyłkę W/12/2026 do: Kowalski Jan' }),
    ).toBeTruthy();
    expect(within(table).getByText('Doręczona')).toBeTruthy();
    expect(within(table).getByText('(fikcja doręczenia)')).toBeTruthy();
  });
});

describe('dispatch request', () => {
  test('postal options go only with post, without a return receipt for an ordinary letter', () => {
    const [kowalski, firma] = makeDispatchOptions().addressees;
    const input = buildDispatchInput({
      documentId: DOCUMENT_ID,
      remarks: '  ',
      choices: [
        { ...initialChoice(kowalski!), postalKind: 'ordinary' },
        { ...initialChoice(firma!), channel: 'edelivery' },
      ],
    });
    expect(input).toEqual({
      documentId: DOCUMENT_ID,
      addressees: [
        {
          contactId: KOWALSKI,
          channel: 'post',
          postal: { kind: 'ordinary', returnReceipt: false, priority: false },
        },
        { contactId: FIRMA, channel: 'edelivery' },
      ],
    });
  });
});
