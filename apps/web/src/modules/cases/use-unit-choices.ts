import { useQuery } from '@tanstack/react-query';
import { useMe } from '../auth/auth.queries';
import { unitLabel } from '../organization/org-units.models';
import { orgUnitsQuery } from '../organization/organization.queries';
import { openingUnits } from './case-form.models';

/**
 * The units to choose from in a select, by symbol: the office's directory of units, or — without
 * it (no `organization:read`) — the units of one's own positions. `except` leaves one unit out.
 */
export function useUnitChoices({ enabled = true, except }: { enabled?: boolean; except?: string } = {}) {
  const me = useMe();
  const units = useQuery({ ...orgUnitsQuery(), retry: false, enabled });
  return [...(units.data ?? openingUnits(me))]
    .filter((unit) => unit.id !== except)
    .sort((a, b) => a.symbol.localeCompare(b.symbol, 'pl'))
    .map((unit) => ({ value: unit.id, label: unitLabel(unit) }));
}
