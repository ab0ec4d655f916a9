/**
 * RFC 3161 time-stamping: the tenant's time-stamp authority (`createTimestampResponse`, exposed
 * over HTTP by the server) and the client that asks any TSA for a token (`requestTimestamp`).
 * Tokens are CMS SignedData over a TSTInfo, signed with ESS signing-certificate-v2 (RFC 5816).
 */
import { randomBytes } from 'node:crypto';
import type * as Pkijs from 'pkijs';
import { parseCertificate, serialFromHex, toArrayBuffer, toHex } from './asn1.js';
import { derSequence } from './der.js';
import { importSigningKey } from './key-encryption.models.js';
import { OBIEG_TSA_POLICY_OID, OID } from './pki.constants.js';
import { PkiError } from './pki.errors.js';
import { loadPkiLibraries, type PkiLibraries } from './pki.libraries.js';
import { buildSignedData } from './signed-data.js';

/** The hash algorithms a request may use, by OID, with their digest length. */
const TIMESTAMP_HASHES: Record<string, { name: 'SHA-256' | 'SHA-384' | 'SHA-512'; length: number }> = {
  [OID.sha256]: { name: 'SHA-256', length: 32 },
  [OID.sha384]: { name: 'SHA-384', length: 48 },
  [OID.sha512]: { name: 'SHA-512', length: 64 },
};

/** PKIFailureInfo bits (RFC 3161 §2.4.2). */
const FAILURE = {
  badAlg: 0,
  badRequest: 2,
  badDataFormat: 5,
  unacceptedPolicy: 15,
  unacceptedExtension: 16,
} as const;
type Failure = keyof typeof FAILURE;

export type TimestampAuthority = {
  certificate: Uint8Array;
  privateKeyPkcs8: Uint8Array;
  /** Issuers of the TSA certificate, sent with it when the request asks for certificates. */
  chain?: Uint8Array[];
};

function rejection({ pkijs, asn1js }: PkiLibraries, failure: Failure, text: string): Uint8Array {
  const bit = FAILURE[failure];
  const bits = new Uint8Array((bit >> 3) + 1);
  bits[bit >> 3] = 0x80 >> (bit & 7);
  const status = new pkijs.PKIStatusInfo({
    status: pkijs.PKIStatus.rejection,
    statusStrings: [new asn1js.Utf8String({ value: text })],
    failInfo: new asn1js.BitString({ valueHex: toArrayBuffer(bits), unusedBits: 7 - (bit & 7) }),
  });
  return derSequence(new Uint8Array(status.toSchema().toBER(false)));
}

function checkRequest(request: Pkijs.TimeStampReq, policy: string): [Failure, string] | null {
  if (request.version !== 1) return ['badRequest', `Unsupported request version ${request.version}.`];
  const hash = TIMESTAMP_HASHES[request.messageImprint.hashAlgorithm.algorithmId];
  if (!hash) return ['badAlg', 'Only SHA-256, SHA-384 and SHA-512 imprints are accepted.'];
  if (request.messageImprint.hashedMessage.valueBlock.valueHexView.byteLength !== hash.length) {
    return ['badDataFormat', `The imprint is not a ${hash.name} digest.`];
  }
  if (request.reqPolicy && request.reqPolicy !== policy) return ['unacceptedPolicy', 'Unknown TSA policy.'];
  if (request.extensions?.some((extension) => extension.critical)) {
    return ['unacceptedExtension', 'Critical request extensions are not supported.'];
  }
  return null;
}

/**
 * Answers a DER TimeStampReq with a DER TimeStampResp: `granted` with a token, or `rejection` with
 * the failure (a malformed request is answered, not thrown). `serialNumber` is hex and must be
 * unique per TSA; `genTime` is the time to certify.
 */
export async function createTimestampResponse(
  tsa: TimestampAuthority,
  requestDer: Uint8Array,
  {
    genTime,
    serialNumber,
    policy = OBIEG_TSA_POLICY_OID,
  }: { genTime: Date; serialNumber: string; policy?: string },
): Promise<Uint8Array> {
  const libraries = await loadPkiLibraries();
  const { pkijs, asn1js } = libraries;
  let request: Pkijs.TimeStampReq;
  try {
    request = pkijs.TimeStampReq.fromBER(toArrayBuffer(requestDer));
  } catch {
    return rejection(libraries, 'badDataFormat', 'The request is not a DER TimeStampReq.');
  }
  const problem = checkRequest(request, policy);
  if (problem) return rejection(libraries, ...problem);

  const certificate = parseCertificate(libraries, tsa.certificate);
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy,
    messageImprint: request.messageImprint,
    serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(serialFromHex(serialNumber)) }),
    genTime,
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
    ...(request.nonce && { nonce: request.nonce }),
    tsa: new pkijs.GeneralName({ type: 4, value: certificate.subject }),
  });
  const token = await buildSignedData({
    signer: {
      privateKey: await importSigningKey(tsa.privateKeyPkcs8),
      certificate: tsa.certificate,
      chain: tsa.chain ?? [],
    },
    eContentType: OID.tstInfo,
    content: new Uint8Array(tstInfo.toSchema().toBER(false)),
    encapsulate: true,
    includeCertificates: request.certReq === true,
  });
  const granted = new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted });
  return derSequence(new Uint8Array(granted.toSchema().toBER(false)), token);
}

