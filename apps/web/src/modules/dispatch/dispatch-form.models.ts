import type {
  CreateDispatchInput,
  DispatchChannel,
  DispatchOptions,
  POSTAL_SPECIAL_RULES,
} from '@obieg/contracts/dispatch';

export type SpecialRules = (typeof POSTAL_SPECIAL_RULES)[number];

/** One addressee's row of the dispatch dialog. */
export type AddresseeChoice = {
  contactId: string;
  /** Sent to this addressee now (an addressee may be left for later). */
  included: boolean;
  channel: DispatchChannel | '';
  postalKind: 'ordinary' | 'registered';
  returnReceipt: boolean;
  priority: boolean;
  specialRules: SpecialRules;
  email: string;
};

type OptionAddressee = DispatchOptions['addressees'][number];

/**
 * The dialog's first guess for an addressee: the first channel the API offers (it lists them in the
 * office's order of preference), a registered letter with a return receipt under the KPA rules (the
 * usual way to serve a decision on paper), the addressee's first e-mail address.
 */
export function initialChoice(addressee: OptionAddressee): AddresseeChoice {
  return {
    contactId: addressee.contactId,
    included: addressee.channels.length > 0,
    channel: addressee.channels[0] ?? '',
    postalKind: 'registered',
    returnReceipt: true,
    priority: false,
    specialRules: 'ADMINISTRACYJNA',
    email: addressee.emails[0] ?? '',
  };
}

/** The request for the chosen rows: postal options only for post, the address only for e-mail. */
export function buildDispatchInput({
  documentId,
  choices,
  remarks,
}: {
  documentId: string;
  choices: readonly AddresseeChoice[];
  remarks: string;
}): CreateDispatchInput {
  const addressees = choices
    .filter((choice) => choice.included && choice.channel !== '')
    .map((choice) => {
      const channel = choice.channel as DispatchChannel;
      const registered = choice.postalKind === 'registered';
      return {
        contactId: choice.contactId,
        channel,
        ...(channel === 'post'
          ? {
              postal: {
                kind: choice.postalKind,
                returnReceipt: registered && choice.returnReceipt,
                priority: choice.priority,
                ...(registered && choice.returnReceipt ? { specialRules: choice.specialRules } : {}),
              },
            }
          : {}),
        ...(channel === 'email' && choice.email ? { email: choice.email } : {}),
      };
    });
  const trimmed = remarks.trim();
  return { documentId, addressees, ...(trimmed ? { remarks: trimmed } : {}) };
}
