import { randomUUID } from 'node:crypto';
import { loadOnce } from '../../shared/load-once.js';
import { A4_PORTRAIT, MM, createPdfDocument } from '../../shared/pdf/pdf-document.js';
import { sha256Hex } from './edelivery.hash.js';
import type { Delivery, StoredEvidence, Transmission } from './edelivery-simulator.model.js';
import type { EvidenceType, MessageAddressData } from './edelivery.types.js';

/**
 * Evidences (dowody) of the simulator: records made as the message travels, and their files, made on
 * download: plain XML (unsigned) for the technical and XML business evidences, a PDF for BP.WP/BP.OP.
 */

const EVENTS: Record<EvidenceType, string> = {
  'A.1': 'SubmissionAcceptance',
  'A.2': 'SubmissionRejection',
  'B.1': 'RelayAcceptance',
  'B.2': 'RelayRejection',
  'B.3': 'RelayFailure',
  'D.1': 'ContentConsignment',
  'D.2': 'ConsignmentFailure',
  'D.3': 'Notification',
  'E.1': 'ContentHandover',
  'E.2': 'ContentHandoverFailure',
  'BP.WX': 'PotwierdzenieWyslania',
  'BP.WP': 'PotwierdzenieWyslania',
  'BP.OX': 'PotwierdzenieOtrzymania',
  'BP.OP': 'PotwierdzenieOtrzymania',
  'H.DW': 'HybridValidationFailure',
  'H.PN': 'HybridPosting',
  'H.EPO': 'HybridReturnReceipt',
};

export function createEvidenceRecorder({
  now,
  index,
}: {
  now: () => Date;
  index: Map<string, StoredEvidence>;
}) {
  return {
    record(
      transmission: Transmission,
      delivery: Pick<Delivery, 'party'>,
      type: EvidenceType,
      details: { eventDate: Date; senderOnly?: boolean; reasonId?: string; reasonDetails?: string[] },
    ): StoredEvidence {
      const evidence: StoredEvidence = {
        evidenceId: randomUUID(),
        messageId: transmission.messageId,
        type,
        createDate: now(),
        eventDate: details.eventDate,
        ...(details.reasonId ? { reasonId: details.reasonId } : {}),
        ...(details.reasonDetails ? { reasonDetails: details.reasonDetails } : {}),
        from: transmission.from,
        to: delivery.party,
        senderOnly: details.senderOnly ?? false,
        downloadedBy: new Set(),
        transmission,
      };
      transmission.evidences.push(evidence);
      index.set(evidence.evidenceId, evidence);
      return evidence;
    },
  };
}

const isPdfEvidence = (type: EvidenceType) => type === 'BP.WP' || type === 'BP.OP';

export const evidenceFileName = (evidence: StoredEvidence) =>
  `${evidence.type.replace('.', '')}_${evidence.evidenceId}.${isPdfEvidence(evidence.type) ? 'pdf' : 'xml'}`;

const sha256Cache = new WeakMap<Uint8Array, string>();
function cachedSha256(bytes: Uint8Array): string {
  let digest = sha256Cache.get(bytes);
  if (!digest) sha256Cache.set(bytes, (digest = sha256Hex(bytes)));
  return digest;
}

const escapeXml = (value: string) =>
  value.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

function describeParty(party: MessageAddressData): string {
  const c = party.contributor;
  const name = c?.companyName ?? [c?.firstName, c?.lastName].filter(Boolean).join(' ');
  const a = party.address;
  const postal = a ? `${a.street} ${a.buildingNumber ?? ''}, ${a.postalCode} ${a.city}, ${a.country}` : '';
  return [name, party.eDeliveryAddress, postal].filter(Boolean).join(' — ');
}

