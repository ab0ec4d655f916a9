import { Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { useT } from '../../locales/i18n-context';
import { AnchorLink } from '../../shared/ui/anchor-link';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('layout.not_found.title'));
  return (
    <Container size="sm" py="xl">
      <main id="main">
        <Stack>
          <Title order={1}>{t('layout.not_found.title')}</Title>
          <Text>{t('layout.not_found.text')}</Text>
          <AnchorLink to="/">{t('layout.not_found.home')}</AnchorLink>
        </Stack>
      </main>
    </Container>
  );
}
