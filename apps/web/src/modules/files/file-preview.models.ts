import { filePreviewKind, type FilePreviewKind } from '@obieg/contracts/files-preview';

/** What the preview needs to know about a file (a `FileDto` has it all). */
export type PreviewableFile = { id: string; name: string; mediaType: string; size: number };

export const filePath = (id: string, ...rest: string[]) =>
  ['/api/v1/files', id, ...rest].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');

/** The content URL: shown in the browser (`inline=1`) or downloaded under its own name. */
export const fileContentUrl = (id: string, { download }: { download: boolean }) =>
  download ? filePath(id, 'content') : `${filePath(id, 'content')}?inline=1`;

/** How the browser shows this file (see `@obieg/contracts/files-preview`); null: download only. */
export const previewKindOf = (file: Pick<PreviewableFile, 'mediaType'>): FilePreviewKind | null =>
  filePreviewKind(file.mediaType);

/** A page number within 1…pageCount (a document has at least one page). */
export function clampPage(page: number, pageCount: number): number {
  const last = Math.max(1, Math.floor(pageCount) || 1);
  return Math.min(last, Math.max(1, Math.floor(page) || 1));
}

export const ZOOM_LEVELS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 3;

/** The next zoom level up or down from `zoom` (1 = the page fits the width). */
export function stepZoom(zoom: number, direction: 'in' | 'out'): number {
  if (direction === 'in') return ZOOM_LEVELS.find((level) => level > zoom + 1e-9) ?? zoom;
  return [...ZOOM_LEVELS].reverse().find((level) => level < zoom - 1e-9) ?? zoom;
}

/**
 * The pdf.js scale that shows a page `pageWidth` points wide in `availableWidth` CSS pixels at
 * `zoom`; kept within 0.1…8 so a tiny or a huge page still renders.
 */
export function pageScale({
  pageWidth,
  availableWidth,
  zoom,
}: {
  pageWidth: number;
  availableWidth: number;
  zoom: number;
}): number {
  if (pageWidth <= 0 || availableWidth <= 0) return zoom;
  return Math.min(8, Math.max(0.1, (availableWidth / pageWidth) * zoom));
}
