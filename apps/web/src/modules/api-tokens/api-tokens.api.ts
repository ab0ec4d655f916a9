import { apiTokenSchema, createdApiTokenSchema, type CreateApiTokenInput } from '@obieg/contracts/auth';
import { listResponseSchema } from '@obieg/contracts/common';
import { api } from '../../app/api-client';

const tokenListSchema = listResponseSchema(apiTokenSchema);

export const apiTokensKey = ['api-tokens'] as const;

export const listApiTokens = (cursor?: string) =>
  api.get('/api/v1/api-tokens', tokenListSchema, { cursor, limit: 100 });

export const createApiToken = (input: CreateApiTokenInput) =>
  api.post('/api/v1/api-tokens', input, createdApiTokenSchema);

export const revokeApiToken = (id: string) => api.delete(`/api/v1/api-tokens/${encodeURIComponent(id)}`);
