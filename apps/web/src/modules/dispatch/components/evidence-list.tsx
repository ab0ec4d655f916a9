import { Anchor, List, Text } from '@mantine/core';
import type { DispatchEvidence } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { fileContentUrl } from '../../files/file-preview.models';
import { evidenceLabel } from '../dispatch-labels';

/** The proofs of sending and delivery (e-Doręczenia evidence, ePUAP receipts, ZPO scan, the e-mail). */
export function EvidenceList({ evidence }: { evidence: readonly DispatchEvidence[] }) {
  const t = useT();
  const format = useFormatters();
  if (evidence.length === 0) return <>{t('common.none')}</>;
  return (
    <List size="sm" spacing={4} className="plain-list">
      {evidence.map((entry) => {
        const label = evidenceLabel(t, entry.kind);
        return (
          <List.Item key={entry.id}>
            {entry.fileId ? (
              <Anchor
                href={fileContentUrl(entry.fileId, { download: true })}
                download={entry.fileName ?? true}
                size="sm"
                aria-label={t('dispatch.evidence.download', { label, name: entry.fileName ?? entry.kind })}
              >
                {label}
              </Anchor>
            ) : (
              <Text size="sm" component="span">
                {label}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {format.dateTime(entry.eventAt ?? entry.createdAt)}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
