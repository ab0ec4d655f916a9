import type { SignerCredentials, TimestampProvider } from '../signatures.types.js';
import type { VisibleSignature } from './pades-appearance.js';
import { signPdf } from './pades-sign.models.js';
import { isSigningError } from './sign.errors.js';
import { signDetachedXades, signXmlEnveloped } from './xades-sign.models.js';

export type SignDocumentOptions = {
  signingTime: Date;
  /** Shown in the PDF signature dictionary (/Name). */
  signerName: string;
  reason?: string;
  location?: string;
  contactInfo?: string;
  /** PDF only: a visible block; absent, the PDF signature is invisible. */
  visible?: VisibleSignature;
  timestamp?: TimestampProvider;
};

export type SignedDocument = {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
  format: 'PAdES' | 'XAdES';
  packaging: 'embedded' | 'enveloped' | 'detached';
};

const startsWith = (bytes: Uint8Array, text: string) =>
  new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .startsWith(text);

const isPdf = ({ bytes, mediaType }: { bytes: Uint8Array; mediaType: string }) =>
  mediaType === 'application/pdf' ||
  new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

const isXml = ({ bytes, mediaType, fileName }: { bytes: Uint8Array; mediaType: string; fileName: string }) =>
  /^(application|text)\/([\w.+-]+\+)?xml$/.test(mediaType.split(';')[0]?.trim() ?? '') ||
  /\.xml$/i.test(fileName) ||
  startsWith(bytes, '<?xml');

/**
 * Signs a file the way Polish offices exchange signed files: a PDF with an embedded PAdES
 * signature (added as an incremental update, so earlier signatures stay valid), an XML document
 * with an enveloped XAdES signature, anything else — and an XML that is already signed — with a
 * detached XAdES signature in `<name>.xades` (the file itself is not changed and travels beside it).
 */
export async function signDocument(
  file: { bytes: Uint8Array; fileName: string; mediaType: string },
  signer: SignerCredentials,
  options: SignDocumentOptions,
): Promise<SignedDocument> {
  const { signingTime, timestamp } = options;
  if (isPdf(file)) {
    const bytes = await signPdf(file.bytes, signer, options);
    return {
      bytes,
      fileName: file.fileName,
      mediaType: 'application/pdf',
      format: 'PAdES',
      packaging: 'embedded',
    };
  }
  if (isXml(file)) {
    const bytes = await signXmlEnveloped(file.bytes, signer, { signingTime, timestamp }).catch(
      (error: unknown) => {
        if (isSigningError(error) && error.code === 'xml.already_signed') return null;
        throw error;
      },
    );
    if (bytes)
      return {
        bytes,
        fileName: file.fileName,
        mediaType: file.mediaType,
        format: 'XAdES',
        packaging: 'enveloped',
      };
  }
  const bytes = await signDetachedXades(file.bytes, file, signer, { signingTime, timestamp });
  return {
    bytes,
    fileName: `${file.fileName}.xades`,
    mediaType: 'application/xml',
    format: 'XAdES',
    packaging: 'detached',
  };
}
