import { Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { RegisterRow } from '@obieg/contracts/dispatch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { apiFieldErrors } from '../../distribution/api-field-errors';
import { markPosted } from '../dispatch.api';
import { channelText, rowPostal } from '../dispatch-labels';
import { refreshDispatch } from '../dispatch.queries';

/** A registered letter gets the posting number from its label (numer nadania); others go without. */
export const needsTrackingNumber = (row: RegisterRow) =>
  row.channel === 'post' && row.postalKind === 'registered';

/**
 * Hands the chosen letters to the post (or the addressee) on a day. Scanner-first: the focus
 * starts in the first posting number; a scanner's Enter (or the clerk's) moves to the next letter,
 * after the last one to "Zapisz nadanie", so a pile of letters is scanned without the mouse.
 */
export function PostingPanel({
  rows,
  onDone,
  onCancel,
}: {
  rows: readonly RegisterRow[];
  onDone: (result: { count: number; postedOn: string }) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [postedOn, setPostedOn] = useState(() => todayInOffice());
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const submitRef = useRef<HTMLButtonElement>(null);
  const tracked = rows.filter(needsTrackingNumber);
  const untracked = rows.filter((row) => !needsTrackingNumber(row));
  const mutation = useMutation({
    mutationFn: markPosted,
    onSuccess: async (result) => {
      await refreshDispatch(queryClient);
      onDone({ count: result.items.length, postedOn });
    },
  });
  const fieldErrors = apiFieldErrors(t, mutation.error);
  const sentIndex = new Map(rows.map((row, index) => [row.itemId, index]));

  useEffect(() => {
    const first = tracked[0];
    (first ? inputs.current.get(first.itemId) : submitRef.current)?.focus();
    // Only when the panel opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== 'Enter') return;
    // A scanner ends each code with Enter: go to the next letter instead of sending the form.
    event.preventDefault();
    const next = tracked[index + 1];
    (next ? inputs.current.get(next.itemId) : submitRef.current)?.focus();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate({
      postedOn,
      items: rows.map((row) => {
        const trackingNumber = numbers[row.itemId]?.trim();
        return {
          itemId: row.itemId,
          ...(needsTrackingNumber(row) && trackingNumber ? { trackingNumber } : {}),
          version: row.version,
        };
      }),
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="posting-heading">
      <Title order={2} size="h4" mb="xs" id="posting-heading">
        {t('dispatch.posting.heading', { count: rows.length })}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={720}>
          <ErrorAlert error={mutation.error} listFieldErrors={false} />
          <TextInput
            type="date"
            label={t('dispatch.posting.date')}
            required
            value={postedOn}
            onChange={(event) => setPostedOn(event.currentTarget.value)}
            maw={220}
          />
          {tracked.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('dispatch.posting.scan_hint')}
            </Text>
          )}
          {tracked.map((row, index) => (
            <TextInput
              key={row.itemId}
              ref={(element) => {
                if (element) inputs.current.set(row.itemId, element);
                else inputs.current.delete(row.itemId);
              }}
              label={t('dispatch.posting.tracking', { number: row.number, name: row.addresseeName })}
              description={channelText(t, row.channel, rowPostal(row))}
              value={numbers[row.itemId] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setNumbers((current) => ({ ...current, [row.itemId]: value }));
              }}
              onKeyDown={(event) => onKeyDown(event, index)}
              error={fieldErrors[`/items/${sentIndex.get(row.itemId)}/trackingNumber`]}
              autoComplete="off"
              spellCheck={false}
              className="mono"
              maxLength={40}
              data-testid="tracking-number"
            />
          ))}
          {untracked.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                {t('dispatch.posting.untracked')}
              </Text>
              <List size="sm">
                {untracked.map((row) => (
                  <List.Item key={row.itemId}>
                    {row.number} — {row.addresseeName} ({channelText(t, row.channel, rowPostal(row))})
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          <Group>
            <Button type="submit" ref={submitRef} loading={mutation.isPending}>
              {t('dispatch.posting.submit')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
