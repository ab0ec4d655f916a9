import { describe, expect, test } from 'vitest';
import { clampPage, fileContentUrl, pageScale, previewKindOf, stepZoom } from './file-preview.models';

describe('file preview helpers', () => {
  test('each accepted type is previewed the right way; office binaries are only downloaded', () => {
    const kinds = [
      'application/pdf',
      'image/jpeg',
      'image/png',
      'image/tiff',
      'text/plain',
      'application/xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.text',
      'application/msword',
      'application/zip',
    ].map((mediaType) => previewKindOf({ mediaType }));
    expect(kinds).toEqual(['pdf', 'image', 'image', 'tiff', 'text', 'xml', 'docx', 'odt', null, null]);
  });

  test('the download URL answers with an attachment, the preview URL inline', () => {
    expect(fileContentUrl('0199aaaa-0000-7000-8000-000000000001', { download: true })).toBe(
      '/api/v1/files/0199aaaa-0000-7000-8000-000000000001/content',
    );
    expect(fileContentUrl('abc', { download: false })).toBe('/api/v1/files/abc/content?inline=1');
  });

  test('a page number stays within the document', () => {
    expect([clampPage(0, 3), clampPage(2, 3), clampPage(9, 3), clampPage(1, 0), clampPage(NaN, 4)]).toEqual([
      1, 2, 3, 1, 1,
    ]);
  });

  test('zoom steps through the levels and stops at both ends', () => {
    expect(stepZoom(1, 'in')).toBe(1.25);
    expect(stepZoom(1, 'out')).toBe(0.75);
    expect(stepZoom(3, 'in')).toBe(3);
    expect(stepZoom(0.5, 'out')).toBe(0.5);
  });

  test('at 100% an A4 page (595 pt) fills the available width', () => {
    expect(pageScale({ pageWidth: 595, availableWidth: 1190, zoom: 1 })).toBe(2);
    expect(pageScale({ pageWidth: 595, availableWidth: 1190, zoom: 1.5 })).toBe(3);
    expect(pageScale({ pageWidth: 10, availableWidth: 5000, zoom: 3 })).toBe(8);
    expect(pageScale({ pageWidth: 595, availableWidth: 0, zoom: 1 })).toBe(1);
  });
});
