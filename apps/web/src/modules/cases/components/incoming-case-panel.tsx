import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { createLink, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { ButtonLink } from '../../../shared/ui/button-link';
import { useCan } from '../../auth/auth.queries';
import { casesOfIncomingQuery } from '../cases.queries';
import { AttachToCaseDialog } from './attach-to-case-dialog';

const AnchorLink = createLink(Anchor);
const CaseLink = ({ id, children }: { id: string; children: string }) => (
  <AnchorLink to="/cases/$id" params={{ id }}>
    {children}
  </AnchorLink>
);

/**
 * On an incoming item: the officer settles it in a case — opens a new one from it (the form comes
 * filled in from the item) or attaches it to a case already open.
 */
export function IncomingCasePanel({ item }: { item: IncomingItem }) {
  const t = useT();
  const can = useCan();
  const notify = useNotify();
  const navigate = useNavigate();
  const [attaching, setAttaching] = useState(false);
  const shown = item.status === 'registered' && can('cases:handle');
  const inCases = useQuery({ ...casesOfIncomingQuery(item.id), enabled: shown && can('cases:read') });
  if (!shown) return null;
  const cases = inCases.data ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incoming-case-heading">
      <Title order={2} size="h4" mb="sm" id="incoming-case-heading">
        {t('cases.incoming.heading')}
      </Title>
      <Stack gap="sm">
        {cases.length > 0 ? (
          <div>
            <Text size="sm">{t('cases.incoming.in_cases')}</Text>
            <List size="sm">
              {cases.map((c) => (
                <List.Item key={c.id}>
                  <CaseLink id={c.id}>{c.sign}</CaseLink> — {c.title}
                </List.Item>
              ))}
            </List>
          </div>
        ) : (
          <Text size="sm">{t('cases.incoming.text')}</Text>
        )}
        <Group gap="xs">
          <ButtonLink to="/cases/new" search={{ from: item.id }}>
            {t('cases.incoming.open')}
          </ButtonLink>
          <Button variant="default" onClick={() => setAttaching(true)}>
            {t('cases.incoming.attach')}
          </Button>
        </Group>
      </Stack>
      <AttachToCaseDialog
        itemId={item.id}
        rpwNumber={item.rpwNumber}
        opened={attaching}
        onClose={() => setAttaching(false)}
        onAttached={(caseId) => {
          setAttaching(false);
          notify.success(t('cases.attach.done', { number: item.rpwNumber }));
          void navigate({ to: '/cases/$id', params: { id: caseId } });
        }}
      />
    </Paper>
  );
}
