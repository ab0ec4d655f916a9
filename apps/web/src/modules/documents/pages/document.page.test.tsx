import type { DocumentDto } from '@obieg/contracts/documents';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe } from '../../../test/builders';
import { json, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, sentBodies } from '../../cases/cases.test-utils';
import {
  DOCUMENT_ID,
  GK_ORG_UNIT,
  HEAD_POSITION,
  LAWYER_POSITION,
  makeDocument,
  makePosition,
  makeVersion,
  SECRETARY_POSITION,
} from '../documents.test-utils';

const OFFICER = makeMe({
  permissions: ['cases:read', 'cases:handle', 'users:read', 'organization:read', 'files:read'],
});
const path = `/api/v1/documents/${DOCUMENT_ID}`;

function stubDocument(initial: DocumentDto) {
  let document = initial;
  const stub = stubFetch()
    .route('GET /api/v1/auth/me', OFFICER)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route(`GET ${path}`, () => json(200, document));
  return {
    stub,
    set: (next: DocumentDto) => {
      document = next;
    },
  };
}

const substitute = {
  userId: '01900000-0000-7000-8000-000000000009',
  displayName: 'Jan Zastępca',
  positionId: '01900000-0000-7000-8000-000000000011',
  positionTitle: 'Inspektor',
  actingFor: { userId: '01900000-0000-7000-8000-000000000001', displayName: 'Anna Nowak' },
};

