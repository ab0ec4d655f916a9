import { Button, Group, Stack, Text } from '@mantine/core';
import type { Case } from '@obieg/contracts/cases';
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { useCan, useMe } from '../../auth/auth.queries';
import { caseActions, type CaseAction } from '../case-actions.models';
import { openingUnits } from '../case-form.models';
import { AddDocumentDialog } from './add-document-dialog';
import { AddNoteDialog } from './add-note-dialog';
import { CloseCaseDialog } from './close-case-dialog';
import { NotCountedDialog, ReopenDialog, ResumeDialog, SuspendDialog } from './lifecycle-dialogs';
import { TakeOverDialog } from './take-over-dialog';

const BUTTON_LABELS: Record<CaseAction, MessageKey> = {
  note: 'cases.actions.note',
  document: 'cases.actions.document',
  suspend: 'cases.actions.suspend',
  resume: 'cases.actions.resume',
  not_counted: 'cases.actions.not_counted',
  close: 'cases.actions.close',
  reopen: 'cases.actions.reopen',
  take_over: 'cases.actions.take_over',
};

/**
 * What the handler may do with the case now, each in a dialog: a note, documents, suspension or
 * resumption, a period not counted, closing or reopening. On a closed case the actions stay on
 * screen, disabled, with the reason beside them. `canHandle`: see `mayHandleCase`.
 */
export function CaseActions({ item, canHandle }: { item: Case; canHandle: boolean }) {
  const t = useT();
  const format = useFormatters();
  const reasonId = useId();
  const [dialog, setDialog] = useState<CaseAction | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const status = useRef(item.status);
  // Suspending, resuming, closing or reopening replaces the button that opened the dialog: the
  // focus goes to the one that undoes it, after the dialog has given the focus back.
  useEffect(() => {
    if (status.current === item.status) return;
    status.current = item.status;
    const next: CaseAction =
      item.status === 'closed' ? 'reopen' : item.status === 'suspended' ? 'resume' : 'suspend';
    const timer = window.setTimeout(
      () => group.current?.querySelector<HTMLElement>(`[data-action="${next}"]`)?.focus(),
      50,
    );
    return () => window.clearTimeout(timer);
  }, [item.status]);
  const me = useMe();
  const can = useCan();
  // Sub-cases move with their group; without the directory of units only one's own units are offered.
  const canTakeOver =
    item.group === null &&
    (can('organization:read') || openingUnits(me).some((unit) => unit.id !== item.unit.id));
  const actions = caseActions({ status: item.status, canHandle, canTakeOver });
  if (actions.length === 0) return null;
  const close = () => setDialog(null);
  const revision = item.status;
  const reason = actions.find((action) => action.disabledReason)?.disabledReason ?? null;
  return (
    <Stack gap="xs">
      <Group ref={group} gap="xs" role="group" aria-label={t('cases.actions.label')} wrap="wrap">
        {actions.map(({ action, disabledReason }) => (
          <Button
            key={action}
            data-action={action}
            variant={action === 'close' || action === 'reopen' ? 'filled' : 'default'}
            disabled={disabledReason !== null}
            aria-describedby={disabledReason ? reasonId : undefined}
            onClick={() => setDialog(action)}
          >
            {t(BUTTON_LABELS[action])}
          </Button>
        ))}
      </Group>
      {reason && (
        <Text size="sm" id={reasonId} data-testid="case-actions-reason">
          {t(reason, { date: format.date(item.settledOn) })}
        </Text>
      )}
      <AddNoteDialog caseId={item.id} opened={dialog === 'note'} onClose={close} />
      <AddDocumentDialog caseId={item.id} opened={dialog === 'document'} onClose={close} />
      {/* A new status starts the dialogs afresh (the resumption's last day follows the suspension). */}
      <SuspendDialog key={`suspend-${revision}`} item={item} opened={dialog === 'suspend'} onClose={close} />
      <ResumeDialog key={`resume-${revision}`} item={item} opened={dialog === 'resume'} onClose={close} />
      <NotCountedDialog
        key={`period-${revision}`}
        item={item}
        opened={dialog === 'not_counted'}
        onClose={close}
      />
      <CloseCaseDialog key={`close-${revision}`} item={item} opened={dialog === 'close'} onClose={close} />
      <ReopenDialog key={`reopen-${revision}`} item={item} opened={dialog === 'reopen'} onClose={close} />
      <TakeOverDialog
        key={`take-over-${revision}`}
        item={item}
        opened={dialog === 'take_over'}
        onClose={close}
      />
    </Stack>
  );
}
