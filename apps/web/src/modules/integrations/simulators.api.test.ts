import { describe, expect, test } from 'vitest';
import { problem, stubFetch } from '../../test/fetch-stub';
import { getSimulators } from './simulators.api';

const status = {
  enabled: true,
  edelivery: { url: 'http://127.0.0.1:4010', officeAddress: 'AE:PL-51220-41739-EDCBA-31' },
  epuap: null,
  smtp: null,
};

describe('getSimulators', () => {
  test('production has no simulators: the 404 of GET /simulators means none, not an error', async () => {
    stubFetch();
    await expect(getSimulators()).resolves.toBeNull();
  });

  test('a user the simulators are not for (403) sees none either', async () => {
    stubFetch().route('GET /api/v1/simulators', problem(403, 'auth.forbidden'));
    await expect(getSimulators()).resolves.toBeNull();
  });

  test('running simulators are described; switched off they count as none; a server failure is an error', async () => {
    const stub = stubFetch().route('GET /api/v1/simulators', status);
    await expect(getSimulators()).resolves.toEqual(status);

    stub.route('GET /api/v1/simulators', { ...status, enabled: false });
    await expect(getSimulators()).resolves.toBeNull();

    stub.route('GET /api/v1/simulators', problem(500, 'internal.error'));
    await expect(getSimulators()).rejects.toMatchObject({ code: 'internal.error' });
  });
});
