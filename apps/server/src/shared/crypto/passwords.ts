import { hash, verify } from '@node-rs/argon2';

// OWASP-recommended argon2id parameters (19 MiB, 2 iterations, 1 lane).
// algorithm 2 = Argon2id (a const enum in the typings, which isolated modules cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown login, service account) it still spends the
 * same time on a dummy hash, so response time does not reveal whether a login exists.
 */
export async function verifyPassword({
  stored,
  password,
}: {
  stored: string | null;
  password: string;
}): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword('obieg-dummy-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
