import { Button, Checkbox, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import type { JrwaClass } from '@obieg/contracts/jrwa';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { setJrwaExtract } from '../jrwa.api';
import { jrwaKeys } from '../jrwa.queries';
import { useNotify } from '../../../shared/hooks/use-notify';

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase();

/** Which end classes a unit uses (wyciąg z JRWA); the list can be narrowed by symbol or words. */
export function JrwaExtractEditor({
  orgUnitId,
  finalClasses,
  initialSymbols,
}: {
  orgUnitId: string;
  finalClasses: readonly JrwaClass[];
  initialSymbols: readonly string[];
}) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Set<string>>(new Set(initialSymbols));
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => {
    const needle = fold(filter.trim());
    if (!needle) return finalClasses;
    return finalClasses.filter((item) => item.symbol.startsWith(needle) || fold(item.title).includes(needle));
  }, [finalClasses, filter]);
  const mutation = useMutation({
    mutationFn: setJrwaExtract,
    onSuccess: async (extract) => {
      notify.success(t('jrwa.extracts.saved', { count: extract.symbols.length }));
      await queryClient.invalidateQueries({ queryKey: jrwaKeys.extract(orgUnitId) });
    },
  });

  const toggle = (symbol: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(symbol);
    else next.delete(symbol);
    setChosen(next);
  };

  return (
    <Stack gap="sm">
      <ErrorAlert error={mutation.error} />
      <TextInput
        type="search"
        label={t('jrwa.extracts.filter.label')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={420}
      />
      <Text size="sm" role="status" aria-live="polite">
        {t('jrwa.extracts.chosen', { count: chosen.size, total: finalClasses.length })}
      </Text>
      <ScrollArea.Autosize mah="55vh" type="auto">
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="visually-hidden">{t('jrwa.extracts.legend')}</legend>
          <Stack gap={6}>
            {visible.map((item) => (
              <Checkbox
                key={item.symbol}
                checked={chosen.has(item.symbol)}
                onChange={(event) => toggle(item.symbol, event.currentTarget.checked)}
                label={`${item.symbol} — ${item.title}${item.category ? ` (${item.category})` : ''}`}
              />
            ))}
          </Stack>
        </fieldset>
      </ScrollArea.Autosize>
      <Group>
        <Button
          loading={mutation.isPending}
          onClick={() => mutation.mutate({ orgUnitId, symbols: [...chosen].sort() })}
        >
          {t('jrwa.extracts.save')}
        </Button>
      </Group>
    </Stack>
  );
}
