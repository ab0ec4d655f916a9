import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';

/** The secret is shown once: copy it now, it cannot be read again. */
export function CreatedTokenAlert({
  name,
  token,
  onDismiss,
}: {
  name: string;
  token: string;
  onDismiss: () => void;
}) {
  const t = useT();
  return (
    <Alert color="red" variant="light" title={t('api_tokens.created.title', { name })} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('api_tokens.created.warning')}</Text>
        <Code
          block
          data-testid="created-api-token"
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
        >
          {token}
        </Code>
        <Group>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
                {copied ? t('common.copied') : t('api_tokens.created.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDismiss}>
            {t('api_tokens.created.dismiss')}
          </Button>
        </Group>
        <Text size="sm">{t('api_tokens.created.usage')}</Text>
      </Stack>
    </Alert>
  );
}
