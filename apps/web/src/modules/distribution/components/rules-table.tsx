import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { DistributionRule } from '@obieg/contracts/distribution';
import { useT } from '../../../locales/i18n-context';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { TableScroll } from '../../../shared/ui/table-scroll';
import { unitText } from '../distribution-labels';
import { RuleCriteria } from './rule-criteria';

/**
 * A move button that cannot move (first up, last down) looks and is announced disabled but keeps
 * the focus, so moving a rule to the top by keyboard does not drop the focus to the page.
 */
const stuck = (cannot: boolean) => (cannot ? { 'data-disabled': true, 'aria-disabled': true as const } : {});

/** The rules in the order they are tried, with moving up and down, editing and deleting. */
export function RulesTable({
  rules,
  busy,
  onMove,
  onEdit,
  onDelete,
}: {
  rules: readonly DistributionRule[];
  busy: boolean;
  onMove: (index: number, step: -1 | 1) => void;
  onEdit: (rule: DistributionRule) => void;
  onDelete: (rule: DistributionRule) => void;
}) {
  const t = useT();
  return (
    <TableScroll minWidth={900} label={t('distribution.rules.title')}>
      <Table withTableBorder verticalSpacing="sm" data-testid="rules-table">
        <Table.Caption>{t('distribution.rules.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('distribution.rules.column.order')}</Table.Th>
            <Table.Th scope="col">{t('distribution.rules.column.name')}</Table.Th>
            <Table.Th scope="col">{t('distribution.rules.column.criteria')}</Table.Th>
            <Table.Th scope="col">{t('distribution.rules.column.target')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.length === 0 && <EmptyRow colSpan={5} text={t('distribution.rules.empty')} />}
          {rules.map((rule, index) => (
            <Table.Tr key={rule.id}>
              <Table.Td>{index + 1}.</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {rule.name}
                </Text>
                {!rule.active && (
                  <Badge variant="light" color="gray" size="sm">
                    {t('distribution.rules.inactive')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <RuleCriteria rule={rule} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{unitText(rule.unit)}</Text>
                {rule.infoUnits.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('distribution.rules.info_units', {
                      units: rule.infoUnits.map((u) => u.symbol).join(', '),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    variant="default"
                    size="compact-sm"
                    {...stuck(index === 0)}
                    aria-label={t('distribution.rules.move_up', { name: rule.name })}
                    onClick={() => !busy && index > 0 && onMove(index, -1)}
                  >
                    <span aria-hidden>↑</span>
                  </Button>
                  <Button
                    variant="default"
                    size="compact-sm"
                    {...stuck(index === rules.length - 1)}
                    aria-label={t('distribution.rules.move_down', { name: rule.name })}
                    onClick={() => !busy && index < rules.length - 1 && onMove(index, 1)}
                  >
                    <span aria-hidden>↓</span>
                  </Button>
                  <Button
                    variant="default"
                    size="compact-sm"
                    aria-label={t('distribution.rules.edit', { name: rule.name })}
                    onClick={() => onEdit(rule)}
                  >
                    {t('common.edit')}
                  </Button>
                  <ConfirmButton
                    size="compact-sm"
                    aria-label={t('distribution.rules.delete', { name: rule.name })}
                    title={t('distribution.rules.delete.title', { name: rule.name })}
                    message={t('distribution.rules.delete.text')}
                    confirmLabel={t('distribution.rules.delete.confirm')}
                    onConfirm={() => onDelete(rule)}
                  >
                    {t('distribution.rules.delete.button')}
                  </ConfirmButton>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
