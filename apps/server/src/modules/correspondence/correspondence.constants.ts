/** The register of incoming items (rejestr przesyłek wpływających). */
export const RPW_REGISTER_CODE = 'RPW';
export const DEFAULT_RPW_FORMAT = 'RPW/{n}/{yyyy}';

/** Seeded for every office (migration 0007 for existing ones, the office bootstrap for new ones). */
export const DEFAULT_DELIVERY_METHODS = [
  ['list_zwykly', 'list zwykły'],
  ['list_polecony', 'list polecony'],
  ['list_polecony_zpo', 'list polecony ZPO'],
  ['kurier', 'kurier'],
  ['osobiscie', 'osobiście'],
  ['epuap', 'ePUAP'],
  ['e_doreczenia', 'e-Doręczenia'],
  ['e_mail', 'e-mail'],
  ['fax', 'fax'],
  ['nosnik', 'nośnik danych'],
] as const;

export const DEFAULT_DOCUMENT_KINDS = [
  ['pismo', 'pismo'],
  ['wniosek', 'wniosek'],
  ['faktura', 'faktura'],
  ['skarga', 'skarga'],
  ['notatka', 'notatka'],
  ['umowa', 'umowa'],
  ['opinia', 'opinia'],
] as const;

/** Registrations remember a client's `Idempotency-Key` this long. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_SCOPE_REGISTER = 'incoming.register';
/** List pages are offsets; deeper than this, narrow the filters. */
export const MAX_LIST_OFFSET = 10_000;
/** Exports and register printouts stop at this many rows. */
export const MAX_EXPORT_ROWS = 10_000;
