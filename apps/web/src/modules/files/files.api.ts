import { problemSchema } from '@obieg/contracts/common';
import {
  FILE_PREVIEW_PAGE_COUNT_HEADER,
  FILE_PREVIEW_PAGE_HEADER,
  filePreviewSchema,
} from '@obieg/contracts/files-preview';
import { apiRequest } from '../../app/api-client';
import { ApiError, fallbackCodeForStatus } from '../../app/api-error';
import { filePath } from './file-preview.models';

/**
 * The preview of a text-like file (text, XML, DOCX, ODT) or where the browser renders it from
 * (PDF, images). Each conversion is an audited read of the content.
 */
export const getFilePreview = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  apiRequest(filePath(id, 'preview'), { schema: filePreviewSchema, signal });

/** A binary GET (same-origin session cookie); a failure becomes the usual `ApiError`. */
async function fetchBinary(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'client.network_error' });
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  const problem = problemSchema.safeParse(body);
  throw new ApiError({
    status: response.status,
    code: problem.success ? problem.data.code : fallbackCodeForStatus(response.status),
    problem: problem.success ? (body as Record<string, unknown>) : {},
  });
}

/** One TIFF page converted to PNG by the server, with the number of pages. */
export async function getTiffPage({ id, page, signal }: { id: string; page: number; signal?: AbortSignal }) {
  const response = await fetchBinary(`${filePath(id, 'preview')}?page=${page}`, signal);
  return {
    png: await response.blob(),
    page: Number(response.headers.get(FILE_PREVIEW_PAGE_HEADER) ?? page),
    pageCount: Number(response.headers.get(FILE_PREVIEW_PAGE_COUNT_HEADER) ?? 1),
  };
}

/** The whole content (for pdf.js); an audited read. */
export async function getFileContent({ id, signal }: { id: string; signal?: AbortSignal }) {
  const response = await fetchBinary(`${filePath(id, 'content')}?inline=1`, signal);
  return new Uint8Array(await response.arrayBuffer());
}
