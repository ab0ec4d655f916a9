import {
  contactListSchema,
  contactSchema,
  contactSuggestionsSchema,
  type CreateContactInput,
  type UpdateContactInput,
} from '@obieg/contracts/contacts';
import { apiRequest, api } from '../../app/api-client';

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

/** Search as you type: persons come back masked (PESEL's last 4 digits, only the city). */
export const searchContacts = ({ q, limit, signal }: { q?: string; limit?: number; signal?: AbortSignal }) =>
  apiRequest(path('contacts'), { schema: contactListSchema, query: { q, limit }, signal });

/** Existing contacts with a similar name, while a new one is being typed. */
export const suggestContacts = ({ name, signal }: { name: string; signal?: AbortSignal }) =>
  apiRequest(path('contacts', 'suggestions'), { schema: contactSuggestionsSchema, query: { name }, signal });

/** The full record; every read is written to the audit log (`contacts.record_viewed`). */
export const getContact = (id: string) => api.get(path('contacts', id), contactSchema);

export const createContact = (input: CreateContactInput) => api.post(path('contacts'), input, contactSchema);

export const updateContact = ({ id, input }: { id: string; input: UpdateContactInput }) =>
  api.patch(path('contacts', id), input, contactSchema);
