import { toWarsawDateTime } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getTenantSummary } from '../tenants/tenants.usecases.js';
import { getCaseMetryka } from './case-lifecycle.usecases.js';
import { renderMetrykaPdf } from './case-metryka.pdf.js';
import { fileNamePart } from './case-register.models.js';
import { createCaseRegisterRepository } from './case-register.repository.js';
import { createCaseNotFoundError } from './cases.errors.js';

/**
 * The metryka sprawy as a PDF (KPA art. 66a). Reading it checks that the actor may see the whole
 * case and records the view (`getCaseMetryka`); the printout is recorded too
 * (`cases.metryka_printed`), before the file is made.
 */
export async function printCaseMetryka({
  deps,
  ctx,
  id,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
}): Promise<{ fileName: string; content: Buffer }> {
  const metryka = await getCaseMetryka({ deps, ctx, id });
  const tenantId = ctx.actor.tenantId;
  const { initiatedOn, officeName } = await withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const initiatedOn = await createCaseRegisterRepository({ db: tx }).findInitiatedOn({
      tenantId,
      caseId: id,
    });
    if (!initiatedOn) throw createCaseNotFoundError();
    await audit({
      action: 'cases.metryka_printed',
      subjectType: 'case',
      subjectId: id,
      details: { sign: metryka.case.sign, entries: metryka.items.length },
    });
    return { initiatedOn, officeName: (await getTenantSummary({ tx, tenantId }))?.name ?? '' };
  });
  const pdf = await renderMetrykaPdf({
    metryka,
    initiatedOn,
    officeName,
    printedAt: toWarsawDateTime(deps.clock.now()),
  });
  return { fileName: `metryka-${fileNamePart(metryka.case.sign)}.pdf`, content: Buffer.from(pdf) };
}
