import { z } from 'zod';
import { EDELIVERY_ERROR_CODES } from './edelivery.rules.js';
import { EDeliverySimulatorError } from './edelivery-simulator.model.js';

/** Shapes of the request bodies the simulator accepts (the spec's schemas, unknown keys dropped). */

const addressSchema = z.object({
  country: z.string().min(1),
  street: z.string().min(1),
  postalCode: z.string().min(1),
  city: z.string().min(1),
  buildingNumber: z.string().optional(),
  houseNumber: z.string().optional(),
});

const partySchema = z.object({
  eDeliveryAddress: z.string().optional(),
  address: addressSchema.optional(),
  crossborderInformation: z
    .object({ crossborderId: z.string().optional(), crossborderInternalAddress: z.string().optional() })
    .optional(),
  contributor: z
    .object({
      firstName: z.string().optional(),
      lastName: z.string().optional(),
      companyName: z.string().optional(),
      companyNameContinued: z.string().max(100).optional(),
    })
    .optional(),
});

const hybridShipmentSchema = z.object({
  shipmentNumber: z.string().max(32).optional(),
  procedingType: z.enum(['general', 'administrative', 'tax', 'court_civil', 'court_criminal']),
  sendersInformation: z.string().max(30).optional(),
  categoryService: z.enum(['economic', 'priority']),
  formatService: z.enum(['XS', 'S', 'M', 'L']).optional(),
  printingMode: z.enum(['duplex', 'simplex']),
  overprintMode: z.enum(['monochrome', 'color']),
  returnService: z.enum(['returntosender', 'destroy']),
  proofOfDelivery: z.boolean().optional(),
  posteRestante: z.boolean().optional(),
  caseContent: z.string().max(255).optional(),
  shippingMode: z.enum(['registered', 'notRegistered']),
});

export const draftBodySchema = z.object({
  messageMetadata: z.object({
    from: partySchema.optional(),
    to: z.array(partySchema).default([]),
    subject: z.string().default(''),
    caseId: z.string().optional(),
    threadId: z.string().optional(),
    refToMessageId: z.string().optional(),
    shippingService: z.enum(['electronic', 'hybrid']),
    hybridShipment: hybridShipmentSchema.optional(),
    additionalData: z.record(z.string(), z.string()).optional(),
  }),
  textBody: z.string().optional(),
});

export const fileDataSchema = z.object({
  fileMetadata: z.object({
    fileId: z.string().optional(),
    filename: z.string(),
    contentType: z.string().min(1),
    size: z.number().int().nonnegative().optional(),
    alg: z.string().optional(),
    hash: z.string().optional(),
    description: z.string().optional(),
  }),
  file: z.string().regex(/^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/, 'file must be base64'),
});

export const sendDraftSchema = z.object({ messageId: z.string().min(1) });

export const deliverBodySchema = z.object({
  toAde: z.string(),
  fromAde: z.string(),
  fromName: z.string(),
  fromPublic: z.boolean().optional(),
  subject: z.string(),
  textBody: z.string().optional(),
  caseId: z.string().optional(),
  threadId: z.string().optional(),
  refToMessageId: z.string().optional(),
  attachments: z
    .array(
      z.object({
        filename: z.string(),
        contentType: z.string(),
        contentBase64: z.string(),
        description: z.string().optional(),
      }),
    )
    .default([]),
});

/** Parses `body` or throws the spec's 400 `ErrorInfo[]`, one entry per problem. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new EDeliverySimulatorError(
    400,
    result.error.issues.map((issue) => ({
      error: EDELIVERY_ERROR_CODES.invalidRequest,
      error_description: `${issue.path.join('.') || '(body)'}: ${issue.message}`,
    })),
  );
}
