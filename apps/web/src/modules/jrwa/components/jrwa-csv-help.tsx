import { Code, List, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';

const EXAMPLE = [
  'symbol;haslo;kategoria;kategoria_inna;uwagi',
  '0;Zarządzanie;;;',
  '00;Organy gminy;;;',
  '000;Wybory organów gminy;A;;',
  '001;Sesje rady gminy;A;;',
  '01;Organizacja urzędu;;;',
  '010;Regulamin organizacyjny;A;;',
  '011;Upoważnienia i pełnomocnictwa;A;;"Wydane przez wójta"',
].join('\n');

export function JrwaCsvHelp() {
  const t = useT();
  return (
    <Stack gap="xs" component="section" aria-labelledby="jrwa-csv-help-heading">
      <Title order={2} size="h4" id="jrwa-csv-help-heading">
        {t('jrwa.import.help.heading')}
      </Title>
      <Text>{t('jrwa.import.help.intro')}</Text>
      <List spacing={4}>
        <List.Item>{t('jrwa.import.help.encoding')}</List.Item>
        <List.Item>{t('jrwa.import.help.header')}</List.Item>
        <List.Item>{t('jrwa.import.help.symbol')}</List.Item>
        <List.Item>{t('jrwa.import.help.category')}</List.Item>
        <List.Item>{t('jrwa.import.help.category_other')}</List.Item>
        <List.Item>{t('jrwa.import.help.children')}</List.Item>
        <List.Item>{t('jrwa.import.help.quotes')}</List.Item>
        <List.Item>{t('jrwa.import.help.xml')}</List.Item>
      </List>
      <Text fw={600} mt="xs">
        {t('jrwa.import.help.example')}
      </Text>
      <Code block lang="csv">
        {EXAMPLE}
      </Code>
    </Stack>
  );
}
