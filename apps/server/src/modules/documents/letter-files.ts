import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { AuditFn } from '../audit/audit.usecases.js';
import { readFileBytesInTransaction, storeGeneratedFile } from '../files/files.usecases.js';
import type { FileStore } from '../files/storage/file-store.js';
import { renderLetterDocx } from './letter.docx.js';
import type { LetterFrame } from './letter.models.js';
import { renderLetterPdf, type LetterImage } from './letter.pdf.js';

export type DocumentsDeps = CoreDeps & { fileStore: FileStore };

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** A safe file name from a title: letters, digits and dashes, at most 80 characters. */
export function fileBaseName(title: string) {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || 'pismo';
}

/**
 * Renders a letter version to PDF (to read, approve and sign) and DOCX (to edit) and keeps both
 * as files of the office.
 */
export async function storeLetterFiles({
  deps,
  tx,
  audit,
  tenantId,
  title,
  frame,
  body,
  versionNumber,
  createdBy,
}: {
  deps: DocumentsDeps;
  tx: Database;
  audit: AuditFn;
  tenantId: string;
  title: string;
  frame: LetterFrame;
  body: string;
  versionNumber: number;
  createdBy: string | null;
}) {
  let logo: LetterImage | null = null;
  if (frame.logoFileId) {
    const found = await readFileBytesInTransaction({
      deps,
      tx,
      tenantId,
      id: frame.logoFileId,
      maxBytes: MAX_LOGO_BYTES,
    }).catch(() => null);
    if (found && (found.file.mediaType === 'image/png' || found.file.mediaType === 'image/jpeg'))
      logo = { bytes: found.bytes, mediaType: found.file.mediaType };
  }
  const [pdf, docx] = await Promise.all([
    renderLetterPdf({ title, frame, body, logo, at: deps.clock.now() }),
    renderLetterDocx({ frame, body }),
  ]);
  const name = `${fileBaseName(title)}-v${versionNumber}`;
  const file = await storeGeneratedFile({
    deps,
    tx,
    audit,
    tenantId,
    createdBy,
    bytes: pdf,
    name: `${name}.pdf`,
  });
  const editable = await storeGeneratedFile({
    deps,
    tx,
    audit,
    tenantId,
    createdBy,
    bytes: docx,
    name: `${name}.docx`,
  });
  return { file, editable };
}
