import { Badge, Text } from '@mantine/core';
import type { DispatchItemStatus } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { STATUS_COLORS, STATUS_LABELS } from '../dispatch-labels';

/** The item's state in words (the colour only repeats it), with the channel's own status below. */
export function DispatchStatusBadge({
  status,
  externalStatus,
}: {
  status: DispatchItemStatus;
  externalStatus?: string | null;
}) {
  const t = useT();
  const { color, text } = STATUS_COLORS[status];
  return (
    <>
      <Badge variant="light" color={color} c={text} tt="none" data-dispatch-status={status}>
        {t(STATUS_LABELS[status])}
      </Badge>
      {externalStatus && (
        <Text size="xs" c="dimmed" mt={2}>
          {externalStatus}
        </Text>
      )}
    </>
  );
}
