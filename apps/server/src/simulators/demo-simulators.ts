import { withTenant } from '../db/tenant-scope.js';
import { createTestCa } from '../integrations/edelivery/edelivery-simulator.certificates.js';
import {
  startEDeliverySimulator,
  type EDeliverySimulator,
} from '../integrations/edelivery/edelivery.simulator.js';
import { startSmtpSink, type SmtpSink } from '../integrations/email/smtp-sink.js';
import { startEpuapSimulator, type EpuapSimulator } from '../integrations/epuap/epuap.simulator.js';
import { systemActor, type Context } from '../modules/auth/auth.types.js';
import { listContactChannels } from '../modules/contacts/contacts.usecases.js';
import {
  createMailbox,
  listMailboxesInTransaction,
  updateMailboxSettings,
  type IntegrationsDeps,
} from '../modules/integrations/mailboxes.usecases.js';
import { getOfficeCaPem } from '../modules/signatures/system-credentials.usecases.js';
import { findTenantByCode } from '../modules/tenants/tenants.usecases.js';

/** The local peers the demo talks to: e-Doręczenia (HTTPS + mTLS), ePUAP (SOAP + WS-Security), SMTP. */
export type DemoSimulators = {
  edelivery: EDeliverySimulator;
  epuap: EpuapSimulator;
  smtp: SmtpSink;
  /** ADE and ESP box of each demo office (by tenant id), for the simulators' control routes. */
  offices: Map<string, { ade: string | null; box: string | null }>;
  close: () => Promise<void>;
};

const DEMO_OFFICES = [
  {
    code: 'demo',
    ade: 'AE:PL-12345-67890-ABCDE-12',
    box: '/um-przykladowo/SkrytkaESP',
    podmiot: 'um-przykladowo',
  },
  { code: 'demo2', ade: 'AE:PL-59000-12000-WOLKA-01', box: '/ug-wolka/SkrytkaESP', podmiot: 'ug-wolka' },
] as const;

const context = (tenantId: string): Context => ({
  actor: systemActor({ tenantId, displayName: 'demo: symulatory' }),
  meta: { requestId: null, clientAddress: null },
});

/**
 * Starts the simulators on free local ports and connects the demo offices to them: each office
 * gets its e-Doręczenia, ePUAP and SMTP mailboxes once (with a system certificate from its own CA),
 * and at every start the mailboxes' URLs are pointed at this run's simulators, the simulators learn
 * the offices' addresses and certificates, and the addresses of the offices' contacts (so letters
 * to them are delivered rather than refused as to an unknown address).
 */
