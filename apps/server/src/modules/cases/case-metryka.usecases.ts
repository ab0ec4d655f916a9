import type { MetrykaEntry } from '@obieg/contracts/cases';
import { toWarsawDateTime } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { SubjectHistoryRow } from '../audit/audit.types.js';
import { listSubjectHistory, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getTenantSummary } from '../tenants/tenants.usecases.js';
import { renderMetrykaPdf } from './case-metryka.pdf.js';
import { fileNamePart } from './case-register.models.js';
import { createCaseRegisterRepository } from './case-register.repository.js';
import { ensureCaseVisible } from './case-access.js';
import { createCaseNotFoundError, createOutsideCaseScopeError } from './cases.errors.js';
import { createCasesRepository } from './cases.repository.js';

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

type Scope = { deps: CoreDeps; ctx: Context };

// The metryka (KPA art. 66a)

/** Actions that make the metryka: everything done in the case, not who looked at it. */
export const METRYKA_ACTIONS = [
  'cases.opened',
  'cases.updated',
  'cases.document_added',
  'cases.incoming_attached',
  'cases.suspended',
  'cases.resumed',
  'cases.not_counted_period_added',
  'cases.closed',
  'cases.reopened',
  'cases.linked',
  'cases.handed_over',
  'cases.taken_over',
  'cases.delay_notified',
  'documents.draft_created',
  'documents.version_added',
  'documents.approval_started',
  'documents.approval_cancelled',
  'documents.step_approved',
  'documents.step_rejected',
  'documents.approved',
  'documents.signed',
  'documents.signed_version_uploaded',
  'dispatch.ordered',
  'dispatch.posted',
  'dispatch.sent',
  'dispatch.send_failed',
  'dispatch.delivered',
  'dispatch.returned',
  'dispatch.cancelled',
  'dispatch.retried',
  'dispatch.evidence_added',
] as const;

