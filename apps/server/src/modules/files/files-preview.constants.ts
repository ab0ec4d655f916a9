/** Text shown in a preview: at most this many bytes of a plain-text or XML file are read. */
export const PREVIEW_TEXT_BYTES = 1024 * 1024;
/** Characters of text answered (extracted or pretty-printed text may be longer than the source). */
export const PREVIEW_TEXT_CHARS = 1024 * 1024;
/** Files read whole for a conversion (TIFF, DOCX, ODT); larger ones are only downloaded. */
export const PREVIEW_SOURCE_BYTES = 50 * 1024 * 1024;
/** Uncompressed bytes read from one entry of a DOCX/ODT (a zip bomb stops here). */
export const PREVIEW_UNZIPPED_BYTES = 20 * 1024 * 1024;
/** Pixels of one TIFF page converted (an A4 page scanned at 600 dpi is 35 million). */
export const PREVIEW_TIFF_PIXELS = 40_000_000;
/** Pages of a TIFF walked at most (the page chain is checked for loops too). */
export const PREVIEW_TIFF_PAGES = 2000;
