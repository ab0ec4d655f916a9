import { listResponseSchema } from '@obieg/contracts/common';
import {
  jrwaClassSchema,
  jrwaExtractSchema,
  jrwaImportResultSchema,
  jrwaListResponseSchema,
  jrwaVersionSchema,
} from '@obieg/contracts/jrwa';
import { api, apiRequest, buildUrl } from '../../app/api-client';

const versionListSchema = listResponseSchema(jrwaVersionSchema);

export type JrwaListQuery = { q?: string; versionId?: string; finalOnly?: boolean };

export const listJrwaClasses = (query: JrwaListQuery) =>
  api.get('/api/v1/jrwa', jrwaListResponseSchema, query);

export const getJrwaClass = (symbol: string) =>
  api.get(`/api/v1/jrwa/${encodeURIComponent(symbol)}`, jrwaClassSchema);

export const listJrwaVersions = () => api.get('/api/v1/jrwa/versions', versionListSchema);

export function importJrwa({ file, name, validFrom }: { file: File; name?: string; validFrom?: string }) {
  const body = new FormData();
  if (name) body.set('name', name);
  if (validFrom) body.set('validFrom', validFrom);
  // The file goes last, so a streaming parser has read the other fields when it reaches it.
  body.set('file', file, file.name);
  return apiRequest('/api/v1/jrwa/import', { method: 'POST', body, schema: jrwaImportResultSchema });
}

export const jrwaExportUrl = ({ format, versionId }: { format: 'csv' | 'xml'; versionId?: string }) =>
  buildUrl('/api/v1/jrwa/export', { format, versionId });

export const getJrwaExtract = (orgUnitId: string) =>
  api.get(`/api/v1/jrwa/extracts/${encodeURIComponent(orgUnitId)}`, jrwaExtractSchema);

export const setJrwaExtract = ({ orgUnitId, symbols }: { orgUnitId: string; symbols: string[] }) =>
  api.put(`/api/v1/jrwa/extracts/${encodeURIComponent(orgUnitId)}`, { symbols }, jrwaExtractSchema);
