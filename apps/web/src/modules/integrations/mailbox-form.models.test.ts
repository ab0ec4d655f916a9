import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../locales/i18n';
import { initialMailboxValues, validateMailboxForm } from './mailbox-form.models';

const t = createTranslate('pl');

describe('mailbox form', () => {
  test('a pasted certificate and key must both be PEM; the errors name their fields', () => {
    const values = {
      ...initialMailboxValues(),
      kind: 'epuap' as const,
      address: '/ugprzykladowo/skrytka',
      name: 'Skrytka urzędu',
      settings: {
        pullUrl: 'https://epuap.example/pull',
        skrytkaUrl: 'https://epuap.example/skrytka',
        doreczycielUrl: 'https://epuap.example/doreczyciel',
        podmiot: '',
      },
      credentials: 'pem' as const,
      certificatePem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
      privateKeyPem: 'secret',
    };
    const result = validateMailboxForm({ values, t });
    expect(result.ok).toBe(false);
    expect(result.ok ? {} : Object.keys(result.errors).sort()).toEqual([
      '/credentials/privateKeyPem',
      '/settings/podmiot',
    ]);
  });

  test('an SMTP mailbox sends its port as a number, leaves a blank user out and a blank password unsent', () => {
    const values = {
      ...initialMailboxValues(),
      kind: 'smtp' as const,
      address: 'kancelaria@ug.example.pl',
      name: 'Poczta kancelarii',
      settings: {
        host: 'smtp.example.pl',
        port: '587',
        secure: 'false',
        user: '',
        from: 'kancelaria@ug.example.pl',
      },
    };
    const result = validateMailboxForm({ values, t });
    expect(result).toEqual({
      ok: true,
      input: {
        kind: 'smtp',
        address: 'kancelaria@ug.example.pl',
        name: 'Poczta kancelarii',
        unitId: null,
        enabled: true,
        isDefault: false,
        settings: { host: 'smtp.example.pl', port: 587, secure: false, from: 'kancelaria@ug.example.pl' },
      },
    });
  });
});
