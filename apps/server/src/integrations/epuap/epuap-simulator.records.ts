import { createHash } from 'node:crypto';
import type { PulledRecord } from './epuap.responses.js';
import type { EpuapDanePodmiotu, EpuapFile, EpuapPulledDocument } from './epuap.types.js';
import type { SimulatedSender } from './epuap-simulator.types.js';
import type { ReceiptInformation } from './epuap-simulator.receipts.js';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Sender = EpuapPulledDocument['sender'];

/** A queued document as `pobierzNastepny` hands it over. */
export function pulledRecord(input: {
  box: string;
  file: EpuapFile;
  sender: Sender;
  at: Date;
  adresOdpowiedzi: string | null;
  czyTestowe?: boolean;
  daneDodatkowe?: Uint8Array | null;
  upp?: Uint8Array | null;
}): PulledRecord {
  return {
    document: input.file,
    sender: input.sender,
    dataNadania: input.at.toISOString(),
    nazwaSkrytki: input.box.split('/').at(-1) ?? null,
    adresSkrytki: input.box,
    adresOdpowiedzi: input.adresOdpowiedzi,
    czyTestowe: input.czyTestowe ?? false,
    daneDodatkowe: input.daneDodatkowe ?? null,
    upp: input.upp ?? null,
  };
}

const entity = (values: Partial<EpuapDanePodmiotu>): EpuapDanePodmiotu => ({
  identyfikator: null,
  typOsoby: null,
  imieSkrot: null,
  nazwiskoNazwa: null,
  nip: null,
  pesel: null,
  regon: null,
  zgoda: null,
  ...values,
});

/** A citizen (or a company) using an ePUAP form. */
export const citizenSender = (from: SimulatedSender): Sender => ({
  danePodmiotu: entity({
    identyfikator: from.identyfikator,
    typOsoby: from.typOsoby ?? (from.nazwisko ? 'F' : 'P'),
    imieSkrot: from.imie ?? null,
    nazwiskoNazwa: from.nazwisko ?? from.name ?? null,
    nip: from.nip ?? null,
    pesel: from.pesel ?? null,
    regon: from.regon ?? null,
    zgoda: from.zgoda ?? true,
  }),
  daneNadawcy: { uzytkownik: from.uzytkownik ?? from.identyfikator, system: from.system ?? 'ePUAP' },
});

/** An office's system sending through `skrytka.nadaj`. */
export const officeSender = (podmiot: string, name: string): Sender => ({
  danePodmiotu: entity({ identyfikator: podmiot, typOsoby: 'P', nazwiskoNazwa: name, zgoda: true }),
  daneNadawcy: { uzytkownik: null, system: podmiot },
});

/** ePUAP itself (receipts put into a box). */
export const platformSender = (): Sender => ({
  danePodmiotu: entity({ identyfikator: 'epuap', typOsoby: 'P', nazwiskoNazwa: 'ePUAP' }),
  daneNadawcy: { uzytkownik: null, system: 'ePUAP' },
});

/** The supplementary information of the simulator's receipts. */
export function receiptInformation(input: {
  epuapDocumentId: string;
  fileName: string;
  sha256: string;
  identyfikatorSprawy?: string | null;
}): ReceiptInformation[] {
  return [
    { typ: 'Źródło', wartosc: 'Poświadczenie wystawione przez symulator ePUAP' },
    { typ: 'Identyfikator ePUAP dokumentu', wartosc: input.epuapDocumentId.replace(/^DOK/, '') },
    { typ: 'Nazwa pliku', wartosc: input.fileName },
    { typ: 'Skrót dokumentu (SHA-256)', wartosc: input.sha256 },
    ...(input.identyfikatorSprawy
      ? [{ typ: 'Identyfikator sprawy', wartosc: input.identyfikatorSprawy }]
      : []),
  ];
}
