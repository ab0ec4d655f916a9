import { describe, expect, test } from 'vitest';
import { getTestPki } from '../pki/pki.test-utils.js';
import { signDocument } from './sign.models.js';
import { makePdf, readPdfSignatures } from './sign.test-utils.js';

const options = { signingTime: new Date('2025-03-10T08:15:00Z'), signerName: 'Jan Kowalski' };

describe('signDocument', () => {
  test('signs a PDF with an embedded PAdES signature under the same name', async () => {
    const { signer } = await getTestPki();
    const pdf = await makePdf({ useObjectStreams: true });

    const signed = await signDocument(
      { bytes: pdf, fileName: 'decyzja.pdf', mediaType: 'application/pdf' },
      signer,
      options,
    );

    expect(signed).toMatchObject({
      fileName: 'decyzja.pdf',
      mediaType: 'application/pdf',
      format: 'PAdES',
      packaging: 'embedded',
    });
    expect(readPdfSignatures(signed.bytes)).toHaveLength(1);
  });

  test('signs an XML document with an enveloped XAdES signature under the same name', async () => {
    const { signer } = await getTestPki();
    const xml = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><wniosek>Treść</wniosek>');

    const signed = await signDocument(
      { bytes: xml, fileName: 'wniosek.xml', mediaType: 'application/xml' },
      signer,
      options,
    );

    expect(signed).toMatchObject({
      fileName: 'wniosek.xml',
      mediaType: 'application/xml',
      format: 'XAdES',
      packaging: 'enveloped',
    });
    expect(new TextDecoder().decode(signed.bytes)).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><wniosek>Treść<ds:Signature /,
    );
  });

  test('signs any other file with a detached XAdES signature in <name>.xades', async () => {
    const { signer } = await getTestPki();
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const mediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

    const signed = await signDocument({ bytes: docx, fileName: 'pismo.docx', mediaType }, signer, options);

    expect(signed).toMatchObject({
      fileName: 'pismo.docx.xades',
      mediaType: 'application/xml',
      format: 'XAdES',
      packaging: 'detached',
    });
    expect(new TextDecoder().decode(signed.bytes)).toContain('URI="pismo.docx"');
  });

  test('recognises a PDF or an XML by its content when the media type says nothing', async () => {
    const { signer } = await getTestPki();
    const pdf = await makePdf({ useObjectStreams: false });
    const xml = new TextEncoder().encode('<?xml version="1.0"?><a/>');

    const signedPdf = await signDocument(
      { bytes: pdf, fileName: 'skan', mediaType: 'application/octet-stream' },
      signer,
      options,
    );
    const signedXml = await signDocument(
      { bytes: xml, fileName: 'dane', mediaType: 'application/octet-stream' },
      signer,
      options,
    );

    expect([signedPdf.format, signedXml.packaging]).toEqual(['PAdES', 'enveloped']);
  });

  test('co-signs an already signed XML with a detached signature, so the first one stays valid', async () => {
    const { signer } = await getTestPki();
    const xml = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><wniosek>Treść</wniosek>');
    const once = await signDocument(
      { bytes: xml, fileName: 'wniosek.xml', mediaType: 'text/xml' },
      signer,
      options,
    );

    const twice = await signDocument(
      { bytes: once.bytes, fileName: 'wniosek.xml', mediaType: 'text/xml' },
      signer,
      options,
    );

    expect(twice).toMatchObject({ fileName: 'wniosek.xml.xades', format: 'XAdES', packaging: 'detached' });
    expect(new TextDecoder().decode(twice.bytes)).toContain('URI="wniosek.xml"');
  });
});
