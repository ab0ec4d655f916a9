import { Button, CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState, type ChangeEvent, type DragEvent, type ReactNode } from 'react';
import { useT } from '../../../locales/i18n-context';
import { errorMessage } from '../../../shared/ui/error-message';
import type { ScanUpload, ScanUploads } from '../use-scan-uploads';

export const SCAN_ACCEPT = 'image/*,application/pdf';

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;

/**
 * Scans: drop files here (or anywhere on a page that takes drops), pick them with the keyboard
 * (the visually hidden file input is the tab stop; its label looks like a button), or, on a
 * phone, take a photo of the letter with the camera.
 */
export function ScanDropZone({
  uploads,
  label,
  hint,
  accept = SCAN_ACCEPT,
  error,
  footer,
}: {
  uploads: ScanUploads;
  label?: string;
  /** The line under the label (default: the scans' hint). */
  hint?: string;
  /** The file picker's `accept` (default: images and PDF, for scans). */
  accept?: string;
  error?: string;
  footer?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const [over, setOver] = useState(false);
  // Phones and tablets; a narrow window on a desk gets it too (there it simply opens the file picker).
  const touch = useMediaQuery('(pointer: coarse), (max-width: 36em)', false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    if (event.dataTransfer.files.length > 0) uploads.add([...event.dataTransfer.files]);
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = event.currentTarget.files;
    if (files && files.length > 0) uploads.add([...files]);
    event.currentTarget.value = '';
  };

  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-hint`}
      className="scan-drop"
      data-over={over || undefined}
      data-invalid={error ? true : undefined}
      data-scan-drop
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <div>
          <Text id={`${id}-label`} fw={500} size="sm">
            {label ?? t('correspondence.scans.label')}
          </Text>
          <Text id={`${id}-hint`} size="xs" c="dimmed">
            {hint ?? t('correspondence.scans.hint')}
          </Text>
        </div>
        <Group gap="xs">
          <span className="file-picker">
            <input
              id={`${id}-files`}
              type="file"
              multiple
              accept={accept}
              className="visually-hidden file-picker-input"
              onChange={onPick}
            />
            <Button component="label" htmlFor={`${id}-files`} variant="default" size="xs">
              {t('correspondence.scans.pick')}
            </Button>
          </span>
          {touch && (
            <span className="file-picker">
              <input
                id={`${id}-camera`}
                type="file"
                accept="image/*"
                capture="environment"
                className="visually-hidden file-picker-input"
                onChange={onPick}
              />
              <Button component="label" htmlFor={`${id}-camera`} size="xs">
                {t('correspondence.scans.camera')}
              </Button>
            </span>
          )}
        </Group>
      </Group>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" mt={4} role="alert">
          {error}
        </Text>
      )}
      <ScanList uploads={uploads} />
      {footer}
    </div>
  );
}

function ScanList({ uploads }: { uploads: ScanUploads }) {
  if (uploads.scans.length === 0) return null;
  return (
    <Stack component="ul" gap={6} mt="xs" className="scan-list">
      {uploads.scans.map((scan) => (
        <ScanRow key={scan.key} scan={scan} onRemove={() => uploads.remove(scan.key)} />
      ))}
    </Stack>
  );
}

function ScanRow({ scan, onRemove }: { scan: ScanUpload; onRemove: () => void }) {
  const t = useT();
  const percent = Math.round(scan.progress * 100);
  const status =
    scan.status === 'done'
      ? t('correspondence.scans.done')
      : scan.status === 'error'
        ? errorMessage(t, scan.error)
        : t('correspondence.scans.uploading', { percent });
  return (
    <li>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" truncate="end" title={scan.name}>
            {scan.name} <span className="scan-size">({formatSize(scan.size)})</span>
          </Text>
          <Text
            size="xs"
            c={scan.status === 'error' ? 'var(--mantine-color-error)' : 'dimmed'}
            aria-live="polite"
          >
            {status}
          </Text>
          {scan.status === 'uploading' && (
            <Progress
              value={percent}
              size="sm"
              mt={2}
              aria-label={t('correspondence.scans.progress', { name: scan.name })}
            />
          )}
        </div>
        <CloseButton
          size="sm"
          onClick={onRemove}
          aria-label={t('correspondence.scans.remove', { name: scan.name })}
        />
      </Group>
    </li>
  );
}
