import { signXmlEnveloped } from '../../modules/signatures/sign/xades-sign.models.js';
import { createEpuapClient, type EpuapClientConfig } from './epuap.client.js';
import { startEpuapSimulator, type EpuapSimulator } from './epuap.simulator.js';
import { createSelfSignedIdentity, type SelfSignedIdentity } from './epuap-simulator.identity.js';
import { buildSampleWnioDokument } from './wnio-dokument.builder.js';

export const OFFICE = { podmiot: 'ugdemo', box: '/ugdemo/SkrytkaESP', name: 'Urząd Gminy Demo' };
export const OTHER_OFFICE = { podmiot: 'spdemo', box: '/spdemo/skrytka', name: 'Starostwo Powiatowe Demo' };
export const CITIZEN = { podmiot: 'jan_kowalski', box: '/jan_kowalski/domyslna', name: 'Jan Kowalski' };

export const makeIdentity = (commonName: string): Promise<SelfSignedIdentity> =>
  createSelfSignedIdentity({ commonName, organization: 'Obieg test' });

/** A simulator trusting `client`'s certificate, with the office, another office and a citizen box. */
export async function startTestSimulator(client: SelfSignedIdentity): Promise<EpuapSimulator> {
  const simulator = await startEpuapSimulator({ trustedClientCertsPem: [client.certPem] });
  for (const box of [OFFICE, OTHER_OFFICE, CITIZEN])
    simulator.control.addBox(box.box, { podmiot: box.podmiot, name: box.name });
  return simulator;
}

/** The office's client; answers must be signed by the simulator. */
export function makeClient(
  simulator: EpuapSimulator,
  identity: SelfSignedIdentity,
  overrides: Partial<EpuapClientConfig> = {},
) {
  return createEpuapClient({
    endpoints: simulator.endpoints,
    credentials: identity,
    podmiot: OFFICE.podmiot,
    boxAddress: OFFICE.box,
    serverCertsPem: [simulator.systemCertificatePem],
    responseSignature: 'required',
    timeoutMs: 10_000,
    ...overrides,
  });
}

export const letter = (title: string) =>
  buildSampleWnioDokument({
    title,
    senderName: 'Jan Kowalski',
    text: 'Proszę o wydanie zaświadczenia.\n\nZ poważaniem',
    senderPesel: '44051401359',
    senderAddress: { street: 'Polna', building: '5', flat: '2', postalCode: '00-950', city: 'Warszawa' },
    attachments: [
      {
        fileName: 'skan.pdf',
        mediaType: 'application/pdf',
        bytes: new TextEncoder().encode('%PDF-1.4 test'),
      },
    ],
  });

/** A decision signed with an enveloped XAdES (what `dorecz` accepts). */
export async function signedDecision(signer: SelfSignedIdentity, title = 'Decyzja') {
  return signXmlEnveloped(letter(title), signer.signer, { signingTime: new Date() });
}
