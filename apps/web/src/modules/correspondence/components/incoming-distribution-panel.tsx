import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useMe } from '../../auth/auth.queries';
import { AcceptDecreeButton, DecreeReasonButton } from '../../distribution/components/decree-actions';
import { DecreeForm } from '../../distribution/components/decree-form';
import { DistributeForm } from '../../distribution/components/distribute-form';
import { DistributionSummary } from '../../distribution/components/distribution-summary';
import { distributeReach, distributionAbilities, maxDeadline } from '../../distribution/distribution.models';
import { orgUnitsQuery } from '../../organization/organization.queries';

type Form = 'distribute' | 'issue' | 'redecree' | 'correct';

/**
 * Distribution and dekretacja of an item (DOMAIN.md §2.5): where it stands, and what the user
 * may do now — distribute or pass it on, decree it (or pass on their own decree), accept or return
 * a decree to them, correct or withdraw a decree they made. Forms open in place; closing one gives
 * the focus back to the button that opened it.
 */
export function IncomingDistributionPanel({ item }: { item: IncomingItem }) {
  const t = useT();
  const me = useMe();
  const mayDistribute = me.permissions.includes('correspondence:distribute');
  const units = useQuery({ ...orgUnitsQuery(), enabled: mayDistribute }).data ?? [];
  const distribution = item.distribution;
  const decree = distribution?.decree ?? null;
  const can = distributionAbilities({
    me,
    reach: distributeReach(me, units),
    open: item.status === 'registered',
    distribution,
  });
  const [form, setForm] = useState<Form | null>(null);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = (next: Form) => () => setForm(next);
  const focusHeading = () => window.requestAnimationFrame(() => heading.current?.focus());
  const close = () => {
    const was = form;
    setForm(null);
    window.requestAnimationFrame(() =>
      (section.current?.querySelector<HTMLElement>(`[data-action="${was}"]`) ?? heading.current)?.focus(),
    );
  };

  const actions = [
    can.distribute && (
      <Button
        key="distribute"
        data-action="distribute"
        variant={distribution ? 'default' : 'filled'}
        onClick={open('distribute')}
      >
        {t(distribution ? 'distribution.distribute.button_again' : 'distribution.distribute.button')}
      </Button>
    ),
    can.decree && (
      <Button
        key="decree"
        data-action={can.redecree ? 'redecree' : 'issue'}
        onClick={open(can.redecree ? 'redecree' : 'issue')}
      >
        {t(can.redecree ? 'distribution.redecree.button' : 'distribution.issue.button')}
      </Button>
    ),
    can.accept && decree && (
      <AcceptDecreeButton key="accept" itemId={item.id} decree={decree} onDone={focusHeading} />
    ),
    can.return && decree && (
      <DecreeReasonButton key="return" itemId={item.id} decree={decree} kind="return" onDone={focusHeading} />
    ),
    can.correct && (
      <Button key="correct" data-action="correct" variant="default" onClick={open('correct')}>
        {t('distribution.correct.button')}
      </Button>
    ),
    can.correct && decree && (
      <DecreeReasonButton key="cancel" itemId={item.id} decree={decree} kind="cancel" onDone={focusHeading} />
    ),
  ].filter(Boolean);

  return (
    <Paper
      ref={section}
      withBorder
      p="md"
      component="section"
      aria-labelledby="incoming-distribution-heading"
    >
      <Title order={2} size="h4" mb="sm" id="incoming-distribution-heading" ref={heading} tabIndex={-1}>
        {t('distribution.panel.heading')}
      </Title>
      <Stack gap="sm">
        {distribution ? (
          <DistributionSummary distribution={distribution} />
        ) : (
          <Text size="sm">{t('distribution.panel.not_distributed')}</Text>
        )}
        {form === 'distribute' && <DistributeForm item={item} onDone={close} />}
        {distribution && (form === 'issue' || form === 'redecree' || form === 'correct') && (
          <DecreeForm
            itemId={item.id}
            distribution={distribution}
            mode={form}
            maxDeadline={form === 'correct' ? null : maxDeadline(distribution)}
            onDone={close}
          />
        )}
        {form === null && actions.length > 0 && (
          <Group gap="xs" role="group" aria-label={t('distribution.panel.actions')}>
            {actions}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