export async function startDemoSimulators({
  deps,
  host = '127.0.0.1',
}: {
  deps: IntegrationsDeps;
  host?: string;
}): Promise<DemoSimulators> {
  const offices = new Map<string, { ade: string | null; box: string | null }>();
  const tenants: { id: string; office: (typeof DEMO_OFFICES)[number] }[] = [];
  for (const office of DEMO_OFFICES) {
    const tenant = await findTenantByCode({ deps, code: office.code });
    if (tenant) tenants.push({ id: tenant.id, office });
  }
  const trusted: string[] = [];
  const epuap = await startEpuapSimulator({ host, trustedClientCertsPem: trusted });
  const smtp = await startSmtpSink({ host });
  // Mailboxes (and so the office CAs) first: the e-Doręczenia simulator trusts those CAs for mTLS.
  for (const { id, office } of tenants) {
    const ctx = context(id);
    const existing = await withTenant({ db: deps.db, tenantId: id }, (tx) =>
      listMailboxesInTransaction({ tx, tenantId: id }),
    );
    const has = (kind: string) => existing.some((m) => m.kind === kind);
    if (!has('edelivery'))
      await createMailbox({
        deps,
        ctx,
        input: {
          kind: 'edelivery',
          address: office.ade,
          name: 'Adres do e-Doręczeń urzędu',
          enabled: true,
          isDefault: true,
          settings: {
            apiBaseUrl: 'https://127.0.0.1/api/v1',
            tokenUrl: 'https://127.0.0.1/oauth2/token',
            clientId: `ezd-${office.code}`,
          },
          credentials: { issueFromOfficeCa: true },
        },
      });
    if (!has('epuap'))
      await createMailbox({
        deps,
        ctx,
        input: {
          kind: 'epuap',
          address: office.box,
          name: 'Skrytka ESP urzędu',
          enabled: true,
          isDefault: true,
          settings: {
            pullUrl: epuap.endpoints.pull,
            skrytkaUrl: epuap.endpoints.skrytka,
            doreczycielUrl: epuap.endpoints.doreczyciel,
            podmiot: office.podmiot,
          },
          credentials: { issueFromOfficeCa: true },
        },
      });
    if (!has('smtp'))
      await createMailbox({
        deps,
        ctx,
        input: {
          kind: 'smtp',
          address: `kancelaria@${office.code}.example`,
          name: 'Poczta elektroniczna urzędu',
          enabled: true,
          isDefault: true,
          settings: { host, port: smtp.port, secure: false, from: `kancelaria@${office.code}.example` },
        },
      });
  }
  const caPems: string[] = [];
  for (const { id } of tenants) {
    const pem = await withTenant({ db: deps.db, tenantId: id }, (tx) => getOfficeCaPem({ tx, tenantId: id }));
    if (pem) caPems.push(pem);
  }
  const serverCa = await createTestCa('Symulator e-Doręczeń — CA serwera');
  const server = await serverCa.issue({ commonName: 'localhost', usage: 'server' });
  const edelivery = await startEDeliverySimulator({
    host,
    tls: { certPem: server.certPem, keyPem: server.keyPem, clientCaPem: caPems.join('\n') },
  });
  for (const { id, office } of tenants) {
    offices.set(id, { ade: office.ade, box: office.box });
    edelivery.control.addMailbox(office.ade, {
      name: office.code,
      public: true,
      clientId: `ezd-${office.code}`,
    });
    epuap.control.addBox(office.box, { podmiot: office.podmiot, name: 'SkrytkaESP' });
    await withTenant({ db: deps.db, tenantId: id }, async (tx) => {
      for (const mailbox of await listMailboxesInTransaction({ tx, tenantId: id })) {
        if (mailbox.certificatePem) trusted.push(mailbox.certificatePem);
        const settings =
          mailbox.kind === 'edelivery'
            ? {
                apiBaseUrl: edelivery.apiBaseUrl,
                tokenUrl: edelivery.tokenUrl,
                clientId: `ezd-${office.code}`,
                serverCaPem: serverCa.certPem,
              }
            : mailbox.kind === 'epuap'
              ? {
                  pullUrl: epuap.endpoints.pull,
                  skrytkaUrl: epuap.endpoints.skrytka,
                  doreczycielUrl: epuap.endpoints.doreczyciel,
                  podmiot: office.podmiot,
                }
              : { host, port: smtp.port, secure: false, from: mailbox.address };
        await updateMailboxSettings({ tx, id: mailbox.id, settings });
      }
      for (const contact of await listContactChannels({ tx, tenantId: id })) {
        if (contact.edeliveryAddress && !offices.has(contact.edeliveryAddress))
          safely(() =>
            edelivery.control.addMailbox(contact.edeliveryAddress as string, {
              name: contact.name,
              public: contact.kind === 'institution',
            }),
          );
        if (contact.epuapBox) {
          const podmiot = contact.epuapBox.split('/')[1] ?? 'podmiot';
          safely(() =>
            epuap.control.addBox(contact.epuapBox as string, {
              podmiot,
              name: contact.epuapBox?.split('/')[2] ?? 'skrytka',
            }),
          );
        }
      }
    });
  }
  return {
    edelivery,
    epuap,
    smtp,
    offices,
    async close() {
      await Promise.allSettled([edelivery.close(), epuap.close(), smtp.close()]);
    },
  };
}

/** A contact's address the simulator already knows (or refuses as malformed) is skipped. */
function safely(work: () => void) {
  try {
    work();
  } catch {
    // already registered, or not an address the simulator accepts
  }
}
