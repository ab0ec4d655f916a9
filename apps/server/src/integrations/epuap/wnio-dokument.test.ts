import { describe, expect, test } from 'vitest';
import { letter } from './epuap.test-utils.js';
import { buildReceiptXml } from './epuap-simulator.receipts.js';
import { buildSampleWnioDokument } from './wnio-dokument.builder.js';
import { parseWnioDokument } from './wnio-dokument.js';
import { renderWnioDokumentHtml, renderWnioDokumentText } from './wnio-dokument.render.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseWnioDokument', () => {
  test('reads a citizen letter (form 1410): title, date, sender with PESEL and address, paragraphs and inline attachments', async () => {
    const form = await parseWnioDokument(letter('Wniosek o wydanie zaświadczenia'));
    expect(form).toMatchObject({
      formNamespace: 'http://crd.gov.pl/wzor/2013/12/12/1410/',
      title: 'Wniosek o wydanie zaświadczenia',
      documentName: 'Pismo ogólne do podmiotu publicznego',
      documentDate: '2025-01-15',
      kind: 'wniosek',
      place: 'Warszawa',
      paragraphs: ['Proszę o wydanie zaświadczenia.', 'Z poważaniem'],
      signed: false,
      ePuapCid: null,
    });
    expect(form.senders).toEqual([
      {
        kind: 'person',
        givenNames: 'Jan',
        surname: 'Kowalski',
        pesel: '44051401359',
        address: {
          street: 'Polna',
          building: '5',
          flat: '2',
          postalCode: '00-950',
          city: 'Warszawa',
          postOffice: 'Warszawa',
          country: null,
        },
      },
    ]);
    expect(form.addressees[0]).toMatchObject({ kind: 'institution', name: 'Urząd Gminy Przykładowo' });
    expect(form.attachments).toHaveLength(1);
    expect(form.attachments[0]).toMatchObject({
      fileName: 'skan.pdf',
      mediaType: 'application/pdf',
      encoding: 'base64',
      uri: null,
    });
    expect(new TextDecoder().decode(form.attachments[0]?.bytes ?? new Uint8Array())).toBe('%PDF-1.4 test');
  });

  test('escapes what the citizen typed, so markup in the text stays text', async () => {
    const form = await parseWnioDokument(
      buildSampleWnioDokument({ title: 'A <b>&</b> "B"', senderName: 'Jan', text: '1 < 2 & 3' }),
    );
    expect(form.title).toBe('A <b>&</b> "B"');
    expect(form.paragraphs).toEqual(['1 < 2 & 3']);
    expect(form.senders[0]).toMatchObject({ kind: 'person', surname: 'Jan' });
    expect(renderWnioDokumentHtml(form)).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;');
  });

  test.each([
    [
      'a UPP receipt',
      buildReceiptXml({
        kind: 'UPP',
        identyfikatorPoswiadczenia: 'X',
        adresat: { nazwa: 'A', identyfikator: 'a' },
        nadawca: { nazwa: 'B', identyfikator: 'b' },
        dataDoreczenia: new Date(),
        dataWytworzenia: new Date(),
        identyfikatorDokumentu: 'D',
        informacje: [],
      }),
    ],
    ['a Dokument outside the CRD form namespaces', '<Dokument xmlns="urn:other"/>'],
    ['text that is not XML', 'Szanowni Państwo, …'],
  ])('refuses %s with epuap.not_a_form', async (_, text) => {
    await expect(parseWnioDokument(encode(text))).rejects.toMatchObject({ code: 'epuap.not_a_form' });
  });

  test('refuses a form with a DOCTYPE without expanding anything', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2013/12/12/1410/">&x;</wnio:Dokument>';
    await expect(parseWnioDokument(encode(xml))).rejects.toMatchObject({ code: 'epuap.xml_refused' });
  });

  test('tolerates a sparse form: no title falls back to the document name, unpadded dates are padded', async () => {
    const xml = `<w:Dokument xmlns:w="http://crd.gov.pl/wzor/2010/01/26/304/" xmlns:meta="http://crd.gov.pl/xml/schematy/meta/2009/11/16/" xmlns:str="http://crd.gov.pl/xml/schematy/struktura/2009/11/16/">
      <w:DaneDokumentu><str:Naglowek><str:NazwaDokumentu>Zawiadomienie</str:NazwaDokumentu></str:Naglowek>
      <meta:Data typDaty="stworzony"><meta:Czas>2021-4-8</meta:Czas></meta:Data></w:DaneDokumentu>
      <w:TrescDokumentu><str:Zalaczniki><str:Zalacznik kodowanie="URI" format="text/xml" nazwaPliku="Uchwala.zip"><str:DaneZalacznika>https://int.epuap.gov.pl/file?id=1</str:DaneZalacznika></str:Zalacznik></str:Zalaczniki></w:TrescDokumentu>
    </w:Dokument>`;
    const form = await parseWnioDokument(encode(xml));
    expect(form).toMatchObject({
      title: 'Zawiadomienie',
      documentDate: '2021-04-08',
      senders: [],
      paragraphs: [],
    });
    expect(form.attachments).toEqual([
      {
        fileName: 'Uchwala.zip',
        mediaType: 'application/zip',
        encoding: 'URI',
        bytes: null,
        uri: 'https://int.epuap.gov.pl/file?id=1',
        description: null,
      },
    ]);
  });
});

describe('renderWnioDokumentText', () => {
  test('renders the letter for the case file: title, date, parties with addresses, content, attachments', async () => {
    const text = renderWnioDokumentText(await parseWnioDokument(letter('Wniosek o wydanie zaświadczenia')));
    expect(text).toBe(
      [
        'Wniosek o wydanie zaświadczenia',
        'Data: 2025-01-15, Warszawa',
        'Rodzaj: wniosek',
        '',
        'Nadawca:',
        '  Jan Kowalski',
        '  PESEL: 44051401359',
        '  Polna 5/2',
        '  00-950 Warszawa',
        '',
        'Adresat:',
        '  Urząd Gminy Przykładowo',
        '  Główna 1',
        '  00-001 Przykładowo',
        '',
        'Treść:',
        '  Proszę o wydanie zaświadczenia.',
        '  Z poważaniem',
        '',
        'Załączniki (1):',
        '  1. skan.pdf (application/pdf, 13 B)',
        '',
        'Dane formularza:',
        '  Podpis elektroniczny: nie',
        '  Wzór: http://crd.gov.pl/wzor/2013/12/12/1410/',
        '',
      ].join('\n'),
    );
  });
});
