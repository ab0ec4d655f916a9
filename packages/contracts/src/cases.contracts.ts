import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, listQuerySchema, listResponseSchema } from './common.contracts.js';
import { accessSchema } from './correspondence.contracts.js';
import { actorRefSchema, personRefSchema, unitRefSchema } from './distribution.contracts.js';

// Cases (sprawy): opening by JRWA end class with a znak sprawy, the case file (akta sprawy), KPA
// deadlines, suspension, closing and reopening, the metryka (DOMAIN.md §2.6–§2.7, §7).

const text = (max: number) => z.string().trim().min(1).max(max);

/** `open`, `suspended` (zawieszona: the KPA clock stops) or `closed` (final settlement recorded). */
export const CASE_STATUSES = ['open', 'suspended', 'closed'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** KPA art. 35 terms (API values): see `apps/server/src/modules/cases/kpa-deadlines.ts`. */
export const DEADLINE_KINDS = ['without_delay', '1_month', '2_months', 'days', 'date', 'none'] as const;
export const deadlineKindSchema = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const deadlineInputSchema = z
  .strictObject({
    kind: deadlineKindSchema,
    days: z.number().int().min(1).max(3650).optional(),
    date: isoDateSchema.optional(),
  })
  .superRefine((value, context) => {
    if (value.kind === 'days' && value.days === undefined)
      context.addIssue({ code: 'custom', path: ['days'], message: 'A term in days needs `days`.' });
    if (value.kind !== 'days' && value.days !== undefined)
      context.addIssue({ code: 'custom', path: ['days'], message: '`days` is only for the kind `days`.' });
    if (value.kind === 'date' && value.date === undefined)
      context.addIssue({ code: 'custom', path: ['date'], message: 'A fixed term needs `date`.' });
    if (value.kind !== 'date' && value.date !== undefined)
      context.addIssue({ code: 'custom', path: ['date'], message: '`date` is only for the kind `date`.' });
  });
export type DeadlineInput = z.infer<typeof deadlineInputSchema>;

/** `ok`, `due_soon` (within 7 working days), `overdue`, `suspended` (clock stopped) or `none`. */
export const deadlineStateSchema = z.enum(['ok', 'due_soon', 'overdue', 'suspended', 'none']);

/**
 * Art. 35 § 5 KPA: suspension, mediation, terms for actions set by law, delays caused by the party
 * or through no fault of the organ. Suspensions come from suspend/resume; the rest are recorded.
 */
export const NOT_COUNTED_KINDS = [
  'suspension',
  'mediation',
  'statutory_action_term',
  'party_delay',
  'beyond_organ_control',
] as const;
export const notCountedKindSchema = z.enum(NOT_COUNTED_KINDS);

export const notCountedPeriodSchema = z.object({
  id: z.uuid(),
  kind: notCountedKindSchema,
  from: isoDateSchema,
  to: isoDateSchema.nullable().describe('Null while the period lasts (an open suspension).'),
  reason: z.string(),
});
export type NotCountedPeriod = z.infer<typeof notCountedPeriodSchema>;

export const caseDeadlineSchema = z.object({
  kind: deadlineKindSchema,
  days: z.number().int().nullable(),
  date: isoDateSchema.nullable(),
  startDate: isoDateSchema.describe('The day the case was initiated: the term runs from it.'),
  nominalEnd: isoDateSchema.nullable(),
  dueDate: isoDateSchema
    .nullable()
    .describe('The due date after periods not counted and the move off Saturdays and holidays.'),
  notCountedDays: z.number().int(),
  state: deadlineStateSchema,
  periods: z.array(notCountedPeriodSchema),
});
export type CaseDeadline = z.infer<typeof caseDeadlineSchema>;

/** Manner of settlement (sposób załatwienia). */
export const SETTLEMENTS = ['decision', 'letter', 'oral_memo', 'no_action'] as const;
export const settlementSchema = z.enum(SETTLEMENTS);
export type Settlement = z.infer<typeof settlementSchema>;
/**
 * How a closed case ended: one of the settlements an officer chooses when closing, or `transferred`
 * — taken over after a reorganisation by another unit as a new case with a new znak, linked to it.
 */
export const CASE_ENDINGS = [...SETTLEMENTS, 'transferred'] as const;
export const caseEndingSchema = z.enum(CASE_ENDINGS);
export type CaseEnding = z.infer<typeof caseEndingSchema>;

export const LINK_KINDS = ['related', 'continuation', 'taken_over'] as const;
export const linkKindSchema = z.enum(LINK_KINDS);

export const casePartySchema = z.object({ contactId: z.uuid(), displayName: z.string() });

export const caseRefSchema = z.object({ id: z.uuid(), sign: z.string(), title: z.string() });

export const caseSummarySchema = z.object({
  id: z.uuid(),
  sign: z.string().describe('Znak sprawy, e.g. `OR.0012.15.2026`.'),
  title: z.string(),
  status: caseStatusSchema,
  unit: unitRefSchema,
  jrwa: z.object({ symbol: z.string(), title: z.string() }),
  handler: personRefSchema,
  openedAt: isoDateTimeSchema,
  settledOn: isoDateSchema.nullable(),
  deadline: caseDeadlineSchema.omit({ periods: true }).nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseSchema = caseSummarySchema.extend({
  description: z.string().nullable(),
  access: accessSchema,
  organId: z.uuid().nullable(),
  year: z.number().int(),
  number: z.number().int(),
  group: z.object({ caseId: z.uuid(), number: z.number().int() }).nullable(),
  initiatingIncoming: z.object({ id: z.uuid(), rpwNumber: z.string(), receivedAt: isoDateSchema }).nullable(),
  parties: z.array(casePartySchema),
  deadline: caseDeadlineSchema.nullable(),
  settlement: caseEndingSchema.nullable(),
  closingNote: z.string().nullable(),
  closedAt: isoDateTimeSchema.nullable(),
  links: z.array(z.object({ kind: linkKindSchema, direction: z.enum(['from', 'to']), case: caseRefSchema })),
  version: z.number().int(),
});
export type Case = z.infer<typeof caseSchema>;

export const openCaseInputSchema = z.strictObject({
  unitId: z.uuid(),
  jrwaSymbol: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, 'A JRWA symbol is digits only.'),
  title: text(500),
  description: text(4000).optional(),
  organId: z.uuid().optional(),
  access: accessSchema.optional(),
  initiatingIncomingId: z.uuid().optional(),
  partyContactIds: z.array(z.uuid()).max(50).optional(),
  deadline: deadlineInputSchema.optional(),
  groupCaseId: z
    .uuid()
    .optional()
    .describe('Open as a sub-case of this case (znak `unit.class.group.sub.year`).'),
});
export type OpenCaseInput = z.infer<typeof openCaseInputSchema>;

export const updateCaseInputSchema = z.strictObject({
  version: z.number().int().min(1),
  title: text(500).optional(),
  description: text(4000).nullable().optional(),
  access: accessSchema.optional(),
  partyContactIds: z.array(z.uuid()).max(50).optional(),
  deadline: deadlineInputSchema.optional(),
  reason: text(2000).optional(),
});
export type UpdateCaseInput = z.infer<typeof updateCaseInputSchema>;

export const caseListQuerySchema = listQuerySchema.extend({
  q: z.string().max(200).optional(),
  status: caseStatusSchema.optional(),
  unitId: z.uuid().optional(),
  jrwaSymbol: z.string().max(20).optional(),
  year: z.coerce.number().int().min(1990).max(2999).optional(),
  mine: z.enum(['1', 'true']).optional().describe('Only cases the caller handles.'),
  incomingId: z.uuid().optional().describe('Only cases whose file holds this incoming item.'),
});
export const caseListSchema = listResponseSchema(caseSummarySchema);

// The case file

export const CASE_DOCUMENT_KINDS = ['incoming', 'note', 'file', 'opinion', 'draft'] as const;
export const caseDocumentKindSchema = z.enum(CASE_DOCUMENT_KINDS);

export const caseDocumentSchema = z.object({
  id: z.uuid(),
  ordinal: z.number().int(),
  kind: caseDocumentKindSchema,
  documentId: z.string().describe('System-wide document identifier (metadata C4).'),
  title: z.string(),
  documentKind: z.string().nullable(),
  access: accessSchema,
  dcmiType: z.string(),
  format: z.string().nullable().describe('Media type of the content, when it is a file.'),
  addedAt: isoDateTimeSchema,
  addedBy: actorRefSchema,
  unit: unitRefSchema.nullable().describe('The unit that contributed it (opinions from other units).'),
  incoming: z.object({ id: z.uuid(), rpwNumber: z.string() }).nullable(),
  file: z
    .object({ id: z.uuid(), name: z.string(), size: z.number().int(), mediaType: z.string() })
    .nullable(),
  content: z.string().nullable().describe('The text of a note or opinion written in the system.'),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;
export const caseDocumentListSchema = z.object({ items: z.array(caseDocumentSchema) });

export const addCaseDocumentInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('incoming'), incomingId: z.uuid() }),
  z.strictObject({
    kind: z.literal('note'),
    title: text(500),
    content: text(100_000),
    documentKind: text(100).optional(),
    access: accessSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('file'),
    fileId: z.uuid(),
    title: text(500),
    documentKind: text(100).optional(),
    access: accessSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('opinion'),
    title: text(500),
    content: text(100_000).optional(),
    fileId: z.uuid().optional(),
    access: accessSchema.optional(),
  }),
]);
export type AddCaseDocumentInput = z.infer<typeof addCaseDocumentInputSchema>;

