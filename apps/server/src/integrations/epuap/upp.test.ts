import { describe, expect, test } from 'vitest';
import { buildReceiptXml } from './epuap-simulator.receipts.js';
import { parseUpoReceipt } from './upp.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseUpoReceipt', () => {
  test('reads a UPD: ids, parties, dates as written, the case id echoed in the supplementary information', async () => {
    const xml = buildReceiptXml({
      kind: 'UPD',
      identyfikatorPoswiadczenia: 'SYM-UPD7',
      adresat: { nazwa: 'Jan Kowalski', identyfikator: 'jan_kowalski' },
      nadawca: { nazwa: 'Urząd Gminy Demo', identyfikator: 'ugdemo' },
      dataDoreczenia: new Date('2025-03-10T08:15:00.250Z'),
      dataWytworzenia: new Date('2025-03-10T08:15:01Z'),
      identyfikatorDokumentu: 'OB-1',
      informacje: [{ typ: 'Identyfikator sprawy', wartosc: 'ORG.0012.3.2025' }],
    });
    expect(await parseUpoReceipt(encode(xml))).toEqual({
      kind: 'UPD',
      identyfikatorPoswiadczenia: 'SYM-UPD7',
      identyfikatorDokumentu: 'OB-1',
      dataDoreczenia: '2025-03-10T09:15:00.250',
      dataWytworzenia: '2025-03-10T09:15:01.000',
      adresat: { nazwa: 'Jan Kowalski', identyfikator: 'jan_kowalski', typIdentyfikatora: 'ePUAP-ID' },
      nadawca: { nazwa: 'Urząd Gminy Demo', identyfikator: 'ugdemo', typIdentyfikatora: 'ePUAP-ID' },
      informacjeUzupelniajace: [{ typ: 'Identyfikator sprawy', wartosc: 'ORG.0012.3.2025' }],
      identyfikatorSprawy: 'ORG.0012.3.2025',
      cid: 'SYM-UPD7@symulator.epuap',
      signed: false,
    });
  });

  test('tolerates a BOM, xsi:nil and the 0001-01-01 placeholder date (both become null)', async () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="utf-8"?><pos:Dokument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:pos="http://crd.gov.pl/xml/schematy/UPO/2008/05/09/">' +
      '<pos:UPP><pos:IdentyfikatorPoswiadczenia>1/2019</pos:IdentyfikatorPoswiadczenia>' +
      '<pos:Adresat><pos:Nazwa>Urząd</pos:Nazwa><pos:IdentyfikatorPodmiotu TypIdentyfikatora="NIP">1234563218</pos:IdentyfikatorPodmiotu></pos:Adresat>' +
      '<pos:DataDoreczenia xsi:nil="true"/><pos:DataWytworzeniaPoswiadczenia>0001-01-01T00:00:00</pos:DataWytworzeniaPoswiadczenia>' +
      '<pos:IdentyfikatorDokumentu>NPII.1.2019</pos:IdentyfikatorDokumentu></pos:UPP></pos:Dokument>';
    expect(await parseUpoReceipt(encode(xml))).toMatchObject({
      kind: 'UPP',
      identyfikatorPoswiadczenia: '1/2019',
      dataDoreczenia: null,
      dataWytworzenia: null,
      adresat: { typIdentyfikatora: 'NIP' },
      nadawca: null,
    });
  });

  test.each([
    ['a form', '<wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2013/12/12/1410/"/>'],
    [
      'a UPO-namespace document without a receipt',
      '<pos:Dokument xmlns:pos="http://crd.gov.pl/xml/schematy/UPO/2008/05/09/"/>',
    ],
    ['broken XML', '<pos:UPP'],
  ])('refuses %s with epuap.not_a_receipt', async (_, xml) => {
    await expect(parseUpoReceipt(encode(xml))).rejects.toMatchObject({ code: 'epuap.not_a_receipt' });
  });

  test('refuses a receipt with an entity declaration', async () => {
    await expect(parseUpoReceipt(encode('<!DOCTYPE a [<!ENTITY b "c">]><a/>'))).rejects.toMatchObject({
      code: 'epuap.xml_refused',
    });
  });
});
