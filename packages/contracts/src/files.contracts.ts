import { z } from 'zod';
import { isoDateTimeSchema } from './common.contracts.js';

/** An uploaded file (an original, never modified); the content is read at `/api/v1/files/{id}/content`. */
export const fileSchema = z.object({
  id: z.uuid(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the content, lowercase hex.'),
  size: z.number().int().min(1).describe('Bytes.'),
  mediaType: z.string().describe('Detected from the content (magic bytes), not from the name.'),
  name: z.string().describe('The sanitised file name (no path; at most 128 characters).'),
  createdAt: isoDateTimeSchema,
});
export type FileDto = z.infer<typeof fileSchema>;

export const fileContentQuerySchema = z.object({
  inline: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .describe('`1` shows the file in the browser (`Content-Disposition: inline`); default is a download.'),
});
