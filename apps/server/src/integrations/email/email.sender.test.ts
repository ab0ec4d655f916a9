import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isEmailError, type EmailError } from './email.errors.js';
import { parseMailAddress } from './email.models.js';
import {
  composeEmail,
  sendEmail,
  sendRawEmail,
  type EmailMessage,
  type SmtpSettings,
} from './email.sender.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

const PDF = new Uint8Array(
  Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1'),
);

const message = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  from: 'Urząd Miasta Łodzi <kancelaria@lodz.example.pl>',
  to: ['jan.kowalski@example.com'],
  subject: 'Zawiadomienie o wszczęciu postępowania — znak GK.6220.12.2026 (żółć)',
  text: 'Szanowny Panie,\nw załączeniu przesyłamy pismo.\n.\nZ poważaniem',
  html: '<p>Szanowny Panie,</p><p>w załączeniu przesyłamy pismo.</p>',
  messageId: '<0190f3a2-7c1e-7d4b-8a3f-1c2d3e4f5a6b@obieg.local>',
  attachments: [{ filename: 'pismo-żółć.pdf', contentType: 'application/pdf', content: PDF }],
  date: new Date('2026-03-10T09:00:00Z'),
  ...overrides,
});

async function failure(promise: Promise<unknown>): Promise<EmailError> {
  try {
    await promise;
  } catch (error) {
    if (isEmailError(error)) return error;
    throw error;
  }
  throw new Error('expected an EmailError');
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('sending e-mail through SMTP', () => {
  let sink: SmtpSink;
  let smtp: SmtpSettings;
  beforeAll(async () => {
    sink = await startSmtpSink({ maxBytes: 200_000 });
    smtp = { host: '127.0.0.1', port: sink.port, secure: false, timeoutMs: 5_000 };
  });
  afterAll(() => sink.close());
  beforeEach(() => {
    sink.messages.length = 0;
    sink.setFailure(null);
  });

  test('delivers a message with a PDF and a Polish subject; the sink gets exactly the returned .eml', async () => {
    const sent = await sendEmail({ smtp, message: message() });
    expect(sent.messageId).toBe('<0190f3a2-7c1e-7d4b-8a3f-1c2d3e4f5a6b@obieg.local>');
    expect(sent.accepted).toEqual(['jan.kowalski@example.com']);
    expect(sent.rejected).toEqual([]);
    expect(sent.response).toMatch(/^250/u);

    expect(sink.messages).toHaveLength(1);
    const [received] = sink.messages;
    expect(received?.from).toBe('kancelaria@lodz.example.pl');
    expect(received?.to).toEqual(['jan.kowalski@example.com']);
    expect(Buffer.compare(received!.raw, Buffer.from(sent.eml))).toBe(0);

    const eml = Buffer.from(sent.eml).toString('latin1');
    expect(eml).toContain('Message-ID: <0190f3a2-7c1e-7d4b-8a3f-1c2d3e4f5a6b@obieg.local>');
    expect(eml).toMatch(/^Subject: =\?UTF-8\?/mu);
    const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/mu.exec(eml)?.[1] ?? '';
    expect(decodeEncodedWords(subject)).toBe(message().subject);
    // The attachment, base64 in its part, decodes to the very same bytes.
    const part =
      /Content-Type: application\/pdf[^]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/u.exec(eml)?.[1] ?? '';
    expect(Buffer.compare(Buffer.from(part.replace(/\r\n/gu, ''), 'base64'), Buffer.from(PDF))).toBe(0);
  });

  test('a stored .eml sent again reaches the server as the same bytes with the same Message-ID', async () => {
    const first = await sendEmail({ smtp, message: message() });
    const again = await sendRawEmail({
      smtp,
      eml: first.eml,
      envelope: { from: 'kancelaria@lodz.example.pl', to: ['jan.kowalski@example.com'] },
    });
    expect(again.accepted).toEqual(['jan.kowalski@example.com']);
    expect(sink.messages.map((m) => Buffer.compare(m.raw, Buffer.from(first.eml)))).toEqual([0, 0]);
  });

  test('composing twice with the same id and date gives the same headers (idempotent Message-ID)', async () => {
    const [a, b] = await Promise.all([composeEmail(message()), composeEmail(message())]);
    expect(a.messageId).toBe(b.messageId);
    expect(a.envelope).toEqual({ from: 'kancelaria@lodz.example.pl', to: ['jan.kowalski@example.com'] });
  });

  test('a server that asks to try later makes it email.unavailable (retryable)', async () => {
    sink.setFailure('tempfail');
    const error = await failure(sendEmail({ smtp, message: message() }));
    expect(error.code).toBe('email.unavailable');
    expect(error.retryable).toBe(true);
    expect(error.responseCode).toBe(451);
    expect(sink.messages).toHaveLength(0);
  });

  test('a refused recipient makes it email.rejected (not retryable)', async () => {
    sink.setFailure('reject');
    const error = await failure(sendEmail({ smtp, message: message() }));
    expect(error.code).toBe('email.rejected');
    expect(error.retryable).toBe(false);
    expect(error.responseCode).toBe(550);
    expect(sink.messages).toHaveLength(0);
  });

  test('one refused recipient among accepted ones is reported, the message goes to the rest', async () => {
    sink.setFailure('reject', ['nobody@example.com']);
    const sent = await sendEmail({
      smtp,
      message: message({ to: ['jan.kowalski@example.com', 'nobody@example.com'] }),
    });
    expect(sent.accepted).toEqual(['jan.kowalski@example.com']);
    expect(sent.rejected).toEqual(['nobody@example.com']);
    expect(sink.messages[0]?.to).toEqual(['jan.kowalski@example.com']);
  });

  test('a message over the server size limit is email.rejected', async () => {
    const big = new Uint8Array(300_000).fill(65);
    const error = await failure(
      sendEmail({
        smtp,
        message: message({
          attachments: [{ filename: 'duzy.pdf', contentType: 'application/pdf', content: big }],
        }),
      }),
    );
    expect(error.code).toBe('email.rejected');
    expect(sink.messages).toHaveLength(0);
  });

  test('an invalid address is email.invalid_address and nothing is sent', async () => {
    for (const bad of [
      { to: ['jan.kowalski@'] },
      { to: ['a@b.pl\r\nBcc: x@y.pl'] },
      { from: 'kancelaria' },
      { to: [] },
    ]) {
      const error = await failure(sendEmail({ smtp, message: message(bad) }));
      expect(error.code).toBe('email.invalid_address');
    }
    expect(sink.messages).toHaveLength(0);
  });

  test('a line break in the subject or a header is email.invalid_message and nothing is sent', async () => {
    const subject = await failure(sendEmail({ smtp, message: message({ subject: 'Hello\r\nBcc: x@y.pl' }) }));
    const header = await failure(
      sendEmail({ smtp, message: message({ headers: { 'X-Obieg-Item': 'a\nb' } }) }),
    );
    expect([subject.code, header.code]).toEqual(['email.invalid_message', 'email.invalid_message']);
    expect(sink.messages).toHaveLength(0);
  });

  test('no server listening is email.unavailable', async () => {
    const error = await failure(
      sendEmail({ smtp: { ...smtp, port: await closedPort() }, message: message() }),
    );
    expect(error.code).toBe('email.unavailable');
    expect(error.retryable).toBe(true);
  });
});

describe('e-mail addresses', () => {
  test('are read with or without a display name and refused when malformed', () => {
    expect(parseMailAddress('Jan Kowalski <jan@example.com>')).toEqual({
      name: 'Jan Kowalski',
      address: 'jan@example.com',
    });
    expect(parseMailAddress('"Kowalski, Jan" <jan@example.com>')).toEqual({
      name: 'Kowalski, Jan',
      address: 'jan@example.com',
    });
    expect(parseMailAddress('zażółć@gęślą.pl')).toEqual({ name: null, address: 'zażółć@gęślą.pl' });
    for (const bad of [
      'jan',
      'jan@localhost',
      'jan@@example.com',
      'jan..k@example.com',
      'jan@example.123',
      'a b@example.com',
      'jan@-example.com',
    ])
      expect(parseMailAddress(bad), bad).toBeNull();
  });
});

/** RFC 2047 encoded words (B or Q) of a header value, decoded and joined. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\r\n[ \t]/gu, ' ')
    .replace(/\?=\s+=\?/gu, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/giu, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/gu, ' ')
              .replace(/=([0-9A-F]{2})/giu, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}
