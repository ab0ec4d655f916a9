import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { updateContactInputSchema, type Contact } from '@obieg/contracts/contacts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../app/api-error';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { validateWithSchema } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import {
  contactFieldMessages,
  contactFieldPaths,
  toContactFormValues,
  toUpdateContactInput,
  withoutEmptyRows,
} from '../contact-form.models';
import { updateContact } from '../contacts.api';
import { contactQuery, contactsKeys } from '../contacts.queries';
import { useContactForm } from '../use-contact-form';
import { ContactFormFields } from './contact-form-fields';
import { duplicateOf } from './contact-create-form';

const FIELD_LABELS: Array<[keyof Contact, MessageKey]> = [
  ['givenNames', 'contacts.form.given_names.label'],
  ['surname', 'contacts.form.surname.label'],
  ['pesel', 'contacts.form.pesel.label'],
  ['name', 'contacts.form.name.label'],
  ['nip', 'contacts.form.nip.label'],
  ['regon', 'contacts.form.regon.label'],
  ['krs', 'contacts.form.krs.label'],
  ['addresses', 'contacts.form.section.addresses'],
  ['emails', 'contacts.card.emails'],
  ['phones', 'contacts.card.phones'],
  ['epuapBox', 'contacts.form.epuap_box.label'],
  ['edeliveryAddress', 'contacts.form.edelivery_address.label'],
  ['remarks', 'contacts.form.remarks.label'],
];

/** The fields another person changed between two versions of the record. */
export function changedFields(before: Contact, after: Contact): MessageKey[] {
  return FIELD_LABELS.filter(([field]) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).map(
    ([, label]) => label,
  );
}

/**
 * Edits a contact with optimistic concurrency: the PATCH carries the version the form started from.
 * When someone else saved first (409 `common.version_conflict`), the current record is read again,
 * the typed values stay in the form, and the next save is made against the new version.
 */
export function ContactEditForm({
  contact,
  onSaved,
  onCancel,
}: {
  contact: Contact;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useContactForm(toContactFormValues(contact));
  const [base, setBase] = useState(contact);
  const [conflict, setConflict] = useState<MessageKey[] | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  const reloadAfterConflict = async () => {
    try {
      const fresh = await queryClient.fetchQuery({ ...contactQuery(contact.id), staleTime: 0 });
      setConflict(changedFields(base, fresh));
      setBase(fresh);
    } catch (error) {
      setReloadError(error);
    }
  };

  const mutation = useMutation({
    mutationFn: updateContact,
    onSuccess: async (updated) => {
      queryClient.setQueryData(contactsKeys.detail(updated.id), updated);
      notify.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: [...contactsKeys.all, 'search'] });
      onSaved(updated);
    },
    onError: async (error) => {
      if (isApiError(error) && error.code === 'common.version_conflict') {
        await reloadAfterConflict();
        return;
      }
      const duplicate = duplicateOf(error);
      if (duplicate?.identifier) {
        form.setErrors({ [`/${duplicate.identifier}`]: t('contacts.form.duplicate_field') });
        return;
      }
      form.applyApiError(error, t, contactFieldMessages(form.values));
    },
  });
  const versionConflict = isApiError(mutation.error) && mutation.error.code === 'common.version_conflict';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = withoutEmptyRows(form.values);
    form.setValues(values);
    const result = validateWithSchema({
      schema: updateContactInputSchema,
      input: toUpdateContactInput(values, base.version),
      t,
      messages: contactFieldMessages(values),
    });
    if (!result.ok) {
      form.setErrors(result.errors);
      return;
    }
    form.setErrors({});
    setConflict(null);
    setReloadError(null);
    mutation.mutate({ id: contact.id, input: result.data });
  };

  const duplicate = duplicateOf(mutation.error);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {versionConflict && conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('contacts.conflict.title')}>
            <Text size="sm">{t('contacts.conflict.text')}</Text>
            {conflict.length > 0 && (
              <>
                <Text size="sm" mt="xs" fw={600}>
                  {t('contacts.conflict.changed')}
                </Text>
                <List size="sm">
                  {conflict.map((label) => (
                    <List.Item key={label}>{t(label)}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        ) : duplicate ? (
          <Alert color="red" variant="light" role="alert" title={t('contacts.duplicate.title')}>
            <Text size="sm">{t('contacts.duplicate.text_edit')}</Text>
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
        {reloadError !== null && <ErrorAlert error={reloadError} />}
        <ContactFormFields form={form} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
