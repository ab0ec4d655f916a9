import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { createLocalFileStore } from './local-file-store.js';

const TENANT = '0190a5e4-7b7c-7000-8000-00000000000a';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function put(store: ReturnType<typeof createLocalFileStore>, text: string) {
  const stored = await store.put({
    tenantId: TENANT,
    source: Readable.from([Buffer.from(text)]),
    maxBytes: 1024,
    inspect: () => 'text/plain',
  });
  await stored.durable;
  return stored.key;
}

describe('the local file store', () => {
  test('identical content uploaded again stays one file with the same bytes, also after the store released its folders', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'obieg-local-store-'));
    dirs.push(root);
    const store = createLocalFileStore({ root });
    const first = await put(store, 'Pismo w sprawie drogi');
    const again = await put(store, 'Pismo w sprawie drogi');
    await store.close?.();
    const afterClose = await put(store, 'Pismo w sprawie drogi');
    const other = await put(store, 'Inne pismo');
    expect(again).toBe(first);
    expect(afterClose).toBe(first);
    expect(other).not.toBe(first);
    const stored = readdirSync(path.join(root, TENANT), { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile(),
    );
    expect(stored).toHaveLength(2);
    const [, sha256 = ''] = first.split('/');
    expect(readFileSync(path.join(root, TENANT, sha256.slice(0, 2), sha256), 'utf8')).toBe(
      'Pismo w sprawie drogi',
    );
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
    await store.close?.();
  });
});
