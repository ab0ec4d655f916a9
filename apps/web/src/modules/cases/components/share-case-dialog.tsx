import { Checkbox, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import type { Case, CaseDocument, ShareAccess } from '@obieg/contracts/cases';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { todayInOffice } from '../../../shared/format/dates';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { UnitSelect } from '../../organization/components/unit-select';
import { orgUnitsQuery, positionsQuery } from '../../organization/organization.queries';
import { DOCUMENT_KIND_LABELS } from '../case-labels';
import {
  BLANK_SHARE,
  SHARE_ACCESS_LABELS,
  shareErrors,
  sharePeople,
  toShareCaseInput,
  type ShareGrantee,
  type ShareScope,
  type ShareValues,
} from '../case-share.models';
import { shareCase } from '../cases.api';
import { casesKeys } from '../cases.queries';
import { ActionDialog } from './action-dialog';

const FIELD_PATHS = ['/userId', '/unitId', '/documentIds', '/note'];

/** Sharing the case with a unit or a person: whole or chosen documents, to read or to give opinions. */
export function ShareCaseDialog({
  item,
  documents,
  opened,
  onClose,
}: {
  item: Case;
  documents: readonly CaseDocument[];
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ShareValues>(BLANK_SHARE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const units = useQuery({ ...orgUnitsQuery(), enabled: opened });
  const positions = useQuery({ ...positionsQuery({}), enabled: opened && values.grantee === 'user' });
  const people = sharePeople(positions.data ?? [], todayInOffice());
  const set = (patch: Partial<ShareValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const mutation = useMutation({
    mutationFn: shareCase,
    onSuccess: async (share) => {
      const name =
        share.grantee.kind === 'user'
          ? share.grantee.displayName
          : `${share.grantee.unit.symbol} — ${share.grantee.unit.name}`;
      notify.success(t('cases.shares.done', { name }));
      onClose();
      await queryClient.invalidateQueries({ queryKey: casesKeys.shares(item.id) });
    },
  });
  const shown = { ...apiFieldErrors(t, mutation.error), ...errors };
  const submit = () => {
    const next = shareErrors(t, values);
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate({ id: item.id, input: toShareCaseInput(values) });
  };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.shares.dialog.title', { sign: item.sign })}
      submitLabel={t('cases.shares.submit')}
      pending={mutation.isPending}
      error={null}
      onSubmit={submit}
    >
      <ErrorAlert error={mutation.error} fieldPaths={FIELD_PATHS} />
      <Radio.Group
        label={t('cases.shares.grantee.label')}
        value={values.grantee}
        onChange={(grantee) => set({ grantee: grantee as ShareGrantee })}
      >
        <Group gap="md" mt={6}>
          <Radio value="unit" label={t('cases.shares.grantee.unit')} />
          <Radio value="user" label={t('cases.shares.grantee.user')} />
        </Group>
      </Radio.Group>
      {values.grantee === 'unit' ? (
        <UnitSelect
          label={t('cases.shares.unit.label')}
          required
          data-autofocus
          units={units.data ?? []}
          exclude={new Set([item.unit.id])}
          emptyLabel={t('cases.shares.unit.choose')}
          value={values.unitId}
          error={shown['/unitId']}
          onChange={(event) => set({ unitId: event.currentTarget.value })}
        />
      ) : (
        <NativeSelect
          label={t('cases.shares.user.label')}
          required
          data={[{ value: '', label: t('cases.shares.user.choose') }, ...people]}
          value={values.userId}
          error={shown['/userId']}
          onChange={(event) => set({ userId: event.currentTarget.value })}
        />
      )}
      {(units.error ?? positions.error) && <ErrorAlert error={units.error ?? positions.error} />}
      <Radio.Group
        label={t('cases.shares.access.label')}
        value={values.access}
        onChange={(access) => set({ access: access as ShareAccess })}
      >
        <Stack gap={8} mt={6}>
          {(['read', 'contribute'] as const).map((access) => (
            <Radio
              key={access}
              value={access}
              label={t(SHARE_ACCESS_LABELS[access])}
              description={t(`cases.shares.access.${access}.description`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label={t('cases.shares.scope.label')}
        value={values.scope}
        onChange={(scope) => set({ scope: scope as ShareScope })}
      >
        <Stack gap={8} mt={6}>
          <Radio
            value="case"
            label={t('cases.shares.scope.case')}
            description={t('cases.shares.scope.case.description')}
          />
          <Radio value="documents" label={t('cases.shares.scope.documents_choice')} />
        </Stack>
      </Radio.Group>
      {values.scope === 'documents' && (
        <Checkbox.Group
          label={t('cases.shares.documents.label')}
          required
          value={values.documentIds}
          onChange={(documentIds) => set({ documentIds })}
          error={shown['/documentIds']}
        >
          <Stack gap={6} mt={6}>
            {documents.map((document) => (
              <Checkbox
                key={document.id}
                value={document.id}
                label={`${document.ordinal}. ${document.title} (${t(DOCUMENT_KIND_LABELS[document.kind])})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Textarea
        label={t('cases.shares.note.label')}
        description={t('cases.shares.note.description')}
        autosize
        minRows={2}
        value={values.note}
        error={shown['/note']}
        onChange={(event) => set({ note: event.currentTarget.value })}
      />
    </ActionDialog>
  );
}
