import type { FastifyServerOptions } from 'fastify';

const PESEL_LIKE = /\b\d{11}\b/g;

/** Masks anything that looks like a PESEL in a log message. */
export const maskPersonalData = (text: string) => text.replace(PESEL_LIKE, '[PESEL]');

/**
 * pino options: JSON lines, secrets and personal data redacted. Request URLs are logged without
 * their query string (a search box may hold a surname or a PESEL).
 */
export function loggerOptions({
  level,
  stream,
}: {
  level: string;
  stream?: NodeJS.WritableStream;
}): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.pesel',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
        id: req.id,
      }),
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) =>
          typeof arg === 'string' ? maskPersonalData(arg) : arg,
        ) as typeof args;
        method.apply(this, masked);
      },
    },
  };
}
