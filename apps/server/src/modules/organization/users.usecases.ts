import type { CreateUserInput, User } from '@obieg/contracts/organization';
import { hashPassword } from '../../shared/crypto/passwords.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { createUserNotFoundError } from './organization.errors.js';
import { toUserDto } from './organization.models.js';
import { createPeopleRepository } from './people.repository.js';

export async function listUsers({
  deps,
  ctx,
  q,
  limit,
  cursor,
}: {
  deps: CoreDeps;
  ctx: Context;
  q?: string;
  limit: number;
  cursor?: string;
}) {
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createPeopleRepository({ db: tx }).listUsers({
      tenantId: ctx.actor.tenantId,
      q,
      limit,
      afterLogin: cursor,
    }),
  );
  const page = rows.slice(0, limit);
  return {
    items: page.map(toUserDto),
    nextCursor: rows.length > limit ? (page.at(-1)?.login ?? null) : null,
  };
}

export async function getUser({
  deps,
  ctx,
  id,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
}): Promise<User> {
  const row = await inTenant({ deps, ctx }, (tx) =>
    createPeopleRepository({ db: tx }).findUserById({ tenantId: ctx.actor.tenantId, id }),
  );
  if (!row) throw createUserNotFoundError();
  return toUserDto(row);
}

/** Creates a person account; the initial password must be changed at first login. */
export async function createUser({
  deps,
  ctx,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  input: CreateUserInput;
}): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createPeopleRepository({ db: tx }).insertUser({
      user: {
        id: deps.ids.next(),
        tenantId: ctx.actor.tenantId,
        login: input.login,
        displayName: input.displayName,
        email: input.email,
        kind: 'person',
        passwordHash,
        mustChangePassword: true,
        createdAt: deps.clock.now(),
      },
    });
    await audit({
      action: 'organization.user_created',
      subjectType: 'user',
      subjectId: row.id,
      details: { login: row.login, displayName: row.displayName },
    });
    return toUserDto(row);
  });
}

export async function updateUser({
  deps,
  ctx,
  id,
  input,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
  input: { displayName?: string; email?: string | null; active?: boolean };
}): Promise<User> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createPeopleRepository({ db: tx }).updateUser({
      tenantId: ctx.actor.tenantId,
      id,
      patch: input,
    });
    await audit({
      action: 'organization.user_updated',
      subjectType: 'user',
      subjectId: id,
      details: { changes: input },
    });
    return toUserDto(row);
  });
}
