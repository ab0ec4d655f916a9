import type { ReportMessage } from '../signatures.types.js';
import { buildChain, displayName, type ParsedCertificate } from './certificates.js';
import { checkSigner, parseSignedData } from './cms-verify.js';
import { digest, hashFromOid, sameBytes } from './signature-crypto.js';
import { OID } from './verify.constants.js';
import type { VerifyContext } from './verify.context.js';
import { loadAsn1 } from './verify.libs.js';
import { note } from './verify.report.js';

export interface VerifiedTimestamp {
  time: Date;
  /**
   * The TSA's certificate chains to a trust anchor and is a timestamping certificate (extended key
   * usage id-kp-timeStamping): only then does the time prove anything.
   */
  trusted: boolean;
  tsaName: string | null;
}

export type TimestampOutcome =
  { ok: true; timestamp: VerifiedTimestamp } | { ok: false; problem: ReportMessage };

/**
 * Verifies an RFC 3161 timestamp token: its CMS signature (over the TSTInfo), and that its
 * messageImprint is the hash of `imprintOf` (the signature value it timestamps, or the signed
 * bytes of a PDF document timestamp).
 */
export async function verifyTimestampToken(input: {
  token: Uint8Array;
  imprintOf: Uint8Array;
  context: VerifyContext;
}): Promise<TimestampOutcome> {
  const fail = (code: string, message: string): TimestampOutcome => ({
    ok: false,
    problem: note(code, message),
  });
  const cms = await parseSignedData(input.token);
  if (!cms || cms.eContentType !== OID.tstInfo || !cms.eContent) {
    return fail('timestamp.unreadable', 'The timestamp token cannot be read.');
  }
  const { pkijs, asn1js } = await loadAsn1();
  let tstInfo: InstanceType<typeof pkijs.TSTInfo>;
  try {
    const asn = asn1js.fromBER(cms.eContent);
    if (asn.offset === -1) return fail('timestamp.unreadable', 'The timestamp token cannot be read.');
    tstInfo = new pkijs.TSTInfo({ schema: asn.result });
  } catch {
    return fail('timestamp.unreadable', 'The timestamp token cannot be read.');
  }
  const hash = hashFromOid(tstInfo.messageImprint.hashAlgorithm.algorithmId);
  const imprint = tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView;
  if (!hash || !sameBytes(digest(hash, input.imprintOf), imprint)) {
    return fail(
      'timestamp.imprint_mismatch',
      'The timestamp was not made over this signature (message imprint mismatch).',
    );
  }
  const signerInfo = cms.signedData.signerInfos[0];
  if (!signerInfo) return fail('timestamp.unreadable', 'The timestamp token has no signer.');
  const check = await checkSigner({
    signerInfo,
    certificates: cms.certificates,
    content: cms.eContent,
    expectedContentType: OID.tstInfo,
  });
  if (check.integrity !== 'intact' || !check.signer) {
    return fail('timestamp.signature_invalid', 'The timestamp token signature does not verify.');
  }
  const chain = buildChain({
    leaf: check.signer,
    candidates: cms.certificates,
    anchors: input.context.anchors,
  });
  // The time and the token's own signing-time attribute must fall inside every certificate's
  // validity (a token signed after its authority's certificate expired proves nothing).
  const times = [tstInfo.genTime, ...(check.claimedSigningTime ? [check.claimedSigningTime] : [])];
  const outside = (c: (typeof chain.chain)[number]) =>
    times.some((t) => t < c.pki.notBefore.value || t > c.pki.notAfter.value);
  if (chain.chain.some(outside)) {
    return fail(
      'timestamp.signer_not_valid',
      "The timestamp's time is outside the validity of its authority's certificates.",
    );
  }
  return {
    ok: true,
    timestamp: {
      time: tstInfo.genTime,
      trusted: chain.trust === 'trusted' && isTimestampAuthority(check.signer),
      tsaName: displayName(check.signer),
    },
  };
}

function isTimestampAuthority(certificate: ParsedCertificate): boolean {
  return certificate.x509.keyUsage?.includes('1.3.6.1.5.5.7.3.8') === true;
}
