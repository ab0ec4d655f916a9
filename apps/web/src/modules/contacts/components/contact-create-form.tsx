import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { createContactInputSchema, type Contact } from '@obieg/contracts/contacts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { isApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { validateWithSchema } from '../../../shared/forms/validation';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import {
  contactFieldMessages,
  contactFieldPaths,
  toCreateContactInput,
  withoutEmptyRows,
  type ContactKind,
} from '../contact-form.models';
import { createContact } from '../contacts.api';
import { contactsKeys } from '../contacts.queries';
import type { ContactForm } from '../use-contact-form';
import { ContactFormFields } from './contact-form-fields';

/** The contact the server named in a `contacts.duplicate_identifier` problem, if any. */
export function duplicateOf(error: unknown): { existingId: string; identifier: string | null } | null {
  if (!isApiError(error) || error.code !== 'contacts.duplicate_identifier') return null;
  const { existingId, identifier } = error.problem;
  if (typeof existingId !== 'string') return null;
  return { existingId, identifier: typeof identifier === 'string' ? identifier : null };
}

export function ContactCreateForm({
  form,
  onCreated,
  onCancel,
}: {
  form: ContactForm;
  onCreated: (contact: Contact) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: createContact,
    onSuccess: async (contact) => {
      await queryClient.invalidateQueries({ queryKey: contactsKeys.all });
      onCreated(contact);
    },
    onError: (error) => {
      const duplicate = duplicateOf(error);
      if (duplicate?.identifier) {
        form.setErrors({ [`/${duplicate.identifier}`]: t('contacts.form.duplicate_field') });
        return;
      }
      form.applyApiError(error, t, contactFieldMessages(form.values));
    },
  });
  const duplicate = duplicateOf(mutation.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = withoutEmptyRows(form.values);
    form.setValues(values);
    const result = validateWithSchema({
      schema: createContactInputSchema,
      input: toCreateContactInput(values),
      t,
      messages: contactFieldMessages(values),
    });
    if (!result.ok) {
      form.setErrors(result.errors);
      return;
    }
    form.setErrors({});
    mutation.mutate(result.data);
  };

  const setKind = (kind: string) => {
    form.setValue('kind', kind as ContactKind);
    form.setErrors({});
    mutation.reset();
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {duplicate ? (
          <Alert color="red" variant="light" role="alert" title={t('contacts.duplicate.title')}>
            <Text size="sm">{t('contacts.duplicate.text')}</Text>
            <AnchorLink
              to="/contacts/$contactId"
              params={{ contactId: duplicate.existingId }}
              fw={600}
              mt="xs"
              display="inline-block"
            >
              {t('contacts.duplicate.open')}
            </AnchorLink>
          </Alert>
        ) : (
          <ErrorAlert error={mutation.error} fieldPaths={contactFieldPaths(form.values)} />
        )}
        <Radio.Group
          label={t('contacts.form.kind.label')}
          value={form.values.kind}
          onChange={setKind}
          required
        >
          <Group mt="xs">
            <Radio value="person" label={t('contacts.kind.person')} />
            <Radio value="institution" label={t('contacts.kind.institution')} />
          </Group>
        </Radio.Group>
        <ContactFormFields form={form} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('contacts.create.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
