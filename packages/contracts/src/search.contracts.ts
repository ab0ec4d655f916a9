import { z } from 'zod';
import { isoDateSchema } from './common.contracts.js';

// One search across incoming items, cases, case documents and contacts (issue 4 §7, ADR 0009).

export const SEARCH_TYPES = ['incoming', 'case', 'document', 'contact'] as const;
export const searchTypeSchema = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof searchTypeSchema>;

export const searchQuerySchema = z.object({
  q: z.string().max(10_000).describe('Words; each matches the start of a word, Polish letters or not.'),
  type: searchTypeSchema.optional(),
  from: isoDateSchema.optional().describe('Registered, opened or added on or after this day.'),
  to: isoDateSchema.optional().describe('… on or before this day.'),
  unitId: z.uuid().optional().describe('Cases and their documents of this leading unit.'),
  status: z
    .string()
    .max(20)
    .optional()
    .describe('Cases: open, suspended, closed; items: registered, cancelled.'),
  jrwaSymbol: z
    .string()
    .regex(/^\d{1,10}$/)
    .optional()
    .describe('Cases and documents in this JRWA class or any class under it.'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A piece of a fragment; `match` pieces are what the words matched (shown highlighted). */
export const fragmentPartSchema = z.object({ text: z.string(), match: z.boolean() });

export const searchHitSchema = z.object({
  type: searchTypeSchema,
  id: z.uuid(),
  /** For a document: its case. */
  caseId: z.uuid().nullable(),
  title: z.string(),
  reference: z.string().describe('RPW number, znak sprawy, document identifier, or the contact’s city.'),
  date: z.string().nullable().describe('Registration, opening or addition (ISO), if any.'),
  matchedIn: z.enum(['metadata', 'content']),
  fragment: z.array(fragmentPartSchema).describe('The title, or text around the first match in the content.'),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  words: z.array(z.string()).describe('The words searched for, folded (no Polish letters, lower case).'),
  correctedWords: z
    .array(z.string())
    .nullable()
    .describe(
      'When nothing matched the words as typed: the nearest known words (trigram similarity) the items were found by instead; otherwise null.',
    ),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
