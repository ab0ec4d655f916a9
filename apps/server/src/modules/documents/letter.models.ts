import type { TemplateField } from '@obieg/contracts/documents';

/**
 * A letter: the frame fixed when the draft is made (office header, place and date, znak,
 * addressee, closing and signature block — fields already filled) and the body, which each
 * version may change. Rendered to PDF (to read, approve and sign) and DOCX (to edit in a word
 * processor).
 */
export type LetterFrame = {
  header: string[];
  placeAndDate: string;
  caseSign: string;
  addressee: string[];
  closing: string | null;
  signature: string[];
  logoFileId: string | null;
};

export type LetterFields = Partial<Record<TemplateField, string>>;

const FIELD = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The `{{names}}` a text uses. */
export function fieldsUsed(text: string): string[] {
  return [...text.matchAll(FIELD)].map((m) => m[1] ?? '');
}

/** The text with every known field filled (an empty value leaves nothing; unknown names stay). */
export function fillFields(text: string, fields: LetterFields): string {
  return text.replace(FIELD, (whole, name: string) =>
    Object.hasOwn(fields, name) ? (fields[name as TemplateField] ?? '') : whole,
  );
}

const MONTHS = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];

/** `2026-11-22` → `22 listopada 2026 r.` */
export function polishLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year} r.`;
}

/** Lines of a multi-line field, without trailing blanks. */
export const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line, index, all) => line !== '' || index < all.length - 1);

/** Paragraphs of a body: separated by blank lines; single line breaks kept inside a paragraph. */
export function paragraphs(body: string): string[][] {
  return body
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trimEnd()))
    .filter((p) => p.some((l) => l.trim() !== ''));
}
