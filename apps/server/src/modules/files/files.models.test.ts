import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KRI_MEDIA_TYPES } from './files.constants.js';
import { contentDisposition, isAcceptedMediaType, sanitizeFileName, sniffMediaType } from './files.models.js';

const sample = (bytes: Buffer | string) => {
  const head = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  return { head, tail: head, size: head.length };
};
const withMagic = (magic: number[] | string, total = 300) => {
  const bytes = Buffer.alloc(total, 0x20);
  (typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic)).copy(bytes);
  return bytes;
};
/** A minimal ZIP: local headers (stored entries) named in order, then nothing more is needed to sniff. */
const zipOf = (entries: [name: string, content: string][]) =>
  Buffer.concat(
    entries.map(([name, content]) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt32LE(content.length, 18);
      header.writeUInt32LE(content.length, 22);
      header.writeUInt16LE(name.length, 26);
      return Buffer.concat([header, Buffer.from(name), Buffer.from(content)]);
    }),
  );
const ole2 = (stream: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(500),
    Buffer.from(stream, 'utf16le'),
  ]);

describe('the media type is told from the content, not the name', () => {
  const cases: [string, Buffer | string, string | null][] = [
    ['PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'application/pdf'],
    ['PNG', withMagic([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    ['JPEG', withMagic([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['TIFF (Intel)', withMagic('II*\0'), 'image/tiff'],
    ['TIFF (Motorola)', withMagic('MM\0*'), 'image/tiff'],
    ['GIF', withMagic('GIF89a'), 'image/gif'],
    ['JPEG 2000', withMagic([0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20]), 'image/jp2'],
    [
      'DOCX',
      zipOf([
        ['[Content_Types].xml', '<Types/>'],
        ['word/document.xml', '<w/>'],
      ]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'XLSX',
      zipOf([
        ['[Content_Types].xml', '<Types/>'],
        ['xl/workbook.xml', '<x/>'],
      ]),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'PPTX',
      zipOf([
        ['[Content_Types].xml', '<Types/>'],
        ['ppt/presentation.xml', '<p/>'],
      ]),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    [
      'ODT',
      zipOf([
        ['mimetype', 'application/vnd.oasis.opendocument.text'],
        ['content.xml', '<c/>'],
      ]),
      'application/vnd.oasis.opendocument.text',
    ],
    [
      'ODS',
      zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]),
      'application/vnd.oasis.opendocument.spreadsheet',
    ],
    [
      'ODP',
      zipOf([['mimetype', 'application/vnd.oasis.opendocument.presentation']]),
      'application/vnd.oasis.opendocument.presentation',
    ],
    ['ASiC-E', zipOf([['mimetype', 'application/vnd.etsi.asic-e+zip']]), 'application/vnd.etsi.asic-e+zip'],
    ['plain ZIP', zipOf([['a.txt', 'abc']]), 'application/zip'],
    ['DOC', ole2('WordDocument'), 'application/msword'],
    ['XLS', ole2('Workbook'), 'application/vnd.ms-excel'],
    ['PPT', ole2('PowerPoint Document'), 'application/vnd.ms-powerpoint'],
    ['RTF', '{\\rtf1\\ansi Zażółć}', 'application/rtf'],
    ['XML with a declaration', '<?xml version="1.0"?><root/>', 'application/xml'],
    ['XML without a declaration', Buffer.from('\uFEFF<Dokument xmlns="urn:x"/>'), 'application/xml'],
    [
      'XAdES',
      '<?xml version="1.0"?><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/>',
      'application/xml',
    ],
    ['SVG', '<?xml version="1.0"?><!-- logo --><svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
    ['HTML', '<!DOCTYPE html><html><body>x</body></html>', 'text/html'],
    ['UTF-8 text', Buffer.from('Zażółć gęślą jaźń\r\n\tkoniec\n'), 'text/plain'],
    ['Windows-1250 text', Buffer.from([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x0d, 0x0a]), 'text/plain'],
    ['binary garbage', Buffer.from([0x01, 0x02, 0x03, 0x00, 0x10]), null],
    ['MP3 (ID3)', withMagic('ID3\x04'), 'audio/mpeg'],
    ['WAV', withMagic('RIFF\0\0\0\0WAVEfmt '), 'audio/wav'],
    ['AVI', withMagic('RIFF\0\0\0\0AVI LIST'), 'video/x-msvideo'],
    ['OGG', withMagic('OggS\0\x02'), 'audio/ogg'],
    ['MP4', withMagic('\0\0\0\x20ftypisom'), 'video/mp4'],
    ['gzip', withMagic([0x1f, 0x8b, 0x08]), 'application/gzip'],
    ['7z', withMagic([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), 'application/x-7z-compressed'],
    [
      'tar',
      Buffer.concat([Buffer.alloc(257, 0x61), Buffer.from('ustar\x0000'), Buffer.alloc(100)]),
      'application/x-tar',
    ],
    ['Windows executable', withMagic('MZ\x90\0'), 'application/x-msdownload'],
    ['ELF executable', withMagic([0x7f, 0x45, 0x4c, 0x46]), 'application/x-executable'],
    ['Mach-O executable', withMagic([0xcf, 0xfa, 0xed, 0xfe]), 'application/x-mach-binary'],
    ['shell script', '#!/bin/sh\nrm -rf /\n', 'text/x-shellscript'],
  ];
  it.each(cases)('%s', (_label, bytes, expected) => {
    expect(sniffMediaType(sample(bytes))).toBe(expected);
  });

  it('executables are never accepted, even when configured', () => {
    expect(
      isAcceptedMediaType({ mediaType: 'application/x-msdownload', allowed: ['application/x-msdownload'] }),
    ).toBe(false);
    expect(isAcceptedMediaType({ mediaType: 'application/pdf', allowed: [...KRI_MEDIA_TYPES] })).toBe(true);
    expect(isAcceptedMediaType({ mediaType: 'image/gif', allowed: [...KRI_MEDIA_TYPES] })).toBe(false);
  });
});

const SAMPLES = '/work/shared/data/samples';
const PACKAGE = '/work/shared/data/ndap-paczka-archiwalna/sample-paczka-archiwalna-48/dokumenty';
describe.skipIf(!existsSync(SAMPLES) || !existsSync(PACKAGE))('real documents are recognised', () => {
  const read = (file: string) => {
    const bytes = readFileSync(file);
    return { head: bytes.subarray(0, 65536), tail: bytes.subarray(-65536), size: bytes.length };
  };
  it.each([
    [`${SAMPLES}/pades/pl/sample_file.signed.pdf`, 'application/pdf'],
    [`${SAMPLES}/pades/eu-dss/PAdES-LT.pdf`, 'application/pdf'],
    [`${SAMPLES}/xades/eu-dss/xades-lta-valid.xml`, 'application/xml'],
    [
      `${PACKAGE}/Dok_58164_5870.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [`${PACKAGE}/Dok_60439_6800.png`, 'image/png'],
    [`${PACKAGE}/Dek_58164_5729.txt`, 'text/plain'],
  ])('%s', (file, expected) => {
    expect(sniffMediaType(read(file))).toBe(expected);
  });
});

describe('file names are sanitised', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\system32\\cmd.exe', 'cmd.exe'],
    ['C:\\Users\\Kasia\\Pismo do wójta.pdf', 'Pismo do wójta.pdf'],
    ['Zażółć gęślą jaźń.docx', 'Zażółć gęślą jaźń.docx'],
    ['a\u0000b\u001fc<>:"|?*.txt', 'abc.txt'],
    ['  ..ukryty.  ', 'ukryty'],
    ['', 'plik'],
    ['../..', 'plik'],
    ['Z\u0307o\u0301łw.txt', 'Żółw.txt'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('a long name is cut to 128 characters keeping its extension', () => {
    const name = sanitizeFileName(`${'ą'.repeat(300)}.pdf`);
    expect(Array.from(name)).toHaveLength(128);
    expect(name.endsWith('ą.pdf')).toBe(true);
  });
});

describe('Content-Disposition carries an ASCII fallback and the UTF-8 name', () => {
  it('for a Polish name', () => {
    expect(contentDisposition({ name: 'Wniosek Łódź "pilne" (1).pdf', inline: false })).toBe(
      `attachment; filename="Wniosek Lodz _pilne_ (1).pdf"; filename*=UTF-8''Wniosek%20%C5%81%C3%B3d%C5%BA%20%22pilne%22%20%281%29.pdf`,
    );
    expect(contentDisposition({ name: 'a.pdf', inline: true })).toMatch(/^inline; /);
  });
});
