import { createContactInputSchema } from '@obieg/contracts/contacts';
import { registerIncomingInputSchema, type RegisterIncomingInput } from '@obieg/contracts/correspondence';
import type { Translate } from '../../locales/i18n';
import { validateWithSchema, type FieldErrors } from '../../shared/forms/validation';
import {
  REGISTRATION_FIELD_MESSAGES,
  toNewSenderInput,
  toRegisterInput,
  type RegistrationValues,
} from './registration-form.models';

type Result = { ok: true; data: RegisterIncomingInput } | { ok: false; errors: FieldErrors };

/**
 * Checks the form with the shared contract before anything is sent. A new sender is checked on its
 * own (the contract's sender is a union, whose error would not say which field is wrong).
 */
export function validateRegistration({
  values,
  deliveryMethod,
  fileIds,
  t,
}: {
  values: RegistrationValues;
  deliveryMethod: string;
  fileIds: string[];
  t: Translate;
}): Result {
  const errors: FieldErrors = {};
  if (values.newSender) {
    const sender = validateWithSchema({
      schema: createContactInputSchema,
      input: toNewSenderInput(values.newSender),
      t,
      messages: { '/addresses/0/postalCode': 'contacts.form.postal_code.invalid' },
    });
    if (!sender.ok) {
      for (const [pointer, message] of Object.entries(sender.errors)) errors[`/sender${pointer}`] = message;
    }
    // Metadata A2b: the sender's locality is required.
    if (values.newSender.city.trim() === '') errors['/sender/addresses/0/city'] ??= t('validation.required');
  }
  const senderChecked = Object.keys(errors).length > 0;
  const result = validateWithSchema({
    schema: registerIncomingInputSchema,
    input: toRegisterInput(values, { deliveryMethod, fileIds }),
    t,
    messages: REGISTRATION_FIELD_MESSAGES,
  });
  if (!result.ok) {
    for (const [pointer, message] of Object.entries(result.errors)) {
      if (senderChecked && pointer.startsWith('/sender')) continue;
      errors[pointer] ??= message;
    }
  }
  if (Object.keys(errors).length > 0 || !result.ok) return { ok: false, errors };
  return { ok: true, data: result.data };
}
