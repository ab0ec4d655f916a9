import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ESP_PATHS, LIMITS, NS, OPERATIONS } from './epuap.constants.js';
import { isEpuapError } from './epuap.errors.js';
import { readDocumentHeaders, readFileElement, readPullRequest } from './epuap.requests.js';
import {
  OK_STATUS,
  buildAckResponse,
  buildDeliverResponse,
  buildPullResponse,
  buildSendResponse,
  buildWaitingResponse,
} from './epuap.responses.js';
import { SOAP_CONTENT_TYPE, buildSoapFault, parseSoapEnvelope, type SoapMessage } from './epuap-soap.js';
import { createSelfSignedIdentity } from './epuap-simulator.identity.js';
import {
  handleControlRequest,
  type FailureSetting,
  type SimulatorControl,
} from './epuap-simulator.control.js';
import { createSimulatorState } from './epuap-simulator.state.js';
import { SimulatorFault } from './epuap-simulator.types.js';
import { ensureXmlSignature } from './epuap-xml.js';
import { buildSignedSoapEnvelope, loadCredentials, verifyWsSecurity } from './ws-security.js';

export { buildSampleWnioDokument } from './wnio-dokument.builder.js';
export type { FailureMode, FailureSetting, SimulatorControl } from './epuap-simulator.control.js';

export type EpuapSimulator = {
  url: string;
  endpoints: { pull: string; skrytka: string; doreczyciel: string };
  /** The simulator's "ePUAP system" certificate (signs answers, UPP and UPD), PEM. */
  systemCertificatePem: string;
  control: SimulatorControl;
  close(): Promise<void>;
};

type Service = 'pull' | 'skrytka' | 'doreczyciel';

/**
 * A local ePUAP ESP (pull, skrytka, doreczyciel) over HTTP for development, demos and tests. It
 * verifies the WS-Security signature of every request (unsigned, tampered, stale or — when
 * `trustedClientCertsPem` is given — foreign requests get a SOAP Fault), signs its answers and
 * receipts with a certificate made at start (CN=SYM_ePUAP_ESP, O=Obieg symulator), keeps boxes
 * in memory, and exposes its controls as `control` and as JSON under `/__sim/…`.
 */
