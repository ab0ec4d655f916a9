import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, listResponseSchema } from './common.contracts.js';

// Distribution and dekretacja of incoming items (DOMAIN.md §2.5), automatic distribution rules and
// inboxes. `correspondence.contracts.ts` imports the state schema for `GET /incoming/{id}`; this file
// imports nothing from it, so the two never form a cycle.

const text = (max: number) => z.string().trim().min(1).max(max);

export const unitRefSchema = z.object({ id: z.uuid(), symbol: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;

/** A person in a position (the position may be gone or unknown: then null). */
export const personRefSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  positionId: z.uuid().nullable(),
  positionTitle: z.string().nullable(),
});
export type PersonRef = z.infer<typeof personRefSchema>;

/** Who did it; `actingFor` when a substitute acted in the absent colleague's position ("A for B"). */
export const actorRefSchema = z.object({
  userId: z.uuid().nullable(),
  displayName: z.string().nullable(),
  positionId: z.uuid().nullable(),
  positionTitle: z.string().nullable(),
  actingFor: z.object({ userId: z.uuid(), displayName: z.string().nullable() }).nullable(),
});
export type ActorRef = z.infer<typeof actorRefSchema>;

/**
 * `pending` awaits the assignee's acceptance; `accepted`; `returned` by the assignee with a reason;
 * `passed_on` re-decreed further by its assignee; `cancelled` or `corrected` by its author;
 * `superseded` when the item was passed on to another unit.
 */
export const DECREE_STATUSES = [
  'pending',
  'accepted',
  'returned',
  'passed_on',
  'cancelled',
  'corrected',
  'superseded',
] as const;
export const decreeStatusSchema = z.enum(DECREE_STATUSES);
export type DecreeStatus = z.infer<typeof decreeStatusSchema>;

/** Where a distributed item stands: awaiting a decree, decreed (awaiting acceptance), accepted, returned. */
export const distributionStateSchema = z.enum(['distributed', 'decreed', 'accepted', 'returned']);
export type DistributionState = z.infer<typeof distributionStateSchema>;

export const decreeSummarySchema = z.object({
  id: z.uuid(),
  status: decreeStatusSchema,
  assignee: personRefSchema,
  instruction: z.string().nullable().describe('This decree’s own instruction.'),
  deadline: isoDateSchema
    .nullable()
    .describe('The binding deadline: its own, or the earlier one of the decree it passes on.'),
  decreedAt: isoDateTimeSchema,
  decreedBy: actorRefSchema,
  acceptedAt: isoDateTimeSchema.nullable(),
  returnedAt: isoDateTimeSchema.nullable(),
  returnReason: z.string().nullable(),
});
export type DecreeSummary = z.infer<typeof decreeSummarySchema>;

export const decreeSchema = decreeSummarySchema.extend({
  itemId: z.uuid(),
  unit: unitRefSchema.describe('The leading unit the item was in when decreed.'),
  ownDeadline: isoDateSchema.nullable().describe('The deadline this decree set itself, if any.'),
  parentId: z.uuid().nullable().describe('The decree this one passes on (re-decree).'),
  correctsId: z.uuid().nullable().describe('The decree this one replaced by a correction.'),
  instructions: z
    .array(
      z.object({
        decreeId: z.uuid(),
        text: z.string(),
        at: isoDateTimeSchema,
        by: z.object({ userId: z.uuid().nullable(), displayName: z.string().nullable() }),
      }),
    )
    .describe('Every instruction of the chain, earliest first; a re-decree only adds its own.'),
  closedAt: isoDateTimeSchema.nullable(),
  closeReason: z.string().nullable(),
});
export type Decree = z.infer<typeof decreeSchema>;

