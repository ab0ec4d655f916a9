import type { DetachedContent } from '../signatures.types.js';
import type { ParsedCertificate } from './certificates.js';

/** What every signature of one file is verified against. */
export interface VerifyContext {
  at: Date;
  anchors: ParsedCertificate[];
  crls: Uint8Array[];
  detachedContent: DetachedContent[];
}
