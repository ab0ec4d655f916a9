import { FORM_NS } from '../../integrations/epuap/epuap.constants.js';
import type { EpuapFile } from '../../integrations/epuap/epuap.types.js';
import { escapeXml, toBase64, xmlElement } from '../../integrations/epuap/epuap-xml.js';

type Address = {
  street: string | null;
  building: string | null;
  flat: string | null;
  postalCode: string | null;
  city: string;
} | null;

const address = (value: Address) =>
  value
    ? `<adr:Adres>${xmlElement('adr:KodPocztowy', value.postalCode)}${xmlElement('adr:Poczta', value.city)}` +
      `${xmlElement('adr:Miejscowosc', value.city)}${xmlElement('adr:Ulica', value.street)}` +
      `${xmlElement('adr:Budynek', value.building)}${xmlElement('adr:Lokal', value.flat)}</adr:Adres>`
    : '';

const institution = (name: string, where: Address) =>
  `<meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>${escapeXml(name)}</inst:NazwaInstytucji>${address(where)}</inst:Instytucja></meta:Podmiot>`;

/**
 * The office's letter to another public body as ePUAP carries it (DOMAIN.md §5.1): a `wnio:Dokument`
 * "pismo ogólne" naming both institutions, the letter's title and znak, with the signed letter
 * itself as the attachment. The office's system seals it (XAdES) before `doreczyciel` takes it.
 */
export function buildOfficeLetterForm({
  title,
  caseSign,
  date,
  office,
  addressee,
  letter,
}: {
  title: string;
  caseSign: string | null;
  date: string;
  office: { name: string; address: Address };
  addressee: { name: string; address: Address };
  letter: EpuapFile;
}): Uint8Array {
  const info = [`W załączeniu pismo: ${title}.`, ...(caseSign ? [`Znak sprawy: ${caseSign}.`] : [])]
    .map((p) => `<wnio:Informacja>${escapeXml(p)}</wnio:Informacja>`)
    .join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<wnio:Dokument xmlns:wnio="${FORM_NS.wnio1410}" xmlns:meta="${FORM_NS.meta}" xmlns:str="${FORM_NS.str}" ` +
    `xmlns:adr="${FORM_NS.adr}" xmlns:inst="${FORM_NS.inst}" xmlns:oso="${FORM_NS.oso}">` +
    `<wnio:OpisDokumentu><meta:Data typDaty="stworzony"><meta:Czas>${escapeXml(date)}</meta:Czas></meta:Data></wnio:OpisDokumentu>` +
    `<wnio:DaneDokumentu><str:Naglowek><str:NazwaDokumentu>${escapeXml(title)}</str:NazwaDokumentu></str:Naglowek>` +
    `<meta:Data typDaty="stworzony"><meta:Czas>${escapeXml(date)}</meta:Czas></meta:Data>` +
    `<str:Adresaci>${institution(addressee.name, addressee.address)}</str:Adresaci>` +
    `<str:Nadawcy>${institution(office.name, office.address)}</str:Nadawcy></wnio:DaneDokumentu>` +
    `<wnio:TrescDokumentu format="text/xml" kodowanie="XML">` +
    `${xmlElement('wnio:MiejscowoscDokumentu', office.address?.city ?? null)}` +
    `<wnio:Tytul>${escapeXml(title)}</wnio:Tytul>` +
    `<wnio:RodzajWnioskuRozszerzony rodzaj="pismo" jakisInny="pismo"/>` +
    `<wnio:Informacje>${info}</wnio:Informacje>` +
    `<str:Zalaczniki><str:Zalacznik format="${escapeXml(letter.mediaType)}" nazwaPliku="${escapeXml(letter.fileName)}" kodowanie="base64">` +
    `<str:DaneZalacznika>${toBase64(letter.bytes)}</str:DaneZalacznika></str:Zalacznik></str:Zalaczniki>` +
    `</wnio:TrescDokumentu></wnio:Dokument>`;
  return new TextEncoder().encode(xml);
}
