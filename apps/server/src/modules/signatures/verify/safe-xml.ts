import type { Document, Node } from '@xmldom/xmldom';
import type { ReportMessage } from '../signatures.types.js';
import { MAX_XML_DEPTH } from './verify.constants.js';
import { loadXmlParser } from './verify.libs.js';
import { note } from './verify.report.js';

export type SafeXml = { ok: true; document: Document } | { ok: false; error: ReportMessage };

/**
 * Markup declarations are refused before any parser sees the text: no DOCTYPE means no internal
 * or external entities (no XXE, no "billion laughs") and no external DTD to fetch.
 */
const DECLARATION = /<!\s*(?:DOCTYPE|ENTITY|ATTLIST|ELEMENT|NOTATION)/i;

/**
 * Decodes XML bytes (BOM, then the declared encoding, UTF-8 by default), refuses DTDs and entity
 * declarations, parses with xmldom (errors are fatal) and refuses absurd nesting.
 */
export async function parseSafeXml(bytes: Uint8Array): Promise<SafeXml> {
  const text = decodeXml(bytes);
  if (text === null)
    return {
      ok: false,
      error: note('xml.unreadable', 'The XML text cannot be decoded (unknown or wrong character encoding).'),
    };
  if (DECLARATION.test(text)) {
    return {
      ok: false,
      error: note(
        'xml.dtd_refused',
        'The XML holds a DOCTYPE or entity declaration; such files are refused for safety.',
      ),
    };
  }
  const DOMParser = await loadXmlParser();
  let document: Document;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    document = parser.parseFromString(text, 'text/xml');
  } catch {
    return { ok: false, error: note('xml.unreadable', 'The file is not well-formed XML.') };
  }
  if (!document.documentElement)
    return { ok: false, error: note('xml.unreadable', 'The XML has no root element.') };
  if (depthOf(document) > MAX_XML_DEPTH) {
    return {
      ok: false,
      error: note('xml.too_deep', `The XML nests elements deeper than ${MAX_XML_DEPTH} levels.`),
    };
  }
  return { ok: true, document };
}

function decodeXml(bytes: Uint8Array): string | null {
  const [b0, b1, b2] = bytes;
  let encoding = 'utf-8';
  let start = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) start = 3;
  else if (b0 === 0xff && b1 === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (b0 === 0x3c && b1 === 0x00) encoding = 'utf-16le';
  else if (b0 === 0x00 && b1 === 0x3c) encoding = 'utf-16be';
  else {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
    const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared) encoding = declared.toLowerCase();
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/** Deepest element nesting, walked without recursion. */
function depthOf(document: Document): number {
  let deepest = 0;
  const stack: [Node, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_XML_DEPTH) return deepest;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
