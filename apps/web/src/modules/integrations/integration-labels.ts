import type { MailboxKind } from '@obieg/contracts/integrations';
import type { MessageKey } from '../../locales/i18n';
import type { LogIntegration, LogLevel } from './integrations.api';

export const MAILBOX_KIND_LABELS: Record<MailboxKind, MessageKey> = {
  edelivery: 'integrations.kind.edelivery',
  epuap: 'integrations.kind.epuap',
  smtp: 'integrations.kind.smtp',
};

export const LOG_INTEGRATION_LABELS: Record<LogIntegration, MessageKey> = {
  edelivery: 'integrations.kind.edelivery',
  epuap: 'integrations.kind.epuap',
  smtp: 'integrations.kind.smtp',
  post: 'integrations.kind.post',
};

export const LOG_LEVEL_LABELS: Record<LogLevel, MessageKey> = {
  info: 'integrations.level.info',
  warning: 'integrations.level.warning',
  error: 'integrations.level.error',
};

export const LOG_LEVEL_COLORS: Record<LogLevel, { color: string; text: string }> = {
  info: { color: 'blue', text: '#0b3d91' },
  warning: { color: 'yellow', text: '#5c3c00' },
  error: { color: 'red', text: '#8a1c1c' },
};
