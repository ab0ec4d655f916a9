import { createHash } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import { SIMULATOR_EXTENSIONS, STATUS_OK } from './epuap.constants.js';
import { epuapError, isEpuapError } from './epuap.errors.js';
import { buildFileElement, readFileElement } from './epuap.requests.js';
import type {
  EpuapDanePodmiotu,
  EpuapDaneNadawcy,
  EpuapFile,
  EpuapPulledDocument,
  EpuapStatus,
} from './epuap.types.js';
import { childNamed, childText, fromBase64, parseBoolean, toBase64, xmlElement } from './epuap-xml.js';

/**
 * Answers of the ESP services, written by the simulator and read by the client. Readers throw
 * `epuap.invalid_response` for answers that lack what the operation returns.
 */

export const OK_STATUS: EpuapStatus = { kod: STATUS_OK, komunikat: 'OK' };

export const buildStatus = (status: EpuapStatus, name = 'status') =>
  `<${name}>${xmlElement('kod', status.kod)}${xmlElement('komunikat', status.komunikat)}</${name}>`;

export function readStatus(payload: Element): EpuapStatus {
  const status = childNamed(payload, 'status');
  const kod = childText(status, 'kod');
  if (kod === null) throw epuapError('epuap.invalid_response', 'The answer has no status/kod.');
  return { kod, komunikat: childText(status, 'komunikat') };
}

/** A status other than 1 is the service refusing the call. */
export function ensureStatusOk(status: EpuapStatus): void {
  if (status.kod === STATUS_OK) return;
  throw epuapError('epuap.fault', `ePUAP refused the call: ${status.komunikat ?? `status ${status.kod}`}`, {
    details: { faultCode: `status:${status.kod}`, faultString: status.komunikat ?? undefined },
  });
}

/** SHA-1 of the bytes, base64: the `skrot` a pulled document is acknowledged with. */
export const skrotOf = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('base64');

export type PulledRecord = Omit<EpuapPulledDocument, 'skrot'>;

export function buildPullResponse(record: PulledRecord | null, status: EpuapStatus = OK_STATUS): string {
  if (!record) return `<obi:OdpowiedzPullPobierz>${buildStatus(status)}</obi:OdpowiedzPullPobierz>`;
  const podmiot = record.sender.danePodmiotu;
  const nadawca = record.sender.daneNadawcy;
  return (
    `<obi:OdpowiedzPullPobierz>${buildStatus(status)}` +
    `<danePodmiotu>${xmlElement('identyfikator', podmiot.identyfikator)}${xmlElement('typOsoby', podmiot.typOsoby)}` +
    `${xmlElement('imieSkrot', podmiot.imieSkrot)}${xmlElement('nazwiskoNazwa', podmiot.nazwiskoNazwa)}` +
    `${xmlElement('nip', podmiot.nip)}${xmlElement('pesel', podmiot.pesel)}${xmlElement('regon', podmiot.regon)}` +
    `${xmlElement('zgoda', podmiot.zgoda === null ? null : String(podmiot.zgoda))}</danePodmiotu>` +
    `<daneNadawcy>${xmlElement('uzytkownik', nadawca.uzytkownik)}${xmlElement('system', nadawca.system)}</daneNadawcy>` +
    `${xmlElement('dataNadania', record.dataNadania)}${xmlElement('nazwaSkrytki', record.nazwaSkrytki)}` +
    `${xmlElement('adresSkrytki', record.adresSkrytki)}${xmlElement('adresOdpowiedzi', record.adresOdpowiedzi)}` +
    `<czyTestowe>${record.czyTestowe}</czyTestowe>` +
    `${xmlElement('daneDodatkowe', record.daneDodatkowe ? toBase64(record.daneDodatkowe) : null)}` +
    `${buildFileElement('dokument', record.document)}` +
    `${xmlElement(SIMULATOR_EXTENSIONS.pulledUpp, record.upp ? toBase64(record.upp) : null)}` +
    `</obi:OdpowiedzPullPobierz>`
  );
}

/**
 * The pulled document, or null when the box had nothing waiting: no `dokument`, whatever the
 * status says (an empty box may come with a non-1 status; refusals come as SOAP Faults).
 */
