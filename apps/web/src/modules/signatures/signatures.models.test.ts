import { describe, expect, test } from 'vitest';
import { commonName, mayCarrySignature, shownVerdict } from './signatures.models';

describe('signed files', () => {
  test('only files that may hold a signature ask for a verification report', () => {
    expect(mayCarrySignature({ name: 'pismo.pdf', mediaType: 'application/pdf' })).toBe(true);
    expect(mayCarrySignature({ name: 'wniosek.xml', mediaType: 'text/xml' })).toBe(true);
    expect(mayCarrySignature({ name: 'podpis.p7s', mediaType: 'application/octet-stream' })).toBe(true);
    expect(mayCarrySignature({ name: 'wniosek.xades', mediaType: 'application/octet-stream' })).toBe(true);
    expect(mayCarrySignature({ name: 'skan.jpg', mediaType: 'image/jpeg' })).toBe(false);
    expect(mayCarrySignature({ name: 'pismo.docx', mediaType: 'application/zip' })).toBe(false);
  });

  test('a file verified as unsigned shows no verdict', () => {
    expect(shownVerdict({ verdict: 'indeterminate', detectedFormat: 'unsigned' })).toBeNull();
    expect(shownVerdict({ verdict: 'invalid', detectedFormat: 'PAdES' })).toBe('invalid');
    expect(shownVerdict(null)).toBeNull();
  });

  test('a certificate subject reads as its common name', () => {
    expect(commonName('CN=Jan Kowalski, O=Urząd Gminy, C=PL')).toBe('Jan Kowalski');
    expect(commonName('C=PL, O=Urząd, CN=Urząd Gminy CA')).toBe('Urząd Gminy CA');
    expect(commonName('O=Bez nazwy')).toBe('O=Bez nazwy');
  });
});
