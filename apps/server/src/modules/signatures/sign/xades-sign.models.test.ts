import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as xmldom from '@xmldom/xmldom';
import * as xadesjs from 'xadesjs';
import { describe, expect, test } from 'vitest';
import { getTestPki, hasCommand, openssl, toPem, useTempDir } from '../pki/pki.test-utils.js';
import { SigningError } from './sign.errors.js';
import { signDetachedXades, signXmlEnveloped } from './xades-sign.models.js';
import { loadXmlLibraries } from './xml.libraries.js';

const temp = useTempDir();
const DSIG = 'http://www.w3.org/2000/09/xmldsig#';
const XADES = 'http://uri.etsi.org/01903/v1.3.2#';
const signingTime = new Date('2025-03-10T08:15:00Z');
const xmlsecTest = hasCommand('xmlsec1') ? test : test.skip;
if (!hasCommand('xmlsec1'))
  console.warn('xmlsec1 is not installed: the independent XML signature checks are skipped');

const letter =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<wnio:Dokument xmlns:wnio="http://crd.gov.pl/xml/schematy/wnio/" xmlns="urn:obieg:test">\n' +
  "  <wnio:Tresc rodzaj='pismo'>Zażółć gęślą jaźń &amp; spółka</wnio:Tresc>\n" +
  '</wnio:Dokument>\n<!-- koniec -->\n';

/** xadesjs' own verifier (the brief's independent check for XAdES), on a fresh parse of the bytes. */
async function xadesjsVerifies(
  bytes: Uint8Array,
  detached?: { uri: string; bytes: Uint8Array },
  encoding = 'utf-8',
) {
  await loadXmlLibraries();
  const document = xadesjs.Parse(new TextDecoder(encoding).decode(bytes));
  const signatures = document.getElementsByTagNameNS(DSIG, 'Signature');
  const verifier = new xadesjs.SignedXml(document);
  verifier.LoadXml(signatures[0]!);
  if (detached) {
    verifier.contentHandler = async (reference) => (reference.Uri === detached.uri ? detached.bytes : null);
  }
  return { valid: await verifier.Verify(), signatures: signatures.length };
}

function parse(bytes: Uint8Array, encoding = 'utf-8') {
  return new xmldom.DOMParser().parseFromString(new TextDecoder(encoding).decode(bytes), 'application/xml');
}