export function readPullResponse(payload: Element): EpuapPulledDocument | null {
  const status = readStatus(payload);
  const dokument = childNamed(payload, 'dokument');
  if (!dokument) return null;
  ensureStatusOk(status);
  const podmiot = childNamed(payload, 'danePodmiotu');
  const nadawca = childNamed(payload, 'daneNadawcy');
  const danePodmiotu: EpuapDanePodmiotu = {
    identyfikator: childText(podmiot, 'identyfikator'),
    typOsoby: childText(podmiot, 'typOsoby'),
    imieSkrot: childText(podmiot, 'imieSkrot'),
    nazwiskoNazwa: childText(podmiot, 'nazwiskoNazwa'),
    nip: childText(podmiot, 'nip'),
    pesel: childText(podmiot, 'pesel'),
    regon: childText(podmiot, 'regon'),
    zgoda: parseBoolean(childText(podmiot, 'zgoda')),
  };
  const daneNadawcy: EpuapDaneNadawcy = {
    uzytkownik: childText(nadawca, 'uzytkownik'),
    system: childText(nadawca, 'system'),
  };
  const document = readFile(dokument);
  return {
    document,
    sender: { danePodmiotu, daneNadawcy },
    dataNadania: childText(payload, 'dataNadania'),
    nazwaSkrytki: childText(payload, 'nazwaSkrytki'),
    adresSkrytki: childText(payload, 'adresSkrytki'),
    adresOdpowiedzi: childText(payload, 'adresOdpowiedzi'),
    czyTestowe: parseBoolean(childText(payload, 'czyTestowe')) ?? false,
    daneDodatkowe: fromBase64(childText(payload, 'daneDodatkowe')),
    upp: fromBase64(childText(payload, SIMULATOR_EXTENSIONS.pulledUpp)),
    skrot: skrotOf(document.bytes),
  };
}

export const buildWaitingResponse = (count: number) =>
  `<obi:OdpowiedzPullOczekujace>${buildStatus(OK_STATUS)}<oczekujace>${count}</oczekujace></obi:OdpowiedzPullOczekujace>`;

export function readWaitingResponse(payload: Element): number {
  ensureStatusOk(readStatus(payload));
  const count = Number(childText(payload, 'oczekujace'));
  if (!Number.isInteger(count) || count < 0)
    throw epuapError('epuap.invalid_response', 'oczekujace is not a count.');
  return count;
}

export const buildAckResponse = (status: EpuapStatus) =>
  `<obi:OdpowiedzPullPotwierdz>${buildStatus(status)}</obi:OdpowiedzPullPotwierdz>`;

export type SendAnswer = {
  status: EpuapStatus;
  identyfikatorDokumentu: string;
  identyfikatorUpp: string | null;
  upp: EpuapFile | null;
};

export const buildSendResponse = (answer: SendAnswer) =>
  `<obi:OdpowiedzSkrytki>${buildStatus(answer.status)}${xmlElement('identyfikatorDokumentu', answer.identyfikatorDokumentu)}` +
  `${xmlElement('identyfikatorUpp', answer.identyfikatorUpp)}${answer.upp ? buildFileElement('zalacznik', answer.upp) : ''}</obi:OdpowiedzSkrytki>`;

export function readSendResponse(payload: Element): SendAnswer {
  const status = readStatus(payload);
  ensureStatusOk(status);
  const zalacznik = childNamed(payload, 'zalacznik');
  return {
    status,
    identyfikatorDokumentu: childText(payload, 'identyfikatorDokumentu') ?? '',
    identyfikatorUpp: childText(payload, 'identyfikatorUpp'),
    upp: zalacznik ? readFile(zalacznik) : null,
  };
}

export type DeliverAnswer = {
  status: EpuapStatus;
  identyfikatorDokumentu: string;
  identyfikatorZlecenia: string;
  /** Simulator extension: `oczekuje` | `doreczone` | `probne`. */
  stan: string | null;
  upd: EpuapFile | null;
};

export const buildDeliverResponse = (answer: DeliverAnswer) =>
  `<obi:OdpowiedzDoreczyciela>${buildStatus(answer.status)}` +
  `${xmlElement('identyfikatorDokumentu', answer.identyfikatorDokumentu)}${xmlElement('identyfikatorZlecenia', answer.identyfikatorZlecenia)}` +
  `${xmlElement(SIMULATOR_EXTENSIONS.deliveryState, answer.stan)}` +
  `${answer.upd ? buildFileElement(SIMULATOR_EXTENSIONS.deliveryReceipt, answer.upd) : ''}</obi:OdpowiedzDoreczyciela>`;

export function readDeliverResponse(payload: Element): DeliverAnswer {
  const status = readStatus(payload);
  ensureStatusOk(status);
  const receipt = childNamed(payload, SIMULATOR_EXTENSIONS.deliveryReceipt);
  return {
    status,
    identyfikatorDokumentu: childText(payload, 'identyfikatorDokumentu') ?? '',
    identyfikatorZlecenia: childText(payload, 'identyfikatorZlecenia') ?? '',
    stan: childText(payload, SIMULATOR_EXTENSIONS.deliveryState),
    upd: receipt ? readFile(receipt) : null,
  };
}

function readFile(element: Element): EpuapFile {
  try {
    return readFileElement(element);
  } catch (error) {
    if (isEpuapError(error)) throw epuapError('epuap.invalid_response', error.message, { cause: error });
    throw error;
  }
}
