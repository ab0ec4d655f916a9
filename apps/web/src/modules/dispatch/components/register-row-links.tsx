import { Text } from '@mantine/core';
import type { RegisterRow } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { useCan } from '../../auth/auth.queries';

/**
 * The case mark of a register row, a link to the case for those who may open cases (the
 * registry clerk without `cases:read` sees the mark only).
 */
export function RowCaseLink({ row }: { row: Pick<RegisterRow, 'caseId' | 'caseSign'> }) {
  const t = useT();
  const can = useCan();
  if (!row.caseSign) return <>{t('common.none')}</>;
  if (!row.caseId || !can('cases:read')) return <>{row.caseSign}</>;
  return (
    <AnchorLink to="/cases/$id" params={{ id: row.caseId }} size="sm" className="mono nowrap">
      {row.caseSign}
    </AnchorLink>
  );
}

/** The letter of a register row, a link to the document for those who may open documents. */
export function RowDocumentLink({ row }: { row: Pick<RegisterRow, 'documentId' | 'documentTitle'> }) {
  const can = useCan();
  if (!(can('cases:read') || can('drafts:approve') || can('drafts:sign'))) {
    return (
      <Text size="sm" lineClamp={2}>
        {row.documentTitle}
      </Text>
    );
  }
  return (
    <AnchorLink to="/documents/$documentId" params={{ documentId: row.documentId }} size="sm" lineClamp={2}>
      {row.documentTitle}
    </AnchorLink>
  );
}
