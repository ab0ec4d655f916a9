import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js and its worker, loaded on first use only (a separate chunk: the main bundle stays
 * small). Vite emits the worker and the WebAssembly decoders as assets and gives their URLs.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([library, worker]) => {
      library.GlobalWorkerOptions.workerSrc = worker.default;
      return library;
    },
  );
  return pdfjs;
}

const wasmUrls: Record<string, () => Promise<{ default: string }>> = {
  'jbig2.wasm': () => import('pdfjs-dist/wasm/jbig2.wasm?url'),
  'openjpeg.wasm': () => import('pdfjs-dist/wasm/openjpeg.wasm?url'),
};

/**
 * Gives the worker the decoders for JBIG2 scans and JPEG 2000 images on request, from the
 * hashed asset URLs Vite made (pdf.js would otherwise look for a `wasmUrl` folder). Fonts and
 * CMaps are not served: PDFs without embedded fonts fall back to the system's fonts.
 */
class BundledBinaryDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'wasmUrl' ? wasmUrls[filename] : undefined;
    if (!url) throw new Error(`No bundled ${kind} data for ${filename}`);
    const response = await fetch((await url()).default);
    if (!response.ok) throw new Error(`Could not load ${filename}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/**
 * Opens a PDF from its bytes (a copy is handed to pdf.js, which transfers it to the worker).
 * Scripts in the PDF never run: no eval, no XFA, no JavaScript actions (pdf.js shows no forms here).
 */
export async function openPdfDocument(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const library = await loadPdfJs();
  return library.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    useWorkerFetch: false,
    BinaryDataFactory: BundledBinaryDataFactory,
  });
}
