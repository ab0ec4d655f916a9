/** `pending` (waiting for its time), `running` (claimed), `done`, `failed` (gave up after retries). */
export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A claimed job not finished within this time is claimed again (its process is presumed dead). */
export const JOB_LEASE_MS = 5 * 60_000;
/** Attempts before a job is marked failed. */
export const JOB_MAX_ATTEMPTS = 5;
/** How often an idle runner looks for due jobs. */
export const JOB_POLL_MS = 2_000;
/** Retry delay after the n-th failed attempt: 10 s, 40 s, 90 s, 160 s… */
export const jobRetryDelayMs = (attempts: number) => 10_000 * attempts * attempts;
