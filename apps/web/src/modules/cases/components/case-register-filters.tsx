import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useMe } from '../../auth/auth.queries';
import { jrwaClassesQuery } from '../../jrwa/jrwa.queries';
import { openingUnits } from '../case-form.models';
import {
  registerValueErrors,
  registerValues,
  toCaseRegisterSearch,
  type CaseRegisterSearch,
  type CaseRegisterValues,
  type RegisterPeriod,
  type RegisterValueError,
} from '../case-register.models';
import { caseYears } from '../case-search.models';
import { useUnitChoices } from '../use-unit-choices';
import { JrwaClassCombobox } from './jrwa-class-combobox';

const ERROR_TEXT: Record<RegisterValueError, MessageKey> = {
  required: 'validation.required',
  jrwa_required: 'cases.form.jrwa.required',
  to_before_from: 'cases.register.to_before_from',
};

/**
 * The register's choice: the leading unit (one's own first), a JRWA class of any level, and a year
 * or a range of opening dates; sent as a whole ("Pokaż spis spraw"), so the address changes once.
 */
export function CaseRegisterFilters({
  search,
  onSubmit,
}: {
  search: CaseRegisterSearch;
  onSubmit: (next: CaseRegisterSearch) => void;
}) {
  const t = useT();
  const me = useMe();
  const own = openingUnits(me);
  const unitChoices = useUnitChoices();
  const classes = useQuery(jrwaClassesQuery({}));
  const currentYear = Number(todayInOffice().slice(0, 4));
  const defaults = { unitId: own[0]?.id ?? '', year: currentYear };
  const [values, setValues] = useState<CaseRegisterValues>(() => registerValues(search, defaults));
  const [errors, setErrors] = useState<ReturnType<typeof registerValueErrors>>({});
  // A new address (this form's choice, or back and forward) fills the form in again; the form
  // stays mounted, so the focus stays on its button.
  const searchKey = JSON.stringify(search);
  const [known, setKnown] = useState(searchKey);
  if (known !== searchKey) {
    setKnown(searchKey);
    setValues(registerValues(search, defaults));
    setErrors({});
  }
  const set = (patch: Partial<CaseRegisterValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const error = (name: keyof CaseRegisterValues) => {
    const code = errors[name];
    return code ? t(ERROR_TEXT[code]) : undefined;
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = registerValueErrors(values);
    setErrors(next);
    if (Object.keys(next).length === 0) onSubmit(toCaseRegisterSearch(values));
  };

  return (
    <form role="search" aria-label={t('cases.register.filters.label')} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
          <NativeSelect
            label={t('cases.register.unit.label')}
            required
            data={[{ value: '', label: t('cases.shares.unit.choose') }, ...unitChoices]}
            value={values.unitId}
            error={error('unitId')}
            onChange={(event) => set({ unitId: event.currentTarget.value })}
          />
          {classes.error ? (
            <ErrorAlert error={classes.error} />
          ) : classes.data ? (
            <JrwaClassCombobox
              key={search.jrwaSymbol ?? ''}
              classes={classes.data.items}
              value={values.jrwaSymbol}
              onChange={(jrwaSymbol) => set({ jrwaSymbol })}
              label={t('cases.register.jrwa.label')}
              description={t('cases.register.jrwa.description')}
              error={error('jrwaSymbol')}
              chosenText={(chosen) =>
                t(chosen.final ? 'cases.register.jrwa.chosen_final' : 'cases.register.jrwa.chosen_group', {
                  symbol: chosen.symbol,
                })
              }
            />
          ) : (
            <LoadingState />
          )}
        </SimpleGrid>
        <Radio.Group
          label={t('cases.register.period.label')}
          value={values.period}
          onChange={(period) => set({ period: period as RegisterPeriod })}
        >
          <Group gap="md" mt={6}>
            <Radio value="year" label={t('cases.register.period.year')} />
            <Radio value="range" label={t('cases.register.period.range')} />
          </Group>
        </Radio.Group>
        {values.period === 'year' ? (
          <NativeSelect
            label={t('cases.register.year.label')}
            description={t('cases.register.year.description')}
            required
            value={values.year}
            error={error('year')}
            onChange={(event) => set({ year: event.currentTarget.value })}
            data={caseYears(currentYear).map(String)}
            maw={240}
          />
        ) : (
          <Group gap="sm" align="flex-start">
            <TextInput
              type="date"
              label={t('cases.register.from.label')}
              required
              value={values.from}
              error={error('from')}
              onChange={(event) => set({ from: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('cases.register.to.label')}
              required
              min={values.from || undefined}
              value={values.to}
              error={error('to')}
              onChange={(event) => set({ to: event.currentTarget.value })}
            />
          </Group>
        )}
        <Group>
          <Button type="submit">{t('cases.register.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
