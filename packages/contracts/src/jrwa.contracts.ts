import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './common.contracts.js';

export const jrwaClassSchema = z.object({
  symbol: z.string().describe('Decimal symbol; each level extends the parent by one digit.'),
  title: z.string().describe('Hasło klasyfikacyjne.'),
  category: z
    .string()
    .nullable()
    .describe('Archival category in the leading unit (A, B5, BE10, Bc); only end classes.'),
  categoryOther: z.string().nullable().describe('Archival category in other units (usually Bc).'),
  remarks: z.string().nullable(),
  level: z.number().int(),
  parentSymbol: z.string().nullable(),
  final: z.boolean().describe('End class (klasa końcowa): cases are registered only here.'),
});
export type JrwaClass = z.infer<typeof jrwaClassSchema>;

export const jrwaVersionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  demonstration: z.boolean().describe('True for the demo fragment: not a legal JRWA of any office.'),
  classCount: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type JrwaVersion = z.infer<typeof jrwaVersionSchema>;

export const jrwaListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Symbol prefix or words of the title; Polish diacritics optional.'),
  versionId: z.uuid().optional().describe('Defaults to the version in force today.'),
  finalOnly: z.stringbool().optional(),
});
export const jrwaListResponseSchema = z.object({
  items: z.array(jrwaClassSchema),
  total: z.number().int(),
  version: jrwaVersionSchema.nullable(),
});

/**
 * Problems found in a JRWA import file (`issues[]` of `jrwa.import_invalid`, `warnings[]` of an
 * import). `params` name the values involved: `symbol`, `firstLine` (duplicates), `parentSymbol`,
 * `category`, `value`, `length`, `maxLength`, `children`, `fields`, `header`.
 */
export const JRWA_ISSUE_CODES = [
  'jrwa.row.symbol_invalid',
  'jrwa.row.symbol_duplicate',
  'jrwa.row.parent_missing',
  'jrwa.row.title_missing',
  'jrwa.row.title_too_long',
  'jrwa.row.category_invalid',
  'jrwa.row.category_other_invalid',
  'jrwa.row.end_class_without_category',
  'jrwa.row.category_on_non_end_class',
  'jrwa.row.too_many_fields',
  'jrwa.row.single_child',
  'jrwa.row.too_many_children',
  'jrwa.file.empty',
  'jrwa.file.header_unknown',
  'jrwa.file.malformed',
  'jrwa.file.doctype_forbidden',
] as const;
export type JrwaIssueCode = (typeof JRWA_ISSUE_CODES)[number];

export const jrwaIssueSchema = z.object({
  line: z.number().int(),
  symbol: z.string().nullable(),
  code: z.string().describe('One of JRWA_ISSUE_CODES; clients should tolerate codes added later.'),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type JrwaIssue = z.infer<typeof jrwaIssueSchema>;

export const jrwaImportResultSchema = z.object({
  version: jrwaVersionSchema,
  imported: z.number().int(),
  warnings: z.array(jrwaIssueSchema),
});
export type JrwaImportResult = z.infer<typeof jrwaImportResultSchema>;

export const jrwaExportQuerySchema = z.object({
  format: z.enum(['csv', 'xml']).default('csv'),
  versionId: z.uuid().optional(),
});

export const jrwaExtractSchema = z.object({
  orgUnitId: z.uuid(),
  versionId: z.uuid(),
  symbols: z.array(z.string()),
});
export const setJrwaExtractInputSchema = z.strictObject({
  symbols: z.array(z.string().regex(/^\d{1,10}$/)).max(5000),
});
