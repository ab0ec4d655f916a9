import { Badge } from '@mantine/core';
import type { DocumentStatus } from '@obieg/contracts/documents';
import { useT } from '../../../locales/i18n-context';
import { DOCUMENT_STATUS_COLORS, DOCUMENT_STATUS_LABELS, DOCUMENT_STATUS_TEXT } from '../document-labels';

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const t = useT();
  return (
    <Badge
      variant="light"
      color={DOCUMENT_STATUS_COLORS[status]}
      c={DOCUMENT_STATUS_TEXT[status]}
      tt="none"
      data-document-status={status}
    >
      {t(DOCUMENT_STATUS_LABELS[status])}
    </Badge>
  );
}
