import { Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import type { DispatchEvidence } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { fileContentUrl } from '../../files/file-preview.models';
import { evidenceLabel } from '../dispatch-labels';

/**
 * The proofs of sending and delivery (e-Doręczenia evidence, ePUAP receipts, ZPO scan, the e-mail),
 * each shown by its short code so the table stays readable; the full name, file and time are the
 * link's accessible name and tooltip.
 */
export function EvidenceList({ evidence }: { evidence: readonly DispatchEvidence[] }) {
  const t = useT();
  const format = useFormatters();
  if (evidence.length === 0) return <>{t('common.none')}</>;
  return (
    <Group gap={6} component="ul" className="plain-list" style={{ padding: 0, margin: 0 }}>
      {evidence.map((entry) => {
        const label = evidenceLabel(t, entry.kind);
        const when = format.dateTime(entry.eventAt ?? entry.createdAt);
        // The name starts with the visible code (WCAG 2.5.3), then says what and when.
        const full = `${entry.kind}: ${t('dispatch.evidence.download', { label, name: entry.fileName ?? entry.kind })}, ${when}`;
        return (
          <li key={entry.id}>
            {entry.fileId ? (
              <Anchor
                href={fileContentUrl(entry.fileId, { download: true })}
                download={entry.fileName ?? true}
                size="sm"
                className="mono"
                aria-label={full}
                title={full}
              >
                {entry.kind}
              </Anchor>
            ) : (
              <Text size="sm" component="span" className="mono" title={`${label}, ${when}`}>
                {entry.kind}
                <VisuallyHidden>{`: ${label}, ${when}`}</VisuallyHidden>
              </Text>
            )}
          </li>
        );
      })}
    </Group>
  );
}
