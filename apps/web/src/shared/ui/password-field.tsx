import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../../locales/i18n-context';

/** Mantine's PasswordInput with `aria-invalid` on error and a translated visibility toggle. */
export function PasswordField(props: PasswordInputProps) {
  const t = useT();
  return (
    <PasswordInput
      aria-invalid={props.error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('common.password.toggle_visibility') }}
      {...props}
    />
  );
}
