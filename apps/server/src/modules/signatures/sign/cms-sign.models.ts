/**
 * CAdES-BES signatures (ETSI EN 319 122-1 baseline B, B-T with a time-stamp): CMS SignedData over
 * the content, detached (`.p7s` beside the file; also the PAdES `/Contents`) or attached.
 */
import type { SignerCredentials, TimestampProvider } from '../signatures.types.js';
import { sha256, toArrayBuffer } from '../pki/asn1.js';
import { OID } from '../pki/pki.constants.js';
import { loadPkiLibraries } from '../pki/pki.libraries.js';
import { buildSignedData } from '../pki/signed-data.js';

export type CadesOptions = {
  /** Default true: the content is not carried in the signature. */
  detached?: boolean;
  /**
   * The signing-time signed attribute (CAdES). Leave it out for PAdES, where the time is the
   * signature dictionary's /M (ETSI EN 319 142-1 §5.2.3 forbids signing-time there).
   */
  signingTime?: Date;
  /** Adds a signature-time-stamp over the SignatureValue (level B-T). */
  timestamp?: TimestampProvider;
};

/** A DER ContentInfo(SignedData) signing `content` with SHA-256 and RSA PKCS #1 v1.5. */
export async function createCadesSignature(
  content: Uint8Array,
  signer: SignerCredentials,
  { detached = true, signingTime, timestamp }: CadesOptions = {},
): Promise<Uint8Array> {
  const { pkijs, asn1js } = await loadPkiLibraries();
  return buildSignedData({
    signer,
    eContentType: OID.data,
    content,
    encapsulate: !detached,
    signedAttributes: signingTime
      ? [
          new pkijs.Attribute({
            type: OID.signingTime,
            values: [
              signingTime.getUTCFullYear() >= 2050
                ? new asn1js.GeneralizedTime({ valueDate: signingTime })
                : new asn1js.UTCTime({ valueDate: signingTime }),
            ],
          }),
        ]
      : [],
    unsignedAttributes: timestamp
      ? async (signatureValue) => {
          const token = await timestamp(sha256(signatureValue));
          const parsed = asn1js.fromBER(toArrayBuffer(token));
          if (parsed.offset === -1)
            throw new Error('The time-stamp provider returned bytes that are not DER.');
          return [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [parsed.result] })];
        }
      : undefined,
  });
}
