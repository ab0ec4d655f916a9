import { z } from 'zod';
import { isoDateTimeSchema } from './common.contracts.js';

// The office's accounts in the national systems (DOMAIN.md §5, §6) and e-mail, the log of what
// they exchanged, and the synchronisation of incoming mail. Each e-Doręczenia address (ADE) or
// ePUAP box is a "mailbox"; an office may have several (units with their own REGON).

export const MAILBOX_KINDS = ['edelivery', 'epuap', 'smtp'] as const;
export const mailboxKindSchema = z.enum(MAILBOX_KINDS);
export type MailboxKind = z.infer<typeof mailboxKindSchema>;

const url = z.url().max(500);

/** Connection settings per kind; secrets (keys, passwords) are write-only. */
export const edeliverySettingsSchema = z.strictObject({
  apiBaseUrl: url,
  tokenUrl: url,
  clientId: z.string().trim().min(1).max(200),
  /** The CA of the servers' certificates when it is not a public one (PEM). */
  serverCaPem: z.string().max(20_000).optional(),
});
export const epuapSettingsSchema = z.strictObject({
  pullUrl: url,
  skrytkaUrl: url,
  doreczycielUrl: url,
  /** identyfikatorPodmiotu of the office in ePUAP. */
  podmiot: z.string().trim().min(1).max(100),
});
export const smtpSettingsSchema = z.strictObject({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  user: z.string().max(255).optional(),
  from: z.email().max(254),
});

export const mailboxSchema = z.object({
  id: z.uuid(),
  kind: mailboxKindSchema,
  /** ADE (`AE:PL-…`), ePUAP box (`/podmiot/skrytka`) or the sender e-mail address. */
  address: z.string(),
  name: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  enabled: z.boolean(),
  /** Used for sending from the office when no unit mailbox fits. */
  isDefault: z.boolean(),
  settings: z.record(z.string(), z.unknown()),
  /** Whether a client certificate (e-Doręczenia mTLS, ePUAP WS-Security) or password is stored. */
  hasCredentials: z.boolean(),
  certificateSubject: z.string().nullable(),
  /** The client certificate (public, PEM): registered by the administrator in ePUAP / e-Doręczenia. */
  certificatePem: z.string().nullable(),
  certificateValidTo: isoDateTimeSchema.nullable(),
  lastSyncAt: isoDateTimeSchema.nullable(),
  lastSyncError: z.string().nullable(),
  version: z.number().int(),
});
export type Mailbox = z.infer<typeof mailboxSchema>;

export const createMailboxSchema = z.strictObject({
  kind: mailboxKindSchema,
  address: z.string().trim().min(3).max(254),
  name: z.string().trim().min(1).max(200),
  unitId: z.uuid().nullable().optional(),
  enabled: z.boolean().default(true),
  isDefault: z.boolean().default(false),
  settings: z.record(z.string(), z.unknown()),
  /** A client certificate and its key (PEM); or `issueFromOfficeCa` for one made by the office CA. */
  credentials: z
    .union([
      z.strictObject({ certificatePem: z.string().max(20_000), privateKeyPem: z.string().max(20_000) }),
      z.strictObject({ issueFromOfficeCa: z.literal(true) }),
      z.strictObject({ password: z.string().min(1).max(500) }),
    ])
    .optional(),
});
export type CreateMailboxInput = z.infer<typeof createMailboxSchema>;

export const updateMailboxSchema = createMailboxSchema
  .omit({ kind: true })
  .partial()
  .extend({ version: z.number().int() });
export type UpdateMailboxInput = z.infer<typeof updateMailboxSchema>;

export const INTEGRATION_LOG_LEVELS = ['info', 'warning', 'error'] as const;
export const integrationLogEntrySchema = z.object({
  id: z.uuid(),
  at: isoDateTimeSchema,
  integration: z.enum(['edelivery', 'epuap', 'smtp', 'post']),
  mailboxId: z.uuid().nullable(),
  level: z.enum(INTEGRATION_LOG_LEVELS),
  /** Stable code, e.g. `intake.registered`, `intake.oversized_attachment`, `send.retry`. */
  code: z.string(),
  message: z.string(),
  /** The remote message / document id, when there is one. */
  reference: z.string().nullable(),
  incomingItemId: z.uuid().nullable(),
  dispatchItemId: z.uuid().nullable(),
  /** The dispatch of `dispatchItemId` (to link to it). */
  dispatchId: z.uuid().nullable(),
});
export type IntegrationLogEntry = z.infer<typeof integrationLogEntrySchema>;

export const integrationLogQuerySchema = z.object({
  integration: z.enum(['edelivery', 'epuap', 'smtp', 'post']).optional(),
  level: z.enum(INTEGRATION_LOG_LEVELS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export const integrationLogPageSchema = z.object({
  items: z.array(integrationLogEntrySchema),
  total: z.number().int(),
});

/** What one synchronisation did, per mailbox. */
export const syncResultSchema = z.object({
  mailboxes: z.array(
    z.object({
      mailboxId: z.uuid(),
      address: z.string(),
      registered: z.number().int().describe('New incoming items in the RPW.'),
      statusUpdates: z.number().int().describe('Outgoing items whose status or evidence changed.'),
      rejected: z.number().int().describe('Messages refused (see the integration log).'),
      error: z.string().nullable(),
    }),
  ),
});
export type SyncResult = z.infer<typeof syncResultSchema>;

// ---------------------------------------------------------------------------------------------
// Local simulators (demo and tests; absent in production)

export const simulatorsStatusSchema = z.object({
  enabled: z.boolean(),
  edelivery: z.object({ url: z.string(), officeAddress: z.string().nullable() }).nullable(),
  epuap: z.object({ url: z.string(), officeBox: z.string().nullable() }).nullable(),
  smtp: z.object({ port: z.number().int(), messages: z.number().int() }).nullable(),
});
export type SimulatorsStatus = z.infer<typeof simulatorsStatusSchema>;

/** A citizen or a company writes to the office through a simulator (a sample letter with a PDF). */
export const simulatedLetterSchema = z.strictObject({
  channel: z.enum(['edelivery', 'epuap']),
  title: z.string().trim().min(1).max(200),
  senderName: z.string().trim().min(1).max(200).default('Jan Kowalski'),
  text: z.string().trim().max(4000).default('Proszę o rozpatrzenie mojej sprawy.'),
});
export type SimulatedLetterInput = z.input<typeof simulatedLetterSchema>;

/** The addressee of a sent letter collects it (e-Doręczenia E.1, ePUAP UPD). */
export const simulatedCollectSchema = z.strictObject({ dispatchItemId: z.uuid() });
/** Moves the e-Doręczenia simulator's clock (the 14-day fiction of delivery). */
export const simulatedAdvanceSchema = z.strictObject({ days: z.number().int().min(1).max(60) });
