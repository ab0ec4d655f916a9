import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createTestDatabase } from '../db/database.test-utils.js';
import type { DatabaseHandle } from '../db/database.types.js';
import { createTenant } from '../modules/tenants/tenants.usecases.js';
import { systemClock } from '../shared/clock/clock.js';
import { uuidv7Ids } from '../shared/ids/ids.js';
import { maskPersonalData } from './logger.js';
import { buildServer } from './server.js';
import { makeOfficeInput } from '../modules/tenants/tenants.test-utils.js';

describe('logs keep secrets and personal data out', () => {
  const lines: string[] = [];
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildServer>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', OBIEG_WEB_DIST: '/nonexistent' });
    app = await buildServer({ config, database, logger: { stream } });
    await app.ready();
    await createTenant({
      deps: { db: database.db, clock: systemClock, ids: uuidv7Ids },
      meta: { requestId: null, clientAddress: null },
      input: makeOfficeInput({
        code: 'logi',
        name: 'Urząd Logów',
        adminPassword: 'tajne-haslo-administratora',
      }),
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  test('a failed login, a session cookie and a PESEL in a search never reach the log', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'logi', login: 'admin', password: 'zle-haslo-44051401359' },
    });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: 'logi', login: 'admin', password: 'tajne-haslo-administratora' },
    });
    const cookie = ok.cookies.find((c) => c.name === 'obieg_session')?.value ?? '';
    expect(cookie).not.toBe('');
    await app.inject({
      method: 'GET',
      url: '/api/v1/users?q=44051401359',
      headers: { cookie: `obieg_session=${cookie}`, authorization: 'Bearer obg_secret' },
    });
    await app.inject({
      method: 'GET',
      url: '/api/v1/users?q=Kowalski',
      headers: { cookie: `obieg_session=${cookie}` },
    });

    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(log).toContain('/api/v1/users');
    for (const secret of [
      'tajne-haslo-administratora',
      'zle-haslo',
      '44051401359',
      cookie,
      'obg_secret',
      'Kowalski',
    ]) {
      expect(log, secret).not.toContain(secret);
    }
  });

  test('masks any eleven-digit number in a message as a PESEL', () => {
    expect(maskPersonalData('nie znaleziono 44051401359 w bazie')).toBe('nie znaleziono [PESEL] w bazie');
    expect(maskPersonalData('numer 123456789012')).toBe('numer 123456789012');
  });
});
