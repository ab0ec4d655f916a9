import type { Me } from '@obieg/contracts/auth';
import type { JrwaClass, JrwaVersion } from '@obieg/contracts/jrwa';
import type { Permission } from '@obieg/contracts/permissions';

export function makeMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    login: 'anowak',
    displayName: 'Anna Nowak',
    tenant: { id: '01900000-0000-7000-8000-0000000000aa', code: 'demo', name: 'Urząd Gminy Przykładowo' },
    positions: [
      {
        id: '01900000-0000-7000-8000-000000000010',
        title: 'Inspektor',
        orgUnitId: '01900000-0000-7000-8000-000000000020',
        orgUnitSymbol: 'OR',
        orgUnitName: 'Referat Organizacyjny',
        actingFor: null,
      },
    ],
    activePositionId: '01900000-0000-7000-8000-000000000010',
    permissions: [],
    grants: [],
    mustChangePassword: false,
    csrfToken: 'csrf-from-me',
    ...overrides,
  };
}

export const withPermissions = (...permissions: Permission[]): Me => makeMe({ permissions });

export function makeJrwaVersion(overrides: Partial<JrwaVersion> = {}): JrwaVersion {
  return {
    id: '01900000-0000-7000-8000-0000000000f1',
    name: 'JRWA demonstracyjny',
    validFrom: '2025-01-01',
    validTo: null,
    demonstration: false,
    classCount: 0,
    createdAt: '2025-01-01T08:00:00+01:00',
    ...overrides,
  };
}

export function makeJrwaClass(symbol: string, title: string, category: string | null = null): JrwaClass {
  return {
    symbol,
    title,
    category,
    categoryOther: category ? 'Bc' : null,
    remarks: null,
    level: symbol.length,
    parentSymbol: symbol.length > 1 ? symbol.slice(0, -1) : null,
    final: category !== null,
  };
}
