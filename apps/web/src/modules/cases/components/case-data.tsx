import { Button, Group, Stack, Table } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { ACCESS_LABELS } from '../../correspondence/components/incoming-options';
import { personLabel, unitText } from '../../distribution/distribution-labels';
import { SETTLEMENT_LABELS } from '../case-labels';
import { EditCaseDialog } from './edit-case-dialog';

/**
 * The case's metadata as a two-column table (its status is beside the heading); a closed case adds
 * its settlement. A handler changes the data of a case in progress in a dialog.
 */
export function CaseData({ item, canEdit }: { item: Case; canEdit: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  // Each opening starts the form from the case as it is now; so does a reload after a conflict,
  // once the case read again (its new version) is here.
  const [form, setForm] = useState({ count: 0, version: item.version, reloading: false });
  if (form.reloading && item.version !== form.version)
    setForm({ count: form.count + 1, version: item.version, reloading: false });
  const format = useFormatters();
  const none = t('common.none');
  const rows: Array<[MessageKey, ReactNode]> = [
    ['cases.field.title', item.title],
    ['cases.field.unit', unitText(item.unit)],
    [
      'cases.field.jrwa',
      <span key="jrwa">
        <span className="mono">{item.jrwa.symbol}</span> — {item.jrwa.title}
      </span>,
    ],
    ['cases.field.handler', personLabel(item.handler)],
    [
      'cases.field.parties',
      item.parties.length === 0 ? (
        t('cases.field.parties.none')
      ) : (
        <Stack key="parties" gap={2}>
          {item.parties.map((party) => (
            <AnchorLink
              key={party.contactId}
              to="/contacts/$contactId"
              params={{ contactId: party.contactId }}
            >
              {party.displayName}
            </AnchorLink>
          ))}
        </Stack>
      ),
    ],
    ['cases.field.opened_at', format.dateTime(item.openedAt)],
    [
      'cases.field.initiating',
      item.initiatingIncoming ? (
        <span key="initiating">
          <AnchorLink to="/incoming/$id" params={{ id: item.initiatingIncoming.id }} className="mono">
            {item.initiatingIncoming.rpwNumber}
          </AnchorLink>{' '}
          {t('cases.field.initiating.received', { date: format.date(item.initiatingIncoming.receivedAt) })}
        </span>
      ) : (
        t('cases.field.initiating.own')
      ),
    ],
    ['cases.field.access', t(ACCESS_LABELS[item.access])],
  ];
  if (item.description) rows.splice(1, 0, ['cases.field.description', item.description]);
  if (item.status === 'closed') {
    rows.push(
      ['cases.field.settlement', item.settlement ? t(SETTLEMENT_LABELS[item.settlement]) : none],
      ['cases.field.settled_on', format.date(item.settledOn)],
      ['cases.field.closing_note', item.closingNote ?? none],
    );
  }
  const editable = canEdit && item.status !== 'closed';
  return (
    <Stack gap="sm">
      <Table variant="vertical" withTableBorder data-testid="case-data">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={{ base: 120, sm: 200 }}>
                {t(label)}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editable && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setForm({ count: form.count + 1, version: item.version, reloading: false });
              setEditing(true);
            }}
          >
            {t('cases.edit.button')}
          </Button>
        </Group>
      )}
      {editable && (
        <EditCaseDialog
          key={form.count}
          item={item}
          opened={editing}
          onClose={() => setEditing(false)}
          onReload={() => setForm((current) => ({ ...current, reloading: true }))}
        />
      )}
    </Stack>
  );
}
