import {
  dispatchOptionsSchema,
  dispatchSchema,
  registerPageSchema,
  registerRowSchema,
  type CreateDispatchInput,
  type MarkPostedInput,
  type RecordDeliveryInput,
  type RecordReturnInput,
  type RegisterQuery,
  type ReturnReceiptInput,
} from '@obieg/contracts/dispatch';
import { z } from 'zod';
import { api, buildUrl } from '../../app/api-client';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

const postedSchema = z.object({ items: z.array(registerRowSchema) });

/** A register query as the API reads it: only what is set (paging and sorting included). */
export type RegisterFilter = Partial<RegisterQuery>;
export type EnvelopeFormat = 'DL' | 'C5' | 'C4' | 'labels';
export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

// Ordering a dispatch (the officer).

/** What the dispatch dialog offers: whether the letter may be sent, its addressees and their channels. */
export const getDispatchOptions = (documentId: string) =>
  api.get(path('documents', documentId, 'dispatch-options'), dispatchOptionsSchema);

export const createDispatch = (input: CreateDispatchInput) =>
  api.post(path('outgoing'), input, dispatchSchema);

export const getDispatch = (id: string) => api.get(path('outgoing', id), dispatchSchema);

// The outgoing register (the registry).

export const listRegister = (query: RegisterFilter) => api.get(path('outgoing'), registerPageSchema, query);

export const markPosted = (input: MarkPostedInput) =>
  api.post(path('outgoing', 'posted'), input, postedSchema);

export const recordDelivery = ({ id, input }: { id: string; input: RecordDeliveryInput }) =>
  api.post(path('outgoing', id, 'delivery'), input, dispatchSchema);

/** A scanned return card (ZPO): 404 `dispatch.unknown_tracking_number` when no letter has its number. */
export const recordReturnReceipt = (input: ReturnReceiptInput) =>
  api.post(path('outgoing', 'return-receipts'), input, dispatchSchema);

export const recordReturn = ({
  id,
  itemId,
  input,
}: {
  id: string;
  itemId: string;
  input: RecordReturnInput;
}) => api.post(path('outgoing', id, 'items', itemId, 'return'), input, dispatchSchema);

export const retryItem = ({ id, itemId }: { id: string; itemId: string }) =>
  api.post(path('outgoing', id, 'items', itemId, 'retry'), undefined, dispatchSchema);

export const cancelItem = ({ id, itemId }: { id: string; itemId: string }) =>
  api.post(path('outgoing', id, 'items', itemId, 'cancel'), undefined, dispatchSchema);

// Printouts and files (opened by the browser: links, not fetches).

/** The register as CSV, XLSX or a printout (PDF, the print date on each page) with the chosen fields. */
export const registerExportUrl = ({
  query,
  format,
  fields,
}: {
  query: RegisterFilter;
  format: ExportFormat;
  fields?: readonly string[];
}) => {
  const { limit: _limit, offset: _offset, ...filters } = query;
  return buildUrl(path('outgoing', 'export'), {
    ...filters,
    format,
    fields: fields && fields.length > 0 ? fields.join(',') : undefined,
  });
};

export const envelopesUrl = ({ itemIds, format }: { itemIds: readonly string[]; format: EnvelopeFormat }) =>
  buildUrl(path('outgoing', 'envelopes.pdf'), { items: itemIds.join(','), format });

export const postalBookUrl = (date: string) => buildUrl(path('outgoing', 'postal-book.pdf'), { date });

export const elektronicznyNadawcaUrl = (date: string) =>
  buildUrl(path('outgoing', 'en-export.xml'), { date });
