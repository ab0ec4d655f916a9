import type { Element } from '@xmldom/xmldom';
import { LIMITS, NS, OPERATIONS, type WsSignatureAlgorithm } from './epuap.constants.js';
import { EpuapError, epuapError, isEpuapError } from './epuap.errors.js';
import {
  buildDocumentHeaders,
  buildFileElement,
  buildPullRequest,
  type DocumentHeaders,
  type PullBox,
} from './epuap.requests.js';
import {
  ensureStatusOk,
  readDeliverResponse,
  readPullResponse,
  readSendResponse,
  readStatus,
  readWaitingResponse,
  skrotOf,
} from './epuap.responses.js';
import type {
  EpuapDeliverInput,
  EpuapDeliverResult,
  EpuapPulledDocument,
  EpuapSendInput,
  EpuapSendResult,
} from './epuap.types.js';
import {
  SOAP_CONTENT_TYPE,
  expectPayload,
  faultToError,
  parseSoapEnvelope,
  type SoapMessage,
} from './epuap-soap.js';
import { ensureXmlSignature } from './epuap-xml.js';
import {
  buildSignedSoapEnvelope,
  loadCredentials,
  verifyWsSecurity,
  type WsSecurityCredentials,
} from './ws-security.js';

export type EpuapClientConfig = {
  /** Service URLs (production `https://ws.epuap.gov.pl/pk_external_ws/services/<name>`). */
  endpoints: { pull: string; skrytka: string; doreczyciel: string };
  /** The system certificate registered in ePUAP and its key (WS-Security). */
  credentials: WsSecurityCredentials;
  /** identyfikatorPodmiotu of the office (e.g. `ugdemo`). */
  podmiot: string;
  /** The office's ESP box (e.g. `/ugdemo/SkrytkaESP`): the one pulled, and the default reply-to. */
  boxAddress: string;
  /** `nazwaSkrytki`; default: the last segment of `boxAddress`. */
  boxName?: string;
  timeoutMs?: number;
  signatureAlgorithm?: WsSignatureAlgorithm;
  /** ePUAP's certificates (PEM): when given, a signed answer must be signed by one of them. */
  serverCertsPem?: string[];
  /** Answers' WS-Security: verified when present (default), always required, or ignored. */
  responseSignature?: 'if-present' | 'required' | 'off';
  maxResponseBytes?: number;
  now?: () => Date;
};

export type EpuapClient = {
  /** Count of documents waiting in the office's box. */
  oczekujaceDokumenty(): Promise<number>;
  /** The next waiting document (it stays waiting until acknowledged), or null when none. */
  pobierzNastepny(): Promise<EpuapPulledDocument | null>;
  /** Acknowledges a pulled document (by its `skrot` or its bytes): ePUAP removes it from the queue. */
  potwierdzOdebranie(document: { skrot: string } | { bytes: Uint8Array }): Promise<void>;
  /** Puts a document into another entity's box (`skrytka.nadaj`); returns the UPP when given. */
  nadaj(input: EpuapSendInput): Promise<EpuapSendResult>;
  /** Delivers a XAdES-signed document with a return receipt (`doreczyciel.dorecz`). */
  dorecz(input: EpuapDeliverInput): Promise<EpuapDeliverResult>;
};

