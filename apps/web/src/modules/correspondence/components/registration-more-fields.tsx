import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { useFormState } from '../../../shared/forms/use-form-state';
import { useT } from '../../../locales/i18n-context';
import type { RegistrationValues } from '../registration-form.models';
import { useAccessOptions, useDcmiOptions } from './incoming-options';

/** The rarely needed metadata: attachments, access, remarks, paper original, scan completeness. */
export function RegistrationMoreFields({
  form,
}: {
  form: ReturnType<typeof useFormState<RegistrationValues>>;
}) {
  const t = useT();
  const { values } = form;
  const accessOptions = useAccessOptions();
  const dcmiOptions = useDcmiOptions();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label={t('correspondence.form.attachments_count.label')}
          inputMode="numeric"
          autoComplete="off"
          {...form.textProps('attachmentsCount')}
        />
        <TextInput
          label={t('correspondence.form.posting_date.label')}
          placeholder={t('correspondence.form.partial_date.placeholder')}
          autoComplete="off"
          {...form.textProps('postingDate')}
        />
        <NativeSelect
          label={t('correspondence.form.access.label')}
          data={accessOptions}
          value={values.access}
          onChange={(event) =>
            form.setValue('access', event.currentTarget.value as RegistrationValues['access'])
          }
        />
        <NativeSelect
          label={t('correspondence.form.dcmi_type.label')}
          data={dcmiOptions}
          value={values.dcmiType}
          onChange={(event) =>
            form.setValue('dcmiType', event.currentTarget.value as RegistrationValues['dcmiType'])
          }
        />
        <TextInput
          label={t('correspondence.form.paper_store.label')}
          description={t('correspondence.form.paper_store.description')}
          autoComplete="off"
          {...form.textProps('paperStore', '/paperOriginal/store')}
        />
        <TextInput
          label={t('correspondence.form.paper_box.label')}
          description={t('correspondence.form.paper_store.description')}
          autoComplete="off"
          {...form.textProps('paperBox', '/paperOriginal/box')}
        />
      </SimpleGrid>
      <Textarea
        label={t('correspondence.form.remarks.label')}
        description={t('correspondence.form.remarks.description')}
        rows={2}
        maxLength={4000}
        {...form.textProps('remarks')}
      />
      <Fieldset legend={t('correspondence.form.scan_and_envelope')} variant="unstyled">
        <Stack gap="xs">
          <Checkbox
            label={t('correspondence.form.not_opened.label')}
            checked={values.notOpened}
            onChange={(event) => form.setValue('notOpened', event.currentTarget.checked)}
          />
          <Checkbox
            label={t('correspondence.form.no_full_scan.label')}
            checked={values.noFullScan}
            onChange={(event) => form.setValue('noFullScan', event.currentTarget.checked)}
          />
          {values.noFullScan && (
            <TextInput
              label={t('correspondence.form.no_full_scan_reason.label')}
              description={t('correspondence.form.no_full_scan_reason.description')}
              required
              autoComplete="off"
              {...form.textProps('noFullScanReason')}
            />
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
