import { Badge, Button, Table, Text } from '@mantine/core';
import type { Template } from '@obieg/contracts/documents';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';

/** The office's letter templates, active first, each with its state and an edit button. */
export function TemplatesTable({
  templates,
  onEdit,
}: {
  templates: readonly Template[];
  onEdit: (template: Template) => void;
}) {
  const t = useT();
  const format = useFormatters();
  const caption = t('documents.templates.caption', { count: templates.length });
  const sorted = [...templates].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'pl'),
  );
  return (
    <TableScroll minWidth={720} label={caption}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="templates-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.templates.column.name')}</Table.Th>
            <Table.Th scope="col">{t('documents.templates.column.state')}</Table.Th>
            <Table.Th scope="col">{t('documents.templates.column.updated')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.length === 0 && <EmptyRow colSpan={4} text={t('documents.templates.empty')} />}
          {sorted.map((template) => (
            <Table.Tr key={template.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {template.name}
                </Text>
                {template.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {template.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={template.active ? 'green' : 'gray'}
                  c={template.active ? '#1b5e20' : '#343a40'}
                  tt="none"
                >
                  {t(template.active ? 'common.active' : 'common.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td className="nowrap">{format.dateTime(template.updatedAt)}</Table.Td>
              <Table.Td>
                <Button
                  variant="default"
                  size="compact-sm"
                  aria-label={t('documents.templates.edit', { name: template.name })}
                  onClick={() => onEdit(template)}
                >
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
