import { fetchPrintout } from './correspondence.api';

export type PrintOutcome = 'printed' | 'not_printed';

const LOAD_TIMEOUT_MS = 4000;
const KEEP_MS = 5 * 60_000;
let current: { frame: HTMLIFrameElement; url: string; timer: number } | null = null;

/** Headless Chrome has no print dialog (and its renderer crashes printing a PDF frame). */
const canPrint = () => !/HeadlessChrome/.test(navigator.userAgent);

function removeCurrent() {
  if (!current) return;
  window.clearTimeout(current.timer);
  current.frame.remove();
  URL.revokeObjectURL(current.url);
  current = null;
}

/**
 * Prints a PDF of the API without leaving the screen: fetched (so a failure is an error the screen
 * can show), put in an off-screen frame and handed to the browser's print dialog. Where a browser
 * cannot print a PDF frame (no PDF viewer), the caller offers the file as a link instead.
 */
export async function printPdf({ url, title }: { url: string; title: string }): Promise<PrintOutcome> {
  const blob = await fetchPrintout(url);
  if (!canPrint()) return 'not_printed';
  removeCurrent();
  const objectUrl = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  const loaded = new Promise<boolean>((resolve) => {
    const timer = window.setTimeout(() => resolve(false), LOAD_TIMEOUT_MS);
    frame.addEventListener(
      'load',
      () => {
        window.clearTimeout(timer);
        resolve(true);
      },
      { once: true },
    );
  });
  frame.src = objectUrl;
  document.body.appendChild(frame);
  current = { frame, url: objectUrl, timer: window.setTimeout(removeCurrent, KEEP_MS) };
  if (!(await loaded)) return 'not_printed';
  // The clerk goes on typing the next letter: the focus stays where it is.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  try {
    frame.contentWindow?.print();
    return 'printed';
  } catch {
    return 'not_printed';
  } finally {
    if (focused && document.activeElement !== focused) focused.focus();
  }
}
