import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../app/server.test-utils.js';
import { acceptedLetter, openedCase, setUpCaseOffice } from '../cases/cases.test-utils.js';
import { registerLetter, type TestOffice } from '../distribution/distribution.test-utils.js';
import { multipartUpload } from '../files/files.test-utils.js';

let t: TestApp;
let office: TestOffice;
let caseId: string;
let itemId: string;

type Hit = {
  type: string;
  id: string;
  caseId: string | null;
  reference: string;
  matchedIn: string;
  fragment: { text: string; match: boolean }[];
};
const find = async (session: Session, query: string) => {
  const response = await session.request({ method: 'GET', url: `/api/v1/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Hit[]; words: string[]; correctedWords: string[] | null };
};
const q = (words: string, extra = '') => `q=${encodeURIComponent(words)}${extra}`;
const officer = () => office.staff['referent.gk'].session;

async function pdfWithText(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([500, 200]).drawText(text, { x: 20, y: 100, size: 11, font });
  return Buffer.from(await pdf.save());
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T09:00:00+01:00' });
  office = await setUpCaseOffice(t, 'szukaj');
  itemId = await acceptedLetter(office);
  caseId = (
    await openedCase(officer(), {
      unitId: office.units.GK,
      jrwaSymbol: '6000',
      title: 'Zajęcie pasa drogowego przy ulicy Źródlanej',
      initiatingIncomingId: itemId,
    })
  ).id;
  const upload = await office.staff.kancelaria.session.request({
    method: 'POST',
    url: '/api/v1/files',
    ...multipartUpload({
      fileName: 'protokol.pdf',
      content: await pdfWithText(
        'Protokol z ogledzin: nawierzchnia uszkodzona przez ciezki sprzet budowlany.',
      ),
    }),
  });
  expect(upload.statusCode, upload.body).toBe(201);
  const added = await officer().request({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/documents`,
    payload: { kind: 'file', fileId: upload.json().id, title: 'Protokół oględzin' },
  });
  expect(added.statusCode, added.body).toBe(201);
  await t.app.jobs.runDue();
});
afterAll(async () => t.close());

