import { Text } from '@mantine/core';
import type { DispatchItemStatus } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { WholeBadge } from '../../../shared/ui/whole-badge';
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
  const label = t(STATUS_LABELS[status]);
  return (
    <>
      <WholeBadge variant="light" color={color} c={text} tt="none" data-dispatch-status={status}>
        {label}
      </WholeBadge>
      {externalStatus && externalStatus.toLowerCase() !== label.toLowerCase() && (
        <Text size="xs" c="dimmed" mt={2}>
          {externalStatus}
        </Text>
      )}
    </>
  );
}
