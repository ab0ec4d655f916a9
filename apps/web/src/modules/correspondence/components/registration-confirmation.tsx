import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { labelUrl, receiptUrl } from '../correspondence.api';
import type { LabelState, Registered } from '../use-registration-form';

const LABEL_MESSAGES = {
  none: null,
  printing: 'correspondence.confirmation.label_printing',
  printed: 'correspondence.confirmation.label_printed',
  not_printed: 'correspondence.confirmation.label_not_printed',
  failed: 'correspondence.confirmation.label_failed',
} as const satisfies Record<LabelState, string | null>;

/**
 * "Registered RPW/12/2026": a polite live region that exists before the first save, so screen
 * readers announce each number; the focus stays on the next blank form.
 */
export function RegistrationConfirmation({
  last,
  onPrint,
}: {
  last: Registered | undefined;
  onPrint: (item: IncomingItem) => void;
}) {
  const t = useT();
  const labelMessage = last ? LABEL_MESSAGES[last.label] : null;
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid="registration-confirmation">
      {last && (
        <Paper withBorder p="sm" className="registration-confirmation">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <div style={{ minWidth: 0 }}>
              <Text fw={700} size="lg">
                {t('correspondence.confirmation.registered', { number: last.item.rpwNumber })}
              </Text>
              <Text size="sm" lineClamp={1}>
                {last.item.title}
              </Text>
              {labelMessage && (
                <Text size="sm" c={last.label === 'failed' ? 'var(--mantine-color-error)' : undefined}>
                  {t(labelMessage)}
                </Text>
              )}
            </div>
            <Group gap="xs">
              <AnchorLink to="/incoming/$id" params={{ id: last.item.id }} size="sm" fw={600}>
                {t('correspondence.confirmation.open', { number: last.item.rpwNumber })}
              </AnchorLink>
              <Button variant="default" size="compact-sm" onClick={() => onPrint(last.item)}>
                {t('correspondence.actions.print_label')}
              </Button>
              <Anchor href={labelUrl(last.item.id)} target="_blank" rel="noopener" size="sm">
                {t('correspondence.actions.label_pdf')}
              </Anchor>
              <Anchor href={receiptUrl(last.item.id)} target="_blank" rel="noopener" size="sm">
                {t('correspondence.actions.receipt_pdf')}
              </Anchor>
            </Group>
          </Group>
        </Paper>
      )}
    </div>
  );
}
