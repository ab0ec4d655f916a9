import { Readable } from 'node:stream';
import type { FileDto } from '@obieg/contracts/files';
import type { FilesConfig } from '../../config/config.js';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import {
  createFileNotFoundError,
  createFileTooLargeError,
  createUnsupportedMediaTypeError,
} from './files.errors.js';
import { isAcceptedMediaType, sanitizeFileName, sniffMediaType, toFileDto } from './files.models.js';
import { enqueueJob } from '../jobs/jobs.usecases.js';
import { FILE_TEXT_JOB } from './files.constants.js';
import { SIGNATURE_INTAKE_MEDIA_TYPES, SIGNATURE_VERIFY_JOB } from '../signatures/signatures.constants.js';
import { isTextExtractable } from './files-text.models.js';
import { createFilesRepository } from './files.repository.js';
import type { FileStore, StoredContent } from './storage/file-store.js';
import { readAll } from './storage/read-all.js';

export type FilesDeps = CoreDeps & {
  fileStore: FileStore;
  config: { files: Pick<FilesConfig, 'maxUploadBytes' | 'allowedMediaTypes'> };
};

/**
 * The row of content just stored, its `files.uploaded` event and, for documents with text, the
 * job that reads it for search (inside the caller's transaction).
 */
async function recordStoredFile({
  deps,
  tx,
  audit,
  tenantId,
  stored,
  name,
  createdBy,
  details = {},
  searchable = true,
}: {
  deps: Pick<FilesDeps, 'ids' | 'clock'>;
  tx: Database;
  audit: AuditFn;
  tenantId: string;
  stored: StoredContent<string>;
  name: string;
  createdBy: string | null;
  details?: Record<string, unknown>;
  /** False for proofs (delivery evidence, receipts): their text is not worth a search job. */
  searchable?: boolean;
}) {
  const row = await createFilesRepository({ db: tx }).insertFile({
    id: deps.ids.next(),
    tenantId,
    sha256: stored.sha256,
    size: stored.size,
    mediaType: stored.inspected,
    name,
    storageKey: stored.key,
    createdBy,
    createdAt: deps.clock.now(),
  });
  await audit({
    action: 'files.uploaded',
    subjectType: 'file',
    subjectId: row.id,
    details: { name, size: row.size, mediaType: row.mediaType, sha256: row.sha256, ...details },
  });
  // Its text is read for search after commit, by a background job.
  if (searchable && isTextExtractable(row.mediaType))
    await enqueueJob({ tx, deps, tenantId, kind: FILE_TEXT_JOB, payload: { fileId: row.id } });
  return row;
}

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
    const row = await recordStoredFile({
      deps,
      tx,
      audit,
      tenantId,
      stored,
      name,
      createdBy: ctx.actor.userId,
    });
    // Every file that may carry an electronic signature is verified on intake (DOMAIN.md §9.2).
    if (SIGNATURE_INTAKE_MEDIA_TYPES.has(row.mediaType))
      await enqueueJob({ tx, deps, tenantId, kind: SIGNATURE_VERIFY_JOB, payload: { fileId: row.id } });
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

/**
 * Keeps bytes the system made (a rendered letter, a signed PDF) as a file of the office, inside
 * the caller's transaction: stored first (content-addressed, durable before the row commits),
 * then its row and the `files.uploaded` event with `details.generated`.
 */
export async function storeGeneratedFile({
  deps,
  tx,
  audit,
  tenantId,
  createdBy,
  bytes,
  name,
  details = {},
  searchable = true,
}: {
  deps: Pick<FilesDeps, 'fileStore' | 'ids' | 'clock'>;
  tx: Database;
  audit: AuditFn;
  tenantId: string;
  createdBy: string | null;
  bytes: Uint8Array;
  name: string;
  details?: Record<string, unknown>;
  /** False for proofs (delivery evidence, receipts): no search job for their text. */
  searchable?: boolean;
}): Promise<FileDto> {
  const stored = await deps.fileStore.put({
    tenantId,
    source: Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    maxBytes: Math.max(bytes.byteLength, 1),
    inspect: (sample) => sniffMediaType(sample) ?? 'application/octet-stream',
  });
  await stored.durable;
  const row = await recordStoredFile({
    deps,
    tx,
    audit,
    tenantId,
    stored,
    name: sanitizeFileName(name),
    createdBy,
    details: { generated: true, ...details },
    searchable,
  });
  return toFileDto(row);
}

