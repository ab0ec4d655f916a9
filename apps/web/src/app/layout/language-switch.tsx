import { NativeSelect } from '@mantine/core';
import { isLanguage } from '../../locales/i18n';
import { useI18n } from '../../locales/i18n-context';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <NativeSelect
      label={t('layout.language.label')}
      size="xs"
      value={language}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) setLanguage(next);
      }}
      data={[
        { value: 'pl', label: 'Polski' },
        { value: 'en', label: 'English' },
      ]}
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { whiteSpace: 'nowrap' } }}
    />
  );
}