describe('one search across items, cases, documents and contacts', () => {
  test('a case is found by a word of its title typed without Polish letters, the match shown in the original', async () => {
    const result = await find(officer(), q('zrodlanej'));
    const hit = result.items.find((h) => h.type === 'case');
    expect(hit).toMatchObject({ id: caseId, reference: 'GK.6000.1.2026', matchedIn: 'metadata' });
    expect(hit?.fragment.filter((p) => p.match).map((p) => p.text)).toEqual(['Źródlanej']);
    expect(result.words).toEqual(['zrodlanej']);
  });

  test('a case is found by its znak, and a document by a word that is only inside its PDF', async () => {
    expect((await find(officer(), q('GK.6000.1.2026', '&type=case'))).items.map((h) => h.id)).toEqual([
      caseId,
    ]);
    const inPdf = (await find(officer(), q('nawierzch budowl'))).items;
    expect(inPdf).toEqual([expect.objectContaining({ type: 'document', caseId, matchedIn: 'content' })]);
    expect(inPdf[0]?.fragment.filter((p) => p.match).map((p) => p.text)).toEqual([
      'nawierzchnia',
      'budowlany',
    ]);
  });

  test('an item is found by its officer; a matching item they may not open is neither listed nor counted', async () => {
    const hidden = await registerLetter(office, { title: 'Wniosek o wycinkę drzewa' });
    const visible = await find(officer(), q('zaswiadczenia', '&type=incoming'));
    expect(visible.items.map((h) => h.id)).toEqual([itemId]);
    expect((await find(officer(), q('wycinke'))).items).toEqual([]);
    expect((await find(office.staff.kancelaria.session, q('wycinke'))).items.map((h) => h.id)).toEqual([
      hidden.id,
    ]);
    // Another unit's officer sees nothing of the GK case, not even that it exists.
    expect((await find(office.staff['referent.fn'].session, q('zrodlanej ogledzin'))).items).toEqual([]);
  });

  test('filters narrow by type, JRWA class (any level) and dates', async () => {
    expect((await find(officer(), q('zajecie', '&jrwaSymbol=60'))).items.map((h) => h.id)).toContain(caseId);
    expect((await find(officer(), q('zajecie', '&jrwaSymbol=31'))).items).toEqual([]);
    expect((await find(officer(), q('zajecie', '&from=2026-03-11'))).items).toEqual([]);
    expect((await find(officer(), q('zajecie', '&to=2026-03-10&type=case'))).items.map((h) => h.id)).toEqual([
      caseId,
    ]);
  });

  test('contacts are found by name for those who may read contacts', async () => {
    const hits = (await find(office.staff.kancelaria.session, q('zolkiewski', '&type=contact'))).items;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ type: 'contact', matchedIn: 'metadata' });
  });

  test('a search that found something is in the audit trail with its words and what it showed', async () => {
    const result = await find(officer(), q('nawierzchnia', '&type=document'));
    expect(result.items).toHaveLength(1);
    const events = await office.admin.request({
      method: 'GET',
      url: '/api/v1/audit?action=search.performed&limit=5',
    });
    expect(events.statusCode, events.body).toBe(200);
    const last = (
      events.json() as { items: { details: Record<string, unknown>; actor: { userId: string } }[] }
    ).items[0];
    expect(last?.actor.userId).toBe(office.staff['referent.gk'].userId);
    expect(last?.details).toMatchObject({
      words: ['nawierzchnia'],
      filters: { type: 'document' },
      hits: [{ type: 'document', id: result.items[0]?.id, matchedIn: 'content' }],
    });
  });

  test('search syntax characters, quotes and a very long query are ordinary text, never an error', async () => {
    for (const text of ['%', '_', "'", '"', '\\', 'a:*|!b', '&&', 'x'.repeat(10_000), ' ', 'ż'.repeat(300)]) {
      const result = await find(officer(), q(text));
      expect(Array.isArray(result.items)).toBe(true);
    }
    expect((await find(officer(), q('%_'))).items).toEqual([]);
  });
});

describe('a misspelt word still finds what it meant (trigram fallback)', () => {
  test('a word typed with a mistake finds the case by the nearest known word, and says which word it used', async () => {
    const result = await find(officer(), q('zrodlnej'));
    expect(result.correctedWords).toEqual(['zrodlanej']);
    expect(result.items.map((h) => h.id)).toContain(caseId);
    expect(
      result.items
        .find((h) => h.id === caseId)
        ?.fragment.filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['Źródlanej']);
  });

  test('a word inside an attached PDF is found through a misspelling too, with the correct words kept', async () => {
    const result = await find(officer(), q('nawierzhnia uszkodzona', '&type=document'));
    expect(result.correctedWords).toEqual(['nawierzchnia', 'uszkodzona']);
    expect(result.items.map((h) => h.matchedIn)).toEqual(['content']);
  });

  test('a correction that would find only what the user may not open is neither used nor reported', async () => {
    await registerLetter(office, { title: 'Odwołanie od decyzji śmieciowej' });
    const result = await find(officer(), q('smieciwej'));
    expect(result).toMatchObject({ items: [], correctedWords: null });
    const registry = await find(office.staff.kancelaria.session, q('smieciwej'));
    expect(registry.correctedWords).toEqual(['smieciowej']);
    expect(registry.items).toHaveLength(1);
  });

  test('words that match as typed are never corrected, and nonsense finds nothing', async () => {
    expect((await find(officer(), q('zrodlanej'))).correctedWords).toBeNull();
    expect(await find(officer(), q('qqqxxxzzz'))).toMatchObject({ items: [], correctedWords: null });
  });

  test('one office never gets suggestions from the words of another office', async () => {
    const other = await setUpCaseOffice(t, 'inne-biuro');
    const result = await find(other.staff['referent.gk'].session, q('zrodlnej'));
    expect(result).toMatchObject({ items: [], correctedWords: null });
  });
});
