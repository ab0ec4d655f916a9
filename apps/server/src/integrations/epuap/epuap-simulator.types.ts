/** A refusal the simulator answers with a SOAP Fault (`soapenv:Client`, detail kod/komunikat). */
export class SimulatorFault extends Error {
  constructor(
    readonly kod: string,
    message: string,
  ) {
    super(message);
    this.name = 'SimulatorFault';
  }
}

export type SimulatorBox = { address: string; podmiot: string; name: string };

/** Who submits a letter into a box (a citizen or an organisation using an ePUAP form). */
export type SimulatedSender = {
  identyfikator: string;
  name?: string;
  imie?: string;
  nazwisko?: string;
  typOsoby?: string;
  pesel?: string;
  nip?: string;
  regon?: string;
  zgoda?: boolean;
  uzytkownik?: string;
  system?: string;
};

export type SubmitToBoxInput = {
  toBox: string;
  from: SimulatedSender;
  /** The letter, normally a `wnio:Dokument` (see buildSampleWnioDokument). */
  document: Uint8Array;
  fileName: string;
  mediaType?: string;
  adresOdpowiedzi?: string;
  czyTestowe?: boolean;
  daneDodatkowe?: Uint8Array;
};

export type SimulatedDelivery = {
  /** ePUAP's ids of the delivered document and of the delivery order. */
  identyfikatorDokumentu: string;
  identyfikatorZlecenia: string;
  senderPodmiot: string;
  senderIdentyfikatorDokumentu: string;
  identyfikatorSprawy: string | null;
  adresSkrytki: string;
  adresOdpowiedzi: string | null;
  terminDoreczenia: string | null;
  fileName: string;
  sha256: string;
  state: 'awaiting' | 'collected';
  collectedAt: string | null;
  upd: Uint8Array | null;
};

export type SimulatorStats = {
  submitted: number;
  pulled: number;
  acknowledged: number;
  sent: number;
  deliveries: number;
  deliveryRepeats: number;
  collected: number;
};