describe('XAdES enveloped signature', () => {
  test('verifies with xadesjs and is the last child of the root, the rest of the document untouched', async () => {
    const { signer } = await getTestPki();
    const signed = await signXmlEnveloped(new TextEncoder().encode(letter), signer, { signingTime });
    const text = new TextDecoder().decode(signed);

    expect(await xadesjsVerifies(signed)).toEqual({ valid: true, signatures: 1 });
    expect(text.replace(/<ds:Signature [\s\S]*<\/ds:Signature>/, '')).toBe(letter);
    expect(text).toMatch(/<\/ds:Signature><\/wnio:Dokument>\n<!-- koniec -->\n$/);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<wnio:Dokument')).toBe(true);
  });

  test('carries XAdES-BES signed properties: signing time, SHA-256 signing certificate, issuer and serial', async () => {
    const { signer, ca, user } = await getTestPki();
    const document = parse(await signXmlEnveloped(new TextEncoder().encode(letter), signer, { signingTime }));
    const first = (namespace: string, name: string) => document.getElementsByTagNameNS(namespace, name)[0];
    const references = Array.from(document.getElementsByTagNameNS(DSIG, 'Reference'));

    expect(first(XADES, 'SigningTime')?.textContent).toBe('2025-03-10T08:15:00.000Z');
    expect(first(XADES, 'CertDigest')?.getElementsByTagNameNS(DSIG, 'DigestValue')[0]?.textContent).toBe(
      createHash('sha256').update(user.certificate).digest('base64'),
    );
    expect(first(DSIG, 'X509IssuerName')?.textContent).toBe('CN=Urząd Gminy Zażółć — CA,O=Gmina Zażółć,C=PL');
    expect(first(DSIG, 'X509SerialNumber')?.textContent).toBe(BigInt(`0x${user.serialNumber}`).toString());
    expect(first(XADES, 'MimeType')?.textContent).toBe('text/xml');
    expect(
      references.map((reference) => [reference.getAttribute('URI'), reference.getAttribute('Type')]),
    ).toEqual([
      ['', null],
      [expect.stringMatching(/^#xades-/), 'http://uri.etsi.org/01903#SignedProperties'],
    ]);
    const transforms = Array.from(references[0]!.getElementsByTagNameNS(DSIG, 'Transform')).map((t) =>
      t.getAttribute('Algorithm'),
    );
    expect(transforms).toEqual([
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
    ]);
    const certificates = Array.from(document.getElementsByTagNameNS(DSIG, 'X509Certificate')).map(
      (node) => node.textContent,
    );
    expect(certificates).toEqual([
      Buffer.from(user.certificate).toString('base64'),
      Buffer.from(ca.certificate).toString('base64'),
    ]);
  });

  xmlsecTest('verifies with xmlsec1 against the office CA', async () => {
    const { ca, signer } = await getTestPki();
    const file = temp.file(
      'enveloped.xml',
      await signXmlEnveloped(new TextEncoder().encode(letter), signer, { signingTime }),
    );

    const out = execFileSync(
      'xmlsec1',
      [
        '--verify',
        '--trusted-pem',
        temp.file('ca.pem', toPem(ca.certificate)),
        '--id-attr:Id',
        'SignedProperties',
        file,
      ],
      {
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    expect(out).toBe('');
  });

  test('keeps an ISO-8859-2 document in its encoding', async () => {
    const { signer } = await getTestPki();
    const source = '<?xml version="1.0" encoding="ISO-8859-2"?><pismo>Zażółć gęślą jaźń</pismo>';
    const encoded = encodeLatin2(source);

    const signed = await signXmlEnveloped(encoded, signer, { signingTime });

    expect(
      Buffer.from(signed.subarray(0, encoded.length - '</pismo>'.length)).equals(
        Buffer.from(encoded.subarray(0, -'</pismo>'.length)),
      ),
    ).toBe(true);
    expect(await xadesjsVerifies(signed, undefined, 'iso-8859-2')).toEqual({ valid: true, signatures: 1 });
    expect(new TextDecoder('iso-8859-2').decode(signed)).toContain('CN=Urząd Gminy Zażółć');
  });

  test('signs a document whose root is self-closed', async () => {
    const { signer } = await getTestPki();
    const signed = await signXmlEnveloped(
      new TextEncoder().encode('<?xml version="1.0"?>\n<pusty a="1"/>'),
      signer,
      { signingTime },
    );

    expect(new TextDecoder().decode(signed)).toMatch(/^<\?xml version="1.0"\?>\n<pusty a="1"><ds:Signature /);
    expect(await xadesjsVerifies(signed)).toEqual({ valid: true, signatures: 1 });
  });

  test.each([
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an ENTITY declaration', '<?xml version="1.0"?><a><!ENTITY lol "lol"></a>'],
    ['a lower-case doctype', '<!doctype a SYSTEM "file:///etc/passwd"><a/>'],
  ])('refuses XML with %s before parsing it', async (_what, xml) => {
    const { signer } = await getTestPki();

    const error = await signXmlEnveloped(new TextEncoder().encode(xml), signer, { signingTime }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SigningError);
    expect(error).toMatchObject({ code: 'xml.dtd_refused' });
  });

  test('refuses XML that is not well-formed', async () => {
    const { signer } = await getTestPki();

    await expect(
      signXmlEnveloped(new TextEncoder().encode('<a><b></a>'), signer, { signingTime }),
    ).rejects.toMatchObject({
      code: 'xml.malformed',
    });
  });

  test('adds a SignatureTimeStamp over the exclusively canonical SignatureValue (XAdES-T)', async () => {
    const { ca, signer, timestamp } = await getTestPki();
    const signed = await signXmlEnveloped(new TextEncoder().encode(letter), signer, {
      signingTime,
      timestamp,
    });
    const document = parse(signed);
    const value = document.getElementsByTagNameNS(DSIG, 'SignatureValue')[0]?.textContent ?? '';
    const canonical = `<ds:SignatureValue xmlns:ds="${DSIG}">${value}</ds:SignatureValue>`;
    const token = Buffer.from(
      document.getElementsByTagNameNS(XADES, 'EncapsulatedTimeStamp')[0]?.textContent ?? '',
      'base64',
    );

    expect(await xadesjsVerifies(signed)).toEqual({ valid: true, signatures: 1 });
    expect(
      openssl([
        'ts',
        '-verify',
        '-token_in',
        '-in',
        temp.file('xades.tst', token),
        '-digest',
        createHash('sha256').update(canonical).digest('hex'),
        '-CAfile',
        temp.file('ca.pem', toPem(ca.certificate)),
      ]),
    ).toContain('OK');
  });
});

describe('detached XAdES signature', () => {
  const file = new TextEncoder().encode('%PDF-1.7\nzawartość pliku\n%%EOF\n');
  const fileName = 'Decyzja nr 12 — żółw.pdf';

  test('names the file by its URI-encoded name and verifies against its bytes', async () => {
    const { signer } = await getTestPki();
    const signed = await signDetachedXades(file, { fileName, mediaType: 'application/pdf' }, signer, {
      signingTime,
    });
    const document = parse(signed);
    const reference = document.getElementsByTagNameNS(DSIG, 'Reference')[0];

    expect(document.documentElement?.localName).toBe('Signature');
    expect(reference?.getAttribute('URI')).toBe(encodeURIComponent(fileName));
    expect(reference?.getElementsByTagNameNS(DSIG, 'Transform')).toHaveLength(0);
    expect(document.getElementsByTagNameNS(XADES, 'MimeType')[0]?.textContent).toBe('application/pdf');
    expect(await xadesjsVerifies(signed, { uri: encodeURIComponent(fileName), bytes: file })).toEqual({
      valid: true,
      signatures: 1,
    });
    expect(
      await xadesjsVerifies(signed, {
        uri: encodeURIComponent(fileName),
        bytes: new Uint8Array([...file, 0x20]),
      }).catch(() => 'invalid'),
    ).toBe('invalid');
  });

  xmlsecTest('verifies with xmlsec1 with the file beside it', async () => {
    const { ca, signer } = await getTestPki();
    temp.file(fileName, file);
    const signature = temp.file(
      `${fileName}.xades`,
      await signDetachedXades(file, { fileName, mediaType: 'application/pdf' }, signer, { signingTime }),
    );

    const out = execFileSync(
      'xmlsec1',
      [
        '--verify',
        '--trusted-pem',
        temp.file('ca.pem', toPem(ca.certificate)),
        '--id-attr:Id',
        'SignedProperties',
        signature,
      ],
      {
        cwd: temp.dir,
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    expect(out).toBe('');
  });
});

function encodeLatin2(text: string): Uint8Array {
  const decoder = new TextDecoder('iso-8859-2');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((character) => table.get(character) ?? 0x3f));
}
