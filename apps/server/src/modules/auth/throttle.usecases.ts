import type { Config } from '../../config/config.js';
import { withSystem } from '../../db/tenant-scope.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createTooManyAttemptsError } from './auth.errors.js';
import { isLocked, nextThrottleState } from './auth.models.js';
import { createAuthRepository } from './auth.repository.js';

export type ThrottleDeps = CoreDeps & { throttle: Config['throttle'] };

export const throttleKeys = ({
  tenantCode,
  login,
  clientAddress,
}: {
  tenantCode: string;
  login: string;
  clientAddress: string | null;
}) => ({
  account: `account:${tenantCode}:${login.toLowerCase()}`,
  address: `address:${clientAddress ?? 'unknown'}`,
});

/**
 * Refuses with 429 while the account or the client address is locked after failed logins.
 * Otherwise counts the attempt against the account before the password is checked, in the
 * transaction that read the counter under a row lock, so parallel guesses cannot all pass the
 * check before any of them is counted. A successful login then clears the account's count.
 */
export async function admitLoginAttempt({
  deps,
  keys,
}: {
  deps: ThrottleDeps;
  keys: { account: string; address: string };
}) {
  const now = deps.clock.now();
  const policy = { ...deps.throttle, maxFailures: deps.throttle.maxFailuresPerAccount };
  const lockedUntil = await withSystem({ db: deps.db }, async (tx) => {
    const repository = createAuthRepository({ db: tx });
    await repository.ensureThrottle({ key: keys.account, at: now });
    const account = await repository.findThrottle({ key: keys.account });
    const address = await repository.findThrottle({ key: keys.address });
    const until = [account, address]
      .filter((s) => s && isLocked(s, now))
      .map((s) => s?.lockedUntil?.getTime() ?? 0)
      .reduce((a, b) => Math.max(a, b), 0);
    if (until === 0) {
      await repository.saveThrottle({
        key: keys.account,
        state: nextThrottleState({ state: account, now, policy }),
        at: now,
      });
    }
    return until;
  });
  if (lockedUntil > 0) {
    const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil - now.getTime()) / 1000));
    throw createTooManyAttemptsError({
      meta: { retryAfterSeconds },
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }
}

const attemptsInProgress = new Map<string, Promise<void>>();

/**
 * Runs the login attempts for one account one after another in this process, so that an attempt
 * counted on admission is settled (a success clears the count) before the next one is admitted:
 * someone logging in from several tabs at once is not locked out by their own logins.
 */
export async function oneAttemptAtATime<T>(key: string, attempt: () => Promise<T>): Promise<T> {
  const current = (attemptsInProgress.get(key) ?? Promise.resolve()).then(attempt);
  const settled = current.then(
    () => undefined,
    () => undefined,
  );
  attemptsInProgress.set(key, settled);
  try {
    return await current;
  } finally {
    if (attemptsInProgress.get(key) === settled) attemptsInProgress.delete(key);
  }
}

/** Counts a failed login against the client address (the account was counted on admission). */
export async function registerLoginFailure({
  deps,
  keys,
}: {
  deps: ThrottleDeps;
  keys: { account: string; address: string };
}) {
  const now = deps.clock.now();
  const policy = { ...deps.throttle, maxFailures: deps.throttle.maxFailuresPerAddress };
  await withSystem({ db: deps.db }, async (tx) => {
    const repository = createAuthRepository({ db: tx });
    await repository.ensureThrottle({ key: keys.address, at: now });
    const state = await repository.findThrottle({ key: keys.address });
    await repository.saveThrottle({
      key: keys.address,
      state: nextThrottleState({ state, now, policy }),
      at: now,
    });
  });
}

export async function clearAccountFailures({ deps, key }: { deps: CoreDeps; key: string }) {
  await withSystem({ db: deps.db }, (tx) => createAuthRepository({ db: tx }).clearThrottle({ key }));
}
