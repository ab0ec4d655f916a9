import type { PostalAddress, PostalShipment, PostalSpecialRules } from './postal.types.js';

const DOMESTIC = /^(polska|pl|poland|rzeczpospolita polska)$/iu;

export const isDomestic = (address: PostalAddress) => DOMESTIC.test(address.country.trim());

/** Runs of white space and control characters as one space, trimmed. */
export const collapse = (text: string) =>
  text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** A Polish postal code as `00-950` when it is five digits with or without the hyphen. */
export function formatPostalCode(code: string | null, domestic: boolean): string | null {
  if (code === null) return null;
  const value = collapse(code);
  if (value === '') return null;
  const digits = value.replace(/[\s-]/gu, '');
  return domestic && /^\d{5}$/u.test(digits) ? `${digits.slice(0, 2)}-${digits.slice(2)}` : value;
}

/**
 * The address as it is written on an envelope: name (and second name line), street and number
 * (`Długa 5/2`, or the village and house number), the P.O. box, postal code and town, and the
 * country in capitals for mail abroad (Poczta Polska's addressing rules).
 */
export function addressLines(address: PostalAddress): string[] {
  const domestic = isDomestic(address);
  const city = collapse(address.city);
  const number = [address.building, address.flat]
    .map((part) => collapse(part ?? ''))
    .filter(Boolean)
    .join('/');
  const street = collapse(address.street ?? '');
  // A village without streets: its name and the house number (`Mnichowo 132`).
  const streetLine =
    street !== '' ? [street, number].filter(Boolean).join(' ') : number && `${city} ${number}`;
  const place = [
    streetLine,
    address.poBox ? `skr. poczt. ${collapse(address.poBox)}` : '',
    [formatPostalCode(address.postalCode, domestic), city].filter(Boolean).join(' '),
    domestic ? '' : collapse(address.country).toLocaleUpperCase('pl'),
  ];
  return [collapse(address.name), collapse(address.name2 ?? ''), ...place].filter((line) => line !== '');
}

/** The address in one line, for a register or a dispatch book: everything but the name. */
export const deliveryPlace = (address: PostalAddress) =>
  addressLines({ ...address, name: '', name2: null }).join(', ');

/** The statute a return receipt's form follows, as envelopes and books abbreviate it. */
export const SPECIAL_RULES_LABEL: Record<PostalSpecialRules, string> = {
  ADMINISTRACYJNA: 'KPA',
  PODATKOWA: 'OP',
  SADOWA_CYWILNA: 'KPC',
  SADOWA_KARNA: 'KPK',
};

/**
 * A registered letter's special rules: as given; when not given at all (`undefined`), ADMINISTRACYJNA
 * (KPA) for a letter with a ZPO; `null` is a plain ZPO under no statute's special form.
 */
export const specialRulesOf = (shipment: PostalShipment): PostalSpecialRules | null =>
  shipment.specialRules === undefined
    ? shipment.returnReceipt
      ? 'ADMINISTRACYJNA'
      : null
    : shipment.specialRules;

/** Grosze as Polish złoty without the unit: `1250` → `12,50`. */
export function formatZloty(grosze: number): string {
  const sign = grosze < 0 ? '-' : '';
  const abs = Math.abs(Math.round(grosze));
  const zloty = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, '\u00a0');
  return `${sign}${zloty},${String(abs % 100).padStart(2, '0')}`;
}
