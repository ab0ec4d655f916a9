import type { SignerCredentials } from '../../modules/signatures/signatures.types.js';
import type { DocumentHeaders, PullBox } from './epuap.requests.js';
import {
  OK_STATUS,
  skrotOf,
  type DeliverAnswer,
  type PulledRecord,
  type SendAnswer,
} from './epuap.responses.js';
import type { EpuapFile } from './epuap.types.js';
import { buildSignedReceipt, type ReceiptParty } from './epuap-simulator.receipts.js';
import {
  citizenSender,
  officeSender,
  platformSender,
  pulledRecord,
  receiptInformation,
  sha256Hex,
} from './epuap-simulator.records.js';
import {
  SimulatorFault,
  type SimulatedDelivery,
  type SimulatorBox,
  type SimulatorStats,
  type SubmitToBoxInput,
} from './epuap-simulator.types.js';

const BOX_ADDRESS = /^\/[^/\s]+\/[^/\s]+$/;

/** The in-memory ePUAP: boxes with their pull queues, and `dorecz` deliveries. */
export function createSimulatorState({ now, signer }: { now: () => Date; signer: SignerCredentials }) {
  const boxes = new Map<string, SimulatorBox & { queue: PulledRecord[] }>();
  /** `dorecz` deliveries by (sender podmiot, sender's identyfikatorDokumentu): the idempotency key. */
  const deliveries = new Map<string, SimulatedDelivery>();
  const stats: SimulatorStats = {
    submitted: 0,
    pulled: 0,
    acknowledged: 0,
    sent: 0,
    deliveries: 0,
    deliveryRepeats: 0,
    collected: 0,
  };
  let sequence = 0;
  const nextNumber = () => (sequence += 1);

  const boxAt = (address: string) => {
    const box = boxes.get(address);
    if (!box) throw new SimulatorFault('SKRYTKA_NIE_ISTNIEJE', `Skrytka o adresie ${address} nie istnieje.`);
    return box;
  };
  const partyOfPodmiot = (podmiot: string): ReceiptParty => ({
    nazwa: [...boxes.values()].find((box) => box.podmiot === podmiot)?.name ?? podmiot,
    identyfikator: podmiot,
  });
  const ownedBox = (request: PullBox) => {
    const box = boxAt(request.adresSkrytki);
    if (box.podmiot !== request.podmiot) {
      throw new SimulatorFault(
        'BRAK_UPRAWNIEN',
        `Podmiot ${request.podmiot} nie ma dostępu do skrytki ${box.address}.`,
      );
    }
    return box;
  };

  /** A UPP for a document put into `box` by `nadawca`. */
  async function issueUpp({
    box,
    nadawca,
    file,
  }: {
    box: SimulatorBox;
    nadawca: ReceiptParty;
    file: EpuapFile;
  }) {
    const at = now();
    const documentId = `DOK${nextNumber()}`;
    const id = `SYM-UPP${nextNumber()}`;
    const bytes = await buildSignedReceipt(
      {
        kind: 'UPP',
        identyfikatorPoswiadczenia: id,
        adresat: { nazwa: box.name, identyfikator: box.podmiot },
        nadawca,
        dataDoreczenia: at,
        dataWytworzenia: at,
        identyfikatorDokumentu: documentId,
        informacje: receiptInformation({
          epuapDocumentId: documentId,
          fileName: file.fileName,
          sha256: sha256Hex(file.bytes),
        }),
      },
      signer,
    );
    return { id, documentId, bytes, at };
  }

  return {
    stats,

    addBox(address: string, { podmiot, name }: { podmiot: string; name: string }): SimulatorBox {
      if (!BOX_ADDRESS.test(address))
        throw new SimulatorFault('ZLY_ADRES', `Niepoprawny adres skrytki: ${address}`);
      boxes.set(address, { address, podmiot, name, queue: boxes.get(address)?.queue ?? [] });
      return { address, podmiot, name };
    },

    listBoxes: () =>
      [...boxes.values()].map(({ address, podmiot, name, queue }) => ({
        address,
        podmiot,
        name,
        waiting: queue.length,
      })),

    listDeliveries: () =>
      [...deliveries.values()].map(({ upd, ...rest }) => ({ ...rest, hasUpd: upd !== null })),

    /** A citizen's letter arriving into an office box (queued for pull); returns its UPP. */
    async submitToBox(input: SubmitToBoxInput): Promise<{ identyfikatorDokumentu: string; upp: Uint8Array }> {
      const box = boxAt(input.toBox);
      const file = {
        fileName: input.fileName,
        mediaType: input.mediaType ?? 'text/xml',
        bytes: input.document,
      };
      const { from } = input;
      const name = from.name ?? [from.imie, from.nazwisko].filter(Boolean).join(' ');
      const upp = await issueUpp({
        box,
        nadawca: { nazwa: name || from.identyfikator, identyfikator: from.identyfikator },
        file,
      });
      box.queue.push(
        pulledRecord({
          box: box.address,
          file,
          sender: citizenSender(from),
          at: upp.at,
          adresOdpowiedzi: input.adresOdpowiedzi ?? `/${from.identyfikator}/domyslna`,
          czyTestowe: input.czyTestowe,
          daneDodatkowe: input.daneDodatkowe,
          upp: upp.bytes,
        }),
      );
      stats.submitted += 1;
      return { identyfikatorDokumentu: upp.documentId, upp: upp.bytes };
    },

    waiting: (request: PullBox) => ownedBox(request).queue.length,

    /** The first waiting document; it stays queued until acknowledged. */
    next(request: PullBox): PulledRecord | null {
      const first = ownedBox(request).queue[0] ?? null;
      if (first) stats.pulled += 1;
      return first;
    },

    /** Removes the queued document whose SHA-1 is `skrot` (base64, or hex as some clients send it). */
    acknowledge(request: PullBox & { skrot: string | null }): void {
      const box = ownedBox(request);
      const wanted = request.skrot?.trim() ?? '';
      const index = box.queue.findIndex((item) => {
        const digest = skrotOf(item.document.bytes);
        return digest === wanted || Buffer.from(digest, 'base64').toString('hex') === wanted.toLowerCase();
      });
      if (index < 0)
        throw new SimulatorFault('BRAK_DOKUMENTU', 'W skrytce nie ma dokumentu o podanym skrócie.');
      box.queue.splice(index, 1);
      stats.acknowledged += 1;
    },

    /** `skrytka.nadaj`: queue into the recipient box, issue the UPP for the sender. */
    async send(headers: DocumentHeaders, file: EpuapFile): Promise<SendAnswer> {
      const box = boxAt(headers.adresSkrytki);
      if (headers.czyProbne) {
        const status = { kod: '1', komunikat: 'Dokument poprawny (wysyłka próbna)' };
        return { status, identyfikatorDokumentu: '', identyfikatorUpp: null, upp: null };
      }
      const sender = partyOfPodmiot(headers.identyfikatorPodmiotu);
      const upp = await issueUpp({ box, nadawca: sender, file });
      box.queue.push(
        pulledRecord({
          box: box.address,
          file,
          sender: officeSender(sender.identyfikator, sender.nazwa),
          at: upp.at,
          adresOdpowiedzi: headers.adresOdpowiedzi,
          daneDodatkowe: headers.daneDodatkowe,
          upp: upp.bytes,
        }),
      );
      stats.sent += 1;
      return {
        status: OK_STATUS,
        identyfikatorDokumentu: upp.documentId,
        identyfikatorUpp: upp.id,
        upp: { fileName: `${upp.id}.xml`, mediaType: 'text/xml', bytes: upp.bytes },
      };
    },

    /**
     * `doreczyciel.dorecz`. Idempotent by (sender podmiot, sender's identyfikatorDokumentu): a repeat
     * returns the first delivery's answer (with the UPD once collected) and delivers nothing again.
     * The outgoing dispatch relies on this to retry safely after a timeout.
     */
    deliver(headers: DocumentHeaders, file: EpuapFile): DeliverAnswer {
      const box = boxAt(headers.adresSkrytki);
      if (!headers.identyfikatorDokumentu) {
        throw new SimulatorFault('BRAK_IDENTYFIKATORA', 'Brak nagłówka IdentyfikatorDokumentu.');
      }
      if (headers.czyProbne) {
        const status = { kod: '1', komunikat: 'Dokument poprawny (doręczenie próbne)' };
        return { status, identyfikatorDokumentu: '', identyfikatorZlecenia: '', stan: 'probne', upd: null };
      }
      const key = `${headers.identyfikatorPodmiotu}\u0000${headers.identyfikatorDokumentu}`;
      let delivery = deliveries.get(key);
      if (delivery) stats.deliveryRepeats += 1;
      else {
        const number = nextNumber();
        delivery = {
          identyfikatorDokumentu: `DOK${number}`,
          identyfikatorZlecenia: `ZLE${number}`,
          senderPodmiot: headers.identyfikatorPodmiotu,
          senderIdentyfikatorDokumentu: headers.identyfikatorDokumentu,
          identyfikatorSprawy: headers.identyfikatorSprawy,
          adresSkrytki: box.address,
          adresOdpowiedzi: headers.adresOdpowiedzi,
          terminDoreczenia: headers.terminDoreczenia,
          fileName: file.fileName,
          sha256: sha256Hex(file.bytes),
          state: 'awaiting',
          collectedAt: null,
          upd: null,
        };
        deliveries.set(key, delivery);
        stats.deliveries += 1;
      }
      const { upd } = delivery;
      return {
        status: OK_STATUS,
        identyfikatorDokumentu: delivery.identyfikatorDokumentu,
        identyfikatorZlecenia: delivery.identyfikatorZlecenia,
        stan: delivery.state === 'collected' ? 'doreczone' : 'oczekuje',
        upd: upd
          ? { fileName: `UPD-${delivery.identyfikatorDokumentu}.xml`, mediaType: 'text/xml', bytes: upd }
          : null,
      };
    },

    /**
     * The addressee collects a `dorecz` delivery (found by ePUAP document id, order id or the
     * sender's identyfikatorDokumentu): the UPD is issued once, and queued into the sender's
     * reply-to box when that box is simulated.
     */
    async collect(id: string): Promise<{ identyfikatorDokumentu: string; upd: Uint8Array }> {
      const delivery = [...deliveries.values()].find((item) =>
        [item.identyfikatorDokumentu, item.identyfikatorZlecenia, item.senderIdentyfikatorDokumentu].includes(
          id,
        ),
      );
      if (!delivery) throw new SimulatorFault('BRAK_DORECZENIA', `Nie ma doręczenia ${id}.`);
      if (delivery.upd) return { identyfikatorDokumentu: delivery.identyfikatorDokumentu, upd: delivery.upd };
      const at = now();
      const recipient = boxAt(delivery.adresSkrytki);
      const upd = await buildSignedReceipt(
        {
          kind: 'UPD',
          identyfikatorPoswiadczenia: `SYM-UPD${nextNumber()}`,
          adresat: { nazwa: recipient.name, identyfikator: recipient.podmiot },
          nadawca: partyOfPodmiot(delivery.senderPodmiot),
          dataDoreczenia: at,
          dataWytworzenia: at,
          identyfikatorDokumentu: delivery.senderIdentyfikatorDokumentu,
          informacje: receiptInformation({
            epuapDocumentId: delivery.identyfikatorDokumentu,
            fileName: delivery.fileName,
            sha256: delivery.sha256,
            identyfikatorSprawy: delivery.identyfikatorSprawy,
          }),
        },
        signer,
      );
      Object.assign(delivery, { state: 'collected', collectedAt: at.toISOString(), upd });
      stats.collected += 1;
      const replyBox = delivery.adresOdpowiedzi ? boxes.get(delivery.adresOdpowiedzi) : undefined;
      replyBox?.queue.push(
        pulledRecord({
          box: replyBox.address,
          file: { fileName: `UPD-${delivery.identyfikatorDokumentu}.xml`, mediaType: 'text/xml', bytes: upd },
          sender: platformSender(),
          at,
          adresOdpowiedzi: null,
        }),
      );
      return { identyfikatorDokumentu: delivery.identyfikatorDokumentu, upd };
    },
  };
}

export type SimulatorState = ReturnType<typeof createSimulatorState>;
