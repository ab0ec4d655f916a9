import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { computeFileHash, matchesFileHash } from './edelivery.hash.js';
import { checkAttachmentName, checkRecipients } from './edelivery.rules.js';
import { isEDeliveryAddress, normaliseEvidenceType } from './edelivery.types.js';

describe('e-Doręczenia vocabulary', () => {
  test.each([
    ['A1', 'A.1'],
    ['A.1', 'A.1'],
    ['e1', 'E.1'],
    ['BPWX', 'BP.WX'],
    ['BP.OP', 'BP.OP'],
    ['HEPO', 'H.EPO'],
    ['H.DW', 'H.DW'],
    ['D', null],
    ['C2', null],
    ['X.9', null],
  ])('the evidence code %s reads as %s', (raw, canonical) => {
    expect(normaliseEvidenceType(raw)).toBe(canonical);
  });

  test('an ADE has the shape AE:PL-ddddd-ddddd-LLLLL-dd', () => {
    expect(isEDeliveryAddress('AE:PL-28080-40239-TUSBF-26')).toBe(true);
    expect(
      ['AE:PL-28080-40239-tusbf-26', 'AE:DE-28080-40239-TUSBF-26', 'PL-28080-40239-TUSBF-26'].map(
        isEDeliveryAddress,
      ),
    ).toEqual([false, false, false]);
  });

  test('file hashes are SHA3-256 in base64, and SHA3-256/512 in hex or base64 are accepted', () => {
    const bytes = new Uint8Array(Buffer.from('treść pisma'));
    expect(computeFileHash(bytes)).toBe(createHash('sha3-256').update(bytes).digest('base64'));
    expect(matchesFileHash(bytes, createHash('sha3-256').update(bytes).digest('hex'))).toBe(true);
    expect(matchesFileHash(bytes, createHash('sha3-512').update(bytes).digest('base64'))).toBe(true);
    expect(matchesFileHash(bytes, createHash('sha256').update(bytes).digest('base64'))).toBe(false);
    expect(matchesFileHash(bytes, 'not a hash')).toBe(false);
  });

  test('attachment names follow the business rules: characters, length, KRI extensions, uniqueness', () => {
    const check = (filename: string, existingNames: string[] = []) =>
      checkAttachmentName({ filename, shippingService: 'electronic', existingNames })[0]?.error ?? 'ok';
    expect(['wniosek.pdf', 'podpis.xades', 'skan_1-a.tiff'].map((n) => check(n))).toEqual(['ok', 'ok', 'ok']);
    expect(['a b.pdf', 'a#b.pdf', 'a{b}.pdf', 'a\u0001.pdf'].map((n) => check(n))).toEqual(
      Array(4).fill('INVALID_ATTACHMENT_NAME'),
    );
    expect(['plik.exe', 'plik', 'PLIK.PDF'].map((n) => check(n))).toEqual(
      Array(3).fill('UNSUPPORTED_FILE_TYPE'),
    );
    expect(check('a.pdf', ['A.pdf'])).toBe('ok');
    expect(check('a.pdf', ['a.pdf'])).toBe('ATTACHMENT_NAME_NOT_UNIQUE');
  });

  test('a hybrid shipment goes to exactly one postal address', () => {
    const address = { country: 'PL', postalCode: '00-001', city: 'Warszawa', street: 'Prosta' };
    const check = (to: Parameters<typeof checkRecipients>[0]['to']) =>
      checkRecipients({ to, shippingService: 'hybrid' })[0]?.error ?? 'ok';
    expect(check([{ address }])).toBe('ok');
    expect(check([{ address }, { address }])).toBe('HYBRID_SINGLE_RECIPIENT');
    expect(check([{ eDeliveryAddress: 'AE:PL-28080-40239-TUSBF-26' }])).toBe('INVALID_ADDRESS');
  });
});