// Suspension, periods not counted, closing, reopening, links

export const suspendCaseInputSchema = z.strictObject({
  reason: text(2000),
  from: isoDateSchema.optional().describe('Default: today.'),
});
export const resumeCaseInputSchema = z.strictObject({
  to: isoDateSchema
    .optional()
    .describe('The last day of the suspension; default: yesterday (today resumes).'),
});
export const addNotCountedPeriodInputSchema = z.strictObject({
  kind: z.enum(['mediation', 'statutory_action_term', 'party_delay', 'beyond_organ_control']),
  from: isoDateSchema,
  to: isoDateSchema,
  reason: text(2000),
});
export const closeCaseInputSchema = z.strictObject({
  settlement: settlementSchema,
  note: text(4000).optional(),
  settledOn: isoDateSchema.optional().describe('Date of final settlement; default: today.'),
  force: z
    .boolean()
    .optional()
    .describe('Close although work is unfinished (pending decrees of its items, open sub-cases).'),
});
export const reopenCaseInputSchema = z.strictObject({ reason: text(2000) });
export const linkCaseInputSchema = z.strictObject({ caseId: z.uuid(), kind: linkKindSchema });
export const takeOverCaseInputSchema = z.strictObject({
  unitId: z.uuid().describe('The unit that takes the case over (it opens it under its own znak).'),
  jrwaSymbol: z
    .string()
    .regex(/^\d{1,10}$/)
    .optional()
    .describe('An end class of the new unit’s JRWA extract; default: the case’s class.'),
  reason: text(2000).describe('E.g. the reorganisation order.'),
});

