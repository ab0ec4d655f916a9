import { Button, Fieldset, Group, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import type { NewSenderValues } from '../registration-form.models';

/** `00950` → `00-950` once the field is left. */
export const formatPostalCode = (value: string) => {
  const digits = value.trim();
  return /^\d{5}$/.test(digits) ? `${digits.slice(0, 2)}-${digits.slice(2)}` : value;
};

/** A sender added while registering: a person or an institution, with the address's locality. */
export function NewSenderFields({
  values,
  errors,
  onChange,
  onCancel,
}: {
  values: NewSenderValues;
  errors: FieldErrors;
  onChange: (patch: Partial<NewSenderValues>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  // Opened from the sender box with the name typed: the focus goes on to the first empty field.
  useEffect(() => {
    const inputs = fieldset.current?.querySelectorAll<HTMLInputElement>('input:not([type="radio"])') ?? [];
    [...inputs].find((input) => input.value === '')?.focus();
  }, []);
  const field = (name: keyof Omit<NewSenderValues, 'kind'>, pointer: string) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ [name]: event.currentTarget.value }),
    error: errors[pointer],
    autoComplete: 'off',
  });
  const address = (name: 'street' | 'building' | 'postalCode' | 'city') =>
    field(name, `/sender/addresses/0/${name}`);
  return (
    <Fieldset ref={fieldset} legend={t('correspondence.new_sender.legend')} variant="filled" p="sm">
      <Radio.Group
        label={t('contacts.form.kind.label')}
        value={values.kind}
        onChange={(kind) => onChange({ kind: kind as NewSenderValues['kind'] })}
      >
        <Group mt={4}>
          <Radio value="person" label={t('contacts.kind.person')} />
          <Radio value="institution" label={t('contacts.kind.institution')} />
        </Group>
      </Radio.Group>
      {values.kind === 'person' ? (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="xs">
          <TextInput
            label={t('contacts.form.surname.label')}
            required
            {...field('surname', '/sender/surname')}
          />
          <TextInput
            label={t('contacts.form.given_names.label')}
            required
            {...field('givenNames', '/sender/givenNames')}
          />
        </SimpleGrid>
      ) : (
        <TextInput
          mt="xs"
          label={t('contacts.form.name.label')}
          required
          {...field('name', '/sender/name')}
        />
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mt="xs">
        <TextInput label={t('contacts.form.street.label')} {...address('street')} />
        <TextInput label={t('contacts.form.building.label')} {...address('building')} />
        <TextInput
          label={t('contacts.form.postal_code.label')}
          placeholder="00-000"
          inputMode="numeric"
          maxLength={6}
          {...address('postalCode')}
          onBlur={(event) => onChange({ postalCode: formatPostalCode(event.currentTarget.value) })}
        />
        <TextInput label={t('contacts.form.city.label')} required {...address('city')} />
      </SimpleGrid>
      <Group mt="xs">
        <Button variant="subtle" size="compact-sm" onClick={onCancel}>
          {t('correspondence.new_sender.cancel')}
        </Button>
      </Group>
    </Fieldset>
  );
}
