import { z } from 'zod';
import { isoDateTimeSchema } from './common.contracts.js';
import { actorRefSchema, personRefSchema } from './distribution.contracts.js';
import { validationSummarySchema } from './signatures.contracts.js';

// Documents written in the office: letter templates, drafts (projekty pism) in a case with all
// their versions, approval paths (akceptacja) and the signed final version (DOMAIN.md §2.7–§2.8).

const text = (max: number) => z.string().trim().min(1).max(max);

// ---------------------------------------------------------------------------------------------
// Templates

/**
 * Fields a template body may use, written `{{name}}`. Filled from the case, its parties, the
 * chosen addressee, the office and the signatory when a draft is created.
 */
export const TEMPLATE_FIELDS = [
  'urzad',
  'miejscowosc',
  'data',
  'znak_sprawy',
  'tytul_sprawy',
  'data_wszczecia',
  'adresat_nazwa',
  'adresat_adres',
  'prowadzacy',
  'prowadzacy_stanowisko',
  'podpisujacy',
  'podpisujacy_stanowisko',
  'komorka',
] as const;
export const templateFieldSchema = z.enum(TEMPLATE_FIELDS);
export type TemplateField = z.infer<typeof templateFieldSchema>;

export const templateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  /** Lines printed at the top left (office name, address, contact); may use fields. */
  header: z.string(),
  /** The letter body; may use fields. Paragraphs are separated by a blank line. */
  body: z.string(),
  /** Text under the body, above the signature (e.g. "Z poważaniem"). */
  closing: z.string().nullable(),
  /** The signature block (e.g. "{{podpisujacy}}\n{{podpisujacy_stanowisko}}"). */
  signatureBlock: z.string(),
  /** An image file (PNG or JPEG) printed in the header. */
  logoFileId: z.uuid().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Template = z.infer<typeof templateSchema>;

export const createTemplateSchema = z.strictObject({
  name: text(200),
  description: z.string().trim().max(2000).optional(),
  header: z.string().max(4000),
  body: z.string().max(100_000),
  closing: z.string().max(2000).optional(),
  signatureBlock: z.string().max(2000).default('{{podpisujacy}}\n{{podpisujacy_stanowisko}}'),
  logoFileId: z.uuid().optional(),
});
export type CreateTemplateInput = z.input<typeof createTemplateSchema>;

/** Only the fields given change; `logoFileId: null` removes the logo, an empty closing or description clears it. */
export const updateTemplateSchema = createTemplateSchema.partial().extend({
  logoFileId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type UpdateTemplateInput = z.infer<typeof updateTemplateSchema>;

export const templateListQuerySchema = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

// ---------------------------------------------------------------------------------------------
// Documents (drafts) and versions

/**
 * `draft` while written; `in_approval` on an approval path; `approved` after the last step
 * (a final acceptance — enough for internal letters and paper letters signed by hand);
 * `signed` once a signed version exists (final: no more versions).
 */
export const DOCUMENT_STATUSES = ['draft', 'in_approval', 'approved', 'signed'] as const;
export const documentStatusSchema = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** How a version came to be. */
export const VERSION_SOURCES = ['template', 'upload', 'editor', 'signed', 'external_signed'] as const;
export const versionSourceSchema = z.enum(VERSION_SOURCES);
export type VersionSource = z.infer<typeof versionSourceSchema>;

export const fileRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
});

export const documentVersionSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  source: versionSourceSchema,
  /** The file to read, approve and sign (PDF for template/editor versions). */
  file: fileRefSchema,
  /** An editable DOCX of the same text, for template and editor versions. */
  editableFile: fileRefSchema.nullable(),
  /** Plain text of the version (typed in the editor or extracted), for comparison. */
  hasText: z.boolean(),
  comment: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  createdBy: actorRefSchema,
  /** Signature verification of this version's file, when it is signed. */
  validation: validationSummarySchema.nullable(),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const APPROVAL_PATH_STATUSES = ['in_progress', 'approved', 'rejected', 'cancelled'] as const;
export const APPROVAL_STEP_STATUSES = ['waiting', 'pending', 'approved', 'rejected', 'skipped'] as const;
export const approvalStepStatusSchema = z.enum(APPROVAL_STEP_STATUSES);
export type ApprovalStepStatus = z.infer<typeof approvalStepStatusSchema>;

export const approvalStepSchema = z.object({
  /** The task id (`POST /approval-tasks/{id}/decision`). */
  id: z.uuid(),
  /** Steps with the same stage run in parallel; stages run in order. */
  stage: z.number().int(),
  assignee: personRefSchema,
  /** The last stage's person signs (or gives the final acceptance). */
  signatory: z.boolean(),
  status: approvalStepStatusSchema,
  decidedAt: isoDateTimeSchema.nullable(),
  decidedBy: actorRefSchema.nullable(),
  comment: z.string().nullable(),
  /** The version the decision was about. */
  versionNumber: z.number().int().nullable(),
});
export type ApprovalStep = z.infer<typeof approvalStepSchema>;

