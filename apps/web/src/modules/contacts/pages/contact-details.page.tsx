import { Alert, Button, Paper, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { Page } from '../../../shared/ui/page';
import { useCan } from '../../auth/auth.queries';
import { ContactDetails } from '../components/contact-details';
import { ContactEditForm } from '../components/contact-edit-form';
import { contactQuery } from '../contacts.queries';

/** The contact card: the full record (each opening is audited) and, with `contacts:manage`, its edit form. */
export function ContactDetailsPage() {
  const t = useT();
  const can = useCan();
  const { contactId } = useParams({ from: '/app/contacts/$contactId' });
  const contact = useQuery(contactQuery(contactId));
  const [editing, setEditing] = useState(false);

  if (contact.error || !contact.data) {
    return (
      <Page title={t('contacts.card.title')}>
        <AnchorLink to="/contacts">{t('contacts.back')}</AnchorLink>
        {contact.error ? <ErrorAlert error={contact.error} /> : <LoadingState />}
      </Page>
    );
  }
  const data = contact.data;
  return (
    <Page
      title={data.displayName}
      documentTitle={t('contacts.card.document_title', { name: data.displayName })}
      actions={
        can('contacts:manage') &&
        !editing && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
      }
    >
      <AnchorLink to="/contacts">{t('contacts.back')}</AnchorLink>
      <Alert color="blue" variant="light" role="note">
        {t('contacts.card.audit_notice')}
      </Alert>
      <Paper withBorder p="md" component="section" aria-labelledby="contact-data-heading">
        <Title order={2} size="h4" mb="sm" id="contact-data-heading">
          {editing ? t('contacts.card.edit_heading') : t('contacts.card.data_heading')}
        </Title>
        {editing ? (
          <ContactEditForm
            key={data.id}
            contact={data}
            onCancel={() => setEditing(false)}
            onSaved={() => setEditing(false)}
          />
        ) : (
          <ContactDetails contact={data} />
        )}
      </Paper>
    </Page>
  );
}
