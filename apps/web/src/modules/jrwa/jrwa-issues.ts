import { jrwaIssueSchema, type JrwaIssue } from '@obieg/contracts/jrwa';
import { z } from 'zod';
import type { ApiError } from '../../app/api-error';
import { isMessageKey, type MessageParams, type Translate } from '../../locales/i18n';

const issueListSchema = z.array(jrwaIssueSchema);

/** The `issues` extension member of a `jrwa.import_invalid` problem; empty when absent or malformed. */
export function importIssuesOf(error: ApiError): JrwaIssue[] {
  const parsed = issueListSchema.safeParse(error.problem.issues);
  return parsed.success ? [...parsed.data].sort((a, b) => a.line - b.line) : [];
}

/**
 * Params under the names the messages use. The server names some differently
 * (`parentSymbol` for `parent`, `category` for `value`); both spellings are accepted.
 */
export function issueParams(issue: JrwaIssue): MessageParams {
  const params = issue.params ?? {};
  const symbol = issue.symbol ?? params.symbol ?? '';
  const parent =
    params.parent ?? params.parentSymbol ?? (String(symbol).length > 1 ? String(symbol).slice(0, -1) : '');
  return {
    ...params,
    symbol,
    parent,
    value: params.value ?? params.category ?? '',
    firstLine: params.firstLine ?? '?',
    childCount: params.childCount ?? '?',
    maxLength: params.maxLength ?? 1000,
    column: params.column ?? params.header ?? '',
  };
}

/** The translated text of an issue; an unknown code falls back to the server's own (English) message. */
export function issueMessage(t: Translate, issue: JrwaIssue): string {
  const key = `jrwa.issue.${issue.code}`;
  return isMessageKey(key) ? t(key, issueParams(issue)) : `${t('jrwa.issue.unknown')} ${issue.message}`;
}
