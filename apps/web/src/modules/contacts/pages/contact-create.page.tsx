import { Grid } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { Page } from '../../../shared/ui/page';
import { ContactCreateForm } from '../components/contact-create-form';
import { SimilarContacts } from '../components/similar-contacts';
import { emptyContactValues } from '../contact-form.models';
import { useContactForm } from '../use-contact-form';

export function ContactCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const form = useContactForm(emptyContactValues());
  return (
    <Page title={t('contacts.create.title')}>
      <AnchorLink to="/contacts">{t('contacts.back')}</AnchorLink>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ContactCreateForm
            form={form}
            onCancel={() => void navigate({ to: '/contacts' })}
            onCreated={(contact) =>
              void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <SimilarContacts values={form.values} />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