export const approvalPathSchema = z.object({
  id: z.uuid(),
  status: z.enum(APPROVAL_PATH_STATUSES),
  startedAt: isoDateTimeSchema,
  startedBy: actorRefSchema,
  finishedAt: isoDateTimeSchema.nullable(),
  steps: z.array(approvalStepSchema),
});
export type ApprovalPath = z.infer<typeof approvalPathSchema>;

export const documentSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseSign: z.string(),
  caseTitle: z.string(),
  title: z.string(),
  status: documentStatusSchema,
  /** Internal letters between units may be settled by acceptance alone. */
  internal: z.boolean(),
  templateId: z.uuid().nullable(),
  addressees: z.array(z.object({ id: z.uuid(), name: z.string() })),
  createdAt: isoDateTimeSchema,
  createdBy: actorRefSchema,
  version: z.number().int().describe('Optimistic lock of the document row.'),
  versions: z.array(documentVersionSchema).describe('Oldest first.'),
  /** Every approval path, oldest first; the last one is the current. */
  approvals: z.array(approvalPathSchema),
  /** What the caller may do now. */
  allowedActions: z.array(
    z.enum(['add_version', 'start_approval', 'decide', 'sign', 'upload_signed', 'cancel_approval']),
  ),
});
export type DocumentDto = z.infer<typeof documentSchema>;

export const createDraftSchema = z.strictObject({
  templateId: z.uuid().optional(),
  title: text(500),
  addresseeContactIds: z.array(z.uuid()).max(100).optional(),
  /** An uploaded file (DOCX, ODT, PDF, TXT…) as the first version instead of a template. */
  fileId: z.uuid().optional(),
  internal: z.boolean().optional(),
  /** Who will sign: fills `{{podpisujacy}}` and `{{podpisujacy_stanowisko}}` of the template. */
  signatoryPositionId: z.uuid().optional(),
});
export type CreateDraftInput = z.infer<typeof createDraftSchema>;

export const createdDraftSchema = z.object({ documentId: z.uuid(), versionId: z.uuid() });

/** A new version: an uploaded file or the text typed in the browser (rendered with the template). */
export const createVersionSchema = z
  .strictObject({
    fileId: z.uuid().optional(),
    text: z.string().max(200_000).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((v) => (v.fileId === undefined) !== (v.text === undefined), {
    message: 'Give either `fileId` or `text`.',
    path: ['fileId'],
  });
export type CreateVersionInput = z.infer<typeof createVersionSchema>;

export const createdVersionSchema = z.object({ versionId: z.uuid(), number: z.number().int() });

export const diffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const diffPartSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export const documentDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  parts: z.array(diffPartSchema),
  added: z.number().int().describe('Words added.'),
  removed: z.number().int().describe('Words removed.'),
});
export type DocumentDiff = z.infer<typeof documentDiffSchema>;

export const startApprovalSchema = z.strictObject({
  steps: z
    .array(
      z.union([
        z.strictObject({ positionId: z.uuid() }),
        z.strictObject({ parallel: z.array(z.uuid()).min(2).max(20) }),
      ]),
    )
    .min(1)
    .max(20),
  comment: z.string().trim().max(2000).optional(),
});
export type StartApprovalInput = z.infer<typeof startApprovalSchema>;

export const approvalDecisionSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().trim().max(4000).optional(),
  })
  .refine((v) => v.decision === 'approve' || (v.comment !== undefined && v.comment.length > 0), {
    message: 'A rejection needs a comment.',
    path: ['comment'],
  });
export type ApprovalDecisionInput = z.infer<typeof approvalDecisionSchema>;

/** An approval task in the caller's inbox. */
export const approvalTaskSchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  documentTitle: z.string(),
  caseId: z.uuid(),
  caseSign: z.string(),
  stage: z.number().int(),
  signatory: z.boolean(),
  status: approvalStepStatusSchema,
  sentAt: isoDateTimeSchema,
  sentBy: actorRefSchema,
  assignee: personRefSchema,
});
export type ApprovalTask = z.infer<typeof approvalTaskSchema>;

export const approvalTaskQuerySchema = z.object({
  status: z.enum(['pending', 'decided']).default('pending'),
});

export const caseDraftSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: documentStatusSchema,
  versionCount: z.number().int(),
  updatedAt: isoDateTimeSchema,
});
export type CaseDraft = z.infer<typeof caseDraftSchema>;

/** `GET /documents/{id}/versions/{versionId}/text`: the version's plain text, to edit it further. */
export const versionTextSchema = z.object({ text: z.string().nullable() });
