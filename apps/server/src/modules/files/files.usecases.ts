import type { Readable } from 'node:stream';
import type { FileDto } from '@obieg/contracts/files';
import type { FilesConfig } from '../../config/config.js';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createFileNotFoundError, createUnsupportedMediaTypeError } from './files.errors.js';
import { isAcceptedMediaType, sanitizeFileName, sniffMediaType, toFileDto } from './files.models.js';
import { enqueueJob } from '../jobs/jobs.usecases.js';
import { FILE_TEXT_JOB } from './files.constants.js';
import { isTextExtractable } from './files-text.models.js';
import { createFilesRepository } from './files.repository.js';
import type { FileStore } from './storage/file-store.js';

export type FilesDeps = CoreDeps & {
  fileStore: FileStore;
  config: { files: Pick<FilesConfig, 'maxUploadBytes' | 'allowedMediaTypes'> };
};

/**
 * Receives one file: streamed into the store (hashed on the way, stopped past the limit), its
 * type told from the content and checked against the office's accepted types before anything is
 * kept; then its row and the `files.uploaded` event are written in one transaction.
 */
export async function uploadFile({
  deps,
  ctx,
  source,
  fileName,
}: {
  deps: FilesDeps;
  ctx: Context;
  source: Readable;
  fileName: string | null;
}): Promise<FileDto> {
  const tenantId = ctx.actor.tenantId;
  const name = sanitizeFileName(fileName);
  const stored = await deps.fileStore.put({
    tenantId,
    source,
    maxBytes: deps.config.files.maxUploadBytes,
    inspect: (sample) => {
      const mediaType = sniffMediaType(sample);
      if (!mediaType || !isAcceptedMediaType({ mediaType, allowed: deps.config.files.allowedMediaTypes }))
        throw createUnsupportedMediaTypeError({
          detail: mediaType
            ? `The content is ${mediaType}, which is not accepted.`
            : 'The content is of no recognised type.',
          meta: { detectedMediaType: mediaType },
        });
      return mediaType;
    },
  });
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createFilesRepository({ db: tx }).insertFile({
      id: deps.ids.next(),
      tenantId,
      sha256: stored.sha256,
      size: stored.size,
      mediaType: stored.inspected,
      name,
      storageKey: stored.key,
      createdBy: ctx.actor.userId,
      createdAt: deps.clock.now(),
    });
    await audit({
      action: 'files.uploaded',
      subjectType: 'file',
      subjectId: row.id,
      details: { name, size: row.size, mediaType: row.mediaType, sha256: row.sha256 },
    });
    // Its text is read for search after commit, by a background job.
    if (isTextExtractable(row.mediaType))
      await enqueueJob({ tx, deps, tenantId, kind: FILE_TEXT_JOB, payload: { fileId: row.id } });
    // The row commits only once the content is durable under its key.
    await stored.durable;
    return toFileDto(row);
  });
}

export async function getFile({ deps, ctx, id }: { deps: FilesDeps; ctx: Context; id: string }) {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createFilesRepository({ db: tx }).findFileById({ tenantId: ctx.actor.tenantId, id }),
  );
  if (!row) throw createFileNotFoundError();
  return toFileDto(row);
}

/**
 * Opens a file's content for the actor; every read is recorded (`files.content_read`, with
 * `details` such as the purpose) in the same transaction. The audit events are appended at commit,
 * so if that fails the opened stream is released here, not left to the caller.
 */
export async function readFileContent({
  deps,
  ctx,
  id,
  details = {},
}: {
  deps: FilesDeps;
  ctx: Context;
  id: string;
  details?: Record<string, unknown>;
}): Promise<{ file: FileDto; content: Readable }> {
  let content: Readable | undefined;
  try {
    return await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
      const row = await createFilesRepository({ db: tx }).findFileById({ tenantId: ctx.actor.tenantId, id });
      if (!row) throw createFileNotFoundError();
      content = await deps.fileStore.open(row.storageKey);
      await audit({
        action: 'files.content_read',
        subjectType: 'file',
        subjectId: row.id,
        details: { name: row.name, sha256: row.sha256, ...details },
      });
      return { file: toFileDto(row), content };
    });
  } catch (error) {
    content?.destroy();
    throw error;
  }
}

/** Which of these ids name no file of the office (inside the caller's transaction). */
export async function findMissingFileIds({
  tx,
  tenantId,
  ids,
}: {
  tx: Database;
  tenantId: string;
  ids: string[];
}): Promise<string[]> {
  const repository = createFilesRepository({ db: tx });
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    if (!(await repository.findFileById({ tenantId, id }))) missing.push(id);
  }
  return missing;
}
