import { Checkbox, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { MAILBOX_KINDS, type Mailbox, type MailboxKind } from '@obieg/contracts/integrations';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ActionDialog } from '../../cases/components/action-dialog';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { sortUnitsBySymbol } from '../../organization/org-units.models';
import { orgUnitsQuery } from '../../organization/organization.queries';
import { createMailbox, updateMailbox } from '../integrations.api';
import { integrationsKeys } from '../integrations.queries';
import { MAILBOX_KIND_LABELS } from '../integration-labels';
import {
  initialMailboxValues,
  toUpdateInput,
  validateMailboxForm,
  type MailboxFormValues,
} from '../mailbox-form.models';
import { MailboxCredentialsFields } from './mailbox-credentials-fields';
import { MailboxSettingsFields } from './mailbox-settings-fields';

/** A new mailbox of the office, or a change of one (`editing`); its kind is fixed once created. */
export function MailboxDialog({
  editing,
  opened,
  onClose,
}: {
  editing: Mailbox | null;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const units = sortUnitsBySymbol(useQuery({ ...orgUnitsQuery(), enabled: opened, retry: false }).data ?? []);
  const [values, setValues] = useState<MailboxFormValues>(() => initialMailboxValues(editing ?? undefined));
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (input: Parameters<typeof createMailbox>[0]) =>
      editing
        ? updateMailbox({ id: editing.id, input: toUpdateInput(input, editing.version) })
        : createMailbox(input),
    onSuccess: async (mailbox) => {
      notify.success(
        t(editing ? 'integrations.form.updated' : 'integrations.form.created', { address: mailbox.address }),
      );
      onClose();
      await queryClient.invalidateQueries({ queryKey: integrationsKeys.mailboxes });
    },
  });
  const shown = { ...apiFieldErrors(t, mutation.error), ...errors };
  const set = (patch: Partial<MailboxFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const submit = () => {
    const result = validateMailboxForm({ values, t });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    mutation.mutate(result.input);
  };

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={
        editing
          ? t('integrations.form.edit_title', { address: editing.address })
          : t('integrations.form.create_title')
      }
      submitLabel={t(editing ? 'common.save' : 'integrations.form.create')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
    >
      {editing ? (
        <Text size="sm">
          {t('integrations.field.kind')}: <strong>{t(MAILBOX_KIND_LABELS[editing.kind])}</strong>
        </Text>
      ) : (
        <NativeSelect
          label={t('integrations.field.kind')}
          required
          data-autofocus
          value={values.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value as MailboxKind;
            set({ kind, credentials: kind === 'smtp' ? 'none' : 'issue' });
          }}
          data={MAILBOX_KINDS.map((kind) => ({ value: kind, label: t(MAILBOX_KIND_LABELS[kind]) }))}
        />
      )}
      <TextInput
        label={t('integrations.field.address')}
        description={t(`integrations.form.address.${values.kind}`)}
        required
        data-autofocus={editing ? true : undefined}
        value={values.address}
        error={shown['/address']}
        onChange={(event) => set({ address: event.currentTarget.value })}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        label={t('integrations.field.name')}
        required
        value={values.name}
        error={shown['/name']}
        onChange={(event) => set({ name: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('integrations.field.unit')}
        description={t('integrations.form.unit.description')}
        value={values.unitId}
        error={shown['/unitId']}
        onChange={(event) => set({ unitId: event.currentTarget.value })}
        data={[
          { value: '', label: t('integrations.mailboxes.whole_office') },
          ...units.map((unit) => ({ value: unit.id, label: `${unit.symbol} — ${unit.name}` })),
        ]}
      />
      <Group gap="lg">
        <Checkbox
          label={t('integrations.form.enabled')}
          checked={values.enabled}
          onChange={(event) => set({ enabled: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('integrations.form.is_default')}
          checked={values.isDefault}
          onChange={(event) => set({ isDefault: event.currentTarget.checked })}
        />
      </Group>
      <MailboxSettingsFields
        kind={values.kind}
        settings={values.settings}
        errors={shown}
        onChange={(name, value) => set({ settings: { ...values.settings, [name]: value } })}
      />
      <MailboxCredentialsFields
        values={values}
        stored={editing?.hasCredentials ?? false}
        errors={shown}
        onChange={set}
      />
    </ActionDialog>
  );
}
