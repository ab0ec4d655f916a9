import { queryOptions } from '@tanstack/react-query';
import { getFileContent, getFilePreview, getTiffPage } from './files.api';

export const filesKeys = {
  all: ['files'] as const,
  preview: (id: string) => ['files', 'preview', id] as const,
  tiffPage: (id: string, page: number) => ['files', 'preview', id, 'page', page] as const,
  content: (id: string) => ['files', 'content', id] as const,
};

/**
 * Every read of a file's content is audited, so, as for a contact card, a preview is read once
 * each time it is shown: no background refetching, dropped as soon as nothing shows it.
 */
const readOncePerView = { staleTime: Infinity, gcTime: 0, refetchOnMount: 'always', retry: false } as const;

export const filePreviewQuery = (id: string) =>
  queryOptions({
    queryKey: filesKeys.preview(id),
    queryFn: ({ signal }) => getFilePreview({ id, signal }),
    ...readOncePerView,
  });

export const tiffPageQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: filesKeys.tiffPage(id, page),
    queryFn: ({ signal }) => getTiffPage({ id, page, signal }),
    ...readOncePerView,
  });

/** The bytes of a PDF for pdf.js (which gets its own copy: it transfers what it is given to its worker). */
export const fileContentQuery = (id: string) =>
  queryOptions({
    queryKey: filesKeys.content(id),
    queryFn: ({ signal }) => getFileContent({ id, signal }),
    structuralSharing: false,
    ...readOncePerView,
  });