describe('projekt pisma', () => {
  test('shows each version with who made it (a substitute for the absent colleague), its files and signature', async () => {
    stubDocument(
      makeDocument({
        status: 'signed',
        allowedActions: [],
        versions: [
          makeVersion({ number: 1 }),
          makeVersion({ number: 2, source: 'editor', createdBy: substitute, comment: 'Poprawiony termin' }),
          makeVersion({
            number: 3,
            source: 'signed',
            editableFile: null,
            hasText: false,
            validation: {
              verdict: 'valid',
              detectedFormat: 'PAdES',
              signerName: 'Krystyna Kierownicza',
              signingTime: '2026-03-05T11:59:00+01:00',
              verifiedAt: '2026-03-05T12:00:00+01:00',
            },
          }),
        ],
      }),
    );
    renderApp(`/documents/${DOCUMENT_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zezwolenie na zajęcie pasa drogowego' }),
    ).toBeTruthy();
    expect(document.title).toBe('Pismo: Zezwolenie na zajęcie pasa drogowego — Obieg');
    const back = screen.getByRole('link', { name: 'Wróć do sprawy GK.6000.1.2026' });
    expect(back.getAttribute('href')).toBe(`/cases/${CASE_ID}?tab=drafts`);
    expect(screen.getByTestId('document-final').textContent).toContain('Wersja nr 3 została podpisana.');
    expect(screen.getByText('Żółkiewski Stanisław')).toBeTruthy();

    const table = screen.getByTestId('document-versions');
    const second = within(table).getByTestId('version-2');
    expect(second.textContent).toContain('Edycja tekstu');
    expect(second.textContent).toContain('Jan Zastępca, Inspektor (za: Anna Nowak)');
    expect(second.textContent).toContain('Poprawiony termin');
    expect(
      within(second)
        .getByRole('link', { name: 'DOCX: pobierz wersję 2 do edycji (pismo-v2.docx)' })
        .getAttribute('href'),
    ).toBe('/api/v1/files/01900000-0000-7000-8000-00000000f102/content');
    expect(within(second).getByText('bez podpisu')).toBeTruthy();
    const third = within(table).getByTestId('version-3');
    expect(within(third).getByText('Podpis ważny')).toBeTruthy();
    expect(within(third).queryByRole('link', { name: /do edycji/ })).toBeNull();
    // A signed letter is final: nothing more to add.
    expect(screen.queryByRole('button', { name: 'Nowa wersja' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Porównaj wersje' })).toBeTruthy();
  });

  test('a new version starts from the text of the latest one', async () => {
    const { stub, set } = stubDocument(makeDocument());
    const latest = makeVersion();
    stub
      .route(`GET ${path}/versions/${latest.id}/text`, { text: 'Zezwalam na zajęcie pasa drogowego.' })
      .route(`POST ${path}/versions`, () => {
        set(makeDocument({ versions: [latest, makeVersion({ number: 2, source: 'editor' })] }));
        return json(201, { versionId: '01900000-0000-7000-8000-00000000e002', number: 2 });
      });
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Nowa wersja' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nowa wersja pisma (nr 2)' });
    const text = within(dialog).getByRole('textbox', { name: /Treść pisma/ }) as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toBe('Zezwalam na zajęcie pasa drogowego.'));
    expect(document.activeElement).toBe(text);
    fireEvent.change(text, { target: { value: 'Zezwalam na zajęcie pasa drogowego do 30 kwietnia.' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Komentarz/ }), {
      target: { value: 'Dodany termin' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zapisz nową wersję' }));

    expect(await screen.findByTestId('version-2')).toBeTruthy();
    expect(sentBodies(stub, 'POST', `${path}/versions`)).toEqual([
      { text: 'Zezwalam na zajęcie pasa drogowego do 30 kwietnia.', comment: 'Dodany termin' },
    ]);
  });

  test('the diff marks added and removed words, in words for screen readers too', async () => {
    const { stub } = stubDocument(makeDocument({ versions: [makeVersion(), makeVersion({ number: 2 })] }));
    stub.route(`GET ${path}/diff`, {
      from: 1,
      to: 2,
      parts: [
        { kind: 'same', text: 'Zezwalam na zajęcie pasa drogowego ' },
        { kind: 'removed', text: 'ul. Krótkiej' },
        { kind: 'added', text: 'ul. Długiej' },
        { kind: 'same', text: '.' },
      ],
      added: 2,
      removed: 2,
    });
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Porównaj wersje' }));
    const dialog = await screen.findByRole('dialog', { name: 'Porównanie wersji' });
    expect(
      (within(dialog).getByRole('combobox', { name: 'Wersja wcześniejsza' }) as HTMLSelectElement).value,
    ).toBe('1');
    expect(
      (within(dialog).getByRole('combobox', { name: 'Wersja późniejsza' }) as HTMLSelectElement).value,
    ).toBe('2');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Porównaj' }));

    const diff = await within(dialog).findByTestId('document-diff');
    const added = diff.querySelector('ins')!;
    const removed = diff.querySelector('del')!;
    expect(added.textContent).toBe('[dodano: ul. Długiej — koniec dodanego]');
    expect(removed.textContent).toBe('[usunięto: ul. Krótkiej — koniec usuniętego]');
    expect(added.style.textDecoration).toBe('underline');
    expect(removed.style.textDecoration).toBe('line-through');
    expect(within(diff).getByTestId('document-diff-counts').textContent).toBe(
      'Zmiany od wersji 1 do 2: dodane słowa: 2, usunięte słowa: 2.',
    );
    const asked = stub.requests.find((r) => r.url.pathname === `${path}/diff`);
    expect([asked?.url.searchParams.get('from'), asked?.url.searchParams.get('to')]).toEqual(['1', '2']);
  });

  test('a draft goes for approval along stages in order, people of a stage in parallel, the last one signing', async () => {
    const { stub, set } = stubDocument(makeDocument());
    stub
      .route('GET /api/v1/positions', {
        items: [
          makePosition(),
          makePosition({
            id: LAWYER_POSITION,
            userId: '01900000-0000-7000-8000-000000000005',
            userDisplayName: 'Ewa Prawnik',
            title: 'Radca prawny',
          }),
          makePosition({
            id: SECRETARY_POSITION,
            userId: '01900000-0000-7000-8000-000000000004',
            userDisplayName: 'Stefan Sekretarz',
            title: 'Sekretarz',
          }),
        ],
        nextCursor: null,
      })
      .route('GET /api/v1/org-units', { items: [GK_ORG_UNIT], nextCursor: null })
      .route(`POST ${path}/approval`, () => {
        set(makeDocument({ status: 'in_approval', allowedActions: ['cancel_approval'] }));
        return new Response(null, { status: 204 });
      });
    renderApp(`/documents/${DOCUMENT_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Wyślij do akceptacji' }));
    const dialog = await screen.findByRole('dialog', { name: /Wysłanie do akceptacji/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Wyślij do akceptacji' }));
    expect(await within(dialog).findByText('Ścieżka musi mieć co najmniej jeden etap.')).toBeTruthy();

    const person = within(dialog).getByRole('combobox', { name: 'Osoba (stanowisko)' });
    await waitFor(() =>
      expect(
        within(person).getByRole('option', {
          name: 'Ewa Prawnik — Radca prawny, Wydział Gospodarki Komunalnej',
        }),
      ).toBeTruthy(),
    );
    const where = within(dialog).getByRole('combobox', { name: 'Gdzie dodać' });
    const add = (positionId: string, target = 'new') => {
      fireEvent.change(person, { target: { value: positionId } });
      fireEvent.change(where, { target: { value: target } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Dodaj' }));
    };
    add(HEAD_POSITION);
    add(LAWYER_POSITION);
    add(SECRETARY_POSITION, '1');
    let stages = within(dialog).getAllByTestId('approval-stage-draft');
    expect(stages.map((stage) => stage.textContent)).toEqual([
      expect.stringContaining('Krystyna Kierownicza'),
      expect.stringMatching(/Etap 2.*Równolegle.*Podpisuje \(ostatni etap\).*Ewa Prawnik.*Stefan Sekretarz/),
    ]);
    // The head signs: their stage goes last.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Przesuń etap 1 niżej' }));
    stages = within(dialog).getAllByTestId('approval-stage-draft');
    expect(stages[1]?.textContent).toMatch(/Podpisuje \(ostatni etap\).*Krystyna Kierownicza/);
    // Someone already on the path is not offered again.
    expect(within(person).queryByRole('option', { name: /Krystyna Kierownicza/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Wyślij do akceptacji' }));

    expect(await screen.findByRole('button', { name: 'Wycofaj z akceptacji' })).toBeTruthy();
    expect(sentBodies(stub, 'POST', `${path}/approval`)).toEqual([
      { steps: [{ parallel: [LAWYER_POSITION, SECRETARY_POSITION] }, { positionId: HEAD_POSITION }] },
    ]);
  });
});
