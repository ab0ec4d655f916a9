import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { correctIncomingInputSchema, type IncomingItem } from '@obieg/contracts/correspondence';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { useFormState } from '../../../shared/forms/use-form-state';
import { validateWithSchema } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { organsQuery } from '../../organization/organization.queries';
import { correctIncoming } from '../correspondence.api';
import {
  activeSorted,
  deliveryMethodsQuery,
  documentKindsQuery,
  incomingKeys,
  incomingQuery,
} from '../correspondence.queries';
import {
  rebaseCorrection,
  toCorrectionInput,
  toCorrectionValues,
  type CorrectionValues,
} from '../incoming-correction.models';
import { REGISTRATION_FIELD_MESSAGES } from '../registration-form.models';
import { useAccessOptions, useDcmiOptions } from './incoming-options';

const FIELD_PATHS = [
  '/reason',
  '/title',
  '/receivedAt',
  '/letterDate',
  '/postingDate',
  '/senderReference',
  '/attachmentsCount',
  '/remarks',
  '/paperOriginal/store',
  '/paperOriginal/box',
  '/noFullScanReason',
];

/**
 * A correction by the registry: the fields changed and a required reason; the PATCH carries the
 * version read. When someone corrected the item first (409), the current item is read again and
 * the typed changes stay, to be saved against it.
 */
export function IncomingCorrectionForm({ item, onDone }: { item: IncomingItem; onDone: () => void }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormState<CorrectionValues>(toCorrectionValues(item));
  const { values } = form;
  const [base, setBase] = useState(item);
  const [unchanged, setUnchanged] = useState(false);
  const methods = activeSorted(useQuery(deliveryMethodsQuery()).data ?? []);
  const kinds = activeSorted(useQuery(documentKindsQuery()).data ?? []);
  const organs = useQuery({ ...organsQuery(), retry: false }).data ?? [];
  const accessOptions = useAccessOptions();
  const dcmiOptions = useDcmiOptions();

  const mutation = useMutation({
    mutationFn: correctIncoming,
    onSuccess: (updated) => {
      queryClient.setQueryData(incomingKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...incomingKeys.all, 'list'] });
      notify.success(t('correspondence.correction.saved'));
      onDone();
    },
    onError: async (error) => {
      if (isApiError(error) && error.code === 'common.version_conflict') {
        const fresh = await queryClient.fetchQuery({ ...incomingQuery(item.id), staleTime: 0 });
        form.setValues((current) => rebaseCorrection(current, base, fresh));
        setBase(fresh);
        return;
      }
      form.applyApiError(error, t, REGISTRATION_FIELD_MESSAGES);
    },
  });
  const conflict = isApiError(mutation.error) && mutation.error.code === 'common.version_conflict';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toCorrectionInput(values, base);
    setUnchanged(Object.keys(input).length <= 2);
    if (Object.keys(input).length <= 2) return;
    const result = validateWithSchema({
      schema: correctIncomingInputSchema,
      input,
      t,
      messages: REGISTRATION_FIELD_MESSAGES,
    });
    if (!result.ok) {
      form.setErrors(result.errors);
      return;
    }
    form.setErrors({});
    mutation.mutate({ id: item.id, input: result.data });
  };

  const select = (name: 'deliveryMethod' | 'documentKind' | 'organId') => form.textProps(name);
  const none = { value: '', label: t('correspondence.form.none_chosen') };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('correspondence.correction.heading')}>
      <Stack gap="sm">
        {conflict ? (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title={t('correspondence.correction.conflict.title')}
          >
            {t('correspondence.correction.conflict.text')}
          </Alert>
        ) : (
          <ErrorAlert error={mutation.error} fieldPaths={FIELD_PATHS} />
        )}
        {unchanged && (
          <Text role="alert" size="sm" c="var(--mantine-color-error)">
            {t('correspondence.correction.unchanged')}
          </Text>
        )}
        <TextInput label={t('correspondence.field.title')} required {...form.textProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <NativeSelect
            label={t('correspondence.field.delivery_method')}
            data={methods.map((method) => ({ value: method.code, label: method.name }))}
            {...select('deliveryMethod')}
          />
          <TextInput
            type="date"
            label={t('correspondence.field.received_at')}
            {...form.textProps('receivedAt')}
          />
          <TextInput label={t('correspondence.field.letter_date')} {...form.textProps('letterDate')} />
          <TextInput label={t('correspondence.field.posting_date')} {...form.textProps('postingDate')} />
          <TextInput
            label={t('correspondence.field.sender_reference')}
            {...form.textProps('senderReference')}
          />
          <NativeSelect
            label={t('correspondence.field.document_kind')}
            data={[none, ...kinds.map((kind) => ({ value: kind.code, label: kind.name }))]}
            {...select('documentKind')}
          />
          {organs.length > 0 && (
            <NativeSelect
              label={t('correspondence.field.organ')}
              data={[none, ...organs.map((organ) => ({ value: organ.id, label: organ.name }))]}
              {...select('organId')}
            />
          )}
          <TextInput
            label={t('correspondence.field.attachments_count')}
            inputMode="numeric"
            {...form.textProps('attachmentsCount')}
          />
          <NativeSelect
            label={t('correspondence.field.access')}
            data={accessOptions}
            value={values.access}
            onChange={(event) =>
              form.setValue('access', event.currentTarget.value as CorrectionValues['access'])
            }
          />
          <NativeSelect
            label={t('correspondence.field.dcmi_type')}
            data={dcmiOptions}
            value={values.dcmiType}
            onChange={(event) =>
              form.setValue('dcmiType', event.currentTarget.value as CorrectionValues['dcmiType'])
            }
          />
          <TextInput
            label={t('correspondence.field.paper_store')}
            {...form.textProps('paperStore', '/paperOriginal/store')}
          />
          <TextInput
            label={t('correspondence.field.paper_box')}
            {...form.textProps('paperBox', '/paperOriginal/box')}
          />
        </SimpleGrid>
        <Textarea label={t('correspondence.field.remarks')} rows={2} {...form.textProps('remarks')} />
        <Group gap="lg">
          <Checkbox
            label={t('correspondence.field.full_scan')}
            checked={values.fullScan}
            onChange={(event) => form.setValue('fullScan', event.currentTarget.checked)}
          />
          <Checkbox
            label={t('correspondence.field.not_opened')}
            checked={values.notOpened}
            onChange={(event) => form.setValue('notOpened', event.currentTarget.checked)}
          />
        </Group>
        {!values.fullScan && (
          <TextInput
            label={t('correspondence.field.no_full_scan_reason')}
            {...form.textProps('noFullScanReason')}
          />
        )}
        <Textarea
          label={t('correspondence.correction.reason.label')}
          description={t('correspondence.correction.reason.description')}
          required
          rows={2}
          {...form.textProps('reason')}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('correspondence.correction.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
