/** A postal address as printed on an envelope and sent to Poczta Polska (EN `adresType`). */
export type PostalAddress = {
  name: string;
  name2?: string | null;
  street: string | null;
  building: string | null;
  flat: string | null;
  postalCode: string | null;
  city: string;
  poBox?: string | null;
  /** 'Polska' for domestic mail (also accepted: 'PL', 'Poland'), otherwise the country's name. */
  country: string;
};

/** Special delivery rules of a registered letter with a return receipt (EN `zasadySpecjalneEnum`). */
export type PostalSpecialRules = 'ADMINISTRACYJNA' | 'PODATKOWA' | 'SADOWA_CYWILNA' | 'SADOWA_KARNA';

/** One outgoing paper letter, as the registry point hands it to the post office. */
export type PostalShipment = {
  /** Our item id (UUID): `numerPrzesylkiKlienta` and, as 32 upper-case hex digits, the EN `guid`. */
  id: string;
  /** Outgoing register number, e.g. 'W/12/2026'. */
  registerNumber: string;
  /** Znak sprawy: the EN `sygnatura`. */
  caseSign: string | null;
  addressee: PostalAddress;
  kind: 'ordinary' | 'registered';
  /** PRIORYTETOWA when true, EKONOMICZNA otherwise. */
  priority: boolean;
  /** A paper return receipt (ZPO): `iloscPotwierdzenOdbioru=1`. */
  returnReceipt: boolean;
  /**
   * The special delivery rules (form of the return receipt). Left out (`undefined`) on a letter with
   * a ZPO, ADMINISTRACYJNA (KPA) is assumed; `null` means none.
   */
  specialRules?: PostalSpecialRules | null;
  /** Numer nadania of a registered letter, when known (from the R label or the dispatch book). */
  trackingNumber: string | null;
  massGrams?: number | null;
  /** S ≤ 160×230×20 mm and 500 g; M ≤ 230×325×20 mm and 1 kg; L larger. */
  format?: 'S' | 'M' | 'L';
  /** The postage, in grosze (the dispatch book's "Opłata"). */
  feeGrosze?: number | null;
  remarks?: string | null;
};

/** The office sending the letters: the return address on envelopes and the EN `nadawca`. */
export type Sender = { name: string; address: PostalAddress };
