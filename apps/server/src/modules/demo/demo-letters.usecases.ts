import type { RegisterIncomingInput } from '@obieg/contracts/correspondence';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { Context } from '../auth/auth.types.js';
import { registerIncomingItem } from '../correspondence/incoming.usecases.js';

/**
 * A few letters in the demo office's RPW: new senders, an existing one, a letter lacking a scan.
 * Answers their ids in registration order.
 */
export async function seedDemoLetters({
  deps,
  ctx,
  organId,
}: {
  deps: CoreDeps;
  ctx: Context;
  organId?: string;
}): Promise<string[]> {
  const receivedAt = toWarsawDate(deps.clock.now());
  const base: Pick<
    RegisterIncomingInput,
    'receivedAt' | 'access' | 'dcmiType' | 'fullScan' | 'notOpened' | 'fileIds'
  > = { receivedAt, access: 'public', dcmiType: 'Text', fullScan: false, notOpened: false, fileIds: [] };
  const first = await registerIncomingItem({
    deps,
    ctx,
    input: {
      ...base,
      title: 'Wniosek o wydanie zaświadczenia o przeznaczeniu działki w planie miejscowym',
      deliveryMethod: 'osobiscie',
      documentKind: 'wniosek',
      ...(organId ? { organId } : {}),
      sender: {
        kind: 'person',
        givenNames: 'Stanisław',
        surname: 'Żółkiewski',
        addresses: [
          { street: 'Polna', building: '3', postalCode: '00-950', city: 'Przykładowo', country: 'PL' },
        ],
        // Reachable in the demo through the local e-Doręczenia simulator and the mail sink.
        edeliveryAddress: 'AE:PL-43563-82585-JHWCF-30',
        emails: ['s.zolkiewski@example.org'],
        phones: [],
      },
    },
  });
  const second = await registerIncomingItem({
    deps,
    ctx,
    input: {
      ...base,
      title: 'Skarga na hałas z budowy przy ul. Długiej',
      deliveryMethod: 'list_polecony',
      documentKind: 'skarga',
      letterDate: receivedAt.slice(0, 7),
      sender: { contactId: first.item.senders[0]?.contactId ?? '' },
    },
  });
  const third = await registerIncomingItem({
    deps,
    ctx,
    input: {
      ...base,
      title: 'Faktura za dostawę materiałów biurowych',
      deliveryMethod: 'e_mail',
      documentKind: 'faktura',
      fullScan: true,
      senderReference: 'FV/123/2026',
      sender: {
        kind: 'institution',
        name: 'Biuro-Serwis sp. z o.o.',
        addresses: [
          { street: 'Składowa', building: '7', postalCode: '00-950', city: 'Przykładowo', country: 'PL' },
        ],
        edeliveryAddress: 'AE:PL-28080-40239-TUSBF-26',
        emails: ['biuro@biuro-serwis.example'],
        phones: [],
      },
    },
  });
  return [first.item.id, second.item.id, third.item.id];
}
