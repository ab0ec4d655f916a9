import { loadOnce } from '../../shared/load-once.js';

/** The XML parser is loaded at the first trusted list (ADR 0008). */
const loadXmlParser = loadOnce(async () => (await import('fast-xml-parser')).XMLParser);

// EU trusted lists (ETSI TS 119 612): every trust service provider's services with their type,
// status and certificates. The office takes certificate-issuing and timestamp services whose
// status is current as trust anchors.

export type TrustedListEntry = { name: string; der: Uint8Array; country: string | null };
export type TrustedListResult =
  | { kind: 'ok'; territory: string | null; entries: TrustedListEntry[] }
  | { kind: 'refused'; reason: string }
  | { kind: 'invalid'; reason: string };

const SERVICE_TYPES = new Set(
  ['CA/QC', 'CA/PKC', 'NationalRootCA-QC', 'TSA/QTST', 'TSA', 'TSA/TSS-QC', 'TSA/TSS-AdESQCandQES'].map(
    (t) => `http://uri.etsi.org/TrstSvc/Svctype/${t}`,
  ),
);
const CURRENT_STATUSES = new Set(
  ['granted', 'recognisedatnationallevel', 'accredited', 'undersupervision', 'setbynationallaw'].map(
    (s) => `http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/${s}`,
  ),
);
// Status URIs of the older (v4) lists use another path.
const LEGACY_STATUS = /\/Svcstatus\/(accredited|undersupervision|setbynationallaw)$/;

/** Refuses what an XML parser could be abused with before any parser sees the bytes. */
export function refusesDtd(text: string): string | null {
  if (/<!DOCTYPE/i.test(text))
    return 'The XML declares a DTD (refused: no entity expansion, no external references).';
  if (/<!ENTITY/i.test(text)) return 'The XML declares entities (refused).';
  return null;
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

type Named = { Name?: unknown };
function firstName(value: Named | undefined): string | null {
  for (const name of asArray(value?.Name as unknown)) {
    if (typeof name === 'string') return name;
    if (name && typeof name === 'object' && '#text' in name)
      return String((name as { '#text': unknown })['#text']);
  }
  return null;
}

const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && '#text' in value
      ? String((value as { '#text': unknown })['#text'])
      : '';

export async function readTrustedList(bytes: Uint8Array): Promise<TrustedListResult> {
  const xml = Buffer.from(bytes).toString('utf8');
  const refused = refusesDtd(xml);
  if (refused) return { kind: 'refused', reason: refused };
  const XMLParser = await loadXmlParser();
  let document: Record<string, unknown>;
  try {
    document = new XMLParser({
      removeNSPrefix: true,
      ignoreAttributes: false,
      processEntities: false,
      parseTagValue: false,
      trimValues: true,
    }).parse(xml) as Record<string, unknown>;
  } catch (error) {
    return {
      kind: 'invalid',
      reason: `The XML cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const list = document.TrustServiceStatusList as Record<string, unknown> | undefined;
  if (!list) return { kind: 'invalid', reason: 'The XML is not a trusted list (TrustServiceStatusList).' };
  const scheme = list.SchemeInformation as Record<string, unknown> | undefined;
  const territory = text(scheme?.SchemeTerritory) || null;
  const providers = asArray(
    (list.TrustServiceProviderList as Record<string, unknown> | undefined)?.TrustServiceProvider,
  );
  const entries: TrustedListEntry[] = [];
  for (const provider of providers as Record<string, unknown>[]) {
    const providerName = firstName(
      (provider.TSPInformation as Record<string, unknown> | undefined)?.TSPName as Named,
    );
    const services = asArray((provider.TSPServices as Record<string, unknown> | undefined)?.TSPService);
    for (const service of services as Record<string, unknown>[]) {
      const info = service.ServiceInformation as Record<string, unknown> | undefined;
      if (!info) continue;
      const type = text(info.ServiceTypeIdentifier);
      const status = text(info.ServiceStatus);
      if (!SERVICE_TYPES.has(type) || !(CURRENT_STATUSES.has(status) || LEGACY_STATUS.test(status))) continue;
      const serviceName = firstName(info.ServiceName as Named) ?? providerName ?? 'Trust service';
      for (const identity of asArray(info.ServiceDigitalIdentity) as Record<string, unknown>[]) {
        for (const digitalId of asArray(identity.DigitalId) as Record<string, unknown>[]) {
          for (const certificate of asArray(digitalId.X509Certificate)) {
            const base64 = text(certificate).replace(/\s+/g, '');
            if (!base64) continue;
            entries.push({
              name: serviceName,
              der: new Uint8Array(Buffer.from(base64, 'base64')),
              country: territory,
            });
          }
        }
      }
    }
  }
  if (entries.length === 0)
    return {
      kind: 'invalid',
      reason: 'The trusted list names no current certificate or timestamp service with a certificate.',
    };
  return { kind: 'ok', territory, entries };
}
