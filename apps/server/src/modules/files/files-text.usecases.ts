import type { Database } from '../../db/database.types.js';
import { withTenant } from '../../db/tenant-scope.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { Job } from '../jobs/jobs.usecases.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import { FILE_TEXT_MAX_SOURCE_BYTES, FILE_TEXT_SEARCH_CHARS } from './files.constants.js';
import { extractText, isTextExtractable, type ExtractedText } from './files-text.models.js';
import { createFilesRepository } from './files.repository.js';
import { readAll } from './storage/read-all.js';
import type { FileStore } from './storage/file-store.js';

type TextDeps = CoreDeps & { fileStore: FileStore };

/**
 * The `files.extract_text` job: reads the file's content and keeps its text for search. Content
 * without readable text (images, scans) is recorded as `none`; damaged or oversized content too,
 * with the reason, so the job is not retried forever. A failure of the store (content missing,
 * disk error) throws: the job is retried.
 */
export async function extractFileTextJob({ deps, job }: { deps: TextDeps; job: Job }): Promise<void> {
  const fileId = typeof job.payload.fileId === 'string' ? job.payload.fileId : null;
  if (!fileId) throw new Error('files.extract_text needs payload.fileId');
  const tenantId = job.tenantId;
  const file = await withTenant({ db: deps.db, tenantId }, (tx) =>
    createFilesRepository({ db: tx }).findFileById({ tenantId, id: fileId }),
  );
  if (!file) return;
  let extracted: ExtractedText & { error: string | null } = {
    method: 'none',
    text: '',
    truncated: false,
    error: null,
  };
  if (isTextExtractable(file.mediaType) && file.size > FILE_TEXT_MAX_SOURCE_BYTES)
    extracted.error = 'too_large';
  else if (isTextExtractable(file.mediaType)) {
    const bytes = await readAll(await deps.fileStore.open(file.storageKey), FILE_TEXT_MAX_SOURCE_BYTES);
    try {
      extracted = bytes
        ? { ...(await extractText({ mediaType: file.mediaType, bytes })), error: null }
        : { ...extracted, error: 'too_large' };
    } catch (error) {
      extracted = {
        ...extracted,
        error: `unreadable: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
      };
    }
  }
  await withTenant({ db: deps.db, tenantId }, (tx) =>
    createFilesRepository({ db: tx }).upsertFileText({
      tenantId,
      fileId,
      method: extracted.method,
      text: extracted.text,
      chars: extracted.text.length,
      truncated: extracted.truncated,
      error: extracted.error,
      extractedAt: deps.clock.now(),
      searchText: foldDiacritics(extracted.text.slice(0, FILE_TEXT_SEARCH_CHARS)),
    }),
  );
}

/** A file's extracted text (null until its job ran), inside the caller's transaction. */
export async function findFileTextInTransaction({
  tx,
  tenantId,
  fileId,
}: {
  tx: Database;
  tenantId: string;
  fileId: string;
}) {
  return createFilesRepository({ db: tx }).findFileText({ tenantId, fileId });
}
