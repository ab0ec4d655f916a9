import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '@obieg/contracts/errors';
import { isAppError } from '../../shared/errors/app-error.js';

const problemType = (code: string) => `urn:obieg:problem:${code}`;

type Problem = {
  code: ErrorCode;
  status: number;
  title: string;
  detail?: string;
  errors?: { path: string; message: string; code?: string }[];
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Problem & Record<string, unknown>,
) {
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({
      type: problemType(problem.code),
      instance: request.url.split('?')[0],
      traceId: request.id,
      ...problem,
    });
}

/** Fastify's own client errors, by their error code. */
const FASTIFY_ERRORS: Record<string, Omit<Problem, 'detail'>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'http.payload_too_large',
    status: 413,
    title: 'Request body is too large',
  },
  FST_REQ_FILE_TOO_LARGE: {
    code: 'http.payload_too_large',
    status: 413,
    title: 'Uploaded file is too large',
  },
  FST_FILES_LIMIT: { code: 'http.payload_too_large', status: 413, title: 'Too many files' },
  FST_PARTS_LIMIT: { code: 'http.payload_too_large', status: 413, title: 'Too many parts' },
  FST_FIELDS_LIMIT: { code: 'http.payload_too_large', status: 413, title: 'Too many fields' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'http.unsupported_media_type',
    status: 415,
    title: 'Unsupported content type',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'http.unsupported_media_type',
    status: 415,
    title: 'Expected multipart/form-data',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'http.bad_request', status: 400, title: 'Malformed JSON body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'http.bad_request', status: 400, title: 'Empty JSON body' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'http.bad_request',
    status: 400,
    title: 'Invalid Content-Length',
  },
};

/** Every error leaves as RFC 9457 problem+json with a stable code; never a stack trace. */
export function registerProblemDetails(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(request, reply, {
        code: 'validation.failed',
        status: 400,
        title: 'Request validation failed',
        detail: `Invalid ${error.validationContext ?? 'request'}.`,
        errors: error.validation.flatMap((issue) => {
          const base = {
            path: issue.instancePath || '/',
            message: issue.message ?? 'invalid',
            code: issue.keyword,
          };
          // An unknown field is reported at its own path, so a form can point at it.
          const keys = issue.keyword === 'unrecognized_keys' ? issue.params['keys'] : undefined;
          if (!Array.isArray(keys)) return [base];
          return keys.map((key) => ({
            ...base,
            path: `${issue.instancePath.replace(/\/$/, '')}/${String(key)}`,
          }));
        }),
      });
    }
    if (isAppError(error)) {
      request.log[error.status >= 500 ? 'error' : 'info'](
        { err: error, code: error.code },
        'application error',
      );
      if (error.headers) void reply.headers(error.headers);
      return sendProblem(request, reply, {
        ...error.meta,
        code: error.code,
        status: error.status,
        title: error.title,
        detail: error.detail,
        errors: error.errors,
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its contract');
      return sendProblem(request, reply, {
        code: 'internal.error',
        status: 500,
        title: 'Internal server error',
      });
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) {
      request.log.info({ code: error.code }, 'client error');
      return sendProblem(request, reply, { ...known, detail: error.message });
    }
    if (
      error instanceof SyntaxError ||
      (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    ) {
      request.log.info({ code: error.code, status: error.statusCode }, 'client error');
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      const code: ErrorCode =
        status === 413
          ? 'http.payload_too_large'
          : status === 415
            ? 'http.unsupported_media_type'
            : 'http.bad_request';
      return sendProblem(request, reply, { code, status, title: 'Bad request' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, {
      code: 'internal.error',
      status: 500,
      title: 'Internal server error',
    });
  });
}
