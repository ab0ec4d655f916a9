import { Alert, Box, Group, Stack } from '@mantine/core';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { clampPage, fileContentUrl, type PreviewableFile } from '../file-preview.models';
import { tiffPageQuery } from '../files.queries';
import { PageNavigation } from './page-navigation';
import { ZoomControls } from './zoom-controls';

/**
 * An image in a scrolling box that keyboard users can focus and scroll: at 100% it fits the
 * width (never enlarged past its own size); zooming scales it from the width of the box.
 */
function ZoomableImage({
  imageRef,
  src,
  alt,
  name,
  zoom,
  maxHeight,
  onError,
}: {
  imageRef?: Ref<HTMLImageElement>;
  src?: string;
  alt: string;
  name: string;
  zoom: number;
  maxHeight: number | string;
  onError?: () => void;
}) {
  const t = useT();
  const size = zoom === 1 ? { maxWidth: '100%' } : { width: `${zoom * 100}%`, maxWidth: 'none' };
  return (
    <Box
      tabIndex={0}
      role="group"
      aria-label={t('files.preview.scroll_label', { name })}
      style={{ maxHeight, overflow: 'auto' }}
      bd="1px solid var(--mantine-color-gray-4)"
    >
      <img
        ref={imageRef}
        src={src}
        alt={alt}
        onError={onError}
        style={{ display: 'block', height: 'auto', ...size }}
      />
    </Box>
  );
}

/** JPEG, PNG, GIF, SVG: the browser shows the content itself (an audited read). */
export function ImagePreview({ file, maxHeight }: { file: PreviewableFile; maxHeight: number | string }) {
  const t = useT();
  const [zoom, setZoom] = useState(1);
  const [failed, setFailed] = useState(false);
  if (failed)
    return (
      <Alert color="red" variant="light" role="alert">
        {t('files.preview.image_error')}
      </Alert>
    );
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <ZoomControls zoom={zoom} onChange={setZoom} />
      </Group>
      <ZoomableImage
        src={fileContentUrl(file.id, { download: false })}
        alt={t('files.preview.image_alt', { name: file.name })}
        name={file.name}
        zoom={zoom}
        maxHeight={maxHeight}
        onError={() => setFailed(true)}
      />
    </Stack>
  );
}

/** A TIFF scan: the server converts the page shown to PNG; pages are turned with the buttons. */
export function TiffPreview({ file, maxHeight }: { file: PreviewableFile; maxHeight: number | string }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const query = useQuery({ ...tiffPageQuery(file.id, page), placeholderData: keepPreviousData });
  const imageRef = useRef<HTMLImageElement>(null);
  const png = query.data?.png;
  // The object URL lives exactly as long as the image shows it (StrictMode-safe: no state).
  useEffect(() => {
    const image = imageRef.current;
    if (!png || !image) return;
    const url = URL.createObjectURL(png);
    image.src = url;
    return () => URL.revokeObjectURL(url);
  }, [png]);
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <LoadingState />;
  const pageCount = query.data.pageCount;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        {pageCount > 1 ? (
          <PageNavigation
            page={page}
            pageCount={pageCount}
            onChange={(next) => setPage(clampPage(next, pageCount))}
          />
        ) : (
          <span />
        )}
        <ZoomControls zoom={zoom} onChange={setZoom} />
      </Group>
      <ZoomableImage
        imageRef={imageRef}
        alt={t('files.preview.tiff_page', { page: query.data.page, count: pageCount, name: file.name })}
        name={file.name}
        zoom={zoom}
        maxHeight={maxHeight}
      />
    </Stack>
  );
}
