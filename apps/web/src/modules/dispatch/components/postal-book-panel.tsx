import { Anchor, List, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { elektronicznyNadawcaUrl, postalBookUrl } from '../dispatch.api';

/**
 * "Książka nadawcza": the registered letters posted on a day, as the printed postal book (PDF, to
 * be stamped at the post office) and as the file for Poczta Polska's Elektroniczny Nadawca.
 */
export function PostalBookPanel({
  date,
  onDate,
}: {
  date?: string;
  onDate: (date: string | undefined) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const day = date ?? todayInOffice();
  return (
    <Stack gap="md" maw={720}>
      <Text size="sm">{t('dispatch.postal_book.intro')}</Text>
      <TextInput
        type="date"
        label={t('dispatch.postal_book.date')}
        required
        value={day}
        onChange={(event) => onDate(event.currentTarget.value || undefined)}
        maw={220}
      />
      <List spacing="xs" aria-label={t('dispatch.postal_book.files', { date: format.date(day) })}>
        <List.Item>
          <Anchor href={postalBookUrl(day)} target="_blank" rel="noopener" fw={600}>
            {t('dispatch.postal_book.pdf', { date: format.date(day) })}{' '}
            <VisuallyHidden>{t('dispatch.new_tab')}</VisuallyHidden>
          </Anchor>
        </List.Item>
        <List.Item>
          <Anchor href={elektronicznyNadawcaUrl(day)} download fw={600}>
            {t('dispatch.postal_book.en', { date: format.date(day) })}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('dispatch.postal_book.en.description')}
          </Text>
        </List.Item>
      </List>
    </Stack>
  );
}
