import type { Grant, Permission } from '@obieg/contracts/permissions';
import { randomToken } from '../../shared/crypto/tokens.js';

export const SESSION_COOKIE = 'obieg_session';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A session cookie names its office, so the lookup itself runs under that office's RLS scope. */
export function makeSessionSecret(tenantId: string) {
  const secret = randomToken();
  return { cookieValue: `${tenantId}.${secret}`, secret };
}

export function parseSessionCookie(value: string | undefined): { tenantId: string; secret: string } | null {
  if (!value) return null;
  const [tenantId, secret, ...rest] = value.split('.');
  if (rest.length > 0 || !tenantId || !secret || !UUID.test(tenantId) || secret.length < 20) return null;
  return { tenantId, secret };
}

/** API tokens look like `obg_<office id hex>_<secret>`; only the SHA-256 of the secret is stored. */
export function makeApiTokenSecret(tenantId: string) {
  const secret = randomToken();
  return { token: `obg_${tenantId.replace(/-/g, '')}_${secret}`, secret };
}

export function parseApiToken(value: string): { tenantId: string; secret: string } | null {
  const match = /^obg_([0-9a-f]{32})_([A-Za-z0-9_-]{20,})$/.exec(value);
  if (!match?.[1] || !match[2]) return null;
  const hex = match[1];
  const tenantId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tenantId, secret: match[2] };
}

export type ThrottleState = { failures: number; firstFailureAt: Date; lockedUntil: Date | null };
export type ThrottlePolicy = { maxFailures: number; baseLockSeconds: number; maxLockSeconds: number };

/** Failures older than this (and not locked) are forgotten. */
const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/**
 * After `maxFailures` failures the key is locked, first for `baseLockSeconds`, doubling with each
 * further failure up to `maxLockSeconds`: guessing slows down, then stops for a while.
 */
export function nextThrottleState({
  state,
  now,
  policy,
}: {
  state: ThrottleState | null;
  now: Date;
  policy: ThrottlePolicy;
}): ThrottleState {
  const stale =
    state && !isLocked(state, now) && now.getTime() - state.firstFailureAt.getTime() > THROTTLE_WINDOW_MS;
  const failures = !state || stale ? 1 : state.failures + 1;
  const firstFailureAt = !state || stale ? now : state.firstFailureAt;
  if (failures < policy.maxFailures) return { failures, firstFailureAt, lockedUntil: null };
  const seconds = Math.min(
    policy.maxLockSeconds,
    policy.baseLockSeconds * 2 ** (failures - policy.maxFailures),
  );
  return { failures, firstFailureAt, lockedUntil: new Date(now.getTime() + seconds * 1000) };
}

export function isLocked(state: { lockedUntil: Date | null }, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function permissionsOf(grants: Grant[]): Set<Permission> {
  return new Set(grants.map((g) => g.permission));
}