const HASH_OID_BY_LENGTH: Record<number, string> = { 32: OID.sha256, 48: OID.sha384, 64: OID.sha512 };

/** A DER TimeStampReq (v1) for a SHA-256/384/512 digest, asking for the TSA's certificate. */
export async function buildTimestampRequest(digest: Uint8Array, nonce: Uint8Array): Promise<Uint8Array> {
  const { pkijs, asn1js } = await loadPkiLibraries();
  const hashOid = HASH_OID_BY_LENGTH[digest.length];
  if (!hashOid)
    throw new PkiError({ code: 'pki.timestamp_failed', message: 'The digest is not SHA-256/384/512.' });
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: hashOid }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(digest) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(serialFromHex(toHex(nonce))) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER(false));
}

export type TimestampTokenInfo = {
  genTime: Date;
  /** Hex. */
  serialNumber: string;
  policy: string;
  hashAlgorithm: string;
  imprint: Uint8Array;
  /** Hex, or null when the token carries none. */
  nonce: string | null;
};

/** The TSTInfo of a token (no signature check). Throws `pki.timestamp_failed` when it is not one. */
export async function readTimestampToken(token: Uint8Array): Promise<TimestampTokenInfo> {
  const { pkijs } = await loadPkiLibraries();
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(token));
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    const eContent = signedData.encapContentInfo.eContent;
    if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !eContent)
      throw new Error('not a TSTInfo');
    const info = pkijs.TSTInfo.fromBER(eContent.getValue());
    return {
      genTime: info.genTime,
      serialNumber: toHex(new Uint8Array(info.serialNumber.valueBlock.valueHexView)),
      policy: info.policy,
      hashAlgorithm: info.messageImprint.hashAlgorithm.algorithmId,
      imprint: new Uint8Array(info.messageImprint.hashedMessage.valueBlock.valueHexView),
      nonce: info.nonce ? toHex(new Uint8Array(info.nonce.valueBlock.valueHexView)) : null,
    };
  } catch (error) {
    throw new PkiError({
      code: 'pki.timestamp_failed',
      message: 'The time-stamp token cannot be read.',
      cause: error,
    });
  }
}

/** The token (DER ContentInfo) of a granted DER TimeStampResp, kept byte for byte. */
async function tokenOfResponse(responseDer: Uint8Array): Promise<Uint8Array> {
  const { pkijs, asn1js } = await loadPkiLibraries();
  const failed = (message: string, cause?: unknown) =>
    new PkiError({ code: 'pki.timestamp_failed', message, cause });
  const parsed = asn1js.fromBER(toArrayBuffer(responseDer));
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence))
    throw failed('The TSA answer is not DER.');
  let response: Pkijs.TimeStampResp;
  try {
    response = new pkijs.TimeStampResp({ schema: parsed.result });
  } catch (error) {
    throw failed('The TSA answer is not a TimeStampResp.', error);
  }
  const status = response.status.status;
  if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods) {
    const text = response.status.statusStrings?.map((item) => item.valueBlock.value).join('; ');
    throw failed(`The TSA refused the request (status ${status}${text ? `: ${text}` : ''}).`);
  }
  const token = parsed.result.valueBlock.value[1];
  if (!token) throw failed('The TSA granted the request but sent no token.');
  return new Uint8Array(token.valueBeforeDecodeView);
}

/**
 * Asks the TSA at `url` for a token over a SHA-256 digest (RFC 3161 over HTTP, §3.4), with a
 * random nonce, and checks that the answer is granted and answers this imprint and nonce. The
 * token's signature and its TSA's trust are the verification engine's business (it validates the
 * signature the token ends up in). Returns the token (DER ContentInfo) byte for byte.
 */
export async function requestTimestamp(
  url: string,
  sha256Digest: Uint8Array,
  { timeoutMs = 15_000, fetch: fetchImpl = fetch }: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<Uint8Array> {
  const nonce = new Uint8Array(randomBytes(8));
  nonce[0] = ((nonce[0] ?? 0) & 0x7f) | 0x01;
  const request = await buildTimestampRequest(sha256Digest, nonce);
  let answer: Uint8Array;
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body: request,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    answer = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new PkiError({
      code: 'pki.timestamp_failed',
      message: `The TSA at ${url} did not answer.`,
      cause: error,
    });
  }
  const token = await tokenOfResponse(answer);
  const info = await readTimestampToken(token);
  if (
    info.hashAlgorithm !== OID.sha256 ||
    Buffer.compare(info.imprint, sha256Digest) !== 0 ||
    info.nonce !== toHex(nonce)
  ) {
    throw new PkiError({
      code: 'pki.timestamp_mismatch',
      message: 'The time-stamp token answers another request.',
    });
  }
  return token;
}
