import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { DistributionRule } from '@obieg/contracts/distribution';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import type { FieldErrors } from '../../../shared/forms/validation';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { deliveryMethodsQuery, documentKindsQuery } from '../../correspondence/correspondence.queries';
import { UnitSelect } from '../../organization/components/unit-select';
import { sortUnitsBySymbol, unitLabel } from '../../organization/org-units.models';
import { organsQuery, orgUnitsQuery } from '../../organization/organization.queries';
import { apiFieldErrors } from '../api-field-errors';
import { createDistributionRule, updateDistributionRule } from '../distribution.api';
import { distributionKeys } from '../distribution.queries';
import {
  blankRule,
  RULE_FIELD_PATHS,
  ruleValues,
  toCreateInput,
  toUpdateInput,
  type RuleValues,
} from '../rule-form.models';
import { useFocusFirstField } from '../use-focus-first-field';
import { useFocusInvalid } from '../use-focus-invalid';
import { RuleDictionaryField } from './rule-dictionary-field';
import { RuleSenderField } from './rule-sender-field';

/** Adds a rule (it goes last) or changes one: criteria — all given must match — and the units. */
export function RuleForm({
  rule,
  rules,
  onDone,
}: {
  rule: DistributionRule | null;
  rules: readonly DistributionRule[];
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const units = sortUnitsBySymbol(useQuery(orgUnitsQuery()).data ?? []);
  const organs = useQuery({ ...organsQuery(), retry: false }).data ?? [];
  const kinds = useQuery({ ...documentKindsQuery(), retry: false });
  const methods = useQuery({ ...deliveryMethodsQuery(), retry: false });
  const [values, setValues] = useState<RuleValues>(() => (rule ? ruleValues(rule) : blankRule()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useFocusFirstField();
  const focusInvalid = useFocusInvalid(formRef, errors);
  const set = <K extends keyof RuleValues>(name: K, value: RuleValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors(({ [`/${name}`]: _gone, ...rest }) => rest);
  };

  const mutation = useMutation({
    mutationFn: (current: RuleValues) =>
      rule
        ? updateDistributionRule({ id: rule.id, input: toUpdateInput(current, rule) })
        : createDistributionRule(toCreateInput(current, rules)),
    onSuccess: async (saved) => {
      notify.success(
        t(rule ? 'distribution.rules.saved' : 'distribution.rules.created', { name: saved.name }),
      );
      await queryClient.invalidateQueries({ queryKey: distributionKeys.rules });
      onDone();
    },
    onError: (error) => {
      setErrors(apiFieldErrors(t, error));
      void queryClient.invalidateQueries({ queryKey: distributionKeys.rules });
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (values.name.trim() === '') next['/name'] = t('validation.required');
    if (!values.unitId) next['/unitId'] = t('distribution.distribute.unit.required');
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusInvalid();
      return;
    }
    mutation.mutate(values);
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={t(rule ? 'distribution.rules.edit.form' : 'distribution.rules.new.form')}
    >
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} fieldPaths={RULE_FIELD_PATHS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('distribution.rules.field.name')}
            description={t('distribution.rules.field.name.description')}
            required
            value={values.name}
            error={errors['/name']}
            onChange={(event) => set('name', event.currentTarget.value)}
          />
          <Checkbox
            label={t('distribution.rules.field.active')}
            description={t('distribution.rules.field.active.description')}
            checked={values.active}
            onChange={(event) => set('active', event.currentTarget.checked)}
            mt={{ sm: 'xl' }}
          />
        </SimpleGrid>
        <Fieldset legend={t('distribution.rules.criteria')}>
          <Stack gap="sm">
            <RuleSenderField
              value={values.senderContactId}
              error={errors['/senderContactId']}
              onChange={(id) => set('senderContactId', id)}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <RuleDictionaryField
                label={t('distribution.rules.field.document_kind')}
                entries={kinds.data}
                unavailable={Boolean(kinds.error)}
                value={values.documentKind}
                error={errors['/documentKind']}
                onChange={(value) => set('documentKind', value)}
              />
              <NativeSelect
                label={t('distribution.rules.field.organ')}
                data={[
                  { value: '', label: t('distribution.rules.any') },
                  ...organs.map((organ) => ({ value: organ.id, label: organ.name })),
                ]}
                value={values.organId}
                error={errors['/organId']}
                onChange={(event) => set('organId', event.currentTarget.value)}
              />
              <RuleDictionaryField
                label={t('distribution.rules.field.delivery_method')}
                entries={methods.data}
                unavailable={Boolean(methods.error)}
                value={values.deliveryMethod}
                error={errors['/deliveryMethod']}
                onChange={(value) => set('deliveryMethod', value)}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('distribution.rules.target')}>
          <Stack gap="sm">
            <UnitSelect
              label={t('distribution.distribute.unit.label')}
              units={units}
              emptyLabel={t('distribution.distribute.unit.choose')}
              required
              value={values.unitId}
              error={errors['/unitId']}
              onChange={(event) => set('unitId', event.currentTarget.value)}
            />
            <Checkbox.Group
              label={t('distribution.distribute.info_units.label')}
              value={values.infoUnitIds}
              onChange={(ids) => set('infoUnitIds', ids)}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} mt={6}>
                {units
                  .filter((unit) => unit.id !== values.unitId)
                  .map((unit) => (
                    <Checkbox key={unit.id} value={unit.id} label={unitLabel(unit)} />
                  ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t(rule ? 'common.save' : 'distribution.rules.new.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
