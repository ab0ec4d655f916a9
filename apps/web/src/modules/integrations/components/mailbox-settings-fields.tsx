import { Checkbox, Fieldset, Stack, TextInput } from '@mantine/core';
import type { MailboxKind } from '@obieg/contracts/integrations';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { SETTING_FIELDS } from '../mailbox-form.models';

/** The connection settings of the chosen kind of mailbox. */
export function MailboxSettingsFields({
  kind,
  settings,
  errors,
  onChange,
}: {
  kind: MailboxKind;
  settings: Record<string, string>;
  errors: FieldErrors;
  onChange: (name: string, value: string) => void;
}) {
  const t = useT();
  return (
    <Fieldset legend={t('integrations.form.settings')} variant="filled">
      <Stack gap="xs">
        {SETTING_FIELDS[kind].map((field) =>
          field.type === 'checkbox' ? (
            <Checkbox
              key={field.name}
              label={t(field.label)}
              checked={settings[field.name] === 'true'}
              onChange={(event) => onChange(field.name, String(event.currentTarget.checked))}
            />
          ) : (
            <TextInput
              key={field.name}
              label={t(field.label)}
              description={field.description ? t(field.description) : undefined}
              required={!field.optional}
              type={
                field.type === 'number'
                  ? 'number'
                  : field.type === 'email'
                    ? 'email'
                    : field.type === 'url'
                      ? 'url'
                      : 'text'
              }
              inputMode={field.type === 'number' ? 'numeric' : undefined}
              value={settings[field.name] ?? ''}
              error={errors[`/settings/${field.name}`]}
              onChange={(event) => onChange(field.name, event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
            />
          ),
        )}
      </Stack>
    </Fieldset>
  );
}
