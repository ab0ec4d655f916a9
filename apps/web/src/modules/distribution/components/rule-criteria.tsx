import { List, Text } from '@mantine/core';
import type { DistributionRule } from '@obieg/contracts/distribution';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import {
  deliveryMethodsQuery,
  dictionaryName,
  documentKindsQuery,
} from '../../correspondence/correspondence.queries';
import { organsQuery } from '../../organization/organization.queries';

/** What a rule matches, in words; a rule without criteria takes every item. */
export function RuleCriteria({ rule }: { rule: DistributionRule }) {
  const t = useT();
  const kinds = useQuery({ ...documentKindsQuery(), retry: false }).data;
  const methods = useQuery({ ...deliveryMethodsQuery(), retry: false }).data;
  const organs = useQuery({ ...organsQuery(), retry: false }).data;
  const criteria: Array<[MessageKey, ReactNode]> = [];
  if (rule.senderContactId)
    criteria.push([
      'distribution.rules.field.sender',
      <AnchorLink key="sender" to="/contacts/$contactId" params={{ contactId: rule.senderContactId }}>
        {t('distribution.rules.sender.open')}
      </AnchorLink>,
    ]);
  if (rule.documentKind)
    criteria.push(['distribution.rules.field.document_kind', dictionaryName(kinds, rule.documentKind)]);
  if (rule.organId)
    criteria.push([
      'distribution.rules.field.organ',
      organs?.find((organ) => organ.id === rule.organId)?.name ?? rule.organId,
    ]);
  if (rule.deliveryMethod)
    criteria.push(['distribution.rules.field.delivery_method', dictionaryName(methods, rule.deliveryMethod)]);
  if (criteria.length === 0) return <Text size="sm">{t('distribution.rules.every_item')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {criteria.map(([label, value]) => (
        <List.Item key={label}>
          <strong>{t(label)}</strong>: {value}
        </List.Item>
      ))}
    </List>
  );
}
