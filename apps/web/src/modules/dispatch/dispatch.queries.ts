import type { Dispatch } from '@obieg/contracts/dispatch';
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { getDispatch, getDispatchOptions, listRegister, type RegisterFilter } from './dispatch.api';

export const dispatchKeys = {
  all: ['dispatch'] as const,
  options: (documentId: string) => ['dispatch', 'options', documentId] as const,
  detail: (id: string) => ['dispatch', 'detail', id] as const,
  register: ['dispatch', 'register'] as const,
  registerPage: (query: RegisterFilter) => ['dispatch', 'register', query] as const,
};

/** Read afresh on each visit of the letter: a signature or a contact's new address changes the answer. */
export const dispatchOptionsQuery = (documentId: string) =>
  queryOptions({
    queryKey: dispatchKeys.options(documentId),
    queryFn: () => getDispatchOptions(documentId),
    staleTime: 0,
    retry: false,
  });

export const dispatchQuery = (id: string) =>
  queryOptions({ queryKey: dispatchKeys.detail(id), queryFn: () => getDispatch(id) });

/** A page of the outgoing register (also the queue, a case's or a document's dispatches). */
export const registerQuery = (query: RegisterFilter) =>
  queryOptions({
    queryKey: dispatchKeys.registerPage(query),
    queryFn: () => listRegister(query),
    placeholderData: keepPreviousData,
  });

/** After a change: the register (queue, case and document lists) and the dispatch itself. */
export async function refreshDispatch(queryClient: QueryClient, dispatch?: Dispatch) {
  if (dispatch) queryClient.setQueryData(dispatchKeys.detail(dispatch.id), dispatch);
  await queryClient.invalidateQueries({ queryKey: dispatchKeys.register });
}
