import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadOnce } from '../../../shared/load-once.js';

const require = createRequire(import.meta.url);

/** pdf-lib (its low-level objects too) and fontkit, loaded at the first PAdES signature (ADR 0008). */
export const loadPdfLibraries = loadOnce(async () => {
  const [pdfLib, fontkit] = await Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]);
  return { pdfLib, fontkit: fontkit.default };
});

/** DejaVu Sans (Polish letters) for the visible signature block. */
export const loadSignatureFont = loadOnce(() =>
  readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
);

export type PdfLibraries = Awaited<ReturnType<typeof loadPdfLibraries>>;
