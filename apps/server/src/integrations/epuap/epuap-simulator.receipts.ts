import { signXmlEnveloped } from '../../modules/signatures/sign/xades-sign.models.js';
import type { SignerCredentials } from '../../modules/signatures/signatures.types.js';
import { NS } from './epuap.constants.js';
import { escapeXml } from './epuap-xml.js';

/**
 * The simulator's receipts, shaped like the ePUAP UPPs in the samples: `pos:Dokument` (UPO
 * namespace) holding a `pos:UPP` or `pos:UPD`, signed with an enveloped XAdES-BES by the
 * simulator's "ePUAP system" certificate. Two differences from the real UPP: the signature has no
 * second reference to the certified document (its SHA-256 is an InformacjaUzupelniajaca, "Skrót
 * dokumentu (SHA-256)"), and there is no `<?xml-stylesheet?>` before the root — signXmlEnveloped
 * digests such a document differently from xmlsec and our verifier (the digest does not match).
 */

export type ReceiptParty = { nazwa: string; identyfikator: string; typIdentyfikatora?: string };
export type ReceiptInformation = { typ: string; wartosc: string };

export type ReceiptInput = {
  kind: 'UPP' | 'UPD';
  identyfikatorPoswiadczenia: string;
  adresat: ReceiptParty;
  nadawca: ReceiptParty;
  dataDoreczenia: Date;
  dataWytworzenia: Date;
  identyfikatorDokumentu: string;
  informacje: ReceiptInformation[];
};

const party = (name: 'Adresat' | 'Nadawca', value: ReceiptParty) =>
  `<pos:${name}><pos:Nazwa>${escapeXml(value.nazwa)}</pos:Nazwa>` +
  `<pos:IdentyfikatorPodmiotu TypIdentyfikatora="${escapeXml(value.typIdentyfikatora ?? 'ePUAP-ID')}">` +
  `${escapeXml(value.identyfikator)}</pos:IdentyfikatorPodmiotu></pos:${name}>`;

/** Polish local time without offset, with milliseconds, as ePUAP writes receipt dates. */
export function warsawLocalDateTime(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Warsaw',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const millis = String(date.getUTCMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${millis}`;
}

export function buildReceiptXml(input: ReceiptInput): string {
  const informacje = input.informacje
    .map(
      (info) =>
        `<pos:InformacjaUzupelniajaca TypInformacjiUzupelniajacej="${escapeXml(info.typ)}">${escapeXml(info.wartosc)}</pos:InformacjaUzupelniajaca>`,
    )
    .join('\n        ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<pos:Dokument xmlns:pos="${NS.upo}" xmlns:str="${NS.upoStr}" xmlns:xsi="${NS.xsi}" xsi:schemaLocation="${NS.upo} ${NS.upo}schemat.xsd">
    <pos:OpisDokumentu>
        <str:CID>${escapeXml(input.identyfikatorPoswiadczenia)}@symulator.epuap</str:CID>
    </pos:OpisDokumentu>
    <pos:${input.kind}>
        <pos:IdentyfikatorPoswiadczenia>${escapeXml(input.identyfikatorPoswiadczenia)}</pos:IdentyfikatorPoswiadczenia>
        ${party('Adresat', input.adresat)}
        ${party('Nadawca', input.nadawca)}
        <pos:DataDoreczenia>${warsawLocalDateTime(input.dataDoreczenia)}</pos:DataDoreczenia>
        <pos:DataWytworzeniaPoswiadczenia>${warsawLocalDateTime(input.dataWytworzenia)}</pos:DataWytworzeniaPoswiadczenia>
        <pos:IdentyfikatorDokumentu>${escapeXml(input.identyfikatorDokumentu)}</pos:IdentyfikatorDokumentu>
        ${informacje}
    </pos:${input.kind}>
</pos:Dokument>`;
}

/** The receipt XML signed (enveloped XAdES-BES, SigningTime = dataWytworzenia). */
export async function buildSignedReceipt(
  input: ReceiptInput,
  signer: SignerCredentials,
): Promise<Uint8Array> {
  return signXmlEnveloped(new TextEncoder().encode(buildReceiptXml(input)), signer, {
    signingTime: input.dataWytworzenia,
  });
}
