/**
 * npm run bench:sign — signing and verification throughput of the signature engines.
 *
 * Signs a 2-page letter PDF (PAdES baseline B, visible block) and a 50 KB XML (XAdES-BES
 * enveloped) with an RSA-2048 key of a throwaway office CA, and verifies the results with the
 * office CA as trust anchor; beside them, in the same run, the raw RSA-2048 PKCS#1 v1.5 SHA-256
 * signature and verification of node:crypto (the floor every signature pays). Prints operations
 * per second and the ratio raw ÷ engine (how many raw signatures one engine operation costs).
 *
 * OBIEG_BENCH_SECONDS (default 5) is the time given to each measurement.
 */
import { createPrivateKey, createPublicKey, sign, verify, X509Certificate } from 'node:crypto';
import { renderLetterPdf } from '../src/modules/documents/letter.pdf.js';
import { createTenantCa, issueUserCertificate } from '../src/modules/signatures/pki/ca.models.js';
import { importSigningKey } from '../src/modules/signatures/pki/key-encryption.models.js';
import { signDocument } from '../src/modules/signatures/sign/sign.models.js';
import { verifySignedFile } from '../src/modules/signatures/verify/verify.models.js';

const SECONDS = Number(process.env.OBIEG_BENCH_SECONDS ?? 5);

async function measure(
  name: string,
  operation: () => unknown,
): Promise<{ name: string; perSecond: number; ms: number }> {
  for (let i = 0; i < 3; i++) await operation(); // warm-up (libraries, JIT)
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < SECONDS * 1000) {
    await operation();
    count++;
  }
  const elapsed = performance.now() - started;
  const result = { name, perSecond: (count * 1000) / elapsed, ms: elapsed / count };
  console.log(
    `${name.padEnd(42)} ${result.perSecond.toFixed(1).padStart(9)} /s  ${result.ms.toFixed(2).padStart(8)} ms/op  (${count} ops)`,
  );
  return result;
}

function xmlOf(bytes: number): Uint8Array {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const row = `<pozycja lp="${i}"><nazwa>Pozycja rejestru nr ${i} — zażółć gęślą jaźń</nazwa><kwota>${(i * 13.37).toFixed(2)}</kwota></pozycja>`;
    rows.push(row);
    size += row.length;
  }
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><rejestr xmlns="urn:obieg:bench">${rows.join('')}</rejestr>`,
  );
}

async function main() {
  const validFrom = new Date('2026-01-01T00:00:00Z');
  const at = new Date('2026-06-01T10:00:00Z');
  const ca = await createTenantCa({ commonName: 'Bench CA', organization: 'Urząd', validFrom, years: 5 });
  const user = await issueUserCertificate(ca, {
    commonName: 'Jan Kowalski',
    organization: 'Urząd',
    validFrom,
    validTo: new Date('2028-01-01T00:00:00Z'),
  });
  const signer = {
    privateKey: await importSigningKey(user.privateKeyPkcs8),
    certificate: user.certificate,
    chain: [ca.certificate],
  };
  const trust = { trustAnchors: [ca.certificate], crls: [], at };

  const body = Array.from(
    { length: 16 },
    (_, i) => `Akapit ${i + 1}. ${'Treść pisma z polskimi znakami: zażółć gęślą jaźń. '.repeat(4)}`,
  ).join('\n\n');
  const pdf = await renderLetterPdf({
    title: 'Bench',
    body,
    frame: {
      header: ['Urząd Miejski'],
      placeAndDate: 'Przykładowo, 1 czerwca 2026 r.',
      caseSign: 'OR.0012.1.2026',
      addressee: ['Jan Nowak'],
      closing: 'Z poważaniem',
      signature: ['Sekretarz'],
      logoFileId: null,
    },
  });
  const xml = xmlOf(50 * 1024);
  const { PDFDocument } = await import('pdf-lib');
  console.log(
    `PDF: ${(await PDFDocument.load(pdf)).getPageCount()} pages, ${pdf.byteLength} bytes; XML: ${xml.byteLength} bytes; RSA-2048, SHA-256; ${SECONDS} s per measurement\n`,
  );

  const options = {
    signingTime: at,
    signerName: 'Jan Kowalski',
    visible: { lines: ['Podpisano elektronicznie', 'Jan Kowalski'] },
  };
  const signedPdf = (
    await signDocument({ bytes: pdf, fileName: 'pismo.pdf', mediaType: 'application/pdf' }, signer, options)
  ).bytes;
  const signedXml = (
    await signDocument({ bytes: xml, fileName: 'rejestr.xml', mediaType: 'application/xml' }, signer, {
      signingTime: at,
      signerName: 'Jan Kowalski',
    })
  ).bytes;
  for (const [name, bytes] of [
    ['PDF', signedPdf],
    ['XML', signedXml],
  ] as const) {
    const report = await verifySignedFile({ bytes, ...trust });
    console.log(`check: signed ${name} verifies as ${report.detectedFormat} ${report.verdict}`);
    if (report.signatures[0]?.integrity !== 'intact') throw new Error(`the signed ${name} does not verify`);
  }
  console.log('');

  const privateKey = createPrivateKey({
    key: Buffer.from(user.privateKeyPkcs8),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(
    new X509Certificate(user.certificate).publicKey.export({ format: 'pem', type: 'spki' }),
  );
  const digestInput = Buffer.alloc(32, 7);
  const rawSignature = sign('sha256', digestInput, privateKey);

  const rawSign = await measure('raw RSA-2048 sign (node:crypto)', () =>
    sign('sha256', digestInput, privateKey),
  );
  const rawVerify = await measure('raw RSA-2048 verify (node:crypto)', () =>
    verify('sha256', digestInput, publicKey, rawSignature),
  );
  const padesSign = await measure('PAdES sign, 2-page PDF', () =>
    signDocument({ bytes: pdf, fileName: 'pismo.pdf', mediaType: 'application/pdf' }, signer, options),
  );
  const padesVerify = await measure('PAdES verify', () => verifySignedFile({ bytes: signedPdf, ...trust }));
  const xadesSign = await measure('XAdES-BES enveloped sign, 50 KB XML', () =>
    signDocument({ bytes: xml, fileName: 'rejestr.xml', mediaType: 'application/xml' }, signer, {
      signingTime: at,
      signerName: 'Jan Kowalski',
    }),
  );
  const xadesVerify = await measure('XAdES verify', () => verifySignedFile({ bytes: signedXml, ...trust }));

  console.log('\nratio = raw operations per second ÷ engine operations per second');
  for (const [engine, raw] of [
    [padesSign, rawSign],
    [xadesSign, rawSign],
    [padesVerify, rawVerify],
    [xadesVerify, rawVerify],
  ] as const)
    console.log(
      `${engine.name.padEnd(42)} ratio ${(raw.perSecond / engine.perSecond).toFixed(1).padStart(7)} × raw`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
