import {
  isEDeliveryAddress,
  type ErrorInfo,
  type MessageAddressData,
  type ShippingService,
} from './edelivery.types.js';

/**
 * Business rules of e-Doręczenia on what a message may carry (DOMAIN.md §6.5, COI business rules).
 * The simulator enforces them; the app may check them before it creates a draft, to refuse early.
 * The `error` codes are the simulator's own (the real service's codes are not published).
 */
export const EDELIVERY_LIMITS = {
  /** Recipients of one message in the standard (PURDE) mode. */
  maxRecipients: 15,
  /** Characters of `textBody`. */
  maxTextBodyLength: 5000,
  /** Characters of an attachment name, extension included. */
  maxFilenameLength: 128,
  /** Bytes of one attachment sent as JSON (bigger files use the upload endpoint). */
  maxAttachmentBytes: 15 * 1024 * 1024,
  /** Message ids in one batch call (`GET`/`DELETE /messages/{messageId}`). */
  maxBatchIds: 50,
  /** `limit` of `GET /messages`. */
  maxListLimit: 2000,
} as const;

export const EDELIVERY_ERROR_CODES = {
  invalidRequest: 'INVALID_REQUEST',
  malformedJson: 'MALFORMED_JSON',
  notFound: 'NOT_FOUND',
  alreadySent: 'MESSAGE_ALREADY_SENT',
  invalidAttachmentName: 'INVALID_ATTACHMENT_NAME',
  attachmentNameNotUnique: 'ATTACHMENT_NAME_NOT_UNIQUE',
  unsupportedFileType: 'UNSUPPORTED_FILE_TYPE',
  attachmentTooLarge: 'ATTACHMENT_TOO_LARGE',
  attachmentHashMismatch: 'ATTACHMENT_HASH_MISMATCH',
  tooManyRecipients: 'TOO_MANY_RECIPIENTS',
  noRecipients: 'NO_RECIPIENTS',
  invalidAddress: 'INVALID_ADDRESS',
  hybridSingleRecipient: 'HYBRID_SINGLE_RECIPIENT',
  hybridPdfOnly: 'HYBRID_PDF_ONLY',
  hybridShipmentMissing: 'HYBRID_SHIPMENT_MISSING',
  textBodyTooLong: 'TEXT_BODY_TOO_LONG',
  subjectMissing: 'SUBJECT_MISSING',
  recipientUnknown: 'RECIPIENT_UNKNOWN',
} as const;

/**
 * File types allowed in electronic delivery (the KRI list), as lower-case extensions. The formats
 * without an extension of their own in the list (XAdES, PAdES, CAdES, ASiC, XMLsig, XMLenc, TSL) are
 * taken under their usual names.
 */
export const KRI_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'txt rtf pdf xps odt ods odp doc xls ppt docx xlsx pptx csv jpg jpeg tif tiff geotiff png svg wav mp3 ' +
    'avi mpg mpeg mp4 m4a mpeg4 ogg ogv zip tar gz gzip 7z html xhtml css xml xsd gml rng xsl xslt ' +
    'tsl xmlsig xades pades cades asic asice asics xmlenc dwg dwf dxf dgn jp2'
  ).split(' '),
);

/** Space and `~ " # % & * : < > ? ! / \ { | }` (plus control characters) may not appear in a name. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_FILENAME_CHARS = /[\u0000-\u001f\u007f ~"#%&*:<>?!/\\{|}]/;

const problem = (error: string, description: string, messageId?: string): ErrorInfo => ({
  error,
  error_description: description,
  ...(messageId ? { messageId } : {}),
});

/**
 * Problems of one attachment name: length, forbidden characters, a lower-case extension from the KRI
 * list (hybrid: PDF only), and uniqueness (case-sensitive) among the names already in the message.
 */
export function checkAttachmentName({
  filename,
  shippingService,
  existingNames = [],
}: {
  filename: string;
  shippingService: ShippingService;
  existingNames?: Iterable<string>;
}): ErrorInfo[] {
  const codes = EDELIVERY_ERROR_CODES;
  if (filename.length === 0 || filename.length > EDELIVERY_LIMITS.maxFilenameLength)
    return [problem(codes.invalidAttachmentName, `File name must have 1–128 characters: '${filename}'`)];
  if (FORBIDDEN_FILENAME_CHARS.test(filename))
    return [problem(codes.invalidAttachmentName, `File name contains a forbidden character: '${filename}'`)];
  const dot = filename.lastIndexOf('.');
  const extension = dot > 0 ? filename.slice(dot + 1) : '';
  if (shippingService === 'hybrid' && extension !== 'pdf')
    return [problem(codes.hybridPdfOnly, `A hybrid shipment carries PDF files only: '${filename}'`)];
  if (!KRI_EXTENSIONS.has(extension))
    return [
      problem(codes.unsupportedFileType, `File type not allowed (KRI list, lower case): '${filename}'`),
    ];
  for (const name of existingNames)
    if (name === filename)
      return [
        problem(codes.attachmentNameNotUnique, `File name is already used in the message: '${filename}'`),
      ];
  return [];
}

function checkAddress(party: MessageAddressData, shippingService: ShippingService): ErrorInfo[] {
  const maxName = shippingService === 'hybrid' ? 50 : 1900;
  if ((party.contributor?.companyName?.length ?? 0) > maxName)
    return [problem(EDELIVERY_ERROR_CODES.invalidAddress, `Company name longer than ${maxName} characters`)];
  if (shippingService === 'electronic') {
    const ade = party.eDeliveryAddress ?? '';
    if (isEDeliveryAddress(ade) || party.crossborderInformation?.crossborderInternalAddress) return [];
    return [problem(EDELIVERY_ERROR_CODES.invalidAddress, `Not an e-Delivery address: '${ade}'`)];
  }
  const address = party.address;
  if (address && address.country && address.postalCode && address.city && address.street) return [];
  return [
    problem(
      EDELIVERY_ERROR_CODES.invalidAddress,
      'A hybrid recipient needs a postal address (country, postalCode, city, street)',
    ),
  ];
}

/** Problems of the recipient list: 1–15 (hybrid: exactly 1), each with an address of the right kind. */
export function checkRecipients({
  to,
  shippingService,
}: {
  to: MessageAddressData[];
  shippingService: ShippingService;
}): ErrorInfo[] {
  const codes = EDELIVERY_ERROR_CODES;
  if (to.length === 0) return [problem(codes.noRecipients, 'The message has no recipient')];
  if (shippingService === 'hybrid' && to.length !== 1)
    return [problem(codes.hybridSingleRecipient, 'A hybrid shipment has exactly one recipient')];
  if (to.length > EDELIVERY_LIMITS.maxRecipients)
    return [problem(codes.tooManyRecipients, `At most ${EDELIVERY_LIMITS.maxRecipients} recipients`)];
  return to.flatMap((party) => checkAddress(party, shippingService));
}

export function checkTextBody(textBody: string | undefined): ErrorInfo[] {
  if (textBody === undefined || textBody.length <= EDELIVERY_LIMITS.maxTextBodyLength) return [];
  return [
    problem(
      EDELIVERY_ERROR_CODES.textBodyTooLong,
      `textBody exceeds ${EDELIVERY_LIMITS.maxTextBodyLength} characters`,
    ),
  ];
}
