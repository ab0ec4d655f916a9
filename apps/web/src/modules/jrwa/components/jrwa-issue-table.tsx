import { Table } from '@mantine/core';
import type { JrwaIssue } from '@obieg/contracts/jrwa';
import { useT } from '../../../locales/i18n-context';
import { issueMessage } from '../jrwa-issues';
import { TableScroll } from '../../../shared/ui/table-scroll';

/** Every problem found in an import file, by line, so the administrator can fix the file in one pass. */
export function JrwaIssueTable({ issues, caption }: { issues: readonly JrwaIssue[]; caption: string }) {
  const t = useT();
  return (
    <TableScroll minWidth={480} label={caption}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={90}>
              {t('jrwa.issues.line')}
            </Table.Th>
            <Table.Th scope="col" w={120}>
              {t('jrwa.issues.symbol')}
            </Table.Th>
            <Table.Th scope="col">{t('jrwa.issues.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            <Table.Tr key={`${issue.line}:${issue.code}:${index}`}>
              <Table.Th scope="row" fw={400}>
                {issue.line}
              </Table.Th>
              <Table.Td className="mono">{issue.symbol ?? '—'}</Table.Td>
              <Table.Td>{issueMessage(t, issue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