/** The current distribution of an item (null on the item until it is distributed). */
export const incomingDistributionSchema = z.object({
  state: distributionStateSchema,
  leadingUnit: unitRefSchema,
  infoUnits: z.array(unitRefSchema).describe('Units that received the item for information.'),
  distributedAt: isoDateTimeSchema,
  distributedBy: z.uuid().nullable(),
  reason: z.string().nullable().describe('Why it was passed on (re-distribution).'),
  byRule: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  decree: decreeSchema.nullable().describe('The current decree; null while it awaits one.'),
  deadlineLimit: isoDateSchema
    .nullable()
    .default(null)
    .describe(
      'The latest deadline the next decree may set: the binding deadline of the decree it would pass on ' +
        '(the current one, or after a return the one the returned decree passed on); null when free.',
    ),
});
export type IncomingDistribution = z.infer<typeof incomingDistributionSchema>;

export const distributeInputSchema = z.strictObject({
  unitId: z.uuid().describe('The leading unit (komórka merytoryczna).'),
  infoUnitIds: z.array(z.uuid()).max(50).default([]).describe('Units that receive it for information.'),
  reason: text(2000)
    .optional()
    .describe('Required to pass on an item that is already distributed (re-distribution).'),
});
export type DistributeInput = z.infer<typeof distributeInputSchema>;

const assigneeFields = {
  positionId: z.uuid().optional().describe('The assignee’s position.'),
  userId: z.uuid().optional().describe('The assignee; their position in the unit is found.'),
};
const oneAssignee = (input: { positionId?: string; userId?: string }) => !(input.positionId && input.userId);

export const issueDecreeInputSchema = z
  .strictObject({
    ...assigneeFields,
    instruction: text(4000).optional(),
    deadline: isoDateSchema
      .optional()
      .describe('`YYYY-MM-DD`; not in the past, not later than a decree passed on.'),
  })
  .refine((input) => Boolean(input.positionId ?? input.userId), {
    path: ['positionId'],
    message: 'positionId or userId is required.',
  })
  .refine(oneAssignee, { path: ['userId'], message: 'Give positionId or userId, not both.' });
export type IssueDecreeInput = z.infer<typeof issueDecreeInputSchema>;

export const returnDecreeInputSchema = z.strictObject({ reason: text(2000) });
export const cancelDecreeInputSchema = z.strictObject({ reason: text(2000) });

/** The author replaces their decree: the fields given change, the old decree is kept as corrected. */
export const correctDecreeInputSchema = z
  .strictObject({
    reason: text(2000),
    ...assigneeFields,
    instruction: text(4000).nullable().optional(),
    deadline: isoDateSchema.nullable().optional(),
  })
  .refine(oneAssignee, { path: ['userId'], message: 'Give positionId or userId, not both.' });
export type CorrectDecreeInput = z.infer<typeof correctDecreeInputSchema>;

// Automatic distribution rules

const dictionaryCode = z.string().trim().min(1).max(50);
const criteriaFields = {
  senderContactId: z.uuid().nullable().describe('Matches when any sender is this contact.'),
  documentKind: dictionaryCode.nullable(),
  organId: z.uuid().nullable(),
  deliveryMethod: dictionaryCode.nullable(),
};

export const distributionRuleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  priority: z.number().int().describe('Lower runs first; the first matching active rule wins.'),
  active: z.boolean(),
  ...criteriaFields,
  unit: unitRefSchema,
  infoUnits: z.array(unitRefSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int(),
});
export type DistributionRule = z.infer<typeof distributionRuleSchema>;

export const createDistributionRuleInputSchema = z.strictObject({
  name: text(200),
  priority: z.number().int().min(0).max(1_000_000).default(100),
  active: z.boolean().default(true),
  senderContactId: criteriaFields.senderContactId.optional(),
  documentKind: criteriaFields.documentKind.optional(),
  organId: criteriaFields.organId.optional(),
  deliveryMethod: criteriaFields.deliveryMethod.optional(),
  unitId: z.uuid(),
  infoUnitIds: z.array(z.uuid()).max(50).default([]),
});
export type CreateDistributionRuleInput = z.infer<typeof createDistributionRuleInputSchema>;