/** An ESP client: every request WS-Security signed; answers checked (module doc of epuap.errors.ts). */
export function createEpuapClient(config: EpuapClientConfig): EpuapClient {
  const credentials = loadCredentials(config.credentials);
  const now = config.now ?? (() => new Date());
  const timeoutMs = config.timeoutMs ?? LIMITS.defaultTimeoutMs;
  const box: PullBox = {
    podmiot: config.podmiot,
    nazwaSkrytki: config.boxName ?? config.boxAddress.split('/').filter(Boolean).at(-1) ?? '',
    adresSkrytki: config.boxAddress,
  };

  async function call(
    url: string,
    message: { headers?: string[]; body: string },
    expected: string,
  ): Promise<Element> {
    const envelope = await buildSignedSoapEnvelope({
      ...message,
      credentials,
      now: now(),
      algorithm: config.signatureAlgorithm,
    });
    const { status, bytes } = await post(
      url,
      envelope,
      timeoutMs,
      config.maxResponseBytes ?? LIMITS.maxSoapBytes,
    );
    let parsed: SoapMessage | null = null;
    let parseError: unknown = null;
    try {
      parsed = await parseSoapEnvelope(bytes);
    } catch (error) {
      parseError = error;
    }
    if (parsed?.fault) throw faultToError(parsed.fault, status);
    if (status >= 500 || status === 429) {
      throw epuapError('epuap.unavailable', `ePUAP answered HTTP ${status} without a SOAP Fault.`, {
        details: { httpStatus: status },
      });
    }
    if (status < 200 || status >= 300) {
      throw epuapError('epuap.invalid_response', `ePUAP answered HTTP ${status}.`, {
        details: { httpStatus: status },
      });
    }
    if (!parsed) {
      const reason = isEpuapError(parseError) ? parseError.message : 'unreadable';
      throw epuapError('epuap.invalid_response', `The answer is not a SOAP message: ${reason}`, {
        cause: parseError,
      });
    }
    await checkSignature(parsed);
    return expectPayload(parsed, expected);
  }

  async function checkSignature(message: SoapMessage): Promise<void> {
    const mode = config.responseSignature ?? 'if-present';
    if (mode === 'off') return;
    const signed = message.header?.getElementsByTagNameNS(NS.wsse, 'Security').length ?? 0;
    if (signed === 0 && mode === 'if-present') return;
    await verifyWsSecurity(message, {
      trustedCertsPem: config.serverCertsPem,
      now: now(),
      requireTimestamp: false,
    });
  }

  const documentHeaders = (input: EpuapSendInput, extra: Partial<DocumentHeaders> = {}): string[] =>
    buildDocumentHeaders({
      adresSkrytki: input.adresSkrytki,
      adresOdpowiedzi: input.adresOdpowiedzi,
      identyfikatorPodmiotu: config.podmiot,
      identyfikatorDokumentu: input.identyfikatorDokumentu ?? null,
      identyfikatorSprawy: input.identyfikatorSprawy ?? null,
      czyProbne: input.czyProbne ?? false,
      daneDodatkowe: input.daneDodatkowe ?? null,
      nazwaPliku: input.file.fileName,
      terminDoreczenia: null,
      ...extra,
    });

  return {
    async oczekujaceDokumenty() {
      const payload = await call(
        config.endpoints.pull,
        { body: buildPullRequest('oczekujaceDokumenty', box) },
        OPERATIONS.oczekujaceDokumenty.response,
      );
      return readWaitingResponse(payload);
    },

    async pobierzNastepny() {
      const payload = await call(
        config.endpoints.pull,
        { body: buildPullRequest('pobierzNastepny', box) },
        OPERATIONS.pobierzNastepny.response,
      );
      return readPullResponse(payload);
    },

    async potwierdzOdebranie(document) {
      const skrot = 'skrot' in document ? document.skrot : skrotOf(document.bytes);
      const payload = await call(
        config.endpoints.pull,
        { body: buildPullRequest('potwierdzOdebranie', box, skrot) },
        OPERATIONS.potwierdzOdebranie.response,
      );
      ensureStatusOk(readStatus(payload));
    },

    async nadaj(input) {
      validateSendInput(input);
      const payload = await call(
        config.endpoints.skrytka,
        { headers: documentHeaders(input), body: buildFileElement('obi:Dokument', input.file) },
        OPERATIONS.nadaj.response,
      );
      const answer = readSendResponse(payload);
      return {
        identyfikatorDokumentu: answer.identyfikatorDokumentu,
        identyfikatorUpp: answer.identyfikatorUpp,
        upp: answer.upp?.bytes ?? null,
        dryRun: input.czyProbne ?? false,
        status: answer.status,
      };
    },

    async dorecz(input) {
      validateSendInput(input);
      if (!input.identyfikatorDokumentu)
        throw epuapError('epuap.invalid_input', 'dorecz needs our identyfikatorDokumentu.');
      await ensureXmlSignature(input.file.bytes);
      const termin =
        input.terminDoreczenia instanceof Date
          ? input.terminDoreczenia.toISOString()
          : (input.terminDoreczenia ?? null);
      const payload = await call(
        config.endpoints.doreczyciel,
        {
          headers: documentHeaders(input, { terminDoreczenia: termin }),
          body: buildFileElement('obi:Dokument', input.file),
        },
        OPERATIONS.dorecz.response,
      );
      const answer = readDeliverResponse(payload);
      const status = input.czyProbne
        ? 'dry_run'
        : answer.upd || answer.stan === 'doreczone'
          ? 'collected'
          : 'accepted';
      return {
        identyfikatorDokumentu: answer.identyfikatorDokumentu,
        identyfikatorZlecenia: answer.identyfikatorZlecenia,
        status,
        upd: answer.upd?.bytes ?? null,
        epuapStatus: answer.status,
      };
    },
  };
}

function validateSendInput(input: EpuapSendInput): void {
  if (!/^\/[^/\s]+\/[^/\s]+$/.test(input.adresSkrytki)) {
    throw epuapError(
      'epuap.invalid_input',
      `"${input.adresSkrytki}" is not an ePUAP box address (/<podmiot>/<skrytka>).`,
    );
  }
  if (!input.adresOdpowiedzi)
    throw epuapError('epuap.invalid_input', 'adresOdpowiedzi (our reply-to box) is required.');
  if (!input.file.fileName.trim() || input.file.bytes.length === 0) {
    throw epuapError('epuap.invalid_input', 'The file to send needs a name and content.');
  }
}

async function post(
  url: string,
  body: string,
  timeoutMs: number,
  maxBytes: number,
): Promise<{ status: number; bytes: Uint8Array }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': SOAP_CONTENT_TYPE, soapaction: '""' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw epuapError('epuap.invalid_response', `The answer is larger than ${maxBytes} bytes.`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body ?? []) {
      total += (chunk as Uint8Array).length;
      if (total > maxBytes)
        throw epuapError('epuap.invalid_response', `The answer is larger than ${maxBytes} bytes.`);
      chunks.push(chunk as Uint8Array);
    }
    return { status: response.status, bytes: new Uint8Array(Buffer.concat(chunks)) };
  } catch (error) {
    if (error instanceof EpuapError) throw error;
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : 'connection failed';
    throw epuapError('epuap.unavailable', `ePUAP is unavailable (${reason}).`, { cause: error });
  }
}