export async function startEpuapSimulator({
  host = '127.0.0.1',
  port = 0,
  now = () => new Date(),
  trustedClientCertsPem,
  maxRequestBytes = LIMITS.maxSoapBytes,
}: {
  host?: string;
  port?: number;
  now?: () => Date;
  trustedClientCertsPem?: string[];
  maxRequestBytes?: number;
} = {}): Promise<EpuapSimulator> {
  const identity = await createSelfSignedIdentity({
    commonName: 'SYM_ePUAP_ESP',
    organization: 'Obieg symulator',
    now: now(),
  });
  const credentials = loadCredentials(identity);
  const state = createSimulatorState({ now, signer: identity.signer });
  const counters = { requests: 0, faults: 0, signatureRejections: 0, failuresInjected: 0 };
  let failure: FailureSetting = { mode: null };
  const timers = new Set<NodeJS.Timeout>();

  const control: SimulatorControl = {
    addBox: (address, box) => state.addBox(address, box),
    listBoxes: () => state.listBoxes(),
    listDeliveries: () => state.listDeliveries(),
    submitToBox: (input) => state.submitToBox(input),
    collect: (id) => state.collect(id),
    setFailure: (setting) => {
      failure = setting.mode ? { ...setting } : { mode: null };
    },
    stats: () => ({ ...counters, ...state.stats, failure: failure.mode }),
    systemCertificatePem: identity.certPem,
  };

  const takeFailure = (): FailureSetting | null => {
    if (!failure.mode) return null;
    const taken = { ...failure };
    if (failure.times !== undefined) {
      failure.times -= 1;
      if (failure.times <= 0) failure = { mode: null };
    }
    counters.failuresInjected += 1;
    return taken;
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const sendFault = (res: ServerResponse, fault: Parameters<typeof buildSoapFault>[0]) => {
    counters.faults += 1;
    res.writeHead(500, { 'content-type': SOAP_CONTENT_TYPE }).end(buildSoapFault(fault));
  };

  async function dispatch(service: Service, message: SoapMessage): Promise<string> {
    const payload = message.payload;
    const name = payload?.namespaceURI === NS.obi ? payload.localName : null;
    if (!payload || !name)
      throw new SimulatorFault('NIEZNANA_OPERACJA', 'The Body holds no ePUAP operation.');
    if (service === 'pull') {
      const request = readPullRequest(payload);
      if (name === OPERATIONS.oczekujaceDokumenty.request)
        return buildWaitingResponse(state.waiting(request));
      if (name === OPERATIONS.pobierzNastepny.request) return buildPullResponse(state.next(request));
      if (name === OPERATIONS.potwierdzOdebranie.request) {
        state.acknowledge(request);
        return buildAckResponse(OK_STATUS);
      }
    } else if (name === 'Dokument') {
      const headers = readDocumentHeaders(message.header);
      if (!headers.identyfikatorPodmiotu)
        throw new SimulatorFault('BRAK_PODMIOTU', 'Brak nagłówka IdentyfikatorPodmiotu.');
      const file = readFileElement(payload);
      if (service === 'skrytka') return buildSendResponse(await state.send(headers, file));
      try {
        await ensureXmlSignature(file.bytes);
      } catch {
        throw new SimulatorFault(
          'DOKUMENT_NIEPODPISANY',
          'Dokument doręczany z UPD musi być podpisany (XAdES).',
        );
      }
      return buildDeliverResponse(state.deliver(headers, file));
    }
    throw new SimulatorFault('NIEZNANA_OPERACJA', `The ${service} service has no operation ${name}.`);
  }

  async function handleSoap(service: Service, req: IncomingMessage, res: ServerResponse): Promise<void> {
    counters.requests += 1;
    const injected = takeFailure();
    if (injected?.mode === 'down') {
      req.socket.destroy();
      return;
    }
    if (injected?.mode === 'error') {
      res
        .writeHead(503, { 'content-type': 'text/html' })
        .end('<html><body>503 Service Unavailable</body></html>');
      return;
    }
    if (injected?.mode === 'slow') await sleep(injected.delayMs ?? 5_000);

    const bytes = await readBody(req, maxRequestBytes);
    if (bytes === 'aborted') return;
    if (bytes === 'too_large')
      return sendFault(res, { faultCode: 'soapenv:Client', faultString: 'The request is too large.' });
    let message: SoapMessage;
    try {
      message = await parseSoapEnvelope(bytes, { maxBytes: maxRequestBytes });
    } catch (error) {
      return sendFault(res, {
        faultCode: 'soapenv:Client',
        faultString: isEpuapError(error) ? error.message : 'Unreadable request.',
      });
    }
    try {
      await verifyWsSecurity(message, { trustedCertsPem: trustedClientCertsPem, now: now() });
    } catch (error) {
      counters.signatureRejections += 1;
      const text = isEpuapError(error) ? error.message : 'WS-Security check failed.';
      return sendFault(res, {
        faultCode: 'wsse:FailedAuthentication',
        faultString: text,
        detailCode: 'WS_SECURITY',
        detailMessage: text,
      });
    }
    try {
      const body = await dispatch(service, message);
      const answer = await buildSignedSoapEnvelope({ body, credentials, now: now() });
      res.writeHead(200, { 'content-type': SOAP_CONTENT_TYPE }).end(answer);
    } catch (error) {
      if (error instanceof SimulatorFault) {
        return sendFault(res, {
          faultCode: 'soapenv:Client',
          faultString: error.message,
          detailCode: error.kod,
          detailMessage: error.message,
        });
      }
      if (isEpuapError(error))
        return sendFault(res, { faultCode: 'soapenv:Client', faultString: error.message });
      return sendFault(res, { faultCode: 'soapenv:Server', faultString: 'Internal simulator error.' });
    }
  }

  const services = new Map<string, Service>(
    Object.entries(ESP_PATHS).map(([service, path]) => [path, service as Service]),
  );
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://simulator').pathname;
    const service = services.get(path);
    const work = path.startsWith('/__sim/')
      ? handleControlRequest({ control, path, req, res, readBody: () => readBody(req, maxRequestBytes) })
      : service && req.method === 'POST'
        ? handleSoap(service, req, res)
        : Promise.resolve(
            void res
              .writeHead(service ? 405 : 404, { 'content-type': 'text/plain' })
              .end(service ? 'POST only' : 'Not found'),
          );
    work.catch(() => {
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal simulator error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url,
    endpoints: {
      pull: url + ESP_PATHS.pull,
      skrytka: url + ESP_PATHS.skrytka,
      doreczyciel: url + ESP_PATHS.doreczyciel,
    },
    systemCertificatePem: identity.certPem,
    control,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The request body; `too_large` beyond `maxBytes` (the rest is drained), `aborted` when the client left. */
export function readBody(
  req: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array | 'too_large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(total > maxBytes ? 'too_large' : new Uint8Array(Buffer.concat(chunks))));
    req.on('close', () => resolve('aborted'));
    req.on('error', () => resolve('aborted'));
  });
}
