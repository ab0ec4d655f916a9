import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { ReportMessage, ValidationReport, VerifyInput } from '../signatures.types.js';
import { verifySignedFile } from './verify.models.js';
import { makeVerifyInput } from './verify.test-utils.js';

/**
 * Real signed files (../shared/data/samples beside the repository, see its README for the
 * expected result of each). None of their CAs is a trust anchor here, so "crypto OK" files are
 * `indeterminate`: the assertions are about integrity and the reasons. Reports are never printed
 * (several certificates carry a PESEL).
 */
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../..');
const samples = path.resolve(repositoryRoot, '../shared/data/samples');
const present = existsSync(samples);

const read = (relative: string) => new Uint8Array(readFileSync(path.join(samples, relative)));
const codes = (messages: ReportMessage[] | undefined) => (messages ?? []).map((m) => m.code);

function verifySample(relative: string, overrides: Partial<VerifyInput> = {}): Promise<ValidationReport> {
  return verifySignedFile(
    makeVerifyInput({ bytes: read(relative), fileName: path.basename(relative), ...overrides }),
  );
}

function detached(relative: string): Partial<VerifyInput> {
  return { detachedContent: [{ name: path.basename(relative), bytes: read(relative) }] };
}

describe.skipIf(!present)(
  present
    ? 'real signed files (../shared/data/samples)'
    : 'real signed files — skipped: ../shared/data/samples is not beside the repository',
  () => {
    describe('XAdES from the EU DSS test suite', () => {
      test('dss-signed.xml: an enveloped XAdES by an unknown test CA is intact but indeterminate', async () => {
        const report = await verifySample('xades/eu-dss/dss-signed.xml');
        expect(report.detectedFormat).toBe('XAdES');
        expect(report.signatures[0]).toMatchObject({
          packaging: 'enveloped',
          integrity: 'intact',
          verdict: 'indeterminate',
        });
      });

      test('dss-signed-altered-refRemoved.xml: a signature whose document reference was removed is invalid', async () => {
        const report = await verifySample('xades/eu-dss/dss-signed-altered-refRemoved.xml');
        expect(report.verdict).toBe('invalid');
        expect(codes(report.signatures[0]?.errors)).toContain('signature.no_signed_data');
      });

      test('valid-xades.xml: despite its name, a SignedProperties digest mismatch makes it invalid', async () => {
        const report = await verifySample('xades/eu-dss/valid-xades.xml');
        expect(report.signatures[0]).toMatchObject({ integrity: 'broken', verdict: 'invalid' });
        expect(codes(report.signatures[0]?.errors)).toContain('signature.reference_digest_mismatch');
      });

      test('xades-tampered-reference.xml: a tampered DigestValue is invalid', async () => {
        const report = await verifySample('xades/eu-dss/xades-tampered-reference.xml');
        expect(report.verdict).toBe('invalid');
      });

      test('XSW-enveloping-fake-object.xml: a reference to a ds:Object wrapped outside the signature is never valid', async () => {
        const report = await verifySample('xades/eu-dss/XSW-enveloping-fake-object.xml');
        expect(report.verdict).toBe('invalid');
        expect(codes(report.signatures[0]?.errors)).toContain('signature.signed_data_not_found');
      });

      test('XSW-enveloped-fake-signedProperties.xml: SignedProperties outside the QualifyingProperties are never valid', async () => {
        const report = await verifySample('xades/eu-dss/XSW-enveloped-fake-signedProperties.xml');
        expect(report.verdict).toBe('invalid');
        expect(codes(report.signatures[0]?.errors)).toEqual(
          expect.arrayContaining(['signature.signed_data_not_found', 'xades.signed_properties_not_signed']),
        );
      });

      test('xades-wrong-sign-cert-digest.xml: a CertDigest that is not the signing certificate’s is invalid', async () => {
        const report = await verifySample('xades/eu-dss/xades-wrong-sign-cert-digest.xml');
        expect(report.verdict).toBe('invalid');
        expect(codes(report.signatures[0]?.errors)).toContain('signature.signing_certificate_mismatch');
      });

      test('xades-lta-valid.xml: an enveloping XAdES-LTA is intact with a verified signature timestamp', async () => {
        const report = await verifySample('xades/eu-dss/xades-lta-valid.xml');
        expect(report.signatures[0]).toMatchObject({
          packaging: 'enveloping',
          integrity: 'intact',
          level: 'LTA',
          verdict: 'indeterminate',
        });
        expect(report.signatures[0]?.timestampTime).not.toBeNull();
      });

      test('xmldsig-only.xml: a plain XML-DSig is intact and reported as not XAdES', async () => {
        const report = await verifySample('xades/eu-dss/xmldsig-only.xml');
        expect(report.detectedFormat).toBe('XMLDSig');
        expect(report.signatures[0]?.integrity).toBe('intact');
        expect(codes(report.signatures[0]?.warnings)).toContain('xades.not_xades');
      });
    });

    describe('detached XAdES from ABC PRO and the eADM package', () => {
      test('SignedPackage.zip.xades: a qualified detached XAdES is intact, its certificate expired at validation time', async () => {
        const report = await verifySample(
          'xades/pl-abcpro/SignedPackage.zip.xades',
          detached('xades/pl-abcpro/SignedPackage.zip'),
        );
        const [signature] = report.signatures;
        expect(signature).toMatchObject({
          format: 'XAdES',
          packaging: 'detached',
          integrity: 'intact',
          certificateStatus: 'expired',
          verdict: 'indeterminate',
        });
        expect(signature?.signer?.qualified).toBe(true);
        expect(signature?.errors.find((e) => e.code === 'certificate.expired')?.message).toContain(
          'validation time',
        );
      });

      test('SignedPackage.zip.xades without the package cannot be fully verified', async () => {
        const report = await verifySample('xades/pl-abcpro/SignedPackage.zip.xades');
        expect(report.signatures[0]).toMatchObject({ integrity: 'unknown', verdict: 'indeterminate' });
        expect(codes(report.signatures[0]?.errors)).toContain('signature.detached_content_missing');
      });

      test('eNadzorPackage_SignedPackage.zip.xades: a code-signing certificate is not a qualified signature', async () => {
        const report = await verifySample(
          'xades/pl-abcpro/eNadzorPackage_SignedPackage.zip.xades',
          detached('xades/pl-abcpro/eNadzorPackage_SignedPackage.zip'),
        );
        expect(report.signatures[0]?.integrity).toBe('intact');
        expect(report.signatures[0]?.signer?.qualified).toBe(false);
      });

      test('paczka_eADM_do_podpisu.podpisana.zip: the detached XAdES in the eADM bundle verifies against the package beside it', async () => {
        const report = await verifySample('eadm/paczka_eADM_do_podpisu.podpisana.zip');
        expect(report.detectedFormat).toBe('XAdES');
        expect(report.signatures).toHaveLength(1);
        expect(report.signatures[0]).toMatchObject({
          packaging: 'detached',
          integrity: 'intact',
          verdict: 'indeterminate',
        });
        expect(report.signatures[0]?.signer?.qualified).toBe(true);
      });
    });

    describe('ePUAP documents and receipts', () => {
      test.each([
        'epuap/from-eadm-package/Wniosek przychodzacy z odpowiedzia.xml',
        'epuap/from-eadm-package/Pismo przewodnie z aktami do nadzoru.xml',
        'epuap/from-LegalAct/Wniosek przychodzacy z odpowiedzia.xml',
      ])('%s: an ePUAP form with an enveloped XAdES is intact', async (file) => {
        const report = await verifySample(file);
        expect(report.detectedFormat).toBe('XAdES');
        expect(report.signatures[0]).toMatchObject({
          packaging: 'enveloped',
          integrity: 'intact',
          verdict: 'indeterminate',
        });
      });

      test.each([
        [
          'epuap/from-eadm-package/UPP - Urzedowe Poswiadczenie Przedlozenia - Prosba o udzielenie informacji .xml',
          'Odpowiedź.xml',
        ],
        [
          'epuap/from-eadm-package/UPP - Urzedowe Poswiadczenie Przedlozenia - Zawiadomienie o wszczeciu postepowania nadzorczego .xml',
          'Wniosek - Zaw. o wszcz.',
        ],
      ])(
        '%s: an ePUAP UPP without the certified document cannot be fully verified, and says which file is missing',
        async (file, missing) => {
          const report = await verifySample(file);
          const signature = report.signatures[0];
          expect(signature).toMatchObject({ integrity: 'unknown', verdict: 'indeterminate' });
          expect(codes(signature?.errors)).not.toContain('signature.reference_digest_mismatch');
          expect(
            signature?.errors.find((e) => e.code === 'signature.detached_content_missing')?.message,
          ).toContain(missing);
        },
      );

      test('upo.xml: a SHA-1 XML-DSig receipt with a BOM is intact, its self-signed certificate untrusted', async () => {
        const report = await verifySample('epuap/from-LegalAct/upo.xml');
        expect(report.signatures[0]).toMatchObject({
          integrity: 'intact',
          trust: 'untrusted',
          verdict: 'indeterminate',
        });
        expect(codes(report.signatures[0]?.warnings)).toContain('signature.weak_algorithm');
      });
    });

    describe('KSeF receipts', () => {
      test('a UPO re-indented after signing is invalid', async () => {
        const report = await verifySample('ksef/upo/ksef-fop/20231111-SE-E8DDA726E2-F87F056923-EC.xml');
        expect(report.verdict).toBe('invalid');
        expect(report.signatures[0]?.integrity).toBe('broken');
      });

      test('an unsigned UPO is reported as unsigned', async () => {
        const report = await verifySample('ksef/upo/ksef-fop/20231111-SE-E8DDA726E2-F87F056923-EC-v4-3.xml');
        expect(report.detectedFormat).toBe('unsigned');
      });
    });

    describe('Polish PAdES', () => {
      test('the podpis zaufany PDF is intact, its DigestInfo without NULL tolerated with a warning', async () => {
        const report = await verifySample('pades/pl/PAdES.Podpisywanie_PDF_podpisem_zaufanym.pdf');
        expect(report.detectedFormat).toBe('PAdES');
        expect(report.signatures[0]).toMatchObject({
          integrity: 'intact',
          coversWholeDocument: true,
          verdict: 'indeterminate',
        });
        expect(codes(report.signatures[0]?.warnings)).toContain('signature.digest_info_without_null');
      });

      test('sample_file.signed.pdf: content appended after signing is reported, the file is not wholly signed', async () => {
        const report = await verifySample('pades/pl/sample_file.signed.pdf');
        expect(report.signatures[0]).toMatchObject({ integrity: 'intact', coversWholeDocument: false });
        expect(codes(report.signatures[0]?.warnings)).toContain('pdf.later_revisions');
        expect(report.verdict).not.toBe('valid');
      });
    });

    describe('PAdES from the EU DSS test suite', () => {
      test('pdf-signed-original.pdf: a wholly signed PDF is intact', async () => {
        const report = await verifySample('pades/eu-dss/pdf-signed-original.pdf');
        expect(report.signatures[0]).toMatchObject({
          format: 'PAdES',
          integrity: 'intact',
          coversWholeDocument: true,
          verdict: 'indeterminate',
        });
      });

      test('pdf-signed-corrupted.pdf: a PDF changed inside the signed range is invalid', async () => {
        expect((await verifySample('pades/eu-dss/pdf-signed-corrupted.pdf')).verdict).toBe('invalid');
      });

      test('pdf-signed-out-of-byteRange.pdf: a ByteRange pointing outside the file is invalid', async () => {
        const report = await verifySample('pades/eu-dss/pdf-signed-out-of-byteRange.pdf');
        expect(report.verdict).toBe('invalid');
        expect(codes(report.signatures[0]?.errors)).toContain('pdf.byte_range_invalid');
      });

      test('pdf-signed-added-page.pdf: a page added after signing is reported as modified, never valid', async () => {
        const report = await verifySample('pades/eu-dss/pdf-signed-added-page.pdf');
        expect(report.verdict).toBe('invalid');
        expect(report.signatures[0]).toMatchObject({ integrity: 'intact', coversWholeDocument: false });
        expect(codes(report.signatures[0]?.errors)).toContain('pdf.modified_after_signing');
      });

      test('pdf-byterange-overlap.pdf: of two overlapping signatures one is intact and the other invalid', async () => {
        const report = await verifySample('pades/eu-dss/pdf-byterange-overlap.pdf');
        expect(report.signatures.map((s) => s.verdict)).toEqual(['indeterminate', 'invalid']);
        expect(codes(report.signatures[1]?.errors)).toContain('pdf.byte_range_invalid');
      });

      test('pdf-spoofing-attack.pdf: two signature dictionaries sharing one signature are never valid', async () => {
        const report = await verifySample('pades/eu-dss/pdf-spoofing-attack.pdf');
        expect(report.verdict).toBe('invalid');
        expect(report.signatures.every((s) => s.verdict === 'invalid')).toBe(true);
        expect(codes(report.signatures.flatMap((s) => s.errors))).toContain(
          'pdf.signature_dictionary_spoofed',
        );
      });

      test('malformed-pades.pdf: broken CMS content is invalid', async () => {
        const report = await verifySample('pades/eu-dss/malformed-pades.pdf');
        expect(report.signatures[0]).toMatchObject({ integrity: 'broken', verdict: 'invalid' });
      });

      test('pdf-with-empty-sig.pdf: an empty signature field is unsigned, not a crash', async () => {
        const report = await verifySample('pades/eu-dss/pdf-with-empty-sig.pdf');
        expect(report.detectedFormat).toBe('unsigned');
        expect(codes(report.errors)).toEqual(['pdf.empty_signature_field']);
      });

      test('doc-firmado-T.pdf: a PAdES-T is intact with its signature timestamp verified', async () => {
        const report = await verifySample('pades/eu-dss/doc-firmado-T.pdf');
        expect(report.signatures[0]).toMatchObject({ integrity: 'intact', level: 'T' });
        expect(report.signatures[0]?.timestampTime).not.toBeNull();
      });

      test('PAdES-LT.pdf: three signatures and a document timestamp over several revisions are all intact', async () => {
        const report = await verifySample('pades/eu-dss/PAdES-LT.pdf');
        expect(report.signatures).toHaveLength(4);
        expect(
          report.signatures.every((s) => s.integrity === 'intact' && s.verdict === 'indeterminate'),
        ).toBe(true);
        expect(codes(report.signatures[2]?.warnings)).toContain('pdf.document_timestamp');
      });

      test('pades-5-signatures-and-1-document-timestamp.pdf: five signatures and a document timestamp are all intact', async () => {
        const report = await verifySample('pades/eu-dss/pades-5-signatures-and-1-document-timestamp.pdf');
        expect(report.signatures).toHaveLength(6);
        expect(report.signatures.every((s) => s.integrity === 'intact' && s.verdict !== 'invalid')).toBe(
          true,
        );
      });

      test('pkcs7.pdf: a legacy adbe.pkcs7.detached signature is PKCS7, intact and timestamped', async () => {
        const report = await verifySample('pades/eu-dss/pkcs7.pdf');
        expect(report.detectedFormat).toBe('PKCS7');
        expect(report.signatures[0]).toMatchObject({ format: 'PKCS7', integrity: 'intact', level: 'T' });
      });
    });

    describe('CAdES from the EU DSS test suite', () => {
      test('cades-bes-signeddata-detached.p7s: a detached CAdES-BES is intact with its "Hello World" content', async () => {
        const report = await verifySample('cades/eu-dss/cades-bes-signeddata-detached.p7s', {
          detachedContent: [{ name: 'hello.txt', bytes: new TextEncoder().encode('Hello World') }],
        });
        expect(report.detectedFormat).toBe('CAdES');
        expect(report.signatures[0]).toMatchObject({ packaging: 'detached', integrity: 'intact' });
      });

      test.each([
        'cades/eu-dss/cades-bes-signeddata-enveloping.p7m',
        'cades/eu-dss/Signature-C-BES-4.p7m',
        'cades/eu-dss/Signature-C-B-LTA-10.p7m',
        'cades/eu-dss/counterSig.p7m',
      ])('%s: an enveloping CAdES is intact', async (file) => {
        const report = await verifySample(file);
        expect(report.signatures.length).toBeGreaterThan(0);
        expect(report.signatures.every((s) => s.packaging === 'enveloping' && s.integrity === 'intact')).toBe(
          true,
        );
      });

      test('Signature-CBp-B-1.p7m: a signing time encoded against RFC 5652 is not claimed', async () => {
        const report = await verifySample('cades/eu-dss/Signature-CBp-B-1.p7m');
        expect(report.signatures[0]).toMatchObject({ integrity: 'intact', claimedSigningTime: null });
      });

      test('signedFile.pdf.p7s: enveloping despite its name, three signatures and three counter-signatures are intact', async () => {
        const report = await verifySample('cades/eu-dss/signedFile.pdf.p7s');
        expect(report.signatures).toHaveLength(6);
        expect(report.signatures.every((s) => s.packaging === 'enveloping' && s.integrity === 'intact')).toBe(
          true,
        );
        expect(
          report.signatures.filter((s) => codes(s.warnings).includes('cms.counter_signature')),
        ).toHaveLength(3);
      });

      test('cades-broken-sig-tst.p7m: the DigestInfo without NULL is tolerated but the timestamp is rejected, never valid', async () => {
        const report = await verifySample('cades/eu-dss/cades-broken-sig-tst.p7m');
        const signature = report.signatures[0];
        expect(signature).toMatchObject({ integrity: 'intact', level: 'B', timestampTime: null });
        expect(codes(signature?.warnings)).toEqual(
          expect.arrayContaining(['signature.digest_info_without_null', 'timestamp.signer_not_valid']),
        );
        expect(report.verdict).not.toBe('valid');
      });

      test('cms-no-sign-cert.p7m: a CMS without the signer’s certificate cannot be verified', async () => {
        const report = await verifySample('cades/eu-dss/cms-no-sign-cert.p7m');
        expect(report.signatures[0]).toMatchObject({ integrity: 'unknown', verdict: 'indeterminate' });
        expect(codes(report.signatures[0]?.errors)).toContain('signature.signer_certificate_missing');
      });

      test('malformed-cades.p7m: a truncated CMS is unreadable', async () => {
        const report = await verifySample('cades/eu-dss/malformed-cades.p7m');
        expect(report.detectedFormat).toBe('unreadable');
        expect(report.signatures).toEqual([]);
      });
    });
  },
);
