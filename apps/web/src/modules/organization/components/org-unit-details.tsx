import { Badge, Group, Table } from '@mantine/core';
import type { OrgUnit } from '@obieg/contracts/organization';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { unitLabel } from '../org-units.models';

/** Read-only view of a unit for users who may see but not change the structure. */
export function OrgUnitDetails({ unit, units }: { unit: OrgUnit; units: readonly OrgUnit[] }) {
  const t = useT();
  const format = useFormatters();
  const parent = units.find((candidate) => candidate.id === unit.parentId);
  const rows: Array<[string, string]> = [
    [t('organization.units.symbol.label'), unit.symbol],
    [t('organization.units.name.label'), unit.name],
    [t('organization.units.parent.label'), parent ? unitLabel(parent) : t('organization.units.parent.none')],
    [t('common.valid_from'), format.date(unit.validFrom)],
    [t('common.valid_to'), unit.validTo ? format.date(unit.validTo) : t('organization.units.valid_to.open')],
  ];
  return (
    <>
      <Group>
        <Badge variant="light" color={unit.active ? 'blue' : 'gray'}>
          {unit.active ? t('common.active') : t('common.inactive')}
        </Badge>
      </Group>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={200}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