export const updateDistributionRuleInputSchema = z.strictObject({
  version: z.number().int().min(1),
  name: text(200).optional(),
  priority: z.number().int().min(0).max(1_000_000).optional(),
  active: z.boolean().optional(),
  senderContactId: criteriaFields.senderContactId.optional(),
  documentKind: criteriaFields.documentKind.optional(),
  organId: criteriaFields.organId.optional(),
  deliveryMethod: criteriaFields.deliveryMethod.optional(),
  unitId: z.uuid().optional(),
  infoUnitIds: z.array(z.uuid()).max(50).optional(),
});
export type UpdateDistributionRuleInput = z.infer<typeof updateDistributionRuleInputSchema>;

export const distributionRuleListSchema = z.object({ items: z.array(distributionRuleSchema) });

// Inboxes

export const INBOX_STATES = ['new', 'decreed', 'accepted', 'returned', 'overdue', 'info'] as const;
export const inboxStateSchema = z.enum(INBOX_STATES);
export type InboxState = z.infer<typeof inboxStateSchema>;

export const inboxQuerySchema = z.object({
  scope: z
    .enum(['me', 'unit'])
    .default('me')
    .describe('`me`: decrees to me (and mine returned); `unit`: units where my position distributes.'),
  state: inboxStateSchema
    .optional()
    .describe(
      '`new` (me: awaiting my acceptance; unit: awaiting a decree), `decreed` (unit: awaiting acceptance), ' +
        '`accepted`, `returned` (me: decrees of mine returned), `overdue` (past the deadline), ' +
        '`info` (unit: received for information). Without it: everything in the scope.',
    ),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const inboxItemSchema = z.object({
  itemId: z.uuid(),
  rpwNumber: z.string(),
  documentId: z.string(),
  title: z.string(),
  senderNames: z.array(z.string()),
  receivedAt: isoDateSchema,
  state: distributionStateSchema,
  unitRole: z.enum(['leading', 'info']),
  leadingUnit: unitRefSchema,
  decree: decreeSummarySchema.nullable(),
  overdue: z.boolean(),
  since: isoDateTimeSchema.describe('The last change of its distribution or decree (sort key).'),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxCountsSchema = z.object({
  new: z.number().int(),
  decreed: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  overdue: z.number().int(),
  info: z.number().int(),
});
export type InboxCounts = z.infer<typeof inboxCountsSchema>;

export const inboxSchema = listResponseSchema(inboxItemSchema).extend({
  scope: z.enum(['me', 'unit']),
  counts: inboxCountsSchema,
});
export type Inbox = z.infer<typeof inboxSchema>;

/**
 * What `GET /inbox/events` (text/event-stream) sends as `data:`; nothing but a nudge to reload.
 * `inbox.resync` follows a lost connection to the database (events may have been missed).
 */
export const inboxEventSchema = z.object({
  type: z.enum(['inbox.ready', 'inbox.changed', 'inbox.resync']),
  itemId: z.uuid().optional(),
  userId: z.uuid().optional().describe('Set when my own inbox changed.'),
  unitIds: z.array(z.uuid()).optional().describe('My units whose inbox changed.'),
});
export type InboxEventMessage = z.infer<typeof inboxEventSchema>;

// History of an item (a view of the metryka)

export const incomingHistoryEntrySchema = z.object({
  seq: z.number().int().describe('Position in the office audit chain.'),
  at: isoDateTimeSchema,
  action: z.string().describe('Audit action code, e.g. `correspondence.decree_issued`.'),
  actor: actorRefSchema,
  byRule: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  reason: z.string().nullable(),
  unit: unitRefSchema.nullable(),
  infoUnits: z.array(unitRefSchema),
  assignee: personRefSchema.nullable(),
  decreeId: z.uuid().nullable(),
  instruction: z.string().nullable(),
  deadline: isoDateSchema.nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
});
export type IncomingHistoryEntry = z.infer<typeof incomingHistoryEntrySchema>;
export const incomingHistorySchema = z.object({ items: z.array(incomingHistoryEntrySchema) });
