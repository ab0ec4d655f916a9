/**
 * Errors of the signing engine. The engines are pure and know nothing of HTTP: the use cases
 * translate these codes (e.g. `xml.dtd_refused` → `signatures.xml_refused`).
 */
export type SigningErrorCode =
  /** The XML has a DOCTYPE or an ENTITY declaration; refused before parsing (XXE, entity bombs). */
  | 'xml.dtd_refused'
  /** The XML is not well-formed, or not in an encoding we can read. */
  | 'xml.malformed'
  /**
   * The XML already holds a signature: an enveloped one added now would break it (each enveloped
   * signature removes only itself). `signDocument` signs such files detached instead.
   */
  | 'xml.already_signed'
  /** The PDF cannot be parsed, or its trailer/xref cannot be found. */
  | 'pdf.unreadable'
  /** The PDF is encrypted; signing it would need its password. */
  | 'pdf.encrypted'
  /** The visible signature is asked on a page the PDF does not have. */
  | 'pdf.page_not_found'
  /** The PDF carries a certification signature that forbids any change (DocMDP P=1). */
  | 'pdf.changes_forbidden';

export class SigningError extends Error {
  readonly code: SigningErrorCode;

  constructor({ code, message, cause }: { code: SigningErrorCode; message: string; cause?: unknown }) {
    super(message, { cause });
    this.name = 'SigningError';
    this.code = code;
  }
}

export const isSigningError = (error: unknown): error is SigningError => error instanceof SigningError;
