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

/** Refuses with 429 while the account or the client address is locked after failed logins. */
export async function assertLoginAllowed({
  deps,
  keys,
}: {
  deps: ThrottleDeps;
  keys: { account: string; address: string };
}) {
  const now = deps.clock.now();
  const states = await withSystem({ db: deps.db }, async (tx) => {
    const repository = createAuthRepository({ db: tx });
    return [
      await repository.findThrottle({ key: keys.account }),
      await repository.findThrottle({ key: keys.address }),
    ];
  });
  const lockedUntil = states
    .filter((s) => s && isLocked(s, now))
    .map((s) => s?.lockedUntil?.getTime() ?? 0)
    .reduce((a, b) => Math.max(a, b), 0);
  if (lockedUntil > 0) {
    const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil - now.getTime()) / 1000));
    throw createTooManyAttemptsError({
      meta: { retryAfterSeconds },
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }
}

export async function registerLoginFailure({
  deps,
  keys,
}: {
  deps: ThrottleDeps;
  keys: { account: string; address: string };
}) {
  const now = deps.clock.now();
  const policies = {
    [keys.account]: { ...deps.throttle, maxFailures: deps.throttle.maxFailuresPerAccount },
    [keys.address]: { ...deps.throttle, maxFailures: deps.throttle.maxFailuresPerAddress },
  };
  await withSystem({ db: deps.db }, async (tx) => {
    const repository = createAuthRepository({ db: tx });
    for (const [key, policy] of Object.entries(policies)) {
      const state = await repository.findThrottle({ key });
      await repository.saveThrottle({ key, state: nextThrottleState({ state, now, policy }), at: now });
    }
  });
}

export async function clearAccountFailures({ deps, key }: { deps: CoreDeps; key: string }) {
  await withSystem({ db: deps.db }, (tx) => createAuthRepository({ db: tx }).clearThrottle({ key }));
}
