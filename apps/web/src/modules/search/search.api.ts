import { searchResultSchema } from '@obieg/contracts/search';
import { api } from '../../app/api-client';
import { toSearchQuery, type GlobalSearch } from './search.models';

/** One search across incoming items, cases, case documents and contacts, scoped by the API to what I may open. */
export const searchEverything = (search: GlobalSearch) =>
  api.get('/api/v1/search', searchResultSchema, toSearchQuery(search));
