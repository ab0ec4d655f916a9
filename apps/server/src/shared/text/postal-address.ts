export type PostalAddressParts = {
  street: string | null;
  building: string | null;
  flat: string | null;
  postalCode: string | null;
  city: string;
};

/** The lines of an address as a Polish letter prints it: `Długa 5/2`, `00-950 Warszawa`. */
export function postalAddressLines(a: PostalAddressParts): string[] {
  const number = [a.building, a.flat].filter(Boolean).join('/');
  return [
    [a.street, number].filter(Boolean).join(' '),
    [a.postalCode, a.city].filter(Boolean).join(' '),
  ].filter((line) => line.trim() !== '');
}
