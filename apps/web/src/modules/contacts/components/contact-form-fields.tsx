import { Button, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import type { ContactForm } from '../use-contact-form';

/** The fields of a contact, shared by the create form and the card's edit form. */
export function ContactFormFields({ form }: { form: ContactForm }) {
  const t = useT();
  const { values } = form;
  return (
    <Stack gap="lg">
      <Fieldset legend={t('contacts.form.section.identity')}>
        {values.kind === 'person' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('contacts.form.given_names.label')}
              required
              autoComplete="off"
              {...form.textProps('givenNames')}
            />
            <TextInput
              label={t('contacts.form.surname.label')}
              required
              autoComplete="off"
              {...form.textProps('surname')}
            />
            <TextInput
              label={t('contacts.form.pesel.label')}
              description={t('contacts.form.pesel.description')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={11}
              {...form.textProps('pesel')}
            />
          </SimpleGrid>
        ) : (
          <Stack gap="sm">
            <TextInput
              label={t('contacts.form.name.label')}
              required
              autoComplete="off"
              {...form.textProps('name')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('contacts.form.nip.label')}
                description={t('contacts.form.nip.description')}
                inputMode="numeric"
                autoComplete="off"
                {...form.textProps('nip')}
              />
              <TextInput
                label={t('contacts.form.regon.label')}
                description={t('contacts.form.regon.description')}
                inputMode="numeric"
                autoComplete="off"
                {...form.textProps('regon')}
              />
              <TextInput
                label={t('contacts.form.krs.label')}
                description={t('contacts.form.krs.description')}
                inputMode="numeric"
                autoComplete="off"
                {...form.textProps('krs')}
              />
            </SimpleGrid>
          </Stack>
        )}
      </Fieldset>

      <Fieldset legend={t('contacts.form.section.addresses')}>
        <Stack gap="md">
          {values.addresses.map((_address, index) => {
            const number = index + 1;
            return (
              <Fieldset key={index} variant="filled" legend={t('contacts.form.address.legend', { number })}>
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={t('contacts.form.street.label')}
                      {...form.addressProps(index, 'street')}
                    />
                    <TextInput
                      label={t('contacts.form.building.label')}
                      {...form.addressProps(index, 'building')}
                    />
                    <TextInput label={t('contacts.form.flat.label')} {...form.addressProps(index, 'flat')} />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={t('contacts.form.postal_code.label')}
                      description={t('contacts.form.postal_code.description')}
                      {...form.addressProps(index, 'postalCode')}
                    />
                    <TextInput
                      label={t('contacts.form.city.label')}
                      required
                      {...form.addressProps(index, 'city')}
                    />
                    <TextInput
                      label={t('contacts.form.country.label')}
                      description={t('contacts.form.country.description')}
                      maxLength={2}
                      {...form.addressProps(index, 'country')}
                    />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={t('contacts.form.po_box.label')}
                      {...form.addressProps(index, 'poBox')}
                    />
                  </SimpleGrid>
                  {values.addresses.length > 1 && (
                    <Group>
                      <Button variant="default" size="xs" onClick={() => form.removeAddress(index)}>
                        {t('contacts.form.address.remove', { number })}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Fieldset>
            );
          })}
          {values.addresses.length < 10 && (
            <Group>
              <Button variant="default" onClick={form.addAddress}>
                {t('contacts.form.address.add')}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('contacts.form.section.electronic')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <RowList form={form} list="emails" />
            <RowList form={form} list="phones" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('contacts.form.epuap_box.label')}
              description={t('contacts.form.epuap_box.description')}
              autoComplete="off"
              {...form.textProps('epuapBox')}
            />
            <TextInput
              label={t('contacts.form.edelivery_address.label')}
              description={t('contacts.form.edelivery_address.description')}
              autoComplete="off"
              {...form.textProps('edeliveryAddress')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Textarea
        label={t('contacts.form.remarks.label')}
        rows={3}
        maxLength={2000}
        {...form.textProps('remarks')}
      />
    </Stack>
  );
}

function RowList({ form, list }: { form: ContactForm; list: 'emails' | 'phones' }) {
  const t = useT();
  const rows = form.values[list];
  const labelKey = list === 'emails' ? 'contacts.form.email.label' : 'contacts.form.phone.label';
  const addKey = list === 'emails' ? 'contacts.form.email.add' : 'contacts.form.phone.add';
  const removeKey = list === 'emails' ? 'contacts.form.email.remove' : 'contacts.form.phone.remove';
  return (
    <Stack gap="xs">
      {rows.map((_row, index) => (
        <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
          <TextInput
            flex={1}
            type={list === 'emails' ? 'email' : 'tel'}
            label={t(labelKey, { number: index + 1 })}
            autoComplete="off"
            {...form.itemProps(list, index)}
          />
          <Button variant="default" onClick={() => form.removeItem(list, index)}>
            {t(removeKey, { number: index + 1 })}
          </Button>
        </Group>
      ))}
      {rows.length < 10 && (
        <Group>
          <Button variant="default" onClick={() => form.addItem(list)}>
            {t(addKey)}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
