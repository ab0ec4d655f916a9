import { Radio, Stack } from '@mantine/core';
import { LINK_KINDS, type Case } from '@obieg/contracts/cases';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { LINK_KIND_DESCRIPTIONS, LINK_KIND_LABELS } from '../case-labels';
import { linkCase, type LinkKind } from '../cases.api';
import { casesKeys } from '../cases.queries';
import { useCaseAction } from '../use-case-action';
import { ActionDialog } from './action-dialog';
import { CaseSearchField } from './case-search-field';

/**
 * Linking this case with another found by words of its znak or title: related, a continuation
 * (this case continues the chosen one) or taken over after a reorganisation. Closed cases may be
 * linked too — a continuation usually names one.
 */
export function LinkCaseDialog({
  item,
  opened,
  onClose,
}: {
  item: Case;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const [kind, setKind] = useState<LinkKind>('related');
  const mutation = useCaseAction({
    mutationFn: linkCase,
    done: (updated) =>
      t('cases.links.done', {
        sign: updated.sign,
        other: updated.links.find((link) => link.case.id === chosen)?.case.sign ?? '',
      }),
    onSuccess: () => {
      // The other case shows the link too.
      void queryClient.invalidateQueries({ queryKey: casesKeys.detail(chosen) });
      onClose();
    },
  });
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('cases.links.dialog.title', { sign: item.sign })}
      submitLabel={t('cases.links.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => {
        setMissing(!chosen);
        if (chosen) mutation.mutate({ id: item.id, caseId: chosen, kind });
      }}
    >
      <CaseSearchField
        value={chosen}
        onChange={(value) => {
          setChosen(value);
          setMissing(false);
        }}
        missing={missing}
        excludeId={item.id}
      />
      <Radio.Group
        label={t('cases.links.kind.label')}
        value={kind}
        onChange={(value) => setKind(value as LinkKind)}
      >
        <Stack gap={8} mt={6}>
          {LINK_KINDS.map((choice) => (
            <Radio
              key={choice}
              value={choice}
              label={t(LINK_KIND_LABELS[choice])}
              description={t(LINK_KIND_DESCRIPTIONS[choice])}
            />
          ))}
        </Stack>
      </Radio.Group>
    </ActionDialog>
  );
}
