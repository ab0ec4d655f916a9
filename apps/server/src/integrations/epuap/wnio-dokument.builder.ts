import { FORM_NS } from './epuap.constants.js';
import type { EpuapFile } from './epuap.types.js';
import { escapeXml, toBase64, xmlElement } from './epuap-xml.js';

export type SampleAddress = {
  street?: string;
  building?: string;
  flat?: string;
  postalCode?: string;
  city?: string;
};

export type SampleWnioDokumentInput = {
  title: string;
  /** "Imię Nazwisko" of the citizen (the last word is the surname). */
  senderName: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  attachments?: EpuapFile[];
  senderPesel?: string;
  senderEmail?: string;
  senderAddress?: SampleAddress;
  /** The office addressed (default: a sample municipality). */
  addressee?: { name: string; address?: SampleAddress };
  /** `YYYY-MM-DD` (default 2025-01-15: the sample is deterministic). */
  date?: string;
  place?: string;
};

const address = (value: SampleAddress | undefined) =>
  value
    ? `<adr:Adres>${xmlElement('adr:KodPocztowy', value.postalCode)}${xmlElement('adr:Poczta', value.city)}` +
      `${xmlElement('adr:Miejscowosc', value.city)}${xmlElement('adr:Ulica', value.street)}` +
      `${xmlElement('adr:Budynek', value.building)}${xmlElement('adr:Lokal', value.flat)}</adr:Adres>`
    : '';

/**
 * A "pismo ogólne do podmiotu publicznego" (`wnio:Dokument`, form 1410, DOMAIN.md §5.1) from a
 * citizen, unsigned, for demos and tests: the shape ePUAP hands an office's ESP box.
 */
export function buildSampleWnioDokument(input: SampleWnioDokumentInput): Uint8Array {
  const words = input.senderName.trim().split(/\s+/);
  const surname = words.length > 1 ? (words.pop() as string) : (words[0] ?? '');
  const givenNames = words.length > 0 && words[0] !== surname ? words.join(' ') : '';
  const date = input.date ?? '2025-01-15';
  const addressee = input.addressee ?? {
    name: 'Urząd Gminy Przykładowo',
    address: { street: 'Główna', building: '1', postalCode: '00-001', city: 'Przykładowo' },
  };
  const paragraphs = input.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<wnio:Informacja>${escapeXml(paragraph)}</wnio:Informacja>`)
    .join('');
  const attachments = (input.attachments ?? [])
    .map(
      (file) =>
        `<str:Zalacznik format="${escapeXml(file.mediaType)}" nazwaPliku="${escapeXml(file.fileName)}" kodowanie="base64">` +
        `<str:DaneZalacznika>${toBase64(file.bytes)}</str:DaneZalacznika></str:Zalacznik>`,
    )
    .join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="${FORM_NS.wnio1410}styl.xsl"?>` +
    `<wnio:Dokument xmlns:wnio="${FORM_NS.wnio1410}" xmlns:meta="${FORM_NS.meta}" xmlns:str="${FORM_NS.str}" ` +
    `xmlns:adr="${FORM_NS.adr}" xmlns:inst="${FORM_NS.inst}" xmlns:oso="${FORM_NS.oso}">` +
    `<wnio:OpisDokumentu><meta:Data typDaty="stworzony"><meta:Czas>${escapeXml(date)}T10:00:00</meta:Czas></meta:Data></wnio:OpisDokumentu>` +
    `<wnio:DaneDokumentu><str:Naglowek><str:NazwaDokumentu>Pismo ogólne do podmiotu publicznego</str:NazwaDokumentu></str:Naglowek>` +
    `<meta:Data typDaty="stworzony"><meta:Czas>${escapeXml(date)}</meta:Czas></meta:Data>` +
    `<str:Adresaci><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>${escapeXml(addressee.name)}</inst:NazwaInstytucji>` +
    `${address(addressee.address)}</inst:Instytucja></meta:Podmiot></str:Adresaci>` +
    `<str:Nadawcy><meta:Podmiot><oso:Osoba>` +
    `${input.senderPesel ? `<oso:IdOsoby><oso:PESEL>${escapeXml(input.senderPesel)}</oso:PESEL></oso:IdOsoby>` : ''}` +
    `${givenNames ? `<oso:Imie>${escapeXml(givenNames)}</oso:Imie>` : ''}<oso:Nazwisko>${escapeXml(surname)}</oso:Nazwisko>` +
    `${address(input.senderAddress)}${input.senderEmail ? `<adr:Kontakt><adr:Email>${escapeXml(input.senderEmail)}</adr:Email></adr:Kontakt>` : ''}` +
    `</oso:Osoba></meta:Podmiot></str:Nadawcy></wnio:DaneDokumentu>` +
    `<wnio:TrescDokumentu format="text/xml" kodowanie="XML">` +
    `${xmlElement('wnio:MiejscowoscDokumentu', input.place ?? input.senderAddress?.city ?? null)}` +
    `<wnio:Tytul>${escapeXml(input.title)}</wnio:Tytul>` +
    `<wnio:RodzajWnioskuRozszerzony rodzaj="wniosek" jakisInny="inne pismo"/>` +
    `<wnio:Informacje>${paragraphs}</wnio:Informacje>` +
    `${attachments ? `<str:Zalaczniki>${attachments}</str:Zalaczniki>` : ''}` +
    `</wnio:TrescDokumentu></wnio:Dokument>`;
  return new TextEncoder().encode(xml);
}
