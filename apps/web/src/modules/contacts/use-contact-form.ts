import type { ChangeEvent } from 'react';
import { useFormState } from '../../shared/forms/use-form-state';
import type { AddressValues, ContactFormValues } from './contact-form.models';
import { emptyAddress } from './contact-form.models';

type ListName = 'emails' | 'phones';

/** The contact form's state: `useFormState` plus the address, e-mail and phone rows. */
export function useContactForm(initialValues: ContactFormValues) {
  const form = useFormState<ContactFormValues>(initialValues);
  const { setValues, setErrors, errors } = form;

  /** Clears the errors of one field, or of a whole row list after rows moved. */
  const clearErrors = (prefix: string, exact = true) =>
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([path]) =>
          exact ? path !== prefix : path !== prefix && !path.startsWith(`${prefix}/`),
        ),
      ),
    );

  const addressProps = (index: number, field: keyof AddressValues) => {
    const pointer = `/addresses/${index}/${field}`;
    return {
      value: form.values.addresses[index]?.[field] ?? '',
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const value = event.currentTarget.value;
        setValues((current) => ({
          ...current,
          addresses: current.addresses.map((address, i) =>
            i === index ? { ...address, [field]: value } : address,
          ),
        }));
        clearErrors(pointer);
      },
      error: errors[pointer],
    };
  };

  const addAddress = () =>
    setValues((current) => ({ ...current, addresses: [...current.addresses, emptyAddress()] }));
  const removeAddress = (index: number) => {
    setValues((current) => ({ ...current, addresses: current.addresses.filter((_a, i) => i !== index) }));
    clearErrors('/addresses', false);
  };

  const itemProps = (list: ListName, index: number) => {
    const pointer = `/${list}/${index}`;
    return {
      value: form.values[list][index] ?? '',
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const value = event.currentTarget.value;
        setValues((current) => ({
          ...current,
          [list]: current[list].map((item, i) => (i === index ? value : item)),
        }));
        clearErrors(pointer);
      },
      error: errors[pointer],
    };
  };
  const addItem = (list: ListName) =>
    setValues((current) => ({ ...current, [list]: [...current[list], ''] }));
  const removeItem = (list: ListName, index: number) => {
    setValues((current) => ({ ...current, [list]: current[list].filter((_item, i) => i !== index) }));
    clearErrors(`/${list}`, false);
  };

  return { ...form, addressProps, addAddress, removeAddress, itemProps, addItem, removeItem };
}

export type ContactForm = ReturnType<typeof useContactForm>;
