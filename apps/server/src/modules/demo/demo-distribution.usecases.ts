import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withTenant } from '../../db/tenant-scope.js';
import type { Actor, Context } from '../auth/auth.types.js';
import { acceptDecree, issueDecree } from '../distribution/decrees.usecases.js';
import { createDistributionRule } from '../distribution/distribution-rules.usecases.js';
import { distributeIncomingItem } from '../distribution/distribution.usecases.js';
import { findUserByLogin, loadAccess } from '../organization/access.usecases.js';

const meta = { requestId: 'demo-seed', clientAddress: null };

/** A demo person acting in their first position, as a session would make them. */
async function contextOf({ deps, tenantId, login }: { deps: CoreDeps; tenantId: string; login: string }) {
  return withTenant({ db: deps.db, tenantId }, async (tx): Promise<Context> => {
    const user = await findUserByLogin({ tx, tenantId, login });
    if (!user) throw new Error(`demo: no user ${login}`);
    const access = await loadAccess({ tx, tenantId, userId: user.id, day: toWarsawDate(deps.clock.now()) });
    const position = access.positions[0];
    const grants = position ? (access.grantsByPosition.get(position.id) ?? []) : [];
    const actor: Actor = {
      kind: 'user',
      tenantId,
      userId: user.id,
      displayName: user.displayName,
      positionId: position?.id ?? null,
      actingForUserId: null,
      grants,
      permissions: new Set(grants.map((g) => g.permission)),
      sessionId: null,
      tokenId: null,
    };
    return { actor, meta };
  });
}

/** One automatic rule before the letters come: invoices go to the finance unit. */
export async function seedDemoRule({
  deps,
  ctx,
  units,
}: {
  deps: CoreDeps;
  ctx: Context;
  units: Map<string, string>;
}) {
  await createDistributionRule({
    deps,
    ctx,
    input: {
      name: 'Faktury do Wydziału Finansowego',
      priority: 10,
      active: true,
      documentKind: 'faktura',
      unitId: units.get('FN') ?? '',
      infoUnitIds: [],
    },
  });
}

/**
 * The demo letters in the inboxes: the registry distributes the first two to GK, whose head
 * decrees both to the officer, who accepts the first; the third (an invoice) was distributed to
 * FN by the rule at registration.
 */
export async function seedDemoDistribution({
  deps,
  tenantId,
  letterIds,
  units,
}: {
  deps: CoreDeps;
  tenantId: string;
  letterIds: string[];
  units: Map<string, string>;
}) {
  const [registry, head, officer] = [
    await contextOf({ deps, tenantId, login: 'kancelaria' }),
    await contextOf({ deps, tenantId, login: 'kierownik.gk' }),
    await contextOf({ deps, tenantId, login: 'referent.gk' }),
  ];
  const deadline = toWarsawDate(new Date(deps.clock.now().getTime() + 14 * 24 * 3600 * 1000));
  const decrees = [];
  for (const [i, itemId] of letterIds.slice(0, 2).entries()) {
    await distributeIncomingItem({
      deps,
      ctx: registry,
      itemId,
      input: { unitId: units.get('GK') ?? '', infoUnitIds: [] },
    });
    decrees.push(
      await issueDecree({
        deps,
        ctx: head,
        itemId,
        input: {
          userId: officer.actor.userId ?? '',
          instruction:
            i === 0 ? 'Proszę przygotować zaświadczenie.' : 'Proszę wyjaśnić i przygotować odpowiedź.',
          deadline,
        },
      }),
    );
  }
  if (decrees[0]) await acceptDecree({ deps, ctx: officer, id: decrees[0].id });
}
