import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { makeMe, withPermissions } from '../../../test/builders';
import { json, problem, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render-app';
import { GK, UNITS } from '../../distribution/distribution.test-utils';
import {
  CASE_ID,
  CONTACT_ID,
  DOCUMENT_ID,
  ITEM_ID,
  makeSearchHit,
  makeSearchResult,
} from '../search.test-utils';

const OFFICER = makeMe({
  permissions: ['correspondence:read', 'cases:read', 'contacts:read'],
  grants: [{ permission: 'cases:read', scope: 'unit' }],
});

function stubSearch(answer: Parameters<ReturnType<typeof stubFetch>['route']>[1] = makeSearchResult()) {
  return stubFetch()
    .route('GET /api/v1/auth/me', OFFICER)
    .route('GET /api/v1/inbox', { scope: 'me', items: [], nextCursor: null, counts: {} })
    .route('GET /api/v1/org-units', { items: UNITS, nextCursor: null })
    .route('GET /api/v1/search', answer);
}

const searches = (stub: ReturnType<typeof stubFetch>) =>
  stub.requests
    .filter((request) => request.url.pathname === '/api/v1/search')
    .map((request) => Object.fromEntries(request.url.searchParams));

describe('wyszukiwanie', () => {
  test('shows each kind of hit linked to what it opens, with the matched words highlighted as text', async () => {
    stubSearch(
      makeSearchResult({
        words: ['wniosek'],
        items: [
          makeSearchHit({
            type: 'incoming',
            id: ITEM_ID,
            title: 'Wniosek <b>pilny</b>',
            reference: 'RPW/7/2026',
            fragment: [
              { text: 'Wniosek', match: true },
              { text: ' <b>pilny</b>', match: false },
            ],
          }),
          makeSearchHit({
            type: 'document',
            id: DOCUMENT_ID,
            caseId: CASE_ID,
            title: 'Skan wniosku',
            reference: 'OBG-DEMO-2026-1',
            matchedIn: 'content',
            fragment: [
              { text: '… złożył ', match: false },
              { text: '<img src=x onerror=alert(1)>wniosek', match: true },
              { text: ' o zajęcie …', match: false },
            ],
          }),
          makeSearchHit({
            type: 'contact',
            id: CONTACT_ID,
            title: 'Wnioskodawca Jan',
            reference: 'Łódź',
            date: null,
            fragment: [
              { text: 'Wnioskodawca', match: true },
              { text: ' Jan', match: false },
            ],
          }),
        ],
      }),
    );
    renderApp('/search?q=wniosek');

    expect(await screen.findByRole('heading', { level: 1, name: 'Wyszukiwanie' })).toBeTruthy();
    const hits = within(await screen.findByRole('list', { name: /Znalezione/ })).getAllByRole('listitem');
    expect(hits).toHaveLength(3);

    const [item, document_, contact] = hits as [HTMLElement, HTMLElement, HTMLElement];
    const itemLink = within(item).getByRole('link', { name: 'Wniosek <b>pilny</b>' });
    expect(itemLink.getAttribute('href')).toBe(`/incoming/${ITEM_ID}`);
    expect(within(item).getByText('Przesyłka')).toBeTruthy();
    expect(within(item).getByText('RPW/7/2026')).toBeTruthy();
    expect(within(item).getByText('10.03.2026')).toBeTruthy();
    expect([...itemLink.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Wniosek']);
    expect(itemLink.querySelector('b')).toBeNull();

    expect(within(document_).getByRole('link', { name: 'Skan wniosku' }).getAttribute('href')).toBe(
      `/cases/${CASE_ID}`,
    );
    expect(within(document_).getByText('Znaleziono w treści pliku')).toBeTruthy();
    const fragment = within(document_).getByTestId('search-hit-fragment');
    expect(fragment.textContent).toBe('… złożył <img src=x onerror=alert(1)>wniosek o zajęcie …');
    expect([...fragment.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      '<img src=x onerror=alert(1)>wniosek',
    ]);
    expect(fragment.querySelector('img')).toBeNull();

    expect(within(contact).getByRole('link', { name: 'Wnioskodawca Jan' }).getAttribute('href')).toBe(
      `/contacts/${CONTACT_ID}`,
    );
    expect(screen.getByTestId('search-status').textContent).toBe('Wyniki: 3');
  }, 15_000);

  test('puts the words and the filters in the address and in the API query', async () => {
    const stub = stubSearch();
    const { app } = renderApp('/search');
    expect(await screen.findByRole('heading', { level: 2, name: 'Czego szukasz?' })).toBeTruthy();
    expect(searches(stub)).toEqual([]);

    fireEvent.change(screen.getByRole('searchbox', { name: /Szukane słowa/ }), {
      target: { value: ' wniosek pas ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Szukaj' }));
    await waitFor(() => expect(app.router.state.location.search).toEqual({ q: 'wniosek pas' }));
    await screen.findByText('Wyniki: 1');

    fireEvent.change(screen.getByRole('combobox', { name: 'Rodzaj' }), { target: { value: 'case' } });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Stan' }), { target: { value: 'closed' } });
    const unit = screen.getByRole('combobox', { name: /Komórka prowadząca/ });
    await within(unit).findByRole('option', { name: /^GK — / });
    fireEvent.change(unit, { target: { value: GK } });
    fireEvent.change(screen.getByLabelText('Od dnia', { exact: false }), { target: { value: '2026-01-01' } });
    const jrwa = screen.getByRole('textbox', { name: /Klasa JRWA/ });
    fireEvent.change(jrwa, { target: { value: '61a' } });
    expect(await screen.findByText('Symbol klasy to od 1 do 10 cyfr, np. 6100.')).toBeTruthy();
    fireEvent.change(jrwa, { target: { value: '61' } });
    fireEvent.submit(jrwa.closest('form')!);

    const expected = {
      q: 'wniosek pas',
      type: 'case',
      status: 'closed',
      unitId: GK,
      from: '2026-01-01',
      jrwaSymbol: '61',
    };
    await waitFor(() => expect(app.router.state.location.search).toEqual(expected));
    await waitFor(() => expect(searches(stub).at(-1)).toEqual({ ...expected, limit: '50' }));

    // Contacts have no status, unit or class: those filters go away with the choice.
    fireEvent.change(screen.getByRole('combobox', { name: 'Rodzaj' }), { target: { value: 'contact' } });
    await waitFor(() =>
      expect(app.router.state.location.search).toEqual({ q: 'wniosek pas', type: 'contact' }),
    );
    expect(screen.queryByRole('combobox', { name: 'Stan' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Klasa JRWA/ })).toBeNull();
  }, 15_000);

  test('says which words the hits were found by when nothing matched as typed', async () => {
    stubSearch(makeSearchResult({ words: ['wniosk'], correctedWords: ['wniosek'] }));
    renderApp('/search?q=wniosk');

    const notice = await screen.findByTestId('search-corrected');
    expect(notice.textContent).toBe('Brak wyników dla „wniosk”. Pokazano wyniki dla: wniosek.');
    expect(screen.getByTestId('search-status').contains(notice)).toBe(true);
    expect(screen.getByTestId('search-status').getAttribute('aria-live')).toBe('polite');
  });

  test('says nothing was found, and offers to clear the filters that narrowed the search', async () => {
    stubSearch(makeSearchResult({ items: [] }));
    const { app } = renderApp('/search?q=wniosek&type=case');

    expect(await screen.findByText('Nic nie znaleziono dla „wniosek”.')).toBeTruthy();
    const clear = screen.getAllByRole('button', { name: 'Wyczyść filtry' });
    fireEvent.click(clear.at(-1)!);
    await waitFor(() => expect(app.router.state.location.search).toEqual({ q: 'wniosek' }));
  });

  test('a full page of hits is announced as the first results, never as a total', async () => {
    const items = Array.from({ length: 50 }, (_, index) =>
      makeSearchHit({ id: `01900000-0000-7000-8000-0000000007${String(index).padStart(2, '0')}` }),
    );
    stubSearch(makeSearchResult({ items }));
    renderApp('/search?q=wniosek');

    expect(
      await screen.findByText('Pokazano pierwsze wyniki (50). Zawęź wyszukiwanie, aby zobaczyć pozostałe.'),
    ).toBeTruthy();
    expect(screen.getAllByTestId('search-hit')).toHaveLength(50);
  }, 15_000);

  test('shows the API’s refusal in Polish', async () => {
    stubSearch(problem(400, 'validation.failed'));
    renderApp('/search?q=wniosek');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nie udało się');
  });
});

describe('pole wyszukiwania w nagłówku', () => {
  test('"/" focuses it from anywhere but a text field, Esc leaves it, Enter opens the search', async () => {
    stubSearch(() => json(200, makeSearchResult()));
    const { app } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const box = screen.getByRole('searchbox', { name: 'Szukaj' });
    expect(box.getAttribute('aria-keyshortcuts')).toBe('/');
    expect(within(screen.getByRole('banner')).getByText('/').tagName).toBe('KBD');

    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(document.activeElement).not.toBe(box);

    const other = document.createElement('textarea');
    document.body.append(other);
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
    other.remove();

    fireEvent.keyDown(document.body, { key: '/' });
    fireEvent.change(box, { target: { value: 'pas drogowy' } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/search'));
    expect(app.router.state.location.search).toEqual({ q: 'pas drogowy' });
    // The search screen has its own words box: the header gives way to it, and "/" goes there.
    expect(await screen.findByRole('searchbox', { name: /Szukane słowa/ })).toBeTruthy();
    expect(screen.queryByRole('searchbox', { name: 'Szukaj' })).toBeNull();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: /Szukane słowa/ }));
  });

  test('is not offered to someone who may read no items, cases or contacts', async () => {
    stubFetch().route('GET /api/v1/auth/me', withPermissions('jrwa:read'));
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });

    expect(screen.queryByRole('searchbox', { name: 'Szukaj' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Wyszukiwanie' })).toBeNull();
  });
});
