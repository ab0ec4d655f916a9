import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EpuapFile } from './epuap.types.js';
import {
  SimulatorFault,
  type SimulatedDelivery,
  type SimulatorBox,
  type SimulatorStats,
  type SubmitToBoxInput,
} from './epuap-simulator.types.js';
import { fromBase64, toBase64 } from './epuap-xml.js';
import { buildSampleWnioDokument } from './wnio-dokument.builder.js';

export type FailureMode = 'down' | 'slow' | 'error';
/** `times`: how many requests fail before the simulator heals itself (default: until cleared). */
export type FailureSetting = { mode: FailureMode | null; delayMs?: number; times?: number };

export type SimulatorControl = {
  addBox(address: string, box: { podmiot: string; name: string }): SimulatorBox;
  listBoxes(): (SimulatorBox & { waiting: number })[];
  listDeliveries(): (Omit<SimulatedDelivery, 'upd'> & { hasUpd: boolean })[];
  /** A citizen's letter (a `wnio:Dokument`) arriving into a box; queued for `pull`. */
  submitToBox(input: SubmitToBoxInput): Promise<{ identyfikatorDokumentu: string; upp: Uint8Array }>;
  /** The addressee collects a `dorecz` delivery: the UPD is issued (once). */
  collect(id: string): Promise<{ identyfikatorDokumentu: string; upd: Uint8Array }>;
  /** `down`: connections dropped; `slow`: answers after `delayMs`; `error`: HTTP 503 without a Fault. */
  setFailure(setting: FailureSetting): void;
  stats(): SimulatorStats & {
    requests: number;
    faults: number;
    signatureRejections: number;
    failuresInjected: number;
    failure: string | null;
  };
  systemCertificatePem: string;
};

type JsonBody = Record<string, unknown>;

const json = (res: ServerResponse, status: number, body: unknown) =>
  void res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/**
 * The controls as JSON, for demos and manual testing (bound to 127.0.0.1 by default):
 * GET  /__sim/boxes · POST /__sim/boxes {address, podmiot, name}
 * POST /__sim/submit {toBox, from:{identyfikator, imie?, nazwisko?, name?, pesel?…}, title?, text?,
 *      fileName?, documentBase64?, attachments?:[{fileName, mediaType, base64}]} — a sample letter
 *      is built when no document is given
 * GET  /__sim/deliveries · POST /__sim/collect {id} · POST /__sim/failure {mode, delayMs?, times?}
 * GET  /__sim/stats
 */
export async function handleControlRequest({
  control,
  path,
  req,
  res,
  readBody,
}: {
  control: SimulatorControl;
  path: string;
  req: IncomingMessage;
  res: ServerResponse;
  readBody: () => Promise<Uint8Array | 'too_large' | 'aborted'>;
}): Promise<void> {
  const route = `${req.method ?? 'GET'} ${path}`;
  if (req.method === 'GET') {
    if (path === '/__sim/boxes') return json(res, 200, control.listBoxes());
    if (path === '/__sim/deliveries') return json(res, 200, control.listDeliveries());
    if (path === '/__sim/stats') return json(res, 200, control.stats());
    return json(res, 404, { error: `No control ${route}.` });
  }
  if (req.method !== 'POST') return json(res, 405, { error: 'GET or POST only.' });
  const raw = await readBody();
  if (raw === 'aborted') return;
  let body: JsonBody;
  try {
    if (raw === 'too_large') throw new Error('too large');
    const parsed: unknown = JSON.parse(Buffer.from(raw).toString('utf8') || '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as JsonBody;
  } catch {
    return json(res, 400, { error: 'The body must be a JSON object.' });
  }
  try {
    switch (path) {
      case '/__sim/boxes': {
        const [address, podmiot, name] = [text(body.address), text(body.podmiot), text(body.name)];
        if (!address || !podmiot || !name)
          return json(res, 400, { error: 'address, podmiot and name are required.' });
        return json(res, 201, control.addBox(address, { podmiot, name }));
      }
      case '/__sim/submit':
        return json(res, 201, await submitSample(control, body));
      case '/__sim/collect': {
        const id = text(body.id);
        if (!id) return json(res, 400, { error: 'id is required.' });
        const { identyfikatorDokumentu, upd } = await control.collect(id);
        return json(res, 200, { identyfikatorDokumentu, updBase64: toBase64(upd) });
      }
      case '/__sim/failure': {
        const mode = body.mode === 'down' || body.mode === 'slow' || body.mode === 'error' ? body.mode : null;
        const delayMs = typeof body.delayMs === 'number' ? body.delayMs : undefined;
        const times = typeof body.times === 'number' ? body.times : undefined;
        control.setFailure({ mode, delayMs, times });
        return json(res, 200, { mode, delayMs, times });
      }
      default:
        return json(res, 404, { error: `No control ${route}.` });
    }
  } catch (error) {
    if (error instanceof SimulatorFault) return json(res, 409, { error: error.message, kod: error.kod });
    throw error;
  }
}

async function submitSample(control: SimulatorControl, body: JsonBody) {
  const toBox = text(body.toBox);
  const from = (body.from ?? {}) as Record<string, unknown>;
  const identyfikator = text(from.identyfikator) ?? 'jan_kowalski';
  if (!toBox) throw new SimulatorFault('ZLY_ADRES', 'toBox is required.');
  const attachments: EpuapFile[] = Array.isArray(body.attachments)
    ? (body.attachments as Record<string, unknown>[]).flatMap((item) => {
        const bytes = fromBase64(text(item.base64));
        return bytes
          ? [
              {
                fileName: text(item.fileName) ?? 'zalacznik.bin',
                mediaType: text(item.mediaType) ?? 'application/octet-stream',
                bytes,
              },
            ]
          : [];
      })
    : [];
  const imie = text(from.imie) ?? 'Jan';
  const nazwisko = text(from.nazwisko) ?? 'Kowalski';
  const document =
    fromBase64(text(body.documentBase64)) ??
    buildSampleWnioDokument({
      title: text(body.title) ?? 'Wniosek o wydanie zaświadczenia',
      senderName: text(from.name) ?? `${imie} ${nazwisko}`,
      text: text(body.text) ?? 'Proszę o wydanie zaświadczenia o niezaleganiu w podatkach.',
      attachments,
      senderPesel: text(from.pesel),
    });
  const { identyfikatorDokumentu } = await control.submitToBox({
    toBox,
    from: { identyfikator, imie, nazwisko, name: text(from.name), pesel: text(from.pesel) },
    document,
    fileName: text(body.fileName) ?? 'pismo_ogolne.xml',
  });
  return { identyfikatorDokumentu };
}
