import { NativeSelect, TextInput } from '@mantine/core';
import type { DictionaryEntry } from '@obieg/contracts/correspondence';
import { useT } from '../../../locales/i18n-context';
import { activeSorted } from '../../correspondence/correspondence.queries';

/**
 * A criterion from an office dictionary (document kind, delivery method). Someone who may not
 * read the dictionary (it needs correspondence access) types the code instead.
 */
export function RuleDictionaryField({
  label,
  entries,
  unavailable,
  value,
  error,
  onChange,
}: {
  label: string;
  entries: readonly DictionaryEntry[] | undefined;
  unavailable: boolean;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  if (unavailable) {
    return (
      <TextInput
        label={label}
        description={t('distribution.rules.field.code.description')}
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        spellCheck={false}
      />
    );
  }
  const options = activeSorted([...(entries ?? [])]).map((entry) => ({
    value: entry.code,
    label: entry.name,
  }));
  // A code no longer offered stays visible, so saving the rule does not change it silently.
  const kept = value && !options.some((option) => option.value === value) ? [{ value, label: value }] : [];
  return (
    <NativeSelect
      label={label}
      data={[{ value: '', label: t('distribution.rules.any') }, ...options, ...kept]}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