function partyXml(tag: string, party: MessageAddressData): string {
  return [
    `  <${tag}>`,
    party.eDeliveryAddress
      ? `    <EDeliveryAddress>${escapeXml(party.eDeliveryAddress)}</EDeliveryAddress>`
      : '',
    `    <Name>${escapeXml(describeParty({ ...party, eDeliveryAddress: undefined }))}</Name>`,
    `  </${tag}>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderEvidenceXml(evidence: StoredEvidence): string {
  const t = evidence.transmission;
  const optional = (tag: string, value: string | undefined) =>
    value === undefined ? '' : `  <${tag}>${escapeXml(value)}</${tag}>`;
  const attachments = t.attachments.map(
    (a) =>
      `    <Attachment filename="${escapeXml(a.fileMetadata.filename)}" contentType="${escapeXml(a.fileMetadata.contentType)}" ` +
      `size="${a.bytes.length}" sha256="${cachedSha256(a.bytes)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Evidence xmlns="urn:obieg:e-doreczenia-simulator:evidence:1">`,
    `  <EvidenceId>${evidence.evidenceId}</EvidenceId>`,
    `  <EvidenceType>${evidence.type}</EvidenceType>`,
    `  <Event>${EVENTS[evidence.type]}</Event>`,
    `  <MessageId>${escapeXml(evidence.messageId)}</MessageId>`,
    `  <EventTime>${evidence.eventDate.toISOString()}</EventTime>`,
    optional('SubmissionTime', t.submittedAt?.toISOString()),
    `  <CreateTime>${evidence.createDate.toISOString()}</CreateTime>`,
    partyXml('Sender', evidence.from),
    partyXml('Recipient', evidence.to),
    optional('Subject', t.subject),
    optional('CaseId', t.caseId),
    evidence.reasonId || evidence.reasonDetails
      ? `  <Reason id="${escapeXml(evidence.reasonId ?? '')}">${escapeXml((evidence.reasonDetails ?? []).join('; '))}</Reason>`
      : '',
    attachments.length > 0 ? ['  <Attachments>', ...attachments, '  </Attachments>'].join('\n') : '',
    '  <Issuer>e-Doręczenia simulator (Obieg): not a legal evidence</Issuer>',
    '</Evidence>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

async function renderEvidencePdf(evidence: StoredEvidence): Promise<Uint8Array> {
  const t = evidence.transmission;
  const title = evidence.type === 'BP.WP' ? 'Potwierdzenie wysłania' : 'Potwierdzenie otrzymania';
  const doc = await createPdfDocument(`${title} ${t.messageId}`);
  const page = doc.pdf.addPage(A4_PORTRAIT);
  const width = A4_PORTRAIT[0] - 40 * MM;
  let y = A4_PORTRAIT[1] - 25 * MM;
  const line = (text: string, size = 10) => {
    page.drawText(doc.fit(text, size, width), { x: 20 * MM, y, size, font: doc.font });
    y -= size * 1.6;
  };
  line(title, 16);
  line(`Dowód ${evidence.type} (${evidence.evidenceId})`);
  line(`Identyfikator wiadomości: ${t.messageId}`);
  line(`Tytuł: ${t.subject}`);
  if (t.caseId) line(`Znak sprawy: ${t.caseId}`);
  line(`Nadawca: ${describeParty(evidence.from)}`);
  line(`Adresat: ${describeParty(evidence.to)}`);
  if (t.submittedAt) line(`Data nadania: ${t.submittedAt.toISOString()}`);
  line(`Czas zdarzenia: ${evidence.eventDate.toISOString()}`);
  if (evidence.reasonId === 'DELIVERY_FICTION') line('Przesyłkę uznano za doręczoną (fikcja doręczenia).');
  for (const a of t.attachments) line(`${a.fileMetadata.filename} — SHA-256 ${cachedSha256(a.bytes)}`, 8);
  line('Wygenerowano przez symulator e-Doręczeń (Obieg): dokument nie jest dowodem prawnym.', 8);
  return doc.pdf.save();
}

export async function renderEvidenceFile(
  evidence: StoredEvidence,
): Promise<{ bytes: Uint8Array; contentType: string; filename: string }> {
  const filename = evidenceFileName(evidence);
  if (isPdfEvidence(evidence.type))
    return { bytes: await renderEvidencePdf(evidence), contentType: 'application/pdf', filename };
  return { bytes: Buffer.from(renderEvidenceXml(evidence)), contentType: 'application/xml', filename };
}

const loadZip = loadOnce(async () => (await import('fflate')).zipSync);

/** The technical evidences file: the XML of every technical evidence (not BP.*) in one ZIP. */
export async function renderTechnicalEvidencesZip(evidences: StoredEvidence[]): Promise<Uint8Array> {
  const zipSync = await loadZip();
  const files: Record<string, Uint8Array> = {};
  for (const evidence of evidences)
    if (!evidence.type.startsWith('BP.'))
      files[evidenceFileName(evidence)] = Buffer.from(renderEvidenceXml(evidence));
  return zipSync(files);
}
