import { createReadStream } from 'node:fs';
import { access, mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertStorageKey, storageKey, type FileStore } from './file-store.js';
import { stageUpload } from './staging.js';

/**
 * Content on local disk: `<root>/<tenant>/<aa>/<sha256>`, received into `<root>/tmp` and renamed
 * into place only when complete and fsynced, so a half-written file never has its final name.
 */
export function createLocalFileStore({ root }: { root: string }): FileStore {
  const tmpDir = path.join(root, 'tmp');
  const pathOf = (key: string) => {
    assertStorageKey(key);
    const [tenantId = '', sha256 = ''] = key.split('/');
    return path.join(root, tenantId, sha256.slice(0, 2), sha256);
  };
  /** Content folders known to exist (one `mkdir` per folder, not per upload). */
  const knownDirs = new Set<string>();
  const directories = createDirectorySyncer();
  const exists = async (key: string) =>
    access(pathOf(key)).then(
      () => true,
      () => false,
    );

  return {
    exists,
    close: () => directories.close(),
    async put({ tenantId, source, maxBytes, inspect }) {
      const staged = await stageUpload({ tmpDir, source, maxBytes, deferSync: true });
      let inspected;
      try {
        inspected = inspect({ ...staged });
      } catch (error) {
        await staged.discard();
        throw error;
      }
      const key = storageKey({ tenantId, sha256: staged.sha256 });
      // fsync, then rename into place, then fsync the folder: started now, so it runs while the
      // caller writes its rows; the caller awaits it before commit.
      const durable = (async () => {
        try {
          await staged.sync();
          // No existence check: the same content already under this key is replaced by identical
          // bytes (rename is atomic), which costs less than asking first.
          const directory = path.dirname(pathOf(key));
          if (!knownDirs.has(directory)) {
            await mkdir(directory, { recursive: true });
            knownDirs.add(directory);
          }
          await rename(staged.path, pathOf(key));
          await Promise.all([directories.sync(directory), staged.closed()]);
        } catch (error) {
          await staged.discard();
          throw error;
        }
      })();
      // Observed here too, so a failure while the caller is still busy is never "unhandled".
      durable.catch(() => undefined);
      return { key, sha256: staged.sha256, size: staged.size, inspected, durable };
    },
    async open(key): Promise<Readable> {
      const stream = createReadStream(pathOf(key));
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      return stream;
    },
  };
}

/** Folder handles kept open for their fsync; beyond this many, a folder is opened per fsync. */
const MAX_OPEN_DIRECTORIES = 512;

/**
 * Makes a rename durable (the directory entry) by fsyncing its folder. The folder's handle stays
 * open for the next upload into it: one file-system call per fsync instead of three (open, fsync,
 * close), each a hand-over to libuv's thread pool.
 */
function createDirectorySyncer() {
  const handles = new Map<string, Promise<FileHandle>>();
  return {
    async close() {
      const open = [...handles.values()];
      handles.clear();
      await Promise.all(open.map((h) => h.then((handle) => handle.close()).catch(() => undefined)));
    },
    async sync(directory: string) {
      let handle = handles.get(directory);
      if (!handle && handles.size < MAX_OPEN_DIRECTORIES) {
        handle = open(directory, 'r');
        handles.set(directory, handle);
        handle.catch(() => handles.delete(directory));
      }
      if (handle) {
        await (await handle).sync();
        return;
      }
      const once = await open(directory, 'r');
      try {
        await once.sync();
      } finally {
        await once.close();
      }
    },
  };
}
