import type { AddressInfo } from 'node:net';
import type { SMTPServerDataStream } from 'smtp-server';
import { loadOnce } from '../../shared/load-once.js';

/** smtp-server is loaded when a sink is started (tests, the demo), never with the server (ADR 0008). */
const loadSmtpServer = loadOnce(async () => (await import('smtp-server')).SMTPServer);

export type SinkMessage = { from: string; to: string[]; raw: Buffer; receivedAt: Date };

/**
 * - `reject`: recipients refused for good (550) — all of them, or those listed;
 * - `tempfail`: the sender refused for now (451), so nothing is accepted;
 * - `null`: everything accepted.
 */
export type SinkFailure = 'reject' | 'tempfail' | null;

export type SmtpSink = {
  port: number;
  host: string;
  /** Messages received, in order. */
  messages: SinkMessage[];
  setFailure: (mode: SinkFailure, recipients?: string[]) => void;
  close: () => Promise<void>;
};

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

/**
 * A local SMTP server that keeps what it receives in memory: plain SMTP (no STARTTLS), any or no
 * authentication accepted, messages over `maxBytes` refused with 552. For tests and the demo's
 * local mail sink; listens on 127.0.0.1 and a free port by default.
 */
export async function startSmtpSink({
  host = '127.0.0.1',
  port = 0,
  maxBytes = 25 * 1024 * 1024,
}: { host?: string; port?: number; maxBytes?: number } = {}): Promise<SmtpSink> {
  const SMTPServer = await loadSmtpServer();
  const messages: SinkMessage[] = [];
  let failure: SinkFailure = null;
  let failing: Set<string> | null = null;

  const readAll = (stream: SMTPServerDataStream) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    size: maxBytes,
    logger: false,
    banner: 'Obieg SMTP sink',
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'sink' }),
    onMailFrom: (_address, _session, callback) =>
      callback(failure === 'tempfail' ? smtpError(451, 'Try again later') : null),
    onRcptTo: (address, _session, callback) => {
      const refused =
        failure === 'reject' && (failing === null || failing.has(address.address.toLowerCase()));
      callback(refused ? smtpError(550, `No such mailbox: ${address.address}`) : null);
    },
    onData: (stream, session, callback) => {
      readAll(stream).then(
        (raw) => {
          if (stream.sizeExceeded) return callback(smtpError(552, 'Message exceeds the size limit'));
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            receivedAt: new Date(),
          });
          return callback(null, `OK: queued as ${messages.length}`);
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address() as AddressInfo;

  return {
    port: address.port,
    host,
    messages,
    setFailure: (mode, recipients) => {
      failure = mode;
      failing = recipients ? new Set(recipients.map((r) => r.toLowerCase())) : null;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