/**
 * Keeps a file that came from outside through an integration (an e-Doręczenia attachment, an
 * ePUAP form) inside the caller's transaction, under the same rules as an upload: its type told
 * from the content and checked against the office's accepted types (refused with
 * `files.unsupported_media_type` otherwise), the size limit, and the signature check after commit.
 */
export async function storeReceivedFile({
  deps,
  tx,
  audit,
  tenantId,
  bytes,
  name,
  details = {},
  searchable = true,
}: {
  deps: Pick<FilesDeps, 'fileStore' | 'ids' | 'clock' | 'config'>;
  tx: Database;
  audit: AuditFn;
  tenantId: string;
  bytes: Uint8Array;
  name: string;
  details?: Record<string, unknown>;
  /** False for proofs (delivery evidence, receipts): no search job for their text. */
  searchable?: boolean;
}): Promise<FileDto> {
  if (bytes.byteLength > deps.config.files.maxUploadBytes)
    throw createFileTooLargeError({
      detail: `The file is larger than ${deps.config.files.maxUploadBytes} bytes.`,
    });
  const stored = await deps.fileStore.put({
    tenantId,
    source: Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    maxBytes: Math.max(bytes.byteLength, 1),
    inspect: (sample) => {
      const mediaType = sniffMediaType(sample);
      if (!mediaType || !isAcceptedMediaType({ mediaType, allowed: deps.config.files.allowedMediaTypes }))
        throw createUnsupportedMediaTypeError({
          detail: mediaType
            ? `${name}: the content is ${mediaType}, which is not accepted.`
            : `${name}: the content is of no recognised type.`,
          meta: { detectedMediaType: mediaType },
        });
      return mediaType;
    },
  });
  await stored.durable;
  const row = await recordStoredFile({
    deps,
    tx,
    audit,
    tenantId,
    stored,
    name: sanitizeFileName(name),
    createdBy: null,
    details: { received: true, ...details },
    searchable,
  });
  if (SIGNATURE_INTAKE_MEDIA_TYPES.has(row.mediaType))
    await enqueueJob({ tx, deps, tenantId, kind: SIGNATURE_VERIFY_JOB, payload: { fileId: row.id } });
  return toFileDto(row);
}

/**
 * A file's whole content (at most `maxBytes`) and its row, inside the caller's transaction, for
 * the system's own use (signing, verifying); the caller records why it read it.
 */
export async function readFileBytesInTransaction({
  deps,
  tx,
  tenantId,
  id,
  maxBytes,
}: {
  deps: Pick<FilesDeps, 'fileStore'>;
  tx: Database;
  tenantId: string;
  id: string;
  maxBytes: number;
}): Promise<{ file: FileDto; bytes: Uint8Array } | null> {
  const row = await createFilesRepository({ db: tx }).findFileById({ tenantId, id });
  if (!row) return null;
  const tooLarge = () => createFileTooLargeError({ detail: `The file is larger than ${maxBytes} bytes.` });
  if (row.size > maxBytes) throw tooLarge();
  const bytes = await readAll(await deps.fileStore.open(row.storageKey), maxBytes);
  if (!bytes) throw tooLarge();
  return { file: toFileDto(row), bytes };
}

/** A file of the office inside the caller's transaction, or null. */
export async function getFileInTransaction({
  tx,
  tenantId,
  id,
}: {
  tx: Database;
  tenantId: string;
  id: string;
}): Promise<FileDto | null> {
  const row = await createFilesRepository({ db: tx }).findFileById({ tenantId, id });
  return row ? toFileDto(row) : null;
}
