import type { z } from 'zod';
import type { ApiError } from '../../app/api-error';
import type { MessageKey, Translate } from '../../locales/i18n';

/** Field errors keyed by JSON Pointer, the same `path` the API uses: `/name`, `/address/city`. */
export type FieldErrors = Record<string, string>;

/** Field-specific messages (e.g. "invalid NIP check digit") by JSON Pointer. */
export type FieldMessages = Partial<Record<string, MessageKey>>;

type Issue = { code: string; path: PropertyKey[]; input?: unknown } & Record<string, unknown>;

export function toPointer(path: readonly PropertyKey[]): string {
  return `/${path.map(String).join('/')}`;
}

function genericIssueKey(issue: Issue): { key: MessageKey; params?: Record<string, number> } {
  const limit = (name: 'minimum' | 'maximum') => Number(issue[name]);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return limit('minimum') <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.too_short', params: { minimum: limit('minimum') } };
      }
      if (issue.origin === 'array')
        return { key: 'validation.too_few', params: { minimum: limit('minimum') } };
      return { key: 'validation.too_small', params: { minimum: limit('minimum') } };
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'validation.too_long', params: { maximum: limit('maximum') } };
      if (issue.origin === 'array')
        return { key: 'validation.too_many', params: { maximum: limit('maximum') } };
      return { key: 'validation.too_big', params: { maximum: limit('maximum') } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email' };
      if (issue.format === 'date' || issue.format === 'datetime') return { key: 'validation.date' };
      if (issue.format === 'uuid') return { key: 'validation.required' };
      return { key: 'validation.format' };
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? { key: 'validation.required' }
        : { key: 'validation.invalid' };
    default:
      return { key: 'validation.invalid' };
  }
}

function translateIssue({
  t,
  issue,
  messages,
}: {
  t: Translate;
  issue: Issue;
  messages?: FieldMessages;
}): string {
  const specific = messages?.[toPointer(issue.path)];
  const generic = genericIssueKey(issue);
  if (specific && generic.key !== 'validation.required') return t(specific);
  return t(generic.key, generic.params);
}

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Checks form input with the shared contract schema; the first message per field, translated. */
export function validateWithSchema<S extends z.ZodType>({
  schema,
  input,
  t,
  messages,
}: {
  schema: S;
  input: unknown;
  t: Translate;
  messages?: FieldMessages;
}): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues as unknown as Issue[]) {
    const pointer = toPointer(issue.path);
    errors[pointer] ??= translateIssue({ t, issue, messages });
  }
  return { ok: false, errors };
}

/** The API's `errors[]` of a problem, translated and keyed by their JSON Pointer. */
export function fieldErrorsFromApi({
  error,
  t,
  messages,
}: {
  error: ApiError;
  t: Translate;
  messages?: FieldMessages;
}): FieldErrors {
  const errors: FieldErrors = {};
  for (const fieldError of error.errors) {
    const specific = messages?.[fieldError.path];
    const generic = fieldError.code
      ? genericIssueKey({ code: fieldError.code, path: [] }).key
      : 'validation.invalid';
    errors[fieldError.path] ??= t(specific ?? generic);
  }
  return errors;
}

/** Empty text becomes null, for optional fields the API models as nullable. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
