/**
 * Types of the e-Doręczenia User Agent API (UAAPI 3.0.8, `shared/data/e-doreczenia/uaapi_3.0.8.1.yaml`),
 * for the subset Obieg uses. Field names, enum values (Polish statuses included) and optionality
 * follow the spec's `components.schemas`: everything the spec leaves optional is optional here.
 */

export type ShippingService = 'electronic' | 'hybrid';

/** `MessageControlData.status`, set only by the ADE provider. */
export const MESSAGE_STATUSES = [
  'W trakcie weryfikacji',
  'Przekazana do realizacji',
  'Odrzucona',
  'Nadana',
  'Wysłana',
  'Czeka na doręczenie',
  'Doręczona',
  'Uznana za doręczoną',
  'Niedoręczona',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export type MessageType = 'Message' | 'Evidence' | 'Stub' | 'massMessageGrouped';

/** `format` of `GET /{eDeliveryAddress}/messages/{messageId}` (spec default: `full`). */
export type MessageFormat = 'minimal' | 'metadata' | 'full' | 'fullExtended';
/** `format` of `GET /{eDeliveryAddress}/messages` (spec default: `minimal`). */
export type MessageListFormat = 'minimal' | 'metadata';

/** Postal address (hybrid shipment, PUH); `country`, `postalCode`, `city`, `street` are required. */
export type Address = {
  country: string;
  street: string;
  postalCode: string;
  city: string;
  buildingNumber?: string;
  houseNumber?: string;
};

export type Contributor = {
  firstName?: string;
  lastName?: string;
  /** PUH: at most 50 characters; PURDE: at most 1900. */
  companyName?: string;
  companyNameContinued?: string;
};

export type CrossborderInformation = { crossborderId?: string; crossborderInternalAddress?: string };

/** A party: an ADE (`eDeliveryAddress`, electronic) or a postal `address` (hybrid). */
export type MessageAddressData = {
  eDeliveryAddress?: string;
  address?: Address;
  crossborderInformation?: CrossborderInformation;
  contributor?: Contributor;
};

export type HybridShipment = {
  shipmentNumber?: string;
  procedingType: 'general' | 'administrative' | 'tax' | 'court_civil' | 'court_criminal';
  sendersInformation?: string;
  categoryService: 'economic' | 'priority';
  formatService?: 'XS' | 'S' | 'M' | 'L';
  printingMode: 'duplex' | 'simplex';
  overprintMode: 'monochrome' | 'color';
  returnService: 'returntosender' | 'destroy';
  proofOfDelivery?: boolean;
  posteRestante?: boolean;
  caseContent?: string;
  shippingMode: 'registered' | 'notRegistered';
};

export type MessageMetadata = {
  from?: MessageAddressData;
  to?: MessageAddressData[];
  hybridShipment?: HybridShipment;
  subject?: string;
  messageId?: string;
  refToMessageId?: string;
  threadId?: string;
  /** The case mark (znak sprawy) goes here. */
  caseId?: string;
  /** Creation time, set by the ADE provider. */
  timestamp?: string;
  /** Delivery date from the business receipt (BP.OX) or H.EPO. */
  receiptDate?: string;
  /** Submission Date and Time (M03) of evidence A.1 (hybrid: H.PN). */
  submissionDate?: string;
  /** Event Time (G05) of evidence A.1 (hybrid: H.PN). */
  eventDate?: string;
  shippingService: ShippingService;
  additionalData?: Record<string, string>;
};

export type Label = { label?: string; messageLocation?: string };

export type MessageControlData = {
  massMessageId?: string;
  messageTaskId?: string;
  massMessage?: boolean;
  opened?: boolean;
  status?: MessageStatus;
  /** Reasons of a rejection, several separated by `;`. */
  statusDescription?: string;
  messageType?: MessageType;
  /** Days left until the fiction of delivery. */
  daysToReceive?: number;
  labels?: Label[];
};

export type FileMetadata = {
  fileId: string;
  filename?: string;
  contentType?: string;
  size?: number;
  /** The only value the spec allows is `SHA-3`. */
  alg?: string;
  hash?: string;
  description?: string;
};

/** `file` is the content in base64 (spec: `type: string`). */
export type FileData = { fileMetadata?: FileMetadata; file?: string };

export type Attachment = { order?: number; attachmentId?: string; file?: FileData };

/** Evidence codes as ETSI EN 319 522 / COI name them (the canonical, dotted form). */
export const EVIDENCE_TYPES = [
  'A.1',
  'A.2',
  'B.1',
  'B.2',
  'B.3',
  'D.1',
  'D.2',
  'D.3',
  'E.1',
  'E.2',
  'BP.WX',
  'BP.WP',
  'BP.OX',
  'BP.OP',
  'H.DW',
  'H.PN',
  'H.EPO',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export type Evidence = {
  evidenceId: string;
  messageId: string;
  createDate?: string;
  eventDate?: string;
  reasonDetails?: string[];
  reasonId?: string;
  /** URL of the evidence file. */
  externalData?: string;
  downloaded?: boolean;
  /** The spec's enum mixes `A.1` and `A1`, `BP.WX` and `BPWX`: read it with `normaliseEvidenceType`. */
  type?: string;
  from?: MessageAddressData;
  to?: MessageAddressData;
};

export type Message = {
  messageControlData?: MessageControlData;
  messageMetadata?: MessageMetadata;
  /** At most 5000 characters. */
  textBody?: string;
  attachments?: Attachment[];
  evidences?: Evidence[];
};

/** A message read in `full` mode: metadata, control data, body and the attachment list (no content). */
export type FullMessage = Message & {
  messageControlData: MessageControlData;
  messageMetadata: MessageMetadata & { messageId: string };
  attachments: Attachment[];
};

/** A message read in `fullExtended` mode: `full` plus evidences and attachment content (`file.file`). */
export type FullExtendedMessage = FullMessage & { evidences: Evidence[] };

export type MessagesWrapper = {
  messages: Message[];
  resultSize?: number;
  total?: number;
  electronicCount?: number;
  warning?: string;
};

/** The spec's error body is an array of these (`components.responses.ErrorResponse`). */
export type ErrorInfo = { error: string; error_description: string; messageId?: string };

export type FileWrapper = { attachmentId?: string; warning?: string; fileMetadata?: FileMetadata };
export type EvidenceWrapper = { evidences?: Evidence[]; warning?: string };
export type MessageInfo = { warning?: string; messageTaskId?: string };
export type MessageOperationResponseSingleWrapperPut = { messageId?: string; warning?: string };
export type MessageOperationResponseSingleWrapper = { messageId?: string };
export type MessageOperationResponseWrapperStatus = {
  messageId?: string;
  addressee?: MessageAddressData;
  error?: string;
  error_description?: string;
};
export type MessageTaskStatus = { messageTaskStatus: 'FINISHED' | 'PENDING' };
export type SendDraft = { messageId: string };

/** RFC 6749 §5.1 token response (RFC 8705: the token is bound to the client certificate). */
export type OAuthTokenResponse = {
  access_token: string;
  token_type: string;
  expires_in?: number;
  scope?: string;
};

const ADE_PL = /^AE:PL-\d{5}-\d{5}-[A-Z]{5}-\d{2}$/;

/** Whether `value` has the shape of a Polish ADE, `AE:PL-ddddd-ddddd-LLLLL-dd` (checksum unknown). */
export function isEDeliveryAddress(value: string): boolean {
  return ADE_PL.test(value);
}

const EVIDENCE_TYPE_SET: ReadonlySet<string> = new Set(EVIDENCE_TYPES);

/**
 * The canonical evidence code for any spelling the spec's enum uses: `A1` → `A.1`, `BPWX` → `BP.WX`,
 * `HEPO` → `H.EPO`, `e.1` → `E.1`. Codes outside the table of DOMAIN.md §6.4 (the enum also lists
 * `D` and `C2`) give `null`.
 */
export function normaliseEvidenceType(value: string): EvidenceType | null {
  const compact = value
    .trim()
    .toUpperCase()
    .replace(/[.\s_-]/g, '');
  let dotted: string;
  if (/^BP[A-Z]{2}$/.test(compact)) dotted = `BP.${compact.slice(2)}`;
  else if (/^H[A-Z]+$/.test(compact)) dotted = `H.${compact.slice(1)}`;
  else if (/^[A-Z]\d$/.test(compact)) dotted = `${compact[0]}.${compact[1]}`;
  else return null;
  return EVIDENCE_TYPE_SET.has(dotted) ? (dotted as EvidenceType) : null;
}
