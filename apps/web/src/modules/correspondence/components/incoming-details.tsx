import { Stack, Table, Text } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { formatAddress } from '../../contacts/contact-form.models';
import { organsQuery } from '../../organization/organization.queries';
import { deliveryMethodsQuery, dictionaryName, documentKindsQuery } from '../correspondence.queries';
import { ACCESS_LABELS, DCMI_LABELS } from './incoming-options';

function Senders({ item }: { item: IncomingItem }) {
  const t = useT();
  return (
    <Stack gap={4}>
      {item.senders.map((sender) => (
        <div key={sender.contactId}>
          <AnchorLink to="/contacts/$contactId" params={{ contactId: sender.contactId }} fw={600}>
            {sender.displayName}
          </AnchorLink>
          {sender.address && (
            <Text size="sm">{formatAddress(t, { ...sender.address, terytSimc: null, terytUlic: null })}</Text>
          )}
        </div>
      ))}
    </Stack>
  );
}

/** Metadata part A of an item, read-only, as a two-column table. User text is shown as text. */
export function IncomingDetails({ item }: { item: IncomingItem }) {
  const t = useT();
  const format = useFormatters();
  const methods = useQuery(deliveryMethodsQuery()).data;
  const kinds = useQuery(documentKindsQuery()).data;
  const organs = useQuery({ ...organsQuery(), retry: false }).data;
  const none = t('common.none');
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const scan = item.fullScan
    ? t('correspondence.scan.full')
    : [t('correspondence.scan.lacking'), item.noFullScanReason].filter(Boolean).join(' — ');
  const paper = item.paperOriginal
    ? [item.paperOriginal.store, item.paperOriginal.box].filter(Boolean).join(', ')
    : none;
  const rows: Array<[MessageKey, ReactNode]> = [
    ['correspondence.field.title', item.title],
    ['correspondence.field.senders', <Senders key="senders" item={item} />],
    ['correspondence.field.received_at', format.date(item.receivedAt)],
    ['correspondence.field.registered_at', format.dateTime(item.registeredAt)],
    ['correspondence.field.delivery_method', dictionaryName(methods, item.deliveryMethod)],
    ['correspondence.field.letter_date', item.letterDate ?? none],
    ['correspondence.field.posting_date', item.postingDate ?? none],
    ['correspondence.field.sender_reference', item.senderReference ?? none],
    ['correspondence.field.document_kind', dictionaryName(kinds, item.documentKind) || none],
    [
      'correspondence.field.organ',
      item.organId ? (organs?.find((organ) => organ.id === item.organId)?.name ?? item.organId) : none,
    ],
    ['correspondence.field.access', t(ACCESS_LABELS[item.access])],
    ['correspondence.field.attachments_count', item.attachmentsCount ?? none],
    ['correspondence.field.dcmi_type', t(DCMI_LABELS[item.dcmiType])],
    ['correspondence.field.remarks', item.remarks ?? none],
    ['correspondence.field.paper_original', paper],
    ['correspondence.field.scan', scan],
    ['correspondence.field.not_opened', yesNo(item.notOpened)],
    [
      'correspondence.field.document_id',
      <span key="id" className="mono">
        {item.documentId}
      </span>,
    ],
  ];
  return (
    <Table variant="vertical" withTableBorder data-testid="incoming-details">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={{ base: 130, sm: 220 }}>
              {t(label)}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
