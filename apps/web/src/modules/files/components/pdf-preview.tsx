import { Alert, Box, Group, Stack } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../locales/i18n-context';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { clampPage, pageScale, type PreviewableFile } from '../file-preview.models';
import { fileContentQuery } from '../files.queries';
import { openPdfDocument } from '../pdf-loader';
import { PageNavigation } from './page-navigation';
import { ZoomControls } from './zoom-controls';

/** Canvas pixels at most (browsers refuse larger canvases); the sharpness is lowered to fit. */
const MAX_CANVAS_PIXELS = 16_777_216;

type PdfFailure = 'password' | 'damaged';

/** Opens the PDF whose bytes are given; null while opening. Closed when the bytes change or on unmount. */
function usePdfDocument(bytes: Uint8Array | undefined) {
  const [state, setState] = useState<{ bytes?: Uint8Array; pdf?: PDFDocumentProxy; failure?: PdfFailure }>(
    {},
  );
  useEffect(() => {
    if (!bytes) return;
    let cancelled = false;
    const opening = openPdfDocument(bytes);
    opening
      .then((task) => task.promise)
      .then((pdf) => !cancelled && setState({ bytes, pdf }))
      .catch((error: unknown) => {
        const password = error instanceof Error && error.name === 'PasswordException';
        if (!cancelled) setState({ bytes, failure: password ? 'password' : 'damaged' });
      });
    return () => {
      cancelled = true;
      void opening.then((task) => task.destroy());
    };
  }, [bytes]);
  return state.bytes === bytes ? state : {};
}

/** A PDF rendered page by page with pdf.js (loaded on first use), with page and zoom controls. */
export function PdfPreview({ file, maxHeight }: { file: PreviewableFile; maxHeight: number | string }) {
  const t = useT();
  const content = useQuery(fileContentQuery(file.id));
  const { pdf, failure } = usePdfDocument(content.data);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const [pageText, setPageText] = useState('');
  const [renderFailed, setRenderFailed] = useState(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { ref: boxRef, width } = useElementSize();
  const textId = useId();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!pdf || !canvas || width <= 0) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    void pdf
      .getPage(page)
      .then(async (pdfPage) => {
        if (cancelled) return;
        const base = pdfPage.getViewport({ scale: 1 });
        const viewport = pdfPage.getViewport({
          scale: pageScale({ pageWidth: base.width, availableWidth: width, zoom }),
        });
        const area = viewport.width * viewport.height;
        const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_CANVAS_PIXELS / area));
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.style.width = `${Math.floor(viewport.width)}px`;
        canvas.style.height = `${Math.floor(viewport.height)}px`;
        task = pdfPage.render({
          canvas,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        await task.promise;
        // The page's text, for screen readers: the canvas is only a picture.
        const text = await pdfPage.getTextContent();
        if (!cancelled)
          setPageText(
            text.items
              .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
              .join('')
              .trim(),
          );
      })
      .catch((error: unknown) => {
        if (!cancelled && !(error instanceof Error && error.name === 'RenderingCancelledException'))
          setRenderFailed(true);
      });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, page, zoom, width]);

  if (content.error) return <ErrorAlert error={content.error} />;
  if (failure || renderFailed)
    return (
      <Alert color="red" variant="light" role="alert">
        {t(failure === 'password' ? 'files.preview.pdf_password' : 'files.preview.pdf_error')}
      </Alert>
    );
  const pageCount = pdf?.numPages ?? 1;
  return (
    <Stack gap="xs">
      {pdf && (
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
      )}
      {!pdf && <LoadingState />}
      <Box
        ref={boxRef}
        tabIndex={pdf ? 0 : -1}
        role="group"
        aria-label={t('files.preview.scroll_label', { name: file.name })}
        style={{ maxHeight, overflow: 'auto', display: pdf ? undefined : 'none' }}
        bd="1px solid var(--mantine-color-gray-4)"
      >
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={t('files.preview.pdf_page', { page, count: pageCount, name: file.name })}
          aria-describedby={pageText ? textId : undefined}
          data-testid="file-preview-pdf-canvas"
          style={{ display: 'block' }}
        />
      </Box>
      <div id={textId} className="visually-hidden">
        {pageText}
      </div>
    </Stack>
  );
}
