import { AUDIT_ACTIONS } from '@obieg/contracts/audit';
import { ERROR_CODES } from '@obieg/contracts/errors';
import { PERMISSIONS } from '@obieg/contracts/permissions';
import { describe, expect, test } from 'vitest';
import { CLIENT_ERROR_CODES } from '../app/api-error';
import { AUDIT_SUBJECT_TYPES } from '../modules/audit/audit.constants';
import { JRWA_ISSUE_CODES } from '../modules/jrwa/jrwa.constants';
import { en } from './en';
import { pl } from './pl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const plKeys = Object.keys(pl).sort();
const enKeys = Object.keys(en).sort();

describe('dictionaries', () => {
  test('English has exactly the Polish keys', () => {
    expect(enKeys.filter((key) => !(key in pl))).toEqual([]);
    expect(plKeys.filter((key) => !(key in en))).toEqual([]);
  });

  test('no message is empty in either language', () => {
    const empty = (dictionary: Record<string, string>) =>
      Object.entries(dictionary)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
    expect(empty(pl)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  test('every API error code has a message', () => {
    const missing = [...ERROR_CODES, ...CLIENT_ERROR_CODES].filter((code) => !(`errors.${code}` in pl));
    expect(missing).toEqual([]);
  });

  test('every JRWA import issue code has a message', () => {
    expect(JRWA_ISSUE_CODES.filter((code) => !(`jrwa.issue.${code}` in pl))).toEqual([]);
  });

  test('every permission has a name', () => {
    expect(PERMISSIONS.filter((permission) => !(`permissions.${permission}` in pl))).toEqual([]);
  });

  test('every audit action has a name in both languages', () => {
    const unnamed = (dictionary: Partial<Record<string, string>>) =>
      AUDIT_ACTIONS.filter((action) => !dictionary[`audit.action.${action}`]?.trim());
    expect(unnamed(pl)).toEqual([]);
    expect(unnamed(en)).toEqual([]);
  });

  test('every audit subject type has a name in both languages', () => {
    const unnamed = (dictionary: Partial<Record<string, string>>) =>
      AUDIT_SUBJECT_TYPES.filter((type) => !dictionary[`audit.subject.${type}`]?.trim());
    expect(unnamed(pl)).toEqual([]);
    expect(unnamed(en)).toEqual([]);
  });

  test('Polish and English messages use the same placeholders', () => {
    const differing = plKeys.filter((key) => {
      const english = (en as Record<string, string>)[key] ?? '';
      return placeholders((pl as Record<string, string>)[key] ?? '').join() !== placeholders(english).join();
    });
    expect(differing).toEqual([]);
  });

  test('keys are flat and dotted', () => {
    expect(plKeys.filter((key) => !/^[a-z_]+(\.[A-Za-z0-9_:-]+)+$/.test(key))).toEqual([]);
  });
});
