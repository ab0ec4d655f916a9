import {
  createMailboxSchema,
  edeliverySettingsSchema,
  epuapSettingsSchema,
  smtpSettingsSchema,
  type CreateMailboxInput,
  type Mailbox,
  type MailboxKind,
  type UpdateMailboxInput,
} from '@obieg/contracts/integrations';
import type { z } from 'zod';
import type { MessageKey, Translate } from '../../locales/i18n';
import { validateWithSchema, type FieldErrors } from '../../shared/forms/validation';

/**
 * How the mailbox signs in: `keep` what is stored, `none`, a certificate `issue`d by the office
 * CA, a certificate and key pasted as `pem`; an SMTP mailbox has a password instead.
 */
export type CredentialsMode = 'keep' | 'none' | 'issue' | 'pem';

export type SettingField = {
  name: string;
  type: 'url' | 'text' | 'email' | 'number' | 'checkbox';
  label: MessageKey;
  description?: MessageKey;
  optional?: boolean;
};

/** The connection settings of each kind of mailbox, as its settings schema names them. */
export const SETTING_FIELDS: Record<MailboxKind, readonly SettingField[]> = {
  edelivery: [
    { name: 'apiBaseUrl', type: 'url', label: 'integrations.settings.apiBaseUrl' },
    { name: 'tokenUrl', type: 'url', label: 'integrations.settings.tokenUrl' },
    {
      name: 'clientId',
      type: 'text',
      label: 'integrations.settings.clientId',
      description: 'integrations.settings.clientId.description',
    },
  ],
  epuap: [
    { name: 'pullUrl', type: 'url', label: 'integrations.settings.pullUrl' },
    { name: 'skrytkaUrl', type: 'url', label: 'integrations.settings.skrytkaUrl' },
    { name: 'doreczycielUrl', type: 'url', label: 'integrations.settings.doreczycielUrl' },
    {
      name: 'podmiot',
      type: 'text',
      label: 'integrations.settings.podmiot',
      description: 'integrations.settings.podmiot.description',
    },
  ],
  smtp: [
    { name: 'host', type: 'text', label: 'integrations.settings.host' },
    { name: 'port', type: 'number', label: 'integrations.settings.port' },
    { name: 'secure', type: 'checkbox', label: 'integrations.settings.secure' },
    { name: 'user', type: 'text', label: 'integrations.settings.user', optional: true },
    { name: 'from', type: 'email', label: 'integrations.settings.from' },
  ],
};

const SETTINGS_SCHEMAS: Record<MailboxKind, z.ZodType> = {
  edelivery: edeliverySettingsSchema,
  epuap: epuapSettingsSchema,
  smtp: smtpSettingsSchema,
};

export type MailboxFormValues = {
  kind: MailboxKind;
  address: string;
  name: string;
  unitId: string;
  enabled: boolean;
  isDefault: boolean;
  /** Every setting as typed (text, or `'true'`/`'false'` for a check box). */
  settings: Record<string, string>;
  credentials: CredentialsMode;
  certificatePem: string;
  privateKeyPem: string;
  password: string;
};

const settingText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/** A new mailbox (e-Doręczenia, certificate from the office CA) or the one being edited. */
export function initialMailboxValues(mailbox?: Mailbox): MailboxFormValues {
  const kind = mailbox?.kind ?? 'edelivery';
  return {
    kind,
    address: mailbox?.address ?? '',
    name: mailbox?.name ?? '',
    unitId: mailbox?.unitId ?? '',
    enabled: mailbox?.enabled ?? true,
    isDefault: mailbox?.isDefault ?? false,
    settings: Object.fromEntries(
      Object.values(SETTING_FIELDS)
        .flat()
        .map((field) => [field.name, settingText(mailbox?.settings[field.name])]),
    ),
    credentials: mailbox ? (mailbox.hasCredentials ? 'keep' : 'none') : kind === 'smtp' ? 'none' : 'issue',
    certificatePem: '',
    privateKeyPem: '',
    password: '',
  };
}

/** The settings of the chosen kind, typed as its schema wants them (blank optional ones left out). */
export function buildSettings(values: MailboxFormValues): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const field of SETTING_FIELDS[values.kind]) {
    const text = (values.settings[field.name] ?? '').trim();
    if (field.type === 'checkbox') settings[field.name] = text === 'true';
    else if (field.type === 'number') settings[field.name] = text === '' ? undefined : Number(text);
    else if (!(field.optional && text === '')) settings[field.name] = text;
  }
  return settings;
}

function buildCredentials(values: MailboxFormValues): CreateMailboxInput['credentials'] {
  if (values.kind === 'smtp') return values.password ? { password: values.password } : undefined;
  if (values.credentials === 'issue') return { issueFromOfficeCa: true };
  if (values.credentials === 'pem')
    return { certificatePem: values.certificatePem.trim(), privateKeyPem: values.privateKeyPem.trim() };
  return undefined;
}

function checkPem(values: MailboxFormValues, t: Translate): FieldErrors {
  if (values.kind === 'smtp' || values.credentials !== 'pem') return {};
  const errors: FieldErrors = {};
  if (!/-----BEGIN CERTIFICATE-----/.test(values.certificatePem))
    errors['/credentials/certificatePem'] = t('integrations.form.pem.certificate.invalid');
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(values.privateKeyPem))
    errors['/credentials/privateKeyPem'] = t('integrations.form.pem.key.invalid');
  return errors;
}

export type MailboxFormResult = { ok: true; input: CreateMailboxInput } | { ok: false; errors: FieldErrors };

/**
 * Checks the form with the shared contracts (the mailbox, then its kind's settings, whose errors
 * are keyed `/settings/<name>`) and builds the request.
 */
export function validateMailboxForm({
  values,
  t,
}: {
  values: MailboxFormValues;
  t: Translate;
}): MailboxFormResult {
  const settings = buildSettings(values);
  const input = {
    kind: values.kind,
    address: values.address,
    name: values.name,
    unitId: values.unitId || null,
    enabled: values.enabled,
    isDefault: values.isDefault,
    settings,
    credentials: buildCredentials(values),
  };
  const errors: FieldErrors = {};
  const whole = validateWithSchema({ schema: createMailboxSchema, input, t });
  if (!whole.ok) Object.assign(errors, whole.errors);
  const own = validateWithSchema({ schema: SETTINGS_SCHEMAS[values.kind], input: settings, t });
  if (!own.ok)
    for (const [pointer, message] of Object.entries(own.errors)) errors[`/settings${pointer}`] ??= message;
  Object.assign(errors, checkPem(values, t));
  if (Object.keys(errors).length > 0 || !whole.ok) return { ok: false, errors };
  return { ok: true, input: whole.data };
}

/** A change of a mailbox: everything but its kind, with the version it was read at. */
export function toUpdateInput(input: CreateMailboxInput, version: number): UpdateMailboxInput {
  const { kind: _kind, credentials, ...rest } = input;
  return { ...rest, ...(credentials ? { credentials } : {}), version };
}
