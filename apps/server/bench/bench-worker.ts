import { Worker } from 'node:worker_threads';

/**
 * Runs a bench's HTTP clients in a worker thread, as browsers run on other machines: building
 * requests and reading answers does not take the server's event loop (a raw ceiling measured in
 * the same run pays nothing for it). `source` is CommonJS that posts either its result or
 * `{ error }` once to `parentPort`.
 */
export async function runClientsInWorker<T extends object>(source: string, workerData: unknown): Promise<T> {
  const worker = new Worker(source, { eval: true, workerData });
  try {
    const answer = await new Promise<T | { error: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if ('error' in answer) throw new Error(answer.error);
    return answer;
  } finally {
    await worker.terminate();
  }
}
