import { Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';

/** The delivery date, marked when it is the e-Doręczenia delivery fiction (not a confirmed receipt). */
export function DeliveryDate({
  deliveredOn,
  deliveryKind,
}: {
  deliveredOn: string | null;
  deliveryKind: 'confirmed' | 'fiction' | null;
}) {
  const t = useT();
  const format = useFormatters();
  if (!deliveredOn) return <>{t('common.none')}</>;
  return (
    <>
      <span className="nowrap">{format.date(deliveredOn)}</span>
      {deliveryKind === 'fiction' && (
        <Text component="span" size="xs" display="block">
          {t('dispatch.delivery.fiction')}
        </Text>
      )}
    </>
  );
}
