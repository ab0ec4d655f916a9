import { useCallback, useState, type ChangeEvent } from 'react';
import { isApiError } from '../../app/api-error';
import type { Translate } from '../../locales/i18n';
import { fieldErrorsFromApi, type FieldErrors, type FieldMessages } from './validation';

type TextValues = Record<string, unknown>;

/** Minimal form state: values, JSON-Pointer keyed errors and props for Mantine text inputs. */
export function useFormState<V extends TextValues>(initialValues: V) {
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});

  const setValue = useCallback(<K extends keyof V & string>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => {
      if (!(`/${name}` in current)) return current;
      const { [`/${name}`]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const textProps = <K extends keyof V & string>(name: K, pointer = `/${name}`) => ({
    value: String(values[name] ?? ''),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValue(name, event.currentTarget.value as V[K]),
    error: errors[pointer],
  });

  /** Puts the API's per-field errors next to their fields; returns whether any matched. */
  const applyApiError = (error: unknown, t: Translate, messages?: FieldMessages): boolean => {
    if (!isApiError(error) || error.errors.length === 0) return false;
    setErrors(fieldErrorsFromApi({ error, t, messages }));
    return true;
  };

  const reset = (next: V = initialValues) => {
    setValues(next);
    setErrors({});
  };

  return { values, setValues, setValue, errors, setErrors, textProps, applyApiError, reset };
}
