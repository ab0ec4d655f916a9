import {
  createEDeliveryClient,
  type EDeliveryClient,
} from '../../integrations/edelivery/edelivery.client.js';
import { createEpuapClient } from '../../integrations/epuap/epuap.client.js';
import type { SmtpSettings } from '../../integrations/email/email.sender.js';
import type { OpenedMailbox } from './mailboxes.usecases.js';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The e-Doręczenia client of an opened mailbox (its ADE, mTLS certificate, OAuth client id). */
export function edeliveryClientFor(mailbox: OpenedMailbox, now?: () => Date): EDeliveryClient {
  const s = mailbox.settings;
  return createEDeliveryClient({
    apiBaseUrl: str(s.apiBaseUrl) ?? '',
    tokenUrl: str(s.tokenUrl) ?? '',
    clientId: str(s.clientId) ?? '',
    eDeliveryAddress: mailbox.row.address,
    ...(now ? { now } : {}),
    tls: {
      ...(mailbox.tls ? { certPem: mailbox.tls.certPem, keyPem: mailbox.tls.keyPem } : {}),
      ...(str(s.serverCaPem) ? { caPem: str(s.serverCaPem) } : {}),
    },
  });
}

/** The ePUAP client of an opened mailbox (its ESP box, WS-Security certificate). */
export function epuapClientFor(mailbox: OpenedMailbox, now?: () => Date) {
  const s = mailbox.settings;
  return createEpuapClient({
    endpoints: {
      pull: str(s.pullUrl) ?? '',
      skrytka: str(s.skrytkaUrl) ?? '',
      doreczyciel: str(s.doreczycielUrl) ?? '',
    },
    credentials: { certPem: mailbox.tls?.certPem ?? '', keyPem: mailbox.tls?.keyPem ?? '' },
    podmiot: str(s.podmiot) ?? '',
    boxAddress: mailbox.row.address,
    ...(now ? { now } : {}),
  });
}

/** SMTP settings of an opened mailbox (sender address and password). */
export function smtpFor(mailbox: OpenedMailbox): { smtp: SmtpSettings; from: string } {
  const s = mailbox.settings;
  const user = str(s.user);
  return {
    smtp: {
      host: str(s.host) ?? '127.0.0.1',
      port: typeof s.port === 'number' ? s.port : 25,
      secure: s.secure === true,
      ...(user && mailbox.password ? { auth: { user, pass: mailbox.password } } : {}),
    },
    from: str(s.from) ?? mailbox.row.address,
  };
}
