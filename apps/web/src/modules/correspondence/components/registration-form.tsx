import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { organsQuery } from '../../organization/organization.queries';
import { activeSorted, deliveryMethodsQuery, documentKindsQuery } from '../correspondence.queries';
import { REGISTRATION_FIELD_PATHS } from '../registration-form.models';
import type { RegistrationForm as Registration, RegistrationRefs } from '../use-registration-form';
import { NewSenderFields } from './new-sender-fields';
import { RegistrationMoreFields } from './registration-more-fields';
import { ScanDropZone } from './scan-drop-zone';
import { SenderCombobox, senderHint } from './sender-combobox';

/** Enter in a text field never registers a letter by accident: saving is Ctrl+Enter or the button. */
function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'file') {
    event.preventDefault();
  }
}

/** The registration form: the fields of nearly every letter first, the rest under "More". */
export function RegistrationForm({
  registration,
  senderRef,
  titleRef,
}: { registration: Registration } & RegistrationRefs) {
  const t = useT();
  const moreId = useId();
  const { form, scans, mutation } = registration;
  const { values, errors } = form;
  const methods = activeSorted(useQuery(deliveryMethodsQuery()).data ?? []);
  const kinds = activeSorted(useQuery(documentKindsQuery()).data ?? []);
  const organs = (useQuery({ ...organsQuery(), retry: false }).data ?? []).filter((organ) => organ.active);
  const [moreOpen, setMoreOpen] = useState(registration.defaults.moreOpen ?? false);
  const save = (print: boolean) => void registration.submit({ print });

  useHotkeys(
    [
      ['mod+Enter', () => save(false)],
      ['mod+shift+Enter', () => save(true)],
    ],
    [],
  );

  const toggleMore = () => {
    setMoreOpen(!moreOpen);
    registration.rememberMoreOpen(!moreOpen);
  };
  const paper = [values.paperStore, values.paperBox].filter((part) => part.trim()).join(', ');

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save(false);
      }}
      onKeyDown={keepEnterFromSubmitting}
      noValidate
      aria-label={t('correspondence.form.label')}
      data-registration-form
    >
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={REGISTRATION_FIELD_PATHS} />
        <SenderCombobox
          label={t('correspondence.form.sender.label')}
          description={t('correspondence.form.sender.description')}
          required
          text={values.senderText}
          chosen={values.sender !== null}
          hint={values.sender ? senderHint(values.sender) : undefined}
          onTextChange={registration.setSenderText}
          onSelect={registration.chooseSender}
          onCreate={registration.startNewSender}
          onAdvance={() => titleRef.current?.focus()}
          error={errors['/sender'] || errors['/sender/contactId']}
          inputRef={senderRef}
        />
        {values.newSender && (
          <NewSenderFields
            values={values.newSender}
            errors={errors}
            onChange={registration.changeNewSender}
            onCancel={registration.cancelNewSender}
          />
        )}
        <TextInput
          ref={titleRef}
          label={t('correspondence.form.title.label')}
          required
          maxLength={1000}
          autoComplete="off"
          {...form.textProps('title')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <NativeSelect
            label={t('correspondence.form.delivery_method.label')}
            required
            value={registration.deliveryMethod}
            onChange={(event) => form.setValue('deliveryMethod', event.currentTarget.value)}
            data={methods.map((method) => ({ value: method.code, label: method.name }))}
            error={errors['/deliveryMethod']}
          />
          <TextInput
            type="date"
            label={t('correspondence.form.received_at.label')}
            required
            max={todayInOffice()}
            value={values.receivedAt}
            onChange={(event) => registration.setReceivedAt(event.currentTarget.value)}
            error={errors['/receivedAt']}
          />
          <TextInput
            label={t('correspondence.form.letter_date.label')}
            placeholder={t('correspondence.form.partial_date.placeholder')}
            autoComplete="off"
            {...form.textProps('letterDate')}
          />
          <TextInput
            label={t('correspondence.form.sender_reference.label')}
            autoComplete="off"
            {...form.textProps('senderReference')}
          />
          <NativeSelect
            label={t('correspondence.form.document_kind.label')}
            data={[
              { value: '', label: t('correspondence.form.none_chosen') },
              ...kinds.map((kind) => ({ value: kind.code, label: kind.name })),
            ]}
            {...form.textProps('documentKind')}
          />
          {organs.length > 1 && (
            <NativeSelect
              label={t('correspondence.form.organ.label')}
              data={[
                { value: '', label: t('correspondence.form.none_chosen') },
                ...organs.map((organ) => ({ value: organ.id, label: organ.name })),
              ]}
              {...form.textProps('organId')}
            />
          )}
        </SimpleGrid>
        <ScanDropZone
          uploads={scans}
          error={errors['/fileIds']}
          footer={<ScanCompleteness scans={scans.scans.length} noFullScan={values.noFullScan} />}
        />
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={toggleMore}
            aria-expanded={moreOpen}
            aria-controls={moreId}
            h="auto"
            py={4}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          >
            {moreOpen ? t('correspondence.form.more.hide') : t('correspondence.form.more.show')}
          </Button>
          {!moreOpen && paper && (
            <Text size="xs" c="dimmed" component="span" ml="xs">
              {t('correspondence.form.more.paper_summary', { paper })}
            </Text>
          )}
        </div>
        <div id={moreId} hidden={!moreOpen}>
          {moreOpen && <RegistrationMoreFields form={form} />}
        </div>
        <Group gap="xs">
          <Button type="submit" loading={mutation.isPending} aria-keyshortcuts="Control+Enter">
            {t('correspondence.form.submit')}
            <span className="kbd-hint" aria-hidden>
              Ctrl+Enter
            </span>
          </Button>
          <Button variant="outline" onClick={() => save(true)} aria-keyshortcuts="Control+Shift+Enter">
            {t('correspondence.form.submit_print')}
            <span className="kbd-hint" aria-hidden>
              Ctrl+Shift+Enter
            </span>
          </Button>
          <Button variant="default" onClick={registration.clear}>
            {t('correspondence.form.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ScanCompleteness({ scans, noFullScan }: { scans: number; noFullScan: boolean }) {
  const t = useT();
  const key =
    scans === 0
      ? 'correspondence.scans.none_note'
      : noFullScan
        ? 'correspondence.scans.partial_note'
        : 'correspondence.scans.full_note';
  return (
    <Text size="xs" c="dimmed" mt={6}>
      {t(key)}
    </Text>
  );
}
