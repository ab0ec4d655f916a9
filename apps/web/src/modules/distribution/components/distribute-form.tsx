import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { UnitSelect } from '../../organization/components/unit-select';
import { sortUnitsBySymbol, unitLabel } from '../../organization/org-units.models';
import { orgUnitsQuery } from '../../organization/organization.queries';
import { distributeIncoming } from '../distribution.api';
import { refreshAfterDistributionChange } from '../distribution.queries';
import { useFocusFirstField } from '../use-focus-first-field';

type Errors = { unitId?: string; reason?: string };

/**
 * Distributes an item to a leading unit and units for information; an item already distributed is
 * passed on, which needs a reason (and ends the current decree when the leading unit changes).
 */
export function DistributeForm({ item, onDone }: { item: IncomingItem; onDone: () => void }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const units = sortUnitsBySymbol(useQuery(orgUnitsQuery()).data ?? []);
  const current = item.distribution;
  const [unitId, setUnitId] = useState(current?.leadingUnit.id ?? '');
  const [infoUnitIds, setInfoUnitIds] = useState<string[]>(current?.infoUnits.map((u) => u.id) ?? []);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useFocusFirstField();
  const mutation = useMutation({
    mutationFn: distributeIncoming,
    onSuccess: async (distribution) => {
      notify.success(
        t('distribution.distribute.done', { number: item.rpwNumber, unit: distribution.leadingUnit.symbol }),
      );
      await refreshAfterDistributionChange(queryClient, item.id);
      onDone();
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Errors = {
      unitId: unitId ? undefined : t('distribution.distribute.unit.required'),
      reason: current && reason.trim() === '' ? t('validation.required') : undefined,
    };
    setErrors(next);
    if (next.unitId || next.reason) return;
    mutation.mutate({
      itemId: item.id,
      input: {
        unitId,
        infoUnitIds: infoUnitIds.filter((id) => id !== unitId),
        ...(current ? { reason: reason.trim() } : {}),
      },
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('distribution.distribute.form')}>
      <Stack gap="sm" maw={760}>
        <ErrorAlert error={mutation.error} fieldPaths={['/unitId', '/reason']} />
        <UnitSelect
          label={t('distribution.distribute.unit.label')}
          description={t('distribution.distribute.unit.description')}
          units={units}
          emptyLabel={t('distribution.distribute.unit.choose')}
          required
          value={unitId}
          error={errors.unitId}
          onChange={(event) => {
            setUnitId(event.currentTarget.value);
            setErrors((e) => ({ ...e, unitId: undefined }));
          }}
        />
        <Checkbox.Group
          label={t('distribution.distribute.info_units.label')}
          description={t('distribution.distribute.info_units.description')}
          value={infoUnitIds}
          onChange={setInfoUnitIds}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} mt={6}>
            {units
              .filter((unit) => unit.id !== unitId)
              .map((unit) => (
                <Checkbox key={unit.id} value={unit.id} label={unitLabel(unit)} />
              ))}
          </SimpleGrid>
        </Checkbox.Group>
        {current && (
          <Textarea
            label={t('distribution.distribute.reason.label')}
            description={t('distribution.distribute.reason.description')}
            required
            rows={2}
            value={reason}
            error={errors.reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setErrors((e) => ({ ...e, reason: undefined }));
            }}
          />
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t(current ? 'distribution.distribute.submit_again' : 'distribution.distribute.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
