import { loadOnce } from '../../shared/load-once.js';
import { EmailError } from './email.errors.js';
import {
  checkHeaders,
  checkHeaderText,
  checkMediaType,
  normalizeMessageId,
  parseMailAddresses,
  type MailAddress,
} from './email.models.js';

/** nodemailer (transport and MIME composer) is loaded at the first e-mail (ADR 0008). */
const loadNodemailer = loadOnce(async () => {
  const [nodemailer, composer] = await Promise.all([
    import('nodemailer'),
    import('nodemailer/lib/mail-composer'),
  ]);
  return { createTransport: nodemailer.createTransport, MailComposer: composer.default };
});

export type SmtpSettings = {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise plain SMTP, upgraded by STARTTLS when offered. */
  secure: boolean;
  /** Refuse to send unless the server upgrades the connection with STARTTLS. */
  requireTls?: boolean;
  auth?: { user: string; pass: string } | null;
  /** `false` accepts a self-signed server certificate (a test or internal relay). Default true. */
  tlsRejectUnauthorized?: boolean;
  /** Connection, greeting and socket inactivity timeout (default 30 s). */
  timeoutMs?: number;
  /** The name given in EHLO (default: the host name of this machine). */
  clientName?: string;
};

export type EmailAttachment = { filename: string; contentType: string; content: Uint8Array };

export type EmailMessage = {
  /** `box@domain` or `Name <box@domain>`. */
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string | null;
  /** Stable, e.g. `<item-uuid@obieg.local>`, so that a resent message is recognisably the same one. */
  messageId: string;
  attachments: EmailAttachment[];
  headers?: Record<string, string>;
  /** The Date header (default: now). */
  date?: Date;
};

/** An RFC 5322 message as bytes, with the SMTP envelope to send it with. */
export type ComposedEmail = { eml: Uint8Array; messageId: string; envelope: { from: string; to: string[] } };

export type SentEmail = {
  /** The exact bytes sent (store them as the .eml of the message). */
  eml: Uint8Array;
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** The server's last reply, e.g. `250 OK: queued as …`. */
  response: string;
};

const toComposerAddress = ({ name, address }: MailAddress) => (name ? { name, address } : address);

/**
 * The message as RFC 5322 bytes (nodemailer's MailComposer), after checking every address and
 * header: an invalid address is `email.invalid_address`, anything else that cannot be sent as
 * given is `email.invalid_message`. Nothing is read from files or URLs.
 */
export async function composeEmail(message: EmailMessage): Promise<ComposedEmail> {
  const [from] = parseMailAddresses('from', [message.from]);
  const to = parseMailAddresses('to', message.to);
  if (!from || to.length === 0)
    throw new EmailError({
      code: 'email.invalid_address',
      message: 'A message needs a sender and at least one recipient.',
    });
  const messageId = normalizeMessageId(message.messageId);
  const { MailComposer } = await loadNodemailer();
  const composer = new MailComposer({
    from: toComposerAddress(from),
    to: to.map(toComposerAddress),
    subject: checkHeaderText('subject', message.subject),
    messageId,
    date: message.date ?? new Date(),
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    attachments: message.attachments.map((a) => ({
      filename: checkHeaderText('attachment file name', a.filename),
      contentType: checkMediaType(a.contentType),
      content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    })),
    headers: checkHeaders(message.headers ?? {}),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const built = await composer.compile().build();
  // SMTP sends lines ending in CRLF (RFC 5321 §2.3.8) and nodemailer converts bare LFs of a text
  // part on the wire; converting them here makes the stored .eml the bytes the server receives.
  // (Every part is 7-bit, quoted-printable or base64, so latin1 round-trips the bytes.)
  const eml = Buffer.from(built.toString('latin1').replace(/\r\n|\r|\n/gu, '\r\n'), 'latin1');
  return { eml, messageId, envelope: { from: from.address, to: to.map((a) => a.address) } };
}

type SmtpFailure = Error & {
  code?: string;
  responseCode?: number;
  response?: string;
  rejected?: unknown;
  rejectedErrors?: SmtpFailure[];
};

/** An SMTP failure as an `EmailError`: 4xx and connection trouble retryable, 5xx final. */
function toEmailError(error: unknown): EmailError {
  const failure = (error ?? {}) as SmtpFailure;
  const codes = [failure.responseCode, ...(failure.rejectedErrors ?? []).map((e) => e.responseCode)].filter(
    (c): c is number => typeof c === 'number',
  );
  const rejected = Array.isArray(failure.rejected) ? failure.rejected.map(String) : [];
  const responseCode = failure.responseCode ?? codes[0];
  const detail = (failure.response ?? failure.message ?? 'unknown error').slice(0, 500);
  const temporary = codes.some((c) => c >= 400 && c < 500) || codes.length === 0;
  if (failure.code === 'EAUTH')
    return new EmailError({
      code: temporary ? 'email.unavailable' : 'email.auth_failed',
      message: `The mail server refused the credentials: ${detail}`,
      responseCode,
      cause: error,
    });
  if (codes.length > 0 && !temporary)
    return new EmailError({
      code: 'email.rejected',
      message: `The mail server refused the message: ${detail}`,
      responseCode,
      rejected,
      cause: error,
    });
  return new EmailError({
    code: 'email.unavailable',
    message: `The mail server is unavailable or asked to try later: ${detail}`,
    responseCode,
    rejected,
    cause: error,
  });
}

/**
 * Sends RFC 5322 bytes as they are through SMTP with an explicit envelope (what a retry of a
 * stored .eml uses: the same bytes each time). One connection per call.
 */
export async function sendRawEmail({
  smtp,
  eml,
  envelope,
}: {
  smtp: SmtpSettings;
  eml: Uint8Array;
  envelope: { from: string; to: string[] };
}): Promise<Omit<SentEmail, 'eml' | 'messageId'>> {
  parseMailAddresses('envelope', [envelope.from, ...envelope.to]);
  if (envelope.to.length === 0)
    throw new EmailError({ code: 'email.invalid_address', message: 'The envelope has no recipient.' });
  const { createTransport } = await loadNodemailer();
  const timeout = smtp.timeoutMs ?? 30_000;
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTls ?? false,
    ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.pass } } : {}),
    tls: { rejectUnauthorized: smtp.tlsRejectUnauthorized ?? true },
    ...(smtp.clientName ? { name: smtp.clientName } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail({
      envelope,
      raw: Buffer.from(eml.buffer, eml.byteOffset, eml.byteLength),
    });
    const accepted = info.accepted.map(String);
    const rejected = info.rejected.map(String);
    if (accepted.length === 0)
      throw new EmailError({
        code: 'email.rejected',
        message: 'The mail server accepted no recipient.',
        rejected,
      });
    return { accepted, rejected, response: info.response };
  } catch (error) {
    throw error instanceof EmailError ? error : toEmailError(error);
  } finally {
    transport.close();
  }
}

/**
 * Composes the message (`composeEmail`) and sends exactly those bytes (`sendRawEmail`): the
 * returned `eml` is byte for byte what the server received. Some recipients refused while others
 * were accepted is a success listing them in `rejected`; all refused is `email.rejected` (5xx) or
 * `email.unavailable` (4xx, retryable).
 */
export async function sendEmail({
  smtp,
  message,
}: {
  smtp: SmtpSettings;
  message: EmailMessage;
}): Promise<SentEmail> {
  const { eml, messageId, envelope } = await composeEmail(message);
  const result = await sendRawEmail({ smtp, eml, envelope });
  return { eml, messageId, ...result };
}
