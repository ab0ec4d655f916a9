import { Button, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { advanceSimulatedClock } from '../simulators.api';

const MAX_DAYS = 60;

/**
 * "Przesuń zegar e-Doręczeń o N dni": moves the e-Doręczenia simulator's clock, so a letter not
 * collected for 14 days becomes delivered by fiction at the next synchronisation.
 */
export function SimulatedClockForm({ onAdvanced }: { onAdvanced: (days: number) => void }) {
  const t = useT();
  const [days, setDays] = useState<number | string>(14);
  const [invalid, setInvalid] = useState(false);
  const mutation = useMutation({
    mutationFn: advanceSimulatedClock,
    onSuccess: (_, advanced) => onAdvanced(advanced),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = typeof days === 'number' ? days : Number(days);
    const valid = Number.isInteger(value) && value >= 1 && value <= MAX_DAYS;
    setInvalid(!valid);
    if (valid) mutation.mutate(value);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="simulated-clock-heading">
      <Title order={3} size="h5" id="simulated-clock-heading">
        {t('integrations.simulators.clock.heading')}
      </Title>
      <Text size="sm">{t('integrations.simulators.clock.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NumberInput
            label={t('integrations.simulators.clock.days')}
            description={t('integrations.simulators.clock.days.description')}
            min={1}
            max={MAX_DAYS}
            step={1}
            allowDecimal={false}
            allowNegative={false}
            value={days}
            error={invalid ? t('integrations.simulators.clock.invalid') : undefined}
            onChange={(value) => {
              setDays(value);
              setInvalid(false);
            }}
            maw={240}
          />
          <ErrorAlert error={mutation.error} />
          <div>
            <Button type="submit" variant="default" loading={mutation.isPending}>
              {t('integrations.simulators.clock.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
