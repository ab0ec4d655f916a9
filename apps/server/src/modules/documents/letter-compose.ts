import type { Database } from '../../db/database.types.js';
import { postalAddressLines } from '../../shared/text/postal-address.js';
import type { Context } from '../auth/auth.types.js';
import type { DraftCase } from '../cases/case-drafts.usecases.js';
import { findContactInTransaction } from '../contacts/contacts.usecases.js';
import { getTenantLetterhead } from '../tenants/tenants.usecases.js';
import { createUnknownContactError, createUnknownPositionError } from './documents.errors.js';
import { createDocumentsRepository, type TemplateRow } from './documents.repository.js';
import { fillFields, lines, polishLongDate, type LetterFields, type LetterFrame } from './letter.models.js';

// What a new draft's letter is made of: its addressees, its signatory, the fields of the case and
// the office, and the frame (header, place and date, addressee, signature) they fill.

export type Addressee = { id: string; name: string; address: string | null };
export type Signatory = { name: string; title: string };

/** Contacts of the office as addressees (name and first address); unknown ones answer 422. */
export async function resolveAddressees({
  tx,
  tenantId,
  ids,
}: {
  tx: Database;
  tenantId: string;
  ids: string[];
}) {
  const addressees: Addressee[] = [];
  const unknown: string[] = [];
  for (const [index, id] of [...new Set(ids)].entries()) {
    const contact = await findContactInTransaction({ tx, tenantId, id });
    if (!contact) unknown.push(`/addresseeContactIds/${index}`);
    else {
      const address = contact.addresses[0];
      addressees.push({
        id,
        name: contact.displayName,
        address: address ? postalAddressLines(address).join('\n') : null,
      });
    }
  }
  if (unknown.length > 0)
    throw createUnknownContactError({
      errors: unknown.map((path) => ({ path, message: 'Unknown contact' })),
    });
  return addressees;
}

/** The person who will sign, by their active position (422 otherwise). */
export async function findSignatory({
  tx,
  tenantId,
  positionId,
  today,
}: {
  tx: Database;
  tenantId: string;
  positionId: string;
  today: string;
}): Promise<Signatory> {
  const [position] = await createDocumentsRepository({ db: tx }).listActivePositions({
    tenantId,
    ids: [positionId],
    today,
  });
  if (!position)
    throw createUnknownPositionError({
      errors: [{ path: '/signatoryPositionId', message: 'Not an active position of the office' }],
    });
  return { name: position.displayName, title: position.title };
}

/**
 * The letter of a new draft: the fields from its case, addressees, the office and the signatory,
 * and the frame from the template (or the office's plain letterhead) with them filled in.
 */
export async function composeLetter({
  tx,
  ctx,
  found,
  template,
  addressees,
  signatory,
  today,
}: {
  tx: Database;
  ctx: Context;
  found: DraftCase;
  template: TemplateRow | null;
  addressees: Addressee[];
  signatory: Signatory | null;
  today: string;
}): Promise<{ fields: LetterFields; frame: LetterFrame }> {
  const office = (await getTenantLetterhead({ tx, tenantId: ctx.actor.tenantId })) ?? {
    name: '',
    addressLines: [],
    city: null,
  };
  const first = addressees[0];
  const fields: LetterFields = {
    urzad: office.name,
    miejscowosc: office.city ?? '',
    data: polishLongDate(today),
    znak_sprawy: found.row.sign,
    tytul_sprawy: found.row.title,
    data_wszczecia: polishLongDate(found.row.initiatedOn),
    komorka: found.unitName,
    adresat_nazwa: first?.name ?? '',
    adresat_adres: first?.address ?? '',
    prowadzacy: found.handlerName,
    prowadzacy_stanowisko: found.handlerPositionTitle ?? '',
    // Named when the draft is made; otherwise the signature block stays for the hand signature.
    podpisujacy: signatory?.name ?? '',
    podpisujacy_stanowisko: signatory?.title ?? '',
  };
  const fill = (text: string) => fillFields(text, fields);
  const frame: LetterFrame = {
    header: template ? lines(fill(template.header)) : [office.name, ...office.addressLines].filter(Boolean),
    placeAndDate: [office.city, fields.data].filter(Boolean).join(', '),
    caseSign: found.row.sign,
    addressee: addressees
      .flatMap((a) => [a.name, ...(a.address ? a.address.split('\n') : []), ''])
      .slice(0, -1),
    closing: template?.closing ? fill(template.closing) : null,
    signature: (template
      ? lines(fill(template.signatureBlock))
      : [signatory?.name ?? '', signatory?.title ?? '']
    ).filter((l) => l.trim() !== ''),
    logoFileId: template?.logoFileId ?? null,
  };
  return { fields, frame };
}
