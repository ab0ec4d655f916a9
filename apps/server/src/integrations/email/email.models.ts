import { EmailError } from './email.errors.js';

/** An address with its optional display name, as read from `Name <box@domain>` or `box@domain`. */
export type MailAddress = { name: string | null; address: string };

const MAX_INPUT = 998;
const ATEXT = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*$`, 'u');
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/**
 * Whether `address` is a mailbox this sender will use: a dot-atom local part (letters of any
 * script allowed, quoted local parts not) of at most 64 characters, `@`, and a domain of at least
 * two labels whose top level is not all digits, at most 253 characters. IP literals are refused.
 */
export function isMailbox(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const labels = domain.split('.');
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    !/^\d+$/u.test(labels.at(-1) ?? '')
  );
}

/** `Name <box@domain>` or `box@domain` read into its parts, or `null` when it is not an address. */
export function parseMailAddress(input: string): MailAddress | null {
  if (input.length > MAX_INPUT || CONTROL.test(input)) return null;
  const angle = /^\s*(?:"([^"]*)"|([^"<>]*?))\s*<([^<>\s]+)>\s*$/u.exec(input);
  const name = angle ? (angle[1] ?? angle[2] ?? '').trim() : '';
  const address = (angle ? angle[3] : input)?.trim() ?? '';
  return isMailbox(address) ? { name: name === '' ? null : name, address } : null;
}

/** Every address parsed, or `email.invalid_address` naming the ones that are not addresses. */
export function parseMailAddresses(role: string, inputs: string[]): MailAddress[] {
  const parsed = inputs.map((input) => ({ input, address: parseMailAddress(input) }));
  const bad = parsed.filter((p) => p.address === null).map((p) => JSON.stringify(p.input.slice(0, 120)));
  if (bad.length > 0)
    throw new EmailError({
      code: 'email.invalid_address',
      message: `Not an e-mail address (${role}): ${bad.join(', ')}.`,
    });
  return parsed.map((p) => p.address as MailAddress);
}

/** A Message-ID as `<id@domain>`; a bare `id@domain` gets its angle brackets. */
export function normalizeMessageId(messageId: string): string {
  const value = messageId.trim();
  const bare = value.startsWith('<') && value.endsWith('>') ? value.slice(1, -1) : value;
  if (!/^[!-;=?-~]+@[!-;=?-~]+$/u.test(bare) || bare.length > 900)
    throw new EmailError({
      code: 'email.invalid_message',
      message: `Not a Message-ID: ${JSON.stringify(value.slice(0, 120))}.`,
    });
  return `<${bare}>`;
}

const HEADER_NAME = /^[!-9;-~]{1,76}$/u;

/** Extra headers checked: printable ASCII names, no line breaks in values (no header injection). */
export function checkHeaders(headers: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(headers))
    if (!HEADER_NAME.test(name) || /[\r\n\0]/u.test(value) || value.length > MAX_INPUT)
      throw new EmailError({
        code: 'email.invalid_message',
        message: `The header ${JSON.stringify(name.slice(0, 80))} cannot be sent as given.`,
      });
  return headers;
}

/** A text that goes into a header (subject, attachment file name): no line breaks. */
export function checkHeaderText(what: string, value: string): string {
  if (/[\r\n\0]/u.test(value) || value.length > MAX_INPUT)
    throw new EmailError({
      code: 'email.invalid_message',
      message: `The ${what} cannot contain line breaks or be that long.`,
    });
  return value;
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/iu;

export function checkMediaType(value: string): string {
  if (!MEDIA_TYPE.test(value))
    throw new EmailError({
      code: 'email.invalid_message',
      message: `Not a media type: ${JSON.stringify(value.slice(0, 80))}.`,
    });
  return value;
}
