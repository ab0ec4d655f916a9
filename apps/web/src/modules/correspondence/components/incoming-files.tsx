import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { IncomingItem } from '@obieg/contracts/correspondence';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { useNotify } from '../../../shared/hooks/use-notify';
import { FilePreview } from '../../files/components/file-preview';
import { FileSignatureStatus } from '../../signatures/components/file-signature-status';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { attachIncomingFiles, fileContentUrl } from '../correspondence.api';
import { fileInfoQuery, incomingKeys } from '../correspondence.queries';
import { useScanUploads } from '../use-scan-uploads';
import { useWindowDrop } from '../use-window-drop';
import { ScanDropZone, formatSize } from './scan-drop-zone';

/**
 * The item's files in order, each a download; "Podgląd" shows one of them below the list
 * (`FilePreview`). Previews open on request: every read of a file's content is audited.
 */
export function IncomingFileList({ item }: { item: IncomingItem }) {
  const t = useT();
  const previewId = useId();
  const [previewed, setPreviewed] = useState<string | null>(null);
  const infos = useQueries({ queries: item.files.map((file) => fileInfoQuery(file.fileId)) });
  if (item.files.length === 0) return <Text size="sm">{t('correspondence.files.none')}</Text>;
  const shown = infos.find((query) => query.data?.id === previewed)?.data;
  return (
    <Stack gap="sm">
      <Stack component="ol" gap="xs" className="file-list">
        {item.files.map((file, index) => {
          const info = infos[index]?.data;
          const name = info?.name ?? t('correspondence.files.unnamed', { position: file.position });
          const open = previewed === file.fileId;
          return (
            <li key={file.fileId}>
              <Group gap="xs" wrap="wrap">
                <Anchor href={fileContentUrl(file.fileId)} download={info?.name} fw={600} size="sm">
                  {name}
                </Anchor>
                {info && (
                  <Text size="xs" c="dimmed" component="span">
                    {info.mediaType}, {formatSize(info.size)}
                  </Text>
                )}
                {info && (
                  <Button
                    variant="default"
                    size="compact-xs"
                    aria-expanded={open}
                    aria-controls={previewId}
                    aria-label={t(
                      open ? 'correspondence.files.preview_hide' : 'correspondence.files.preview',
                      {
                        name,
                      },
                    )}
                    onClick={() => setPreviewed(open ? null : file.fileId)}
                  >
                    {t(
                      open ? 'correspondence.files.preview_hide_short' : 'correspondence.files.preview_short',
                    )}
                  </Button>
                )}
                {/* Files that may carry a signature show its verification (DOMAIN.md §9.2). */}
                {info && <FileSignatureStatus file={info} />}
              </Group>
            </li>
          );
        })}
      </Stack>
      <div id={previewId}>{shown && <FilePreview file={shown} maxHeight="60vh" />}</div>
    </Stack>
  );
}

/** Further scans for a registered item: dropped or picked, uploaded, then attached in one call. */
export function AttachScans({ item }: { item: IncomingItem }) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const uploads = useScanUploads();
  useWindowDrop(uploads.add);
  const ready = uploads.scans.filter((scan) => scan.status === 'done' && scan.fileId);
  const mutation = useMutation({
    mutationFn: attachIncomingFiles,
    onSuccess: (updated) => {
      queryClient.setQueryData(incomingKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...incomingKeys.all, 'list'] });
      uploads.clear();
      notify.success(t('correspondence.files.attached'));
    },
  });
  return (
    <Stack gap="xs">
      <ScanDropZone
        uploads={uploads}
        label={t('correspondence.files.attach_label')}
        footer={
          uploads.scans.length > 0 && (
            <Group mt="xs">
              <Button
                size="xs"
                disabled={ready.length === 0 || uploads.uploading}
                loading={mutation.isPending}
                onClick={() =>
                  mutation.mutate({ id: item.id, fileIds: ready.flatMap((scan) => scan.fileId ?? []) })
                }
              >
                {t('correspondence.files.attach', { count: ready.length })}
              </Button>
            </Group>
          )
        }
      />
      <ErrorAlert error={mutation.error} />
    </Stack>
  );
}
