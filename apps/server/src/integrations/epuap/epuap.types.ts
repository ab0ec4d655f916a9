/** A file as the ESP services carry it (`nazwaPliku`, `typPliku`, `zawartosc`). */
export type EpuapFile = { fileName: string; mediaType: string; bytes: Uint8Array };

/** `status` of an ESP answer (`kod` 1 = OK). */
export type EpuapStatus = { kod: string; komunikat: string | null };

/** `danePodmiotu` of a pulled document: the entity (person or organisation) that sent it. */
export type EpuapDanePodmiotu = {
  identyfikator: string | null;
  /** As ePUAP writes it (e.g. `F` natural person, `P` legal person). */
  typOsoby: string | null;
  imieSkrot: string | null;
  nazwiskoNazwa: string | null;
  nip: string | null;
  pesel: string | null;
  regon: string | null;
  /** Consent to electronic correspondence. */
  zgoda: boolean | null;
};

/** `daneNadawcy`: the ePUAP user and the system that submitted the document. */
export type EpuapDaneNadawcy = { uzytkownik: string | null; system: string | null };

/** What `pobierzNastepny` returns. */
export type EpuapPulledDocument = {
  document: EpuapFile;
  sender: { danePodmiotu: EpuapDanePodmiotu; daneNadawcy: EpuapDaneNadawcy };
  /** As sent (xsd:dateTime), null when absent. */
  dataNadania: string | null;
  nazwaSkrytki: string | null;
  adresSkrytki: string | null;
  adresOdpowiedzi: string | null;
  czyTestowe: boolean;
  daneDodatkowe: Uint8Array | null;
  /** The UPP issued for the document, when the service hands it over (our simulator does). */
  upp: Uint8Array | null;
  /** Base64 SHA-1 of the document bytes: what `potwierdzOdebranie` acknowledges. */
  skrot: string;
};

export type EpuapSendInput = {
  /** Recipient box, e.g. `/ugxyz/SkrytkaESP`. */
  adresSkrytki: string;
  /** Reply-to box (ours). */
  adresOdpowiedzi: string;
  /** Our id of the document / of the case (echoed in receipts). */
  identyfikatorDokumentu?: string;
  identyfikatorSprawy?: string;
  /** Dry run: ePUAP validates the document and the address, nothing is delivered. */
  czyProbne?: boolean;
  /** Extra XML passed along (`DaneDodatkowe`, base64 on the wire). */
  daneDodatkowe?: Uint8Array;
  file: EpuapFile;
};

export type EpuapSendResult = {
  /** ePUAP's id of the submitted document (empty on a dry run). */
  identyfikatorDokumentu: string;
  identyfikatorUpp: string | null;
  /** The UPP when the answer carries it (real ePUAP may deliver it later into our box). */
  upp: Uint8Array | null;
  dryRun: boolean;
  status: EpuapStatus;
};

export type EpuapDeliverInput = Omit<EpuapSendInput, 'identyfikatorDokumentu'> & {
  /** Our document id: also the idempotency key of the delivery (with our podmiot). */
  identyfikatorDokumentu: string;
  /** Pick-up deadline. */
  terminDoreczenia?: Date | string;
};

export type EpuapDeliverResult = {
  /** ePUAP's id of the delivered document. */
  identyfikatorDokumentu: string;
  identyfikatorZlecenia: string;
  /**
   * `accepted`: handed to the addressee's box, not yet collected; `collected`: the addressee
   * collected it and `upd` holds the UPD; `dry_run`: validated only.
   */
  status: 'accepted' | 'collected' | 'dry_run';
  upd: Uint8Array | null;
  epuapStatus: EpuapStatus;
};
