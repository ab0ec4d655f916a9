import type { PkiConfig } from '../../config/config.js';
import { withTenant } from '../../db/tenant-scope.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { Context } from '../auth/auth.types.js';
import { createTemplate } from '../documents/templates.usecases.js';
import { findUserByLogin } from '../organization/access.usecases.js';
import { issueCertificate } from '../signatures/pki.usecases.js';

/** Letter templates of the demonstration office. */
const DEMO_TEMPLATES = [
  {
    name: 'Odpowiedź na wniosek',
    description: 'Odpowiedź na pismo strony w sprawie prowadzonej przez wydział.',
    header: '{{urzad}}\n{{komorka}}\nRynek 1, 00-950 Przykładowo',
    body:
      'W odpowiedzi na wniosek w sprawie „{{tytul_sprawy}}”, wszczętej {{data_wszczecia}}, uprzejmie informuję, że …\n\n' +
      'Sprawę prowadzi {{prowadzacy}}, {{prowadzacy_stanowisko}}.',
    closing: 'Z poważaniem',
  },
  {
    name: 'Pismo wewnętrzne',
    description: 'Pismo między komórkami urzędu (wystarczy akceptacja w systemie).',
    header: '{{urzad}}\n{{komorka}}',
    body: 'Uprzejmie proszę o …\n\nSprawa: {{znak_sprawy}} — {{tytul_sprawy}}.',
    closing: null,
  },
] as const;

/** Who signs in the demonstration office: certificates of the office CA for them. */
const DEMO_SIGNATORIES = ['sekretarz', 'kierownik.gk'] as const;

/** Templates and signing certificates, so that a letter can be drafted, approved and signed at once. */
export async function seedDemoDocuments({
  deps,
  ctx,
  pki,
}: {
  deps: CoreDeps;
  ctx: Context;
  pki: PkiConfig;
}) {
  for (const template of DEMO_TEMPLATES)
    await createTemplate({ deps, ctx, input: { ...template, closing: template.closing ?? undefined } });
  const tenantId = ctx.actor.tenantId;
  for (const login of DEMO_SIGNATORIES) {
    const user = await withTenant({ db: deps.db, tenantId }, (tx) =>
      findUserByLogin({ tx, tenantId, login }),
    );
    if (user) await issueCertificate({ deps: { ...deps, config: { pki } }, ctx, input: { userId: user.id } });
  }
}
