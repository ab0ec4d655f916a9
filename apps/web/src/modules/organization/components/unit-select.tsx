import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import type { OrgUnit } from '@obieg/contracts/organization';
import { sortUnitsBySymbol, unitLabel } from '../org-units.models';

/** A native select of units (type-ahead works by symbol); `emptyLabel` adds a "none" option. */
export function UnitSelect({
  units,
  exclude,
  emptyLabel,
  ...props
}: Omit<NativeSelectProps, 'data'> & {
  units: readonly OrgUnit[];
  exclude?: ReadonlySet<string>;
  emptyLabel?: string;
}) {
  const options = sortUnitsBySymbol(units)
    .filter((unit) => !exclude?.has(unit.id))
    .map((unit) => ({ value: unit.id, label: unitLabel(unit) }));
  return (
    <NativeSelect
      {...props}
      data={emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options]}
    />
  );
}
