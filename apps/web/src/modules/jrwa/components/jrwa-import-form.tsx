import { Button, Group, Input, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { JrwaImportResult } from '@obieg/contracts/jrwa';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isApiError, type ApiError } from '../../../app/api-error';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { importJrwa } from '../jrwa.api';
import { jrwaKeys } from '../jrwa.queries';

const ACCEPT = '.csv,.xml,text/csv,application/xml,text/xml';

export function JrwaImportForm({
  onImported,
  onRejected,
}: {
  onImported: (result: JrwaImportResult) => void;
  onRejected: (error: ApiError | null) => void;
}) {
  const t = useT();
  const fileId = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const mutation = useMutation({
    mutationFn: importJrwa,
    onMutate: () => onRejected(null),
    onSuccess: async (result) => {
      onImported(result);
      await queryClient.invalidateQueries({ queryKey: jrwaKeys.all });
    },
    onError: (error) => onRejected(isApiError(error) ? error : null),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('jrwa.import.file.required'));
      return;
    }
    setFileError(undefined);
    mutation.mutate({ file, name: name.trim() || undefined, validFrom: validFrom || undefined });
  };

  const showError =
    mutation.error && !(isApiError(mutation.error) && mutation.error.code === 'jrwa.import_invalid');

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {showError && <ErrorAlert error={mutation.error} />}
        <Input.Wrapper
          label={t('jrwa.import.file.label')}
          description={t('jrwa.import.file.description')}
          error={fileError}
          required
          id={fileId}
        >
          <input
            id={fileId}
            type="file"
            accept={ACCEPT}
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileId}-error` : `${fileId}-description`}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setFileError(undefined);
            }}
            style={{ display: 'block', marginTop: 6 }}
          />
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('jrwa.import.name.label')}
            description={t('jrwa.import.name.description')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('jrwa.import.valid_from.label')}
            description={t('jrwa.import.valid_from.description')}
            value={validFrom}
            onChange={(event) => setValidFrom(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('jrwa.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
