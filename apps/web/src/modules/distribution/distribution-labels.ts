import type { ActorRef, DistributionState, PersonRef } from '@obieg/contracts/distribution';
import type { MessageKey, Translate } from '../../locales/i18n';

export const DISTRIBUTION_STATE_LABELS: Record<DistributionState, MessageKey> = {
  distributed: 'distribution.state.distributed',
  decreed: 'distribution.state.decreed',
  accepted: 'distribution.state.accepted',
  returned: 'distribution.state.returned',
};

/** "Robert Referencki, Inspektor". */
export function personLabel(person: Pick<PersonRef, 'displayName' | 'positionTitle'>): string {
  return person.positionTitle ? `${person.displayName}, ${person.positionTitle}` : person.displayName;
}

/** "Jan Zastępca, Naczelnik (za: Krystyna Kierownicza)"; the system when nobody is named. */
export function actorLabel(t: Translate, actor: ActorRef): string {
  const name = actor.displayName ?? t('distribution.actor.system');
  const base = actor.positionTitle ? `${name}, ${actor.positionTitle}` : name;
  return actor.actingFor
    ? t('distribution.actor.acting_for', {
        name: base,
        absent: actor.actingFor.displayName ?? t('distribution.actor.unknown'),
      })
    : base;
}

export const unitText = (unit: { symbol: string; name: string }) => `${unit.symbol} — ${unit.name}`;
