import { Button, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import {
  simulatedLetterSchema,
  type SimulatedLetterInput,
  type SimulatorsStatus,
} from '@obieg/contracts/integrations';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { validateWithSchema, type FieldErrors } from '../../../shared/forms/validation';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { MAILBOX_KIND_LABELS } from '../integration-labels';
import { sendSimulatedLetter } from '../simulators.api';

type LetterChannel = SimulatedLetterInput['channel'];
export type LetterSent = { channel: LetterChannel; title: string; reference: string };

/** The channels a citizen may write through: those where the office has a simulated mailbox. */
export function letterChannels(status: SimulatorsStatus): LetterChannel[] {
  return [
    ...(status.edelivery?.officeAddress ? (['edelivery'] as const) : []),
    ...(status.epuap?.officeBox ? (['epuap'] as const) : []),
  ];
}

/**
 * "Pismo od obywatela": a citizen sends the office a letter (a PDF made from the text) through the
 * e-Doręczenia or ePUAP simulator; the office receives it at its next synchronisation.
 */
export function SimulatedLetterForm({
  status,
  onSent,
}: {
  status: SimulatorsStatus;
  onSent: (sent: LetterSent) => void;
}) {
  const t = useT();
  const channels = letterChannels(status);
  const [channel, setChannel] = useState<LetterChannel>(channels[0] ?? 'edelivery');
  const [title, setTitle] = useState('');
  const [senderName, setSenderName] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: sendSimulatedLetter,
    onSuccess: ({ reference }, input) => {
      onSent({ channel: input.channel, title: input.title, reference });
      setTitle('');
      setText('');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: SimulatedLetterInput = {
      channel,
      title: title.trim(),
      ...(senderName.trim() ? { senderName: senderName.trim() } : {}),
      ...(text.trim() ? { text: text.trim() } : {}),
    };
    const checked = validateWithSchema({ schema: simulatedLetterSchema, input, t });
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) mutation.mutate(input);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="simulated-letter-heading">
      <Title order={3} size="h5" id="simulated-letter-heading">
        {t('integrations.simulators.letter.heading')}
      </Title>
      <Text size="sm">{t('integrations.simulators.letter.intro')}</Text>
      {channels.length === 0 ? (
        <Text size="sm">{t('integrations.simulators.letter.no_channels')}</Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <NativeSelect
              label={t('integrations.simulators.letter.channel')}
              value={channel}
              onChange={(event) => setChannel(event.currentTarget.value as LetterChannel)}
              data={channels.map((value) => ({ value, label: t(MAILBOX_KIND_LABELS[value]) }))}
            />
            <TextInput
              label={t('integrations.simulators.letter.title')}
              required
              maxLength={200}
              value={title}
              error={errors['/title']}
              onChange={(event) => {
                setTitle(event.currentTarget.value);
                setErrors({});
              }}
            />
            <TextInput
              label={t('integrations.simulators.letter.sender')}
              description={t('integrations.simulators.letter.sender.description')}
              maxLength={200}
              autoComplete="off"
              value={senderName}
              error={errors['/senderName']}
              onChange={(event) => setSenderName(event.currentTarget.value)}
            />
            <Textarea
              label={t('integrations.simulators.letter.text')}
              autosize
              minRows={3}
              maxLength={4000}
              value={text}
              error={errors['/text']}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <ErrorAlert error={mutation.error} />
            <div>
              <Button type="submit" variant="default" loading={mutation.isPending}>
                {t('integrations.simulators.letter.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