const SETTLEMENT_WORDS: Record<string, string> = {
  decision: 'decyzją',
  letter: 'pismem',
  oral_memo: 'ustnie (notatka służbowa)',
  no_action: 'bez podejmowania czynności',
  transferred: 'przekazaniem po reorganizacji',
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The action of an event in words, as the metryka prints it (Polish, the document's language). */
const CHANNEL_WORDS: Record<string, string> = {
  post: 'poczta',
  edelivery: 'e-Doręczenia',
  edelivery_hybrid: 'e-Doręczenia, usługa hybrydowa',
  epuap: 'ePUAP',
  email: 'e-mail',
  in_person: 'osobiście',
};

const addressees = (value: unknown) =>
  Array.isArray(value)
    ? value
        .map(
          (a: { name?: unknown; channel?: unknown }) =>
            `${text(a.name)} (${CHANNEL_WORDS[text(a.channel)] ?? text(a.channel)})`,
        )
        .join(', ')
    : '';

export function describeMetrykaAction(event: Pick<SubjectHistoryRow, 'action' | 'details'>): string {
  const d = event.details;
  switch (event.action) {
    case 'cases.opened':
      return `Założenie sprawy ${text(d.sign)}: ${text(d.title)}`;
    case 'cases.updated':
      return `Zmiana danych sprawy${d.reason ? ` (${text(d.reason)})` : ''}`;
    case 'cases.document_added':
      return `Dodanie do akt: ${text(d.title)}${d.kind === 'note' ? ' (notatka służbowa)' : d.kind === 'opinion' ? ' (opinia)' : ''}`;
    case 'cases.incoming_attached':
      return `Dołączenie przesyłki ${text(d.rpwNumber)} do akt`;
    case 'cases.suspended':
      return `Zawieszenie postępowania od ${text(d.from)}: ${text(d.reason)}`;
    case 'cases.resumed':
      return `Podjęcie zawieszonego postępowania (zawieszone ${text(d.suspendedFrom)} – ${text(d.suspendedTo)})`;
    case 'cases.not_counted_period_added':
      return `Okres niewliczany do terminu ${text(d.from)} – ${text(d.to)}: ${text(d.reason)}`;
    case 'cases.closed':
      return `Zakończenie sprawy ${SETTLEMENT_WORDS[text(d.settlement)] ?? text(d.settlement)}, data ostatecznego załatwienia ${text(d.settledOn)}`;
    case 'cases.reopened':
      return `Wznowienie sprawy: ${text(d.reason)}`;
    case 'cases.delay_notified':
      return `Zawiadomienie o zwłoce (art. 36 KPA), nowy termin ${text(d.newDate)}: ${text(d.reason)}`;
    case 'cases.linked':
      return `Powiązanie ze sprawą ${text(d.otherSign)}`;
    case 'cases.handed_over':
      return `Przekazanie sprawy po reorganizacji — przejęta jako ${text(d.toSign)}: ${text(d.reason)}`;
    case 'cases.taken_over':
      return `Przejęcie sprawy ${text(d.fromSign)} po reorganizacji, nowy znak ${text(d.toSign)}: ${text(d.reason)}`;
    case 'documents.draft_created':
      return `Utworzenie projektu pisma: ${text(d.title)}`;
    case 'documents.version_added':
      return `Nowa wersja ${String(d.number ?? '')} projektu pisma: ${text(d.title)}`;
    case 'documents.approval_started':
      return `Przekazanie do akceptacji: ${text(d.title)}`;
    case 'documents.approval_cancelled':
      return `Wycofanie z akceptacji: ${text(d.title)}`;
    case 'documents.step_approved':
      return `Akceptacja projektu pisma (wersja ${String(d.versionNumber ?? '')}): ${text(d.title)}`;
    case 'documents.step_rejected':
      return `Odrzucenie projektu pisma (wersja ${String(d.versionNumber ?? '')}): ${text(d.title)} — uwagi: ${text(d.comment)}`;
    case 'documents.approved':
      return `Akceptacja końcowa: ${text(d.title)}`;
    case 'documents.signed':
      return `Podpisanie pisma podpisem elektronicznym: ${text(d.title)}`;
    case 'documents.signed_version_uploaded':
      return `Dołączenie wersji podpisanej poza systemem: ${text(d.title)}`;
    case 'dispatch.ordered':
      return `Zlecenie wysyłki ${text(d.number)}: ${text(d.title)} — ${addressees(d.addressees)}`;
    case 'dispatch.posted':
      return `Nadanie przesyłki ${text(d.number)} do ${text(d.addressee)} w placówce pocztowej ${text(d.postedOn)}${d.trackingNumber ? ` (nr nadania ${text(d.trackingNumber)})` : ''}`;
    case 'dispatch.sent':
      return `Wysłanie ${text(d.number)} do ${text(d.addressee)} (${CHANNEL_WORDS[text(d.channel)] ?? text(d.channel)})`;
    case 'dispatch.send_failed':
      return `Nieudana wysyłka ${text(d.number)} do ${text(d.addressee)}: ${text(d.error)}`;
    case 'dispatch.delivered':
      return `Doręczenie ${text(d.number)} do ${text(d.addressee)} ${text(d.deliveredOn)}${d.deliveryKind === 'fiction' ? ' (fikcja doręczenia)' : ''}${d.evidence ? ` — dowód: ${text(d.evidence)}` : ''}`;
    case 'dispatch.returned':
      return `Zwrot niedoręczonej przesyłki ${text(d.number)} od ${text(d.addressee)} ${text(d.returnedOn)}`;
    case 'dispatch.cancelled':
      return `Wycofanie wysyłki ${text(d.number)} do ${text(d.addressee)}`;
    case 'dispatch.retried':
      return `Ponowienie wysyłki ${text(d.number)} do ${text(d.addressee)}`;
    case 'dispatch.evidence_added':
      return `Dowód ${text(d.evidence)} dla przesyłki ${text(d.number)} do ${text(d.addressee)}`;
    default:
      return event.action;
  }
}

/** The metryka of a case from the audit trail: one row per action, numbered. */
export async function getCaseMetryka({ deps, ctx, id }: Scope & { id: string }) {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createCasesRepository({ db: tx });
    const found = await repository.findCase({ tenantId, id });
    if (!found) throw createCaseNotFoundError();
    const access = await ensureCaseVisible({ tx, actor: ctx.actor, row: found.row });
    // The metryka names every document: a partial share does not show it.
    if (access.read !== 'full') throw createOutsideCaseScopeError();
    await audit({
      action: 'cases.viewed',
      subjectType: 'case',
      subjectId: id,
      details: { sign: found.row.sign, part: 'metryka' },
    });
    const events = await listSubjectHistory({
      tx,
      tenantId,
      subjectType: 'case',
      subjectId: id,
      actions: METRYKA_ACTIONS,
    });
    const items: MetrykaEntry[] = events.map((e, index) => ({
      ordinal: index + 1,
      at: e.occurredAt.toISOString(),
      actor: {
        userId: e.actorUserId,
        displayName: e.actorName,
        positionId: e.actorPositionId,
        positionTitle: e.actorPositionTitle ?? null,
        actingFor: e.actingForUserId ? { userId: e.actingForUserId, displayName: e.actingForName } : null,
      },
      action: e.action,
      description: describeMetrykaAction(e),
      documentId: e.documentId,
    }));
    return {
      case: { id, sign: found.row.sign, title: found.row.title, openedAt: found.row.openedAt.toISOString() },
      items,
    };
  });
}
