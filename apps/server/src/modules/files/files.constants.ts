/** The KRI list of formats (DOMAIN.md §6.5) as media types: the default of `OBIEG_ALLOWED_MEDIA_TYPES`. */
export const KRI_MEDIA_TYPES = [
  'text/plain',
  'text/csv',
  'application/rtf',
  'application/pdf',
  'application/vnd.ms-xpsdocument',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'image/jpeg',
  'image/tiff',
  'image/png',
  'image/svg+xml',
  'image/jp2',
  'audio/wav',
  'audio/mpeg',
  'audio/mp4',
  'audio/ogg',
  'video/x-msvideo',
  'video/mpeg',
  'video/mp4',
  'video/ogg',
  'application/zip',
  'application/x-tar',
  'application/gzip',
  'application/x-7z-compressed',
  'application/vnd.etsi.asic-e+zip',
  'application/vnd.etsi.asic-s+zip',
  'text/html',
  'application/xhtml+xml',
  'text/css',
  'application/xml',
  'application/pkcs7-signature',
  'image/vnd.dwg',
  'image/vnd.dxf',
] as const;

/** Never accepted, whatever the configuration says. */
export const EXECUTABLE_MEDIA_TYPES = new Set([
  'application/x-msdownload',
  'application/x-executable',
  'application/x-mach-binary',
  'text/x-shellscript',
]);

/** Bytes kept from the start and the end of an upload for detecting its type. */
export const SNIFF_BYTES = 64 * 1024;
export const MAX_FILE_NAME_LENGTH = 128;

/** Text kept per file for search (characters). */
export const FILE_TEXT_MAX_CHARS = 1_000_000;
/** Pages of a PDF read for search. */
export const FILE_TEXT_MAX_PDF_PAGES = 2_000;
/** Files above this size are not read for search (the whole file is parsed in memory). */
export const FILE_TEXT_MAX_SOURCE_BYTES = 100 * 1024 * 1024;
/** The background job that extracts a file's text after upload. */
export const FILE_TEXT_JOB = 'files.extract_text';
/** Characters of a file's text that search indexes (a PostgreSQL tsvector holds at most 1 MB). */
export const FILE_TEXT_SEARCH_CHARS = 200_000;
