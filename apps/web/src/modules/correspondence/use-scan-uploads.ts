import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadScan } from './correspondence.api';

export type ScanUpload = {
  key: string;
  name: string;
  size: number;
  /** 0…1 */
  progress: number;
  status: 'uploading' | 'done' | 'error';
  fileId?: string;
  error?: unknown;
};

let counter = 0;
const nextKey = () => `scan-${++counter}`;

/**
 * Scans upload as soon as they are dropped or picked, while the clerk types the rest; `settle()`
 * waits for those still on their way, so saving never has to wait for a second action.
 */
export function useScanUploads() {
  const [scans, setScansState] = useState<ScanUpload[]>([]);
  const latest = useRef<ScanUpload[]>([]);
  const pending = useRef(new Map<string, Promise<void>>());
  const controllers = useRef(new Map<string, AbortController>());

  const setScans = useCallback((change: (current: ScanUpload[]) => ScanUpload[]) => {
    latest.current = change(latest.current);
    setScansState(latest.current);
  }, []);
  const update = useCallback(
    (key: string, patch: Partial<ScanUpload>) =>
      setScans((current) => current.map((scan) => (scan.key === key ? { ...scan, ...patch } : scan))),
    [setScans],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = nextKey();
        const controller = new AbortController();
        controllers.current.set(key, controller);
        setScans((current) => [
          ...current,
          { key, name: file.name, size: file.size, progress: 0, status: 'uploading' },
        ]);
        const upload = uploadScan({
          file,
          signal: controller.signal,
          onProgress: (progress) => update(key, { progress }),
        })
          .then((info) => update(key, { status: 'done', progress: 1, fileId: info.id }))
          .catch((error: unknown) => {
            if (!controller.signal.aborted) update(key, { status: 'error', error });
          })
          .finally(() => {
            pending.current.delete(key);
            controllers.current.delete(key);
          });
        pending.current.set(key, upload);
      }
    },
    [setScans, update],
  );

  const remove = useCallback(
    (key: string) => {
      controllers.current.get(key)?.abort();
      setScans((current) => current.filter((scan) => scan.key !== key));
    },
    [setScans],
  );

  const clear = useCallback(() => setScans(() => []), [setScans]);

  /** Waits for every upload in progress; the scans as they ended. */
  const settle = useCallback(async () => {
    while (pending.current.size > 0) await Promise.all([...pending.current.values()]);
    return latest.current;
  }, []);

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  return { scans, add, remove, clear, settle, uploading: scans.some((scan) => scan.status === 'uploading') };
}

export type ScanUploads = ReturnType<typeof useScanUploads>;
