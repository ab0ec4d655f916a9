import type { filesPl } from '../pl/files.pl';

export const filesEn: Record<keyof typeof filesPl, string> = {
  'files.preview.region': 'Preview of the file {name}',
  'files.preview.download': 'Download',
  'files.preview.download_label': 'Download the file {name}',
  'files.preview.unavailable': 'Preview not available',
  'files.preview.unavailable_hint':
    'This kind of file cannot be shown in the browser. Download it to open it in a program on your computer.',
  'files.preview.page_previous': 'Previous page',
  'files.preview.page_next': 'Next page',
  'files.preview.page_status': 'Page {page} of {count}',
  'files.preview.zoom_in': 'Zoom in',
  'files.preview.zoom_out': 'Zoom out',
  'files.preview.zoom_level': 'Zoom',
  'files.preview.pdf_page': 'Page {page} of {count} of the document {name}',
  'files.preview.pdf_error': 'The PDF could not be shown (the file may be damaged). Download it to open it.',
  'files.preview.pdf_password': 'The PDF is protected by a password. Download it to open it.',
  'files.preview.image_alt': 'Image {name}',
  'files.preview.image_error': 'The image could not be shown. Download the file to open it.',
  'files.preview.tiff_page': 'Page {page} of {count} of the scan {name}',
  'files.preview.text_label': 'Content of the file {name}',
  'files.preview.scroll_label': 'Preview of the file {name} (scrolls with the arrow keys)',
  'files.preview.empty_text': 'The file contains no text.',
  'files.preview.extracted_text':
    'Only the text of the document is shown, without its formatting, images and table layout.',
  'files.preview.xml_malformed': 'The XML file has syntax errors, so it is shown without formatting.',
  'files.preview.truncated':
    'Only the beginning of the file is shown (about 1 MB of text). Download it to see all of it.',
};
