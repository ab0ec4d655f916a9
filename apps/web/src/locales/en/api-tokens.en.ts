import type { apiTokensPl } from '../pl/api-tokens.pl';

export const apiTokensEn: Record<keyof typeof apiTokensPl, string> = {
  'api_tokens.title': 'API tokens',
  'api_tokens.intro':
    "An API token lets a domain system (e.g. the tax system) use Obieg's API on behalf of a service account, with chosen permissions.",
  'api_tokens.empty': 'No tokens.',
  'api_tokens.name.label': 'Name',
  'api_tokens.name.description': 'What the token is for, e.g. “Tax system — read cases”.',
  'api_tokens.service_account.label': 'Service account',
  'api_tokens.service_account.description':
    'Login of the account, e.g. system-podatki; created if it does not exist.',
  'api_tokens.permissions.label': 'Permissions',
  'api_tokens.permissions.description': 'Only from the permissions you hold yourself.',
  'api_tokens.expires.label': 'Expires',
  'api_tokens.expires.description': 'Last day of validity; empty — no expiry.',
  'api_tokens.expires.never': 'never',
  'api_tokens.column.created': 'Created',
  'api_tokens.column.last_used': 'Last used',
  'api_tokens.never_used': 'never',
  'api_tokens.revoked_badge': 'Revoked',
  'api_tokens.create.heading': 'New token',
  'api_tokens.create.submit': 'Create token',
  'api_tokens.created.title': 'Token “{name}” created',
  'api_tokens.created.warning':
    "Copy the token now and pass it securely to the domain system's administrator. It cannot be shown again.",
  'api_tokens.created.copy': 'Copy token',
  'api_tokens.created.dismiss': 'Copied, hide it',
  'api_tokens.created.usage': 'The system sends the token in the header: Authorization: Bearer <token>.',
  'api_tokens.revoke.button': 'Revoke',
  'api_tokens.revoke.label': 'Revoke token: {name}',
  'api_tokens.revoke.title': 'Revoke the token?',
  'api_tokens.revoke.message': 'The system using the token “{name}” will lose API access immediately.',
  'api_tokens.revoke.confirm': 'Revoke token',
  'api_tokens.revoked': 'Token “{name}” revoked.',
};
