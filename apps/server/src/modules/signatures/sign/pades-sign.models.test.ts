import { execFileSync } from 'node:child_process';
import type { PDFHexString, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { getTestPki, hasCommand, openssl, toPem, useTempDir } from '../pki/pki.test-utils.js';
import { signPdf } from './pades-sign.models.js';
import { SigningError } from './sign.errors.js';
import { makePdf, readCmsSignerInfo, readPdfSignatures, readWithPdfJs } from './sign.test-utils.js';

const temp = useTempDir();
const signingTime = new Date('2025-03-10T08:15:00Z');
const lines = ['Podpisano elektronicznie', 'Jan Kowalski — Zażółć gęślą jaźń', 'Inspektor, 10.03.2025 09:15'];
const popplerMissing = !hasCommand('pdfsig') || !hasCommand('pdftotext');
const popplerTest = popplerMissing ? test.skip : test;
if (popplerMissing)
  console.warn('poppler-utils (pdfsig, pdftotext) is not installed: the poppler checks are skipped');

const pdfsig = (pdf: Uint8Array, name: string) =>
  execFileSync('pdfsig', [temp.file(name, pdf)], { encoding: 'utf8' });

async function opensslVerifies(signature: { contents: Uint8Array; signedBytes: Uint8Array }, name: string) {
  const { ca } = await getTestPki();
  openssl([
    'cms',
    '-verify',
    '-inform',
    'DER',
    '-binary',
    '-purpose',
    'any',
    '-out',
    '/dev/null',
    '-in',
    temp.file(`${name}.p7s`, signature.contents),
    '-content',
    temp.file(`${name}.bin`, signature.signedBytes),
    '-CAfile',
    temp.file('ca.pem', toPem(ca.certificate)),
  ]);
  return true;
}

describe.each([
  ['cross-reference tables', false],
  ['object and cross-reference streams', true],
])('PAdES signature of a PDF with %s', (_kind, useObjectStreams) => {
  test('is an incremental update: the original PDF stays a byte-for-byte prefix', async () => {
    const { signer } = await getTestPki();
    const original = await makePdf({ useObjectStreams });

    const signed = await signPdf(original, signer, {
      signingTime,
      signerName: 'Jan Kowalski',
      visible: { lines },
    });

    expect(signed.length).toBeGreaterThan(original.length);
    expect(Buffer.from(signed.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
  });

  test('signs the whole file except the /Contents hex string, verifiable by OpenSSL', async () => {
    const { signer } = await getTestPki();
    const signed = await signPdf(await makePdf({ useObjectStreams }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
    });
    const [signature] = readPdfSignatures(signed);
    const [start, first, second, rest] = signature?.byteRange ?? [];
    const text = Buffer.from(signed).toString('latin1');

    expect(start).toBe(0);
    expect(text[first ?? 0]).toBe('<');
    expect(text[(second ?? 0) - 1]).toBe('>');
    expect((second ?? 0) + (rest ?? 0)).toBe(signed.length);
    expect(text.slice((first ?? 0) + 1, (second ?? 0) - 1)).toMatch(/^[0-9A-F]+$/);
    expect(await opensslVerifies(signature!, `whole-${useObjectStreams}`)).toBe(true);
  });

  popplerTest('is a valid ETSI.CAdES.detached signature of the whole document for poppler', async () => {
    const { signer } = await getTestPki();
    const signed = await signPdf(await makePdf({ useObjectStreams }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
      visible: { lines },
    });

    const report = pdfsig(signed, `poppler-${useObjectStreams}.pdf`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: Jan Kowalski');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
  });

  test('adds a second signature that leaves the first one valid', async () => {
    const { signer } = await getTestPki();
    const once = await signPdf(await makePdf({ useObjectStreams }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
      visible: { lines },
    });

    const twice = await signPdf(once, signer, {
      signingTime: new Date('2025-03-11T10:00:00Z'),
      signerName: 'Anna Nowak',
    });
    const [first, second] = readPdfSignatures(twice);

    expect(Buffer.from(twice.subarray(0, once.length)).equals(Buffer.from(once))).toBe(true);
    expect(first!.byteRange[2] + first!.byteRange[3]).toBe(once.length);
    expect(second!.byteRange[2] + second!.byteRange[3]).toBe(twice.length);
    expect(await opensslVerifies(first!, `first-${useObjectStreams}`)).toBe(true);
    expect(await opensslVerifies(second!, `second-${useObjectStreams}`)).toBe(true);
    expect((await readWithPdfJs(twice)).fields.map((field) => field.name)).toEqual([
      'Signature1',
      'Signature2',
    ]);
    if (!popplerMissing) {
      const report = pdfsig(twice, `twice-${useObjectStreams}.pdf`);
      expect(report.match(/Signature is Valid\./g)).toHaveLength(2);
    }
  });

  test('still opens in pdf.js with its pages, and the visible block reads in Polish', async () => {
    const { signer } = await getTestPki();
    const signed = await signPdf(await makePdf({ useObjectStreams }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
      visible: { lines },
    });

    const read = await readWithPdfJs(signed);

    expect(read.pages).toBe(2);
    expect(read.fields).toEqual([{ page: 2, name: 'Signature1', rect: [36, 36, 276, 81] }]);
    expect(read.text).toContain('Jan Kowalski — Zażółć gęślą jaźń');
  });
});

describe('PAdES signature', () => {
  popplerTest('draws the visible block where asked, with text poppler extracts', async () => {
    const { signer } = await getTestPki();
    const signed = await signPdf(await makePdf({ useObjectStreams: true }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
      visible: { page: 1, rect: [300, 100, 250, 60], lines },
    });

    const firstPage = execFileSync(
      'pdftotext',
      ['-f', '1', '-l', '1', temp.file('visible.pdf', signed), '-'],
      { encoding: 'utf8' },
    );
    expect(firstPage).toContain('Zażółć gęślą jaźń');
    expect((await readWithPdfJs(signed)).fields).toEqual([
      { page: 1, name: 'Signature1', rect: [300, 100, 550, 160] },
    ]);
  });

  test('is invisible without a visible block: a zero rectangle on the last page', async () => {
    const { signer } = await getTestPki();
    const signed = await signPdf(await makePdf({ useObjectStreams: false }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
    });

    const read = await readWithPdfJs(signed);
    expect(read.fields).toEqual([{ page: 2, name: 'Signature1', rect: [0, 0, 0, 0] }]);
    expect(read.text).not.toContain('Jan Kowalski');
  });

  test('writes the signature dictionary PAdES asks for, with Polish text as UTF-16', async () => {
    const { signer } = await getTestPki();
    const signed = await signPdf(await makePdf({ useObjectStreams: true }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
      reason: 'Zatwierdzam decyzję',
      location: 'Zażółć',
      contactInfo: 'sekretariat@zazolc.gmina.pl',
    });
    const { PDFDict, PDFDocument, PDFName } = await import('pdf-lib');
    const pdf = await PDFDocument.load(signed);
    const dictionary = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object) => object instanceof PDFDict)
      .find((object) => object.get(PDFName.of('Type')) === PDFName.of('Sig'));
    const text = (key: string) =>
      (dictionary?.lookup(PDFName.of(key)) as PDFString | PDFHexString).decodeText();

    expect(dictionary?.get(PDFName.of('Filter'))).toBe(PDFName.of('Adobe.PPKLite'));
    expect(dictionary?.get(PDFName.of('SubFilter'))).toBe(PDFName.of('ETSI.CAdES.detached'));
    expect(text('M')).toBe("D:20250310081500+00'00'");
    expect(text('Reason')).toBe('Zatwierdzam decyzję');
    expect(text('Location')).toBe('Zażółć');
    expect(text('ContactInfo')).toBe('sekretariat@zazolc.gmina.pl');
    const acroForm = pdf.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    expect(acroForm.get(PDFName.of('SigFlags'))?.toString()).toBe('3');
  });

  test('leaves signing-time out of the CMS and adds a signature time-stamp for B-T', async () => {
    const { ca, signer, timestamp } = await getTestPki();
    const signed = await signPdf(await makePdf({ useObjectStreams: true }), signer, {
      signingTime,
      signerName: 'Jan Kowalski',
      timestamp,
    });
    const [signature] = readPdfSignatures(signed);
    const { signatureValue, timestampToken, signedAttributesDer } = await readCmsSignerInfo(
      signature!.contents,
    );
    const { createHash } = await import('node:crypto');

    expect(Buffer.from(signedAttributesDer).toString('hex')).not.toContain('06092a864886f70d010905');
    const digest = createHash('sha256').update(signatureValue).digest('hex');
    expect(
      openssl([
        'ts',
        '-verify',
        '-token_in',
        '-in',
        temp.file('pades.tst', timestampToken!),
        '-digest',
        digest,
        '-CAfile',
        temp.file('ca.pem', toPem(ca.certificate)),
      ]),
    ).toContain('OK');
    expect(await opensslVerifies(signature!, 'pades-bt')).toBe(true);
  });

  test('refuses a page the PDF does not have', async () => {
    const { signer } = await getTestPki();

    await expect(
      signPdf(await makePdf({ useObjectStreams: false }), signer, {
        signingTime,
        signerName: 'Jan Kowalski',
        visible: { page: 3, lines },
      }),
    ).rejects.toMatchObject({ code: 'pdf.page_not_found' });
  });

  test('refuses an encrypted PDF', async () => {
    const { signer } = await getTestPki();
    const original = await makePdf({ useObjectStreams: false });
    const text = Buffer.from(original).toString('latin1');
    const encrypted = Buffer.from(
      text.replace(
        /trailer\s*<</,
        'trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>',
      ),
      'latin1',
    );

    await expect(
      signPdf(new Uint8Array(encrypted), signer, { signingTime, signerName: 'Jan Kowalski' }),
    ).rejects.toMatchObject({
      code: 'pdf.encrypted',
    });
  });

  test('refuses a PDF certified with no changes allowed', async () => {
    const { signer } = await getTestPki();
    const { PDFDocument, PDFName } = await import('pdf-lib');
    const pdf = await PDFDocument.load(await makePdf({ useObjectStreams: false }));
    const certification = pdf.context.obj({
      Type: 'Sig',
      Reference: [{ TransformMethod: 'DocMDP', TransformParams: { P: 1 } }],
    });
    pdf.catalog.set(PDFName.of('Perms'), pdf.context.obj({ DocMDP: pdf.context.register(certification) }));

    const error = await signPdf(await pdf.save(), signer, { signingTime, signerName: 'Jan Kowalski' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SigningError);
    expect(error).toMatchObject({ code: 'pdf.changes_forbidden' });
  });

  test('refuses bytes that are not a PDF', async () => {
    const { signer } = await getTestPki();

    await expect(
      signPdf(new TextEncoder().encode('not a pdf'), signer, { signingTime, signerName: 'X' }),
    ).rejects.toMatchObject({
      code: 'pdf.unreadable',
    });
  });
});
