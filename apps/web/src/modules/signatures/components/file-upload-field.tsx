import { Button, CloseButton, Group, Loader, Stack, Text } from '@mantine/core';
import { fileSchema, type FileDto } from '@obieg/contracts/files';
import { useId, useRef, type ChangeEvent } from 'react';
import { apiRequest } from '../../../app/api-client';
import { useT } from '../../../locales/i18n-context';
import { errorMessage } from '../../../shared/ui/error-message';

export type FileUpload =
  | { status: 'idle' }
  | { status: 'uploading'; name: string }
  | { status: 'done'; name: string; file: FileDto }
  | { status: 'error'; name: string; error: unknown };

export const NO_UPLOAD: FileUpload = { status: 'idle' };

/** Uploads one file (`POST /files`, multipart `file`); the answer names the stored file. */
export function uploadFile({ file, signal }: { file: File; signal?: AbortSignal }) {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest('/api/v1/files', { method: 'POST', body, schema: fileSchema, signal });
}

/**
 * One file, uploaded as soon as it is picked: the visually hidden file input is the tab stop (its
 * name is the field's label), the button-looking label opens the picker, the state is announced.
 */
export function FileUploadField({
  label,
  description,
  accept,
  value,
  onChange,
  error,
  required,
  autoFocus,
}: {
  label: string;
  description?: string;
  accept?: string;
  value: FileUpload;
  onChange: (next: FileUpload) => void;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
}) {
  const t = useT();
  const id = useId();
  const controller = useRef<AbortController | null>(null);

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    onChange({ status: 'uploading', name: file.name });
    uploadFile({ file, signal: current.signal })
      .then((stored) => {
        if (!current.signal.aborted) onChange({ status: 'done', name: file.name, file: stored });
      })
      .catch((failure: unknown) => {
        if (!current.signal.aborted) onChange({ status: 'error', name: file.name, error: failure });
      });
  };
  const clear = () => {
    controller.current?.abort();
    onChange(NO_UPLOAD);
  };

  const status =
    value.status === 'uploading'
      ? t('signatures.upload.uploading', { name: value.name })
      : value.status === 'done'
        ? t('signatures.upload.done', { name: value.name })
        : value.status === 'error'
          ? `${value.name}: ${errorMessage(t, value.error)}`
          : t('signatures.upload.none');
  const describedBy = [description && `${id}-hint`, `${id}-status`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');

  return (
    <Stack gap={4}>
      <Text component="span" size="sm" fw={500} id={`${id}-label`}>
        {label}
        {required && (
          <Text component="span" c="var(--mantine-color-error)" aria-hidden>
            {' *'}
          </Text>
        )}
      </Text>
      {description && (
        <Text size="xs" c="dimmed" id={`${id}-hint`}>
          {description}
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        <span className="file-picker">
          <input
            id={`${id}-input`}
            type="file"
            accept={accept}
            className="visually-hidden file-picker-input"
            aria-label={label}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            aria-required={required || undefined}
            data-autofocus={autoFocus || undefined}
            onChange={onPick}
          />
          <Button component="label" htmlFor={`${id}-input`} variant="default" size="xs" aria-hidden>
            {t('signatures.upload.pick')}
          </Button>
        </span>
        {value.status === 'uploading' && <Loader size="xs" aria-hidden />}
        <Text
          size="sm"
          id={`${id}-status`}
          aria-live="polite"
          c={value.status === 'error' ? 'var(--mantine-color-error)' : undefined}
          style={{ overflowWrap: 'anywhere' }}
        >
          {status}
        </Text>
        {value.status !== 'idle' && (
          <CloseButton size="sm" aria-label={t('signatures.upload.remove')} onClick={clear} />
        )}
      </Group>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" id={`${id}-error`} role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
