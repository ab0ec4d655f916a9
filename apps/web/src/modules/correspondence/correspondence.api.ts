import {
  dictionarySchema,
  incomingItemSchema,
  incomingListSchema,
  type CorrectIncomingInput,
  type RegisterIncomingInput,
} from '@obieg/contracts/correspondence';
import { fileSchema } from '@obieg/contracts/files';
import { api, apiBlob, apiRequest, apiUpload, buildUrl } from '../../app/api-client';
import { toFilterQuery, type IncomingSearch } from './incoming-search.models';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;
const LIST_LIMIT = 50;

/** Registers a letter; a retry with the same key (double submit, lost answer) returns the same item. */
export const registerIncoming = ({
  input,
  idempotencyKey,
}: {
  input: RegisterIncomingInput;
  idempotencyKey: string;
}) =>
  apiRequest(path('incoming'), {
    method: 'POST',
    body: input,
    schema: incomingItemSchema,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

export const listIncoming = ({ search, cursor }: { search: IncomingSearch; cursor?: string }) =>
  api.get(path('incoming'), incomingListSchema, { ...toFilterQuery(search), limit: LIST_LIMIT, cursor });

export const getIncoming = (id: string) => api.get(path('incoming', id), incomingItemSchema);

export const correctIncoming = ({ id, input }: { id: string; input: CorrectIncomingInput }) =>
  api.patch(path('incoming', id), input, incomingItemSchema);

export const cancelIncoming = ({ id, reason }: { id: string; reason: string }) =>
  api.post(path('incoming', id, 'cancel'), { reason }, incomingItemSchema);

export const attachIncomingFiles = ({ id, fileIds }: { id: string; fileIds: string[] }) =>
  api.post(path('incoming', id, 'files'), { fileIds }, incomingItemSchema);

export const listDeliveryMethods = () => api.get(path('dictionaries', 'delivery-methods'), dictionarySchema);
export const listDocumentKinds = () => api.get(path('dictionaries', 'document-kinds'), dictionarySchema);

/** Uploads one scan (multipart `file`), reporting progress. */
export function uploadScan({
  file,
  onProgress,
  signal,
}: {
  file: File;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}) {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiUpload(path('files'), { body, schema: fileSchema, onProgress, signal });
}

export const getFileInfo = (id: string) => api.get(path('files', id), fileSchema);

export const fileContentUrl = (id: string) => path('files', id, 'content');
export const labelUrl = (id: string) => path('incoming', id, 'label.pdf');
export const receiptUrl = (id: string) => path('incoming', id, 'receipt.pdf');
export const exportUrl = (search: IncomingSearch, format: 'csv' | 'xlsx') =>
  buildUrl(path('incoming', 'export'), { ...toFilterQuery(search), format });
export const registerPdfUrl = (search: IncomingSearch) =>
  buildUrl(path('incoming', 'register.pdf'), toFilterQuery(search));

/** A printout (label, receipt) as a blob, to print without leaving the screen. */
export const fetchPrintout = (url: string) => apiBlob(url);
