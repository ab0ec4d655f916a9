import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
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

  test('the SHA-256 of content in one write batch or in several is that of the whole content', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'obieg-local-store-'));
    dirs.push(root);
    const store = createLocalFileStore({ root });
    for (const size of [1, 64 * 1024, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 12_345]) {
      const content = randomBytes(size);
      const chunks = Array.from({ length: Math.ceil(size / 65_536) }, (_, i) =>
        content.subarray(i * 65_536, (i + 1) * 65_536),
      );
      const stored = await store.put({
        tenantId: TENANT,
        source: Readable.from(chunks),
        maxBytes: 10 * 1024 * 1024,
        inspect: () => 'application/octet-stream',
      });
      await stored.durable;
      const expected = createHash('sha256').update(content).digest('hex');
      expect({ size, sha256: stored.sha256 }).toEqual({ size, sha256: expected });
      const file = path.join(root, TENANT, expected.slice(0, 2), expected);
      expect(readFileSync(file).equals(content)).toBe(true);
    }
    await store.close?.();
  });

  test('once content is durable no handle to it stays open, and a refused upload leaves none either', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'obieg-local-store-'));
    dirs.push(root);
    const store = createLocalFileStore({ root });
    /** Open descriptors of this process that point at files (not folders) under the store. */
    const openFiles = () =>
      readdirSync('/proc/self/fd').flatMap((fd) => {
        try {
          const target = readlinkSync(`/proc/self/fd/${fd}`);
          return target.startsWith(root) && statSync(target).isFile() ? [target] : [];
        } catch {
          return [];
        }
      });
    await put(store, 'Skan pisma');
    await expect(
      store.put({
        tenantId: TENANT,
        source: Readable.from([Buffer.from('MZ plik wykonywalny')]),
        maxBytes: 1024,
        inspect: () => {
          throw new Error('refused');
        },
      }),
    ).rejects.toThrow('refused');
    if (existsSync('/proc/self/fd')) expect(openFiles()).toEqual([]);
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
    await store.close?.();
  });
});
