import { describe, expect, test } from 'vitest';
import { loadOnce } from './load-once.js';

describe('a library loaded on first use', () => {
  test('is loaded once however many callers ask at the same time or later', async () => {
    let loads = 0;
    const load = loadOnce(async () => ({ library: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    const c = await load();
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  test('whose load failed is tried again at the next call, not failed for the life of the process', async () => {
    let attempts = 0;
    const load = loadOnce(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('EMFILE');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('EMFILE');
    await expect(load()).resolves.toBe('loaded');
    expect(attempts).toBe(2);
  });
});
