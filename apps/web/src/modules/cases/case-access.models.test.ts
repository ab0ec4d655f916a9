import { describe, expect, test } from 'vitest';
import { makeMe } from '../../test/builders';
import { makeCase } from './cases.test-utils';

import { mayHandleCase } from './case-access.models';

const someoneElse = makeCase({
  handler: {
    userId: '01900000-0000-7000-8000-000000000099',
    displayName: 'Jan Inny',
    positionId: null,
    positionTitle: null,
  },
});

describe('who may change a case', () => {
  test('an officer with own scope changes the cases they handle, not a colleague’s shared with them', () => {
    const me = makeMe({
      permissions: ['cases:handle'],
      grants: [{ permission: 'cases:handle', scope: 'own' }],
    });

    expect(mayHandleCase({ me, item: makeCase() })).toBe(true);
    expect(mayHandleCase({ me, item: someoneElse })).toBe(false);
  });

  test('a substitute changes the cases of the colleague they stand in for', () => {
    const me = makeMe({
      permissions: ['cases:handle'],
      grants: [{ permission: 'cases:handle', scope: 'own' }],
      positions: [
        {
          ...makeMe().positions[0]!,
          actingFor: { userId: '01900000-0000-7000-8000-000000000099', displayName: 'Jan Inny' },
        },
      ],
    });

    expect(mayHandleCase({ me, item: someoneElse })).toBe(true);
  });

  test('a head of unit is left to the server, and a reader without cases:handle changes nothing', () => {
    const head = makeMe({
      permissions: ['cases:handle'],
      grants: [{ permission: 'cases:handle', scope: 'unit' }],
    });
    const reader = makeMe({
      permissions: ['cases:read'],
      grants: [{ permission: 'cases:read', scope: 'office' }],
    });

    expect(mayHandleCase({ me: head, item: someoneElse })).toBe(true);
    expect(mayHandleCase({ me: reader, item: makeCase() })).toBe(false);
  });
});
