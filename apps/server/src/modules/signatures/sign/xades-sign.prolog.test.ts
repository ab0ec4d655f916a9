import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { createCrl } from '../pki/ca.models.js';
import { getTestPki, hasCommand, toPem, useTempDir } from '../pki/pki.test-utils.js';
import { verifySignedFile } from '../verify/verify.models.js';
import { signXmlEnveloped } from './xades-sign.models.js';

/**
 * Real ePUAP forms and UPPs start with an xml-stylesheet PI (DOMAIN.md §5.1). With Reference URI=""
 * the whole document is signed, and C14N keeps PIs (and, with comments, comments) outside the
 * root: the digest must cover them, and the signed file must keep them.
 */
const temp = useTempDir();
const signingTime = new Date('2025-03-10T08:15:00Z');
const hasXmlsec = hasCommand('xmlsec1');
if (!hasXmlsec)
  console.warn('xmlsec1 is not installed: the xmlsec1 checks of documents with a prolog are skipped');

const STYLESHEET =
  '<?xml-stylesheet type="text/xsl" href="http://crd.gov.pl/wzor/2013/12/12/1410/styl.xsl"?>';
const body =
  '<wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2013/12/12/1410/" xmlns:str="http://crd.gov.pl/xml/schematy/struktura/2009/11/16/">\n' +
  '  <wnio:OpisDokumentu><str:Data>2025-03-10</str:Data></wnio:OpisDokumentu>\n' +
  '  <wnio:TrescDokumentu format="text/xml"><wnio:Tresc>Proszę o wydanie zaświadczenia.</wnio:Tresc></wnio:TrescDokumentu>\n' +
  '</wnio:Dokument>';
const declaration = '<?xml version="1.0" encoding="UTF-8"?>';

async function verify(bytes: Uint8Array) {
  const { ca } = await getTestPki();
  const crl = await createCrl(ca, [], {
    thisUpdate: new Date('2025-05-01T00:00:00Z'),
    nextUpdate: new Date('2025-07-01T00:00:00Z'),
    crlNumber: 1,
  });
  return verifySignedFile({
    bytes,
    trustAnchors: [ca.certificate],
    crls: [crl],
    at: new Date('2025-06-01T12:00:00Z'),
  });
}

async function signAndVerify(xml: string) {
  const { signer } = await getTestPki();
  const signed = await signXmlEnveloped(new TextEncoder().encode(xml), signer, { signingTime });
  return { signed, text: new TextDecoder().decode(signed), report: await verify(signed) };
}

function xmlsecVerify(signed: Uint8Array, ca: Uint8Array): string {
  return execFileSync(
    'xmlsec1',
    [
      '--verify',
      '--trusted-pem',
      temp.file('ca.pem', toPem(ca)),
      '--id-attr:Id',
      'SignedProperties',
      temp.file('signed.xml', signed),
    ],
    { encoding: 'utf8', stdio: 'pipe' },
  );
}

describe('an enveloped signature of a document with something before its root', () => {
  test.each([
    ['an xml-stylesheet processing instruction', `${declaration}\n${STYLESHEET}\n${body}\n`],
    ['a stylesheet PI and no XML declaration', `${STYLESHEET}${body}`],
    ['a comment', `${declaration}\n<!-- Wygenerowano w ePUAP -->\n${body}\n`],
    [
      'a PI and a comment, and a PI after the root',
      `${declaration}\n${STYLESHEET}\n<!-- x -->\n${body}\n<?koniec dokumentu?>\n`,
    ],
  ])('is intact and valid for our verifier and xmlsec1 when the document has %s', async (_what, xml) => {
    const { ca } = await getTestPki();
    const { signed, text, report } = await signAndVerify(xml);

    // The file keeps its prolog: only the signature is added, before the root's end tag.
    expect(text.replace(/<ds:Signature [\s\S]*<\/ds:Signature>/, '')).toBe(xml);
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]).toMatchObject({
      format: 'XAdES',
      packaging: 'enveloped',
      integrity: 'intact',
    });
    expect(report.verdict).toBe('valid');
    if (hasXmlsec) expect(xmlsecVerify(signed, ca.certificate)).toBe('');
  });

  test('signs a self-closed root after a stylesheet PI, keeping the PI', async () => {
    const { ca } = await getTestPki();
    const { signed, text, report } = await signAndVerify(`${declaration}\n${STYLESHEET}\n<pusty a="1"/>`);

    expect(text.startsWith(`${declaration}\n${STYLESHEET}\n<pusty a="1"><ds:Signature `)).toBe(true);
    expect(report.signatures[0]?.integrity).toBe('intact');
    expect(report.verdict).toBe('valid');
    if (hasXmlsec) expect(xmlsecVerify(signed, ca.certificate)).toBe('');
  });

  test('is broken when the stylesheet PI is changed after signing: the PI is signed', async () => {
    const { text } = await signAndVerify(`${declaration}\n${STYLESHEET}\n${body}\n`);

    const report = await verify(new TextEncoder().encode(text.replace('styl.xsl', 'inny.xsl')));

    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]?.integrity).toBe('broken');
  });
});
