import path from 'node:path';
import type { FilesConfig } from '../../../config/config.js';
import type { FileStore } from './file-store.js';
import { createLocalFileStore } from './local-file-store.js';
import { createS3FileStore } from './s3-file-store.js';

/** The store the configuration names (`OBIEG_FILES_DRIVER`). */
export function createFileStore(config: Pick<FilesConfig, 'driver' | 'localRoot' | 's3'>): FileStore {
  if (config.driver === 's3' && config.s3)
    return createS3FileStore({ s3: config.s3, tmpDir: path.join(config.localRoot, 'tmp') });
  return createLocalFileStore({ root: config.localRoot });
}
