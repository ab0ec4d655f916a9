import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { SenderCombobox } from '../../correspondence/components/sender-combobox';
import type { CaseParty } from '../case-edit.models';

const MAX_PARTIES = 50;

/** The parties to the case (contacts of the address book): each removable, more found by name. */
export function CasePartiesField({
  parties,
  onChange,
  error,
}: {
  parties: readonly CaseParty[];
  onChange: (next: CaseParty[]) => void;
  error?: ReactNode;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const full = parties.length >= MAX_PARTIES;
  return (
    <Fieldset legend={t('cases.parties.legend')} variant="unstyled">
      <Stack gap="xs">
        {parties.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cases.parties.none')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {parties.map((party) => (
              <Group key={party.contactId} component="li" gap="xs" wrap="nowrap">
                <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                  {party.displayName}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('cases.parties.remove_label', { name: party.displayName })}
                  onClick={() => onChange(parties.filter((p) => p.contactId !== party.contactId))}
                >
                  {t('cases.parties.remove')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <SenderCombobox
          label={t('cases.parties.add')}
          description={t(full ? 'cases.parties.too_many' : 'cases.parties.add.description')}
          text={text}
          chosen={false}
          onTextChange={setText}
          onSelect={(contact) => {
            setText('');
            if (full || parties.some((p) => p.contactId === contact.id)) return;
            onChange([...parties, { contactId: contact.id, displayName: contact.displayName }]);
          }}
          error={error}
        />
      </Stack>
    </Fieldset>
  );
}
