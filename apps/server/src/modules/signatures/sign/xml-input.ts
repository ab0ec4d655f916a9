import type { Document as XmlDocument } from '@xmldom/xmldom';
import { SigningError } from './sign.errors.js';
import type { XmlLibraries } from './xml.libraries.js';

/** An XML file decoded as its declaration says, with what is needed to write it back the same way. */
export type XmlText = {
  text: string;
  /** The encoding label to write the result in (from the BOM or the declaration; UTF-8 by default). */
  encoding: string;
  /** The byte order mark, kept as it was. */
  bom: Uint8Array;
};

const malformed = (message: string, cause?: unknown) =>
  new SigningError({ code: 'xml.malformed', message, cause });

export function decodeXml(bytes: Uint8Array): XmlText {
  let encoding = 'utf-8';
  let bom = new Uint8Array(0);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = bytes.slice(0, 3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, bom] = ['utf-16le', bytes.slice(0, 2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, bom] = ['utf-16be', bytes.slice(0, 2)];
  else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
    const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared) encoding = declared.toLowerCase();
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom.length));
  } catch (error) {
    throw malformed(`The XML is not valid ${encoding} (or the encoding is unknown).`, error);
  }
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new SigningError({
      code: 'xml.dtd_refused',
      message: 'XML with a DOCTYPE or ENTITY declaration is refused.',
    });
  }
  return { text, encoding, bom };
}

/** Encodes text back into the file's encoding; characters it cannot hold become character references. */
export function encodeXml(text: string, { encoding, bom }: Pick<XmlText, 'encoding' | 'bom'>): Uint8Array {
  let body: Uint8Array;
  if (encoding === 'utf-8' || encoding === 'utf8') body = new TextEncoder().encode(text);
  else if (encoding === 'utf-16le' || encoding === 'utf-16be' || encoding === 'utf-16') {
    const buffer = Buffer.from(text, 'utf16le');
    if (encoding === 'utf-16be') buffer.swap16();
    body = new Uint8Array(buffer);
  } else {
    body = encodeSingleByte(text, encoding);
  }
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}

/** ISO-8859-x / windows-125x by inverting the decoder's table (Node has no such encoders). */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const character = decoder.decode(Uint8Array.of(byte));
    if (!table.has(character)) table.set(character, byte);
  }
  const bytes: number[] = [];
  for (const character of text) {
    const byte = table.get(character);
    if (byte !== undefined && character !== '\uFFFD') bytes.push(byte);
    else for (const digit of `&#${character.codePointAt(0)};`) bytes.push(digit.charCodeAt(0));
  }
  return Uint8Array.from(bytes);
}

export function parseXml({ xmldom }: XmlLibraries, text: string): XmlDocument {
  try {
    const document = new xmldom.DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
    if (!document.documentElement) throw new Error('no root element');
    return document;
  } catch (error) {
    throw error instanceof SigningError ? error : malformed('The XML is not well-formed.', error);
  }
}