// The metryka (KPA art. 66a), from the audit trail

export const metrykaEntrySchema = z.object({
  ordinal: z.number().int(),
  at: isoDateTimeSchema,
  actor: actorRefSchema,
  action: z.string().describe('Audit action code, e.g. `cases.document_added`.'),
  description: z.string().describe('The action in words (Polish), as printed in the metryka.'),
  documentId: z.string().nullable(),
});
export type MetrykaEntry = z.infer<typeof metrykaEntrySchema>;
export const metrykaSchema = z.object({
  case: z.object({ id: z.uuid(), sign: z.string(), title: z.string(), openedAt: isoDateTimeSchema }),
  items: z.array(metrykaEntrySchema),
});

// The deadline dashboard (bezczynność risk) and the art. 36 notice of delay

export const deadlineDashboardQuerySchema = z.object({
  scope: z
    .enum(['me', 'unit', 'office'])
    .default('me')
    .describe(
      '`me`: cases you handle; `unit`: your unit and below (heads); `office`: all (office-wide readers).',
    ),
  unitId: z.uuid().optional().describe('With `unit` or `office`: only this unit (and its sub-units).'),
});
export const deadlineDashboardSchema = z.object({
  counts: z.object({
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    suspended: z.number().int(),
    ok: z.number().int(),
  }),
  items: z
    .array(
      caseSummarySchema.extend({
        workingDaysLeft: z
          .number()
          .int()
          .nullable()
          .describe('Working days from today to the due date (negative when overdue); null while stopped.'),
        reminder: z
          .union([z.literal(7), z.literal(3), z.literal(1)])
          .nullable()
          .describe('The nearest reminder reached (7, 3 or 1 working days before the due date), if any.'),
        noticeProposed: z
          .boolean()
          .describe('The term ends within 7 working days or has passed: propose an art. 36 notice of delay.'),
      }),
    )
    .describe('Open and suspended cases with a term: overdue first, then by due date.'),
});
export type DeadlineDashboard = z.infer<typeof deadlineDashboardSchema>;

/** Art. 36 KPA: the party is told of the delay, its reason and the new date; the term becomes that date. */
export const delayNoticeInputSchema = z.strictObject({
  newDate: isoDateSchema,
  reason: text(2000),
});

// Sharing and cooperation (DOMAIN.md §2.5 "Cooperation")

/** `read`: see the shared part; `contribute`: also add opinions into the case. */
export const SHARE_ACCESS = ['read', 'contribute'] as const;
export const shareAccessSchema = z.enum(SHARE_ACCESS);
export type ShareAccess = z.infer<typeof shareAccessSchema>;

export const caseShareSchema = z.object({
  id: z.uuid(),
  grantee: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('user'), userId: z.uuid(), displayName: z.string() }),
    z.object({ kind: z.literal('unit'), unit: unitRefSchema }),
  ]),
  access: shareAccessSchema,
  documentIds: z.array(z.uuid()).nullable().describe('The shared documents; null: the whole case.'),
  note: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  createdBy: z.uuid().nullable(),
  revokedAt: isoDateTimeSchema.nullable(),
});
export type CaseShare = z.infer<typeof caseShareSchema>;
export const caseShareListSchema = z.object({ items: z.array(caseShareSchema) });

