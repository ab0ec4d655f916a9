import { Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { SenderCombobox } from '../../correspondence/components/sender-combobox';

export type Addressee = { contactId: string; displayName: string };

const MAX_ADDRESSEES = 100;

/**
 * Addressees of a letter: the parties to the case (ticked or not), and anyone else of the address
 * book found by name, each removable.
 */
export function AddresseesField({
  parties,
  chosenPartyIds,
  onPartiesChange,
  others,
  onOthersChange,
}: {
  parties: readonly Addressee[];
  chosenPartyIds: string[];
  onPartiesChange: (ids: string[]) => void;
  others: readonly Addressee[];
  onOthersChange: (next: Addressee[]) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const full = chosenPartyIds.length + others.length >= MAX_ADDRESSEES;
  return (
    <Fieldset legend={t('documents.drafts.new.addressees')} variant="unstyled">
      <Stack gap="xs">
        {parties.length > 0 ? (
          <Checkbox.Group
            label={t('documents.drafts.new.addressees.parties')}
            value={chosenPartyIds}
            onChange={onPartiesChange}
          >
            <Stack gap={6} mt={6}>
              {parties.map((party) => (
                <Checkbox key={party.contactId} value={party.contactId} label={party.displayName} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('documents.drafts.new.addressees.no_parties')}
          </Text>
        )}
        {others.length > 0 && (
          <Stack
            gap={4}
            component="ul"
            className="plain-list"
            aria-label={t('documents.drafts.new.addressees.others')}
          >
            {others.map((other) => (
              <Group key={other.contactId} component="li" gap="xs" wrap="nowrap">
                <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                  {other.displayName}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('documents.drafts.new.addressees.remove', { name: other.displayName })}
                  onClick={() => onOthersChange(others.filter((o) => o.contactId !== other.contactId))}
                >
                  {t('documents.drafts.new.addressees.remove_short')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <SenderCombobox
          label={t('documents.drafts.new.addressees.add')}
          description={t(
            full
              ? 'documents.drafts.new.addressees.too_many'
              : 'documents.drafts.new.addressees.add.description',
          )}
          text={text}
          chosen={false}
          onTextChange={setText}
          onSelect={(contact) => {
            setText('');
            const known =
              others.some((o) => o.contactId === contact.id) ||
              parties.some((p) => p.contactId === contact.id);
            if (parties.some((p) => p.contactId === contact.id) && !chosenPartyIds.includes(contact.id)) {
              onPartiesChange([...chosenPartyIds, contact.id]);
            }
            if (full || known) return;
            onOthersChange([...others, { contactId: contact.id, displayName: contact.displayName }]);
          }}
        />
      </Stack>
    </Fieldset>
  );
}
