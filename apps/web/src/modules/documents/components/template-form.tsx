import { Button, Grid, Group, Image, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import type { Template, TemplateField } from '@obieg/contracts/documents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { useFocusFirstField } from '../../distribution/use-focus-first-field';
import { fileContentUrl } from '../../files/file-preview.models';
import { FileUploadField, NO_UPLOAD, type FileUpload } from '../../signatures/components/file-upload-field';
import { createTemplate, updateTemplate } from '../documents.api';
import { insertField } from '../documents.models';
import { documentsKeys } from '../documents.queries';
import { TemplateFieldsHelp } from './template-fields-help';

type TextField = 'header' | 'body' | 'closing' | 'signatureBlock';
type Values = {
  name: string;
  description: string;
  header: string;
  body: string;
  closing: string;
  signatureBlock: string;
  active: boolean;
};

const FIELD_PATHS = [
  '/name',
  '/description',
  '/header',
  '/body',
  '/closing',
  '/signatureBlock',
  '/logoFileId',
];
const TEXT_FIELD_LABELS = {
  header: 'documents.templates.field.header',
  body: 'documents.templates.field.body',
  closing: 'documents.templates.field.closing',
  signatureBlock: 'documents.templates.field.signature_block',
} as const;

const valuesOf = (template: Template | null): Values => ({
  name: template?.name ?? '',
  description: template?.description ?? '',
  header: template?.header ?? '{{urzad}}\n{{komorka}}',
  body: template?.body ?? '',
  closing: template?.closing ?? '',
  signatureBlock: template?.signatureBlock ?? '{{podpisujacy}}\n{{podpisujacy_stanowisko}}',
  active: template?.active ?? true,
});

/**
 * Adds a letter template or changes one: its texts may use `{{field}}`s (listed beside, a click
 * puts one where the cursor was); a changed template keeps the version it was read at, so two
 * administrators cannot overwrite each other's changes unknowingly.
 */
export function TemplateForm({ template, onDone }: { template: Template | null; onDone: () => void }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const formRef = useFocusFirstField();
  const [values, setValues] = useState<Values>(() => valuesOf(template));
  const [logo, setLogo] = useState<FileUpload>(NO_UPLOAD);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [target, setTarget] = useState<TextField>('body');
  const areas = useRef<Partial<Record<TextField, HTMLTextAreaElement | null>>>({});
  const set = <K extends keyof Values>(name: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors(({ [`/${name}`]: _gone, ...rest }) => rest);
  };

  const mutation = useMutation({
    mutationFn: () => {
      const logoFileId = logo.status === 'done' ? logo.file.id : undefined;
      const texts = {
        name: values.name.trim(),
        header: values.header,
        body: values.body,
        signatureBlock: values.signatureBlock,
      };
      return template
        ? updateTemplate({
            id: template.id,
            input: {
              ...texts,
              description: values.description.trim(),
              closing: values.closing,
              active: values.active,
              version: template.version,
              ...(logoFileId ? { logoFileId } : {}),
            },
          })
        : createTemplate({
            ...texts,
            ...(values.description.trim() ? { description: values.description.trim() } : {}),
            ...(values.closing.trim() ? { closing: values.closing } : {}),
            ...(logoFileId ? { logoFileId } : {}),
          });
    },
    onSuccess: async (saved) => {
      notify.success(
        t(template ? 'documents.templates.saved' : 'documents.templates.created', { name: saved.name }),
      );
      await queryClient.invalidateQueries({ queryKey: documentsKeys.templates });
      onDone();
    },
    onError: () => queryClient.invalidateQueries({ queryKey: documentsKeys.templates }),
  });
  const shown = { ...apiFieldErrors(t, mutation.error), ...errors };

  const insert = (field: TemplateField) => {
    const area = areas.current[target];
    const text = values[target];
    const next = insertField({
      text,
      start: area?.selectionStart ?? text.length,
      end: area?.selectionEnd ?? text.length,
      field,
    });
    set(target, next.text);
    window.requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (values.name.trim() === '') next['/name'] = t('validation.required');
    if (logo.status === 'uploading') next['/logoFileId'] = t('documents.upload.wait');
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };

  const area = (name: TextField, rows: number, description?: string) => (
    <Textarea
      ref={(element) => {
        areas.current[name] = element;
      }}
      label={t(TEXT_FIELD_LABELS[name])}
      description={description}
      autosize
      minRows={rows}
      maxRows={name === 'body' ? 24 : 8}
      value={values[name]}
      error={shown[`/${name}`]}
      onFocus={() => setTarget(name)}
      onChange={(event) => set(name, event.currentTarget.value)}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={t(template ? 'documents.templates.edit.form' : 'documents.templates.new.form')}
    >
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={FIELD_PATHS} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('documents.templates.field.name')}
                  required
                  maxLength={200}
                  value={values.name}
                  error={shown['/name']}
                  onChange={(event) => set('name', event.currentTarget.value)}
                />
                <TextInput
                  label={t('documents.templates.field.description')}
                  maxLength={2000}
                  value={values.description}
                  error={shown['/description']}
                  onChange={(event) => set('description', event.currentTarget.value)}
                />
              </SimpleGrid>
              {area('header', 3, t('documents.templates.field.header.description'))}
              {area('body', 10, t('documents.templates.field.body.description'))}
              {area('closing', 1)}
              {area('signatureBlock', 2)}
              <FileUploadField
                label={t('documents.templates.field.logo')}
                description={t('documents.templates.field.logo.description')}
                accept="image/png,image/jpeg"
                value={logo}
                onChange={setLogo}
                error={shown['/logoFileId']}
              />
              {template?.logoFileId && logo.status !== 'done' && (
                <Image
                  src={fileContentUrl(template.logoFileId, { download: false })}
                  alt={t('documents.templates.field.logo.current')}
                  h={48}
                  w="auto"
                  fit="contain"
                />
              )}
              {template && (
                <Switch
                  label={t('documents.templates.field.active')}
                  description={t('documents.templates.field.active.description')}
                  checked={values.active}
                  onChange={(event) => set('active', event.currentTarget.checked)}
                />
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <TemplateFieldsHelp target={t(TEXT_FIELD_LABELS[target])} onInsert={insert} />
          </Grid.Col>
        </Grid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t(template ? 'common.save' : 'documents.templates.new.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
