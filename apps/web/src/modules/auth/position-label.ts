import type { PositionSummary } from '@obieg/contracts/auth';
import type { Translate } from '../../locales/i18n';

/** "Inspektor, OR" or, for a substitution, "Kierownik, FN (za: Anna Nowak)". */
export function positionLabel(t: Translate, position: PositionSummary): string {
  const base = `${position.title}, ${position.orgUnitSymbol}`;
  return position.actingFor
    ? `${base} (${t('auth.position.acting_for', { name: position.actingFor.displayName })})`
    : base;
}
