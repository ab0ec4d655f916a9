import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { EmptyRow } from '../../../shared/ui/empty-row';
import { LINK_RELATION_LABELS } from '../case-labels';
import { LinkCaseDialog } from './link-case-dialog';

/**
 * Related cases (sprawy powiązane): how each is related to this one, its znak as a link and its
 * title; a handler links another case found by its znak or title.
 */
export function CaseLinksPanel({ item, canHandle }: { item: Case; canHandle: boolean }) {
  const t = useT();
  // Each opening starts the dialog afresh (no search or choice left from the last time).
  const [opening, setOpening] = useState(0);
  const [opened, setOpened] = useState(false);
  const caption = t('cases.links.caption', { count: item.links.length });
  return (
    <Stack gap="sm">
      {canHandle && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setOpening((n) => n + 1);
              setOpened(true);
            }}
          >
            {t('cases.links.add')}
          </Button>
        </Group>
      )}
      <Table striped withTableBorder verticalSpacing="xs" data-testid="case-links">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.links.column.relation')}</Table.Th>
            <Table.Th scope="col">{t('cases.links.column.sign')}</Table.Th>
            <Table.Th scope="col">{t('cases.links.column.title')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {item.links.length === 0 && <EmptyRow colSpan={3} text={t('cases.links.empty')} />}
          {item.links.map((link) => (
            <Table.Tr key={`${link.direction}-${link.kind}-${link.case.id}`}>
              <Table.Td>{t(LINK_RELATION_LABELS[link.kind][link.direction])}</Table.Td>
              <Table.Td className="nowrap">
                <AnchorLink to="/cases/$id" params={{ id: link.case.id }} className="mono">
                  {link.case.sign}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {link.case.title}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canHandle && (
        <LinkCaseDialog key={opening} item={item} opened={opened} onClose={() => setOpened(false)} />
      )}
    </Stack>
  );
}