export const shareCaseInputSchema = z
  .strictObject({
    userId: z.uuid().optional(),
    unitId: z.uuid().optional(),
    access: shareAccessSchema,
    documentIds: z.array(z.uuid()).min(1).max(500).optional(),
    note: text(2000).optional(),
  })
  .refine((v) => (v.userId === undefined) !== (v.unitId === undefined), {
    message: 'Share with either a person (`userId`) or a unit (`unitId`).',
    path: ['userId'],
  });
export type ShareCaseInput = z.infer<typeof shareCaseInputSchema>;

export const shareParamsSchema = z.object({ id: z.uuid(), shareId: z.uuid() });

export const cooperationQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export const cooperationReportSchema = z.object({
  from: isoDateSchema.nullable(),
  to: isoDateSchema.nullable(),
  items: z.array(
    z.object({
      unit: unitRefSchema,
      casesSharedWith: z.number().int().describe('Cases of other units shared with this unit or its people.'),
      opinionsGiven: z.number().int().describe('Opinions this unit added into other units’ cases.'),
      casesShared: z.number().int().describe('Cases this unit leads that it shared with others.'),
      opinionsReceived: z.number().int().describe('Opinions other units added into this unit’s cases.'),
    }),
  ),
});

// The spis spraw (DOMAIN.md §2.6): a unit's cases of a JRWA class (of any level) in a year or a date range

export const caseRegisterQuerySchema = z
  .object({
    unitId: z.uuid().describe('The leading unit.'),
    jrwaSymbol: z
      .string()
      .trim()
      .regex(/^\d{1,10}$/, 'A JRWA symbol is digits only.')
      .describe(
        'A JRWA class of any level: its cases and those of every class under it (`60` covers `6000`…).',
      ),
    year: z.coerce
      .number()
      .int()
      .min(1990)
      .max(2999)
      .optional()
      .describe(
        'Cases of this year (the year in the znak). Without `year`, `from` and `to`: the current year.',
      ),
    from: isoDateSchema
      .optional()
      .describe('With `to`, instead of `year`: cases opened on or after this day.'),
    to: isoDateSchema.optional().describe('With `from`: cases opened on or before this day.'),
  })
  .superRefine((value, context) => {
    const range = value.from !== undefined || value.to !== undefined;
    if (value.year !== undefined && range)
      context.addIssue({ code: 'custom', path: ['year'], message: 'Give either `year` or `from` and `to`.' });
    if (range && (value.from === undefined || value.to === undefined))
      context.addIssue({
        code: 'custom',
        path: [value.from === undefined ? 'from' : 'to'],
        message: 'A date range needs both `from` and `to`.',
      });
    if (value.from !== undefined && value.to !== undefined && value.from > value.to)
      context.addIssue({ code: 'custom', path: ['to'], message: '`to` is before `from`.' });
  });
export type CaseRegisterQuery = z.infer<typeof caseRegisterQuerySchema>;

export const caseRegisterItemSchema = z.object({
  ordinal: z.number().int(),
  caseId: z.uuid(),
  sign: z.string().describe('Znak sprawy.'),
  title: z.string(),
  status: caseStatusSchema,
  senderName: z
    .string()
    .nullable()
    .describe('The first sender of the initiating incoming item; null for a case of own initiative.'),
  senderReference: z
    .string()
    .nullable()
    .describe('The sender’s reference (znak pisma) of the initiating item.'),
  letterDate: z
    .string()
    .nullable()
    .describe('The date on the initiating letter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.'),
  openedOn: isoDateSchema.describe('The day the case was opened in the system (Europe/Warsaw).'),
  initiatedOn: isoDateSchema.describe(
    'The day the case was initiated (data wszczęcia: receipt of the initiating item, else the opening).',
  ),
  settledOn: isoDateSchema.nullable().describe('The date of final settlement.'),
  handler: personRefSchema,
  settlement: caseEndingSchema.nullable(),
  closingNote: z.string().nullable(),
  remarks: z.string().describe('Remarks on the manner of settlement, in Polish as printed.'),
});
export type CaseRegisterItem = z.infer<typeof caseRegisterItemSchema>;

export const caseRegisterSchema = z.object({
  header: z.object({
    year: z.number().int().nullable(),
    from: isoDateSchema.nullable(),
    to: isoDateSchema.nullable(),
    generatedAt: isoDateTimeSchema,
    unit: unitRefSchema,
    jrwa: z.object({
      symbol: z.string(),
      title: z.string().nullable().describe('The class’s hasło in the JRWA in force for the period.'),
    }),
  }),
  items: z
    .array(caseRegisterItemSchema)
    .describe('In the order of the znak: class, number, sub-cases after their group.'),
});
export type CaseRegister = z.infer<typeof caseRegisterSchema>;
