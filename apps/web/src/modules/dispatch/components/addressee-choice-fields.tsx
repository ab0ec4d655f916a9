import { Checkbox, Fieldset, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { POSTAL_SPECIAL_RULES, type DispatchOptions } from '@obieg/contracts/dispatch';
import { useT } from '../../../locales/i18n-context';
import { CHANNEL_LABELS, SPECIAL_RULES_LABELS } from '../dispatch-labels';
import type { AddresseeChoice, SpecialRules } from '../dispatch-form.models';

type OptionAddressee = DispatchOptions['addressees'][number];

/** Where the chosen channel delivers, so the officer sees the address before sending. */
function ChannelTarget({ addressee, choice }: { addressee: OptionAddressee; choice: AddresseeChoice }) {
  const t = useT();
  const target =
    choice.channel === 'edelivery'
      ? addressee.edeliveryAddress
      : choice.channel === 'epuap'
        ? addressee.epuapBox
        : choice.channel === 'post' || choice.channel === 'edelivery_hybrid'
          ? addressee.addressLines.join(', ')
          : null;
  if (!target) return null;
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {t('dispatch.dialog.target', { target })}
    </Text>
  );
}

/** One addressee: whether to send now, the channel (only those the API offers), its options. */
export function AddresseeChoiceFields({
  addressee,
  choice,
  onChange,
  autoFocus,
  error,
}: {
  addressee: OptionAddressee;
  choice: AddresseeChoice;
  onChange: (patch: Partial<AddresseeChoice>) => void;
  autoFocus?: boolean;
  error?: string;
}) {
  const t = useT();
  if (addressee.channels.length === 0) {
    return (
      <Fieldset legend={addressee.name} variant="filled">
        <Text size="sm">{t('dispatch.dialog.no_channel')}</Text>
      </Fieldset>
    );
  }
  const registered = choice.postalKind === 'registered';
  return (
    <Fieldset legend={addressee.name} variant="filled">
      <Stack gap="xs">
        <Checkbox
          label={t('dispatch.dialog.include', { name: addressee.name })}
          checked={choice.included}
          onChange={(event) => onChange({ included: event.currentTarget.checked })}
        />
        {choice.included && (
          <>
            <NativeSelect
              label={t('dispatch.dialog.channel')}
              required
              data-autofocus={autoFocus || undefined}
              value={choice.channel}
              error={error}
              onChange={(event) =>
                onChange({ channel: event.currentTarget.value as AddresseeChoice['channel'] })
              }
              data={addressee.channels.map((channel) => ({
                value: channel,
                label: t(CHANNEL_LABELS[channel]),
              }))}
            />
            <ChannelTarget addressee={addressee} choice={choice} />
            {choice.channel === 'post' && (
              <>
                <Radio.Group
                  label={t('dispatch.dialog.postal_kind')}
                  value={choice.postalKind}
                  onChange={(value) => onChange({ postalKind: value as AddresseeChoice['postalKind'] })}
                >
                  <Group gap="md" mt={4}>
                    <Radio value="ordinary" label={t('dispatch.postal.ordinary')} />
                    <Radio value="registered" label={t('dispatch.postal.registered')} />
                  </Group>
                </Radio.Group>
                <Group gap="lg">
                  <Checkbox
                    label={t('dispatch.dialog.return_receipt')}
                    disabled={!registered}
                    checked={registered && choice.returnReceipt}
                    onChange={(event) => onChange({ returnReceipt: event.currentTarget.checked })}
                  />
                  <Checkbox
                    label={t('dispatch.dialog.priority')}
                    checked={choice.priority}
                    onChange={(event) => onChange({ priority: event.currentTarget.checked })}
                  />
                </Group>
                {registered && choice.returnReceipt && (
                  <NativeSelect
                    label={t('dispatch.dialog.special_rules')}
                    value={choice.specialRules}
                    onChange={(event) =>
                      onChange({ specialRules: event.currentTarget.value as SpecialRules })
                    }
                    data={POSTAL_SPECIAL_RULES.map((rules) => ({
                      value: rules,
                      label: t(SPECIAL_RULES_LABELS[rules]),
                    }))}
                  />
                )}
              </>
            )}
            {choice.channel === 'email' && addressee.emails.length > 0 && (
              <NativeSelect
                label={t('dispatch.dialog.email')}
                value={choice.email}
                onChange={(event) => onChange({ email: event.currentTarget.value })}
                data={addressee.emails}
              />
            )}
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
