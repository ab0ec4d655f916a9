import type {
  CreateDistributionRuleInput,
  DistributionRule,
  UpdateDistributionRuleInput,
} from '@obieg/contracts/distribution';

export type RuleValues = {
  name: string;
  active: boolean;
  senderContactId: string | null;
  documentKind: string;
  organId: string;
  deliveryMethod: string;
  unitId: string;
  infoUnitIds: string[];
};

export const RULE_FIELD_PATHS = [
  '/name',
  '/senderContactId',
  '/documentKind',
  '/organId',
  '/deliveryMethod',
  '/unitId',
];

export const blankRule = (): RuleValues => ({
  name: '',
  active: true,
  senderContactId: null,
  documentKind: '',
  organId: '',
  deliveryMethod: '',
  unitId: '',
  infoUnitIds: [],
});

export const ruleValues = (rule: DistributionRule): RuleValues => ({
  name: rule.name,
  active: rule.active,
  senderContactId: rule.senderContactId,
  documentKind: rule.documentKind ?? '',
  organId: rule.organId ?? '',
  deliveryMethod: rule.deliveryMethod ?? '',
  unitId: rule.unit.id,
  infoUnitIds: rule.infoUnits.map((unit) => unit.id),
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function fields(values: RuleValues) {
  return {
    name: values.name.trim(),
    active: values.active,
    senderContactId: values.senderContactId,
    documentKind: orNull(values.documentKind),
    organId: orNull(values.organId),
    deliveryMethod: orNull(values.deliveryMethod),
    unitId: values.unitId,
    infoUnitIds: values.infoUnitIds.filter((id) => id !== values.unitId),
  };
}

/** A new rule goes last: after every rule there is (lower priority numbers are tried first). */
export function toCreateInput(
  values: RuleValues,
  rules: readonly DistributionRule[],
): CreateDistributionRuleInput {
  const last = Math.max(0, ...rules.map((rule) => rule.priority));
  return { ...fields(values), priority: Math.min(1_000_000, last + 10) };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only the fields that changed, with the version read (a stale one is refused: 409). */
export function toUpdateInput(values: RuleValues, rule: DistributionRule): UpdateDistributionRuleInput {
  const next = fields(values);
  const before = fields(ruleValues(rule));
  const changed: Partial<typeof next> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    const a = next[key];
    const b = before[key];
    const same = Array.isArray(a) && Array.isArray(b) ? sameIds(a, b) : a === b;
    if (!same) Object.assign(changed, { [key]: a });
  }
  return { version: rule.version, ...changed };
}

/**
 * The rules renumbered 10, 20, 30 … in the given order: the changes needed to move one rule up
 * or down (only rules whose priority changes are sent).
 */
export function reprioritize(
  ordered: readonly DistributionRule[],
): { rule: DistributionRule; priority: number }[] {
  return ordered.flatMap((rule, index) => {
    const priority = (index + 1) * 10;
    return rule.priority === priority ? [] : [{ rule, priority }];
  });
}

/** The list with the rule at `index` swapped with its neighbour above (-1) or below (+1). */
export function moveRule<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
