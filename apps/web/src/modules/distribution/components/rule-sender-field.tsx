import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { useCan } from '../../auth/auth.queries';
import { SenderCombobox, senderHint } from '../../correspondence/components/sender-combobox';

/**
 * The sender criterion of a rule: a contact picked from the address book (the registry's sender
 * search). The rule keeps only the contact's id, so a contact set earlier is shown as a link to
 * its card (reading the card by itself would be recorded in the audit log).
 */
export function RuleSenderField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (contactId: string | null) => void;
  error?: string;
}) {
  const t = useT();
  const can = useCan();
  const [text, setText] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = value !== null && value === chosenId;
  // The masked search is open to the administrator writing rules (server: contacts:read or organization:manage).
  const searchable = can('contacts:read') || can('organization:manage');
  return (
    <Stack gap={4}>
      {searchable ? (
        <SenderCombobox
          label={t('distribution.rules.field.sender')}
          description={t('distribution.rules.field.sender.description')}
          text={text}
          chosen={chosen}
          hint={chosen ? hint : undefined}
          error={error}
          onTextChange={(next) => {
            setText(next);
            if (chosen) {
              setChosenId(null);
              onChange(null);
            }
          }}
          onSelect={(contact) => {
            setText(contact.displayName);
            setHint(senderHint(contact));
            setChosenId(contact.id);
            onChange(contact.id);
          }}
        />
      ) : (
        <Text size="sm" fw={500}>
          {t('distribution.rules.field.sender')}
        </Text>
      )}
      {value !== null && !chosen && (
        <Group gap="xs">
          <Text size="sm">{t('distribution.rules.sender.set')}</Text>
          <AnchorLink to="/contacts/$contactId" params={{ contactId: value }} size="sm">
            {t('distribution.rules.sender.open')}
          </AnchorLink>
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
            {t('distribution.rules.sender.clear')}
          </Button>
        </Group>
      )}
      {!searchable && value === null && (
        <Text size="sm" c="dimmed">
          {t('distribution.rules.sender.no_access')}
        </Text>
      )}
    </Stack>
  );
}
