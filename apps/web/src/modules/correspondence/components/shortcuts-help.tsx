import { Kbd, Paper, Title } from '@mantine/core';
import { Fragment, useId } from 'react';
import type { MessageKey } from '../../../locales/i18n';
import { useT } from '../../../locales/i18n-context';

/** `keys` pressed together (a chord), or one after another with `sequence`. */
export type Shortcut = { keys: string[]; action: MessageKey; sequence?: boolean };

export const REGISTRATION_SHORTCUTS: Shortcut[] = [
  { keys: ['Ctrl', 'Enter'], action: 'correspondence.shortcuts.save' },
  { keys: ['Ctrl', 'Shift', 'Enter'], action: 'correspondence.shortcuts.save_print' },
  { keys: ['↓', '↑', 'Enter'], action: 'correspondence.shortcuts.sender', sequence: true },
  { keys: ['Esc'], action: 'correspondence.shortcuts.close_list' },
  { keys: ['Tab'], action: 'correspondence.shortcuts.tab' },
];

export const REGISTER_SHORTCUTS: Shortcut[] = [
  { keys: ['/'], action: 'correspondence.shortcuts.search' },
  { keys: ['n'], action: 'correspondence.shortcuts.new' },
];

/** "Skróty klawiszowe": what the screen's keys do, as a description list. */
export function ShortcutsHelp({ shortcuts }: { shortcuts: readonly Shortcut[] }) {
  const t = useT();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h5" id={headingId} mb="xs">
        {t('correspondence.shortcuts.heading')}
      </Title>
      <dl className="shortcuts">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.action}>
            <dt>
              {shortcut.keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 && (shortcut.sequence ? ' ' : '+')}
                  <Kbd size="xs">{key}</Kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(shortcut.action)}</dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}
