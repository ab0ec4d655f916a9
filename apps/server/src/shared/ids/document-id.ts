/**
 * A system-wide document identifier (metadata A8/C4): `OBG-{office}-{year}-{uuid without dashes}`;
 * no spaces and none of `\ / * ? : = , ;`.
 */
export function buildDocumentId({ officeCode, year, id }: { officeCode: string; year: number; id: string }) {
  const office = officeCode.toUpperCase().replace(/[\s\\/*?:=,;]+/g, '-');
  return `OBG-${office}-${year}-${id.replaceAll('-', '')}`;
}

export const FORBIDDEN_IN_DOCUMENT_ID = /[\s\\/*?:=,;]/;
