import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { isEpuapError } from './epuap.errors.js';
import { parseUpoReceipt, type ParsedUpoReceipt } from './upp.js';
import { parseWnioDokument, type ParsedWnioDokument } from './wnio-dokument.js';
import { renderWnioDokumentText } from './wnio-dokument.render.js';

/**
 * Real ePUAP forms and receipts (../shared/data/samples/epuap beside the repository; see its
 * README §4). They hold personal data: assertions use structure, counts and official ids only,
 * and nothing parsed is printed.
 */
const samples = fileURLToPath(new URL('../../../../../../shared/data/samples/epuap/', import.meta.url));
const present = existsSync(samples);

const files = present
  ? readdirSync(samples, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(samples, path.join(entry.parentPath, entry.name)))
      .sort()
  : [];

type Parsed = { kind: 'form'; form: ParsedWnioDokument } | { kind: 'receipt'; receipt: ParsedUpoReceipt };

async function parseSample(relative: string): Promise<Parsed> {
  const bytes = new Uint8Array(readFileSync(path.join(samples, relative)));
  try {
    return { kind: 'form', form: await parseWnioDokument(bytes) };
  } catch (error) {
    if (!isEpuapError(error) || error.code !== 'epuap.not_a_form') throw error;
    return { kind: 'receipt', receipt: await parseUpoReceipt(bytes) };
  }
}

const forms: Record<string, { namespace: string; attachments: number; date: string; uri: boolean }> = {
  'from-eadm-package/Wniosek przychodzacy z odpowiedzia.xml': {
    namespace: '2017/10/24/4566',
    attachments: 1,
    date: '2021-04-28',
    uri: true,
  },
  'from-eadm-package/Pismo przewodnie z aktami do nadzoru.xml': {
    namespace: '2017/10/24/4566',
    attachments: 3,
    date: '2021-04-28',
    uri: true,
  },
  'from-LegalAct/Wniosek przychodzacy z odpowiedzia.xml': {
    namespace: '2010/01/26/304',
    attachments: 1,
    date: '2019-12-10',
    uri: false,
  },
};

const receipts: Record<string, Partial<ParsedUpoReceipt>> = {
  'from-eadm-package/UPP - Urzedowe Poswiadczenie Przedlozenia - Prosba o udzielenie informacji .xml': {
    kind: 'UPP',
    identyfikatorPoswiadczenia: 'ePUAP-UPP557452',
    identyfikatorDokumentu: 'DOK982825',
    dataDoreczenia: '2021-04-28T15:14:56.266',
    dataWytworzenia: '2021-04-28T15:14:56.266',
    signed: true,
  },
  'from-eadm-package/UPP - Urzedowe Poswiadczenie Przedlozenia - Zawiadomienie o wszczeciu postepowania nadzorczego .xml':
    {
      kind: 'UPP',
      identyfikatorPoswiadczenia: 'ePUAP-UPP557667',
      identyfikatorDokumentu: 'DOK983106',
      dataDoreczenia: '2021-04-29T09:48:58.826',
      signed: true,
    },
  'from-LegalAct/upo.xml': {
    kind: 'UPP',
    identyfikatorPoswiadczenia: '265836/2019',
    identyfikatorDokumentu: 'NPII.4130.120.66.2019',
    dataDoreczenia: null,
    dataWytworzenia: null,
    signed: true,
  },
};

describe.skipIf(!present)(
  present
    ? 'real ePUAP forms and receipts (../shared/data/samples/epuap)'
    : 'real ePUAP forms and receipts — skipped: ../shared/data/samples is not beside the repository',
  () => {
    test('every sample file is known to this test', () => {
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((file) => !(file in forms) && !(file in receipts))).toEqual([]);
    });

    test.each(files)('%s parses as a form or a receipt', async (file) => {
      const parsed = await parseSample(file);
      expect(parsed.kind).toBe(file in forms ? 'form' : 'receipt');
    });

    test.each(Object.entries(forms))(
      '%s: title, parties, date, signature and attachments',
      async (file, expected) => {
        const parsed = await parseSample(file);
        if (parsed.kind !== 'form') throw new Error('expected a form');
        const { form } = parsed;
        expect(form.formNamespace).toBe(`http://crd.gov.pl/wzor/${expected.namespace}/`);
        expect(form.title.length).toBeGreaterThan(0);
        expect(form.documentDate).toBe(expected.date);
        expect(form.senders.map((party) => party.kind)).toEqual(['institution']);
        expect(form.addressees.map((party) => party.kind)).toEqual(['institution']);
        expect(form.senders[0]?.name?.length).toBeGreaterThan(0);
        expect(form.senders[0]?.address?.postalCode).toMatch(/^\d{2}-\d{3}$/);
        expect(form.signed).toBe(true);
        expect(form.attachments).toHaveLength(expected.attachments);
        for (const attachment of form.attachments) {
          expect(attachment.bytes).toBeNull();
          expect(attachment.uri === null).toBe(!expected.uri);
          if (attachment.uri) expect(attachment.uri).toMatch(/^https:\/\/int\.epuap\.gov\.pl\//);
        }
        const text = renderWnioDokumentText(form);
        expect(text.startsWith(form.title)).toBe(true);
        expect(text).toContain(`Załączniki (${expected.attachments})`);
      },
    );

    test('the eADM forms carry their ePUAP CID, form id and kind', async () => {
      const parsed = await parseSample('from-eadm-package/Pismo przewodnie z aktami do nadzoru.xml');
      if (parsed.kind !== 'form') throw new Error('expected a form');
      expect(parsed.form.ePuapCid).toMatch(/@epuap\.gov\.pl$/);
      expect(parsed.form.formId).toMatch(/e_Nadzor/);
      expect(parsed.form.kind).toBe('e_Nadzor');
      expect(parsed.form.attachments.map((a) => a.mediaType)).toEqual([
        'application/zip',
        'application/zip',
        'application/zip',
      ]);
    });

    test('the older 304 form without a Tytul takes its title from the document name and names the signing employee', async () => {
      const parsed = await parseSample('from-LegalAct/Wniosek przychodzacy z odpowiedzia.xml');
      if (parsed.kind !== 'form') throw new Error('expected a form');
      expect(parsed.form.title).toBe(parsed.form.documentName);
      expect(parsed.form.senders[0]?.employee?.function?.length).toBeGreaterThan(0);
      expect(parsed.form.kind).toBe('wniosek');
    });

    test.each(Object.entries(receipts))('%s: ids and dates', async (file, expected) => {
      const parsed = await parseSample(file);
      if (parsed.kind !== 'receipt') throw new Error('expected a receipt');
      expect(parsed.receipt).toMatchObject(expected);
      expect(parsed.receipt.adresat?.identyfikator?.length).toBeGreaterThan(0);
      expect(parsed.receipt.nadawca?.identyfikator?.length).toBeGreaterThan(0);
    });
  },
);
