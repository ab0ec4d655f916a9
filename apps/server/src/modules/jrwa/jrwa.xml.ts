// JRWA import/export in the NDAP `WykazAkt.xsd` format (`<wykaz><akta><symbol/><haslo/>…</akta></wykaz>`).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { JrwaClass, JrwaClassDraft, JrwaIssue, JrwaParseResult } from './jrwa.models.js';

export const NDAP_NAMESPACE = 'http://www.mswia.gov.pl/standardy/ndap';

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});

const fileIssue = ({ line, code, message, params }: Omit<JrwaIssue, 'symbol'>): JrwaParseResult => ({
  drafts: [],
  errors: [{ line, symbol: null, code, message, ...(params ? { params } : {}) }],
});

const countNewlines = ({ text, from, to }: { text: string; from: number; to: number }): number => {
  let count = 0;
  for (let position = text.indexOf('\n', from); position !== -1 && position < to;) {
    count += 1;
    position = text.indexOf('\n', position + 1);
  }
  return count;
};

const lineAt = ({ text, index }: { text: string; index: number }): number =>
  1 + countNewlines({ text, from: 0, to: index });

/** Blanks out comments, CDATA sections and processing instructions, keeping offsets and newlines. */
const maskNonMarkup = (text: string): string =>
  text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (chunk) =>
    chunk.replace(/[^\n]/g, ' '),
  );

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Line numbers of the `<akta>` start tags that are direct children of the root element, in order. */
export function findAktaLines(text: string): number[] {
  const masked = maskNonMarkup(text);
  const tag = /<(\/?)([^\s/>!]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let scanned = 0;
  for (let match = tag.exec(masked); match !== null; match = tag.exec(masked)) {
    const [, closing, name = '', selfClosing] = match;
    if (closing) {
      depth -= 1;
      continue;
    }
    if (depth === 1 && localName(name) === 'akta') {
      line += countNewlines({ text: masked, from: scanned, to: match.index });
      scanned = match.index;
      lines.push(line);
    }
    if (!selfClosing) depth += 1;
  }
  return lines;
}

const readText = (value: unknown): string | null => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim();
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  return null;
};

const blankToNull = (value: string | null): string | null => (value === null || value === '' ? null : value);

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function toDraft({ akta, line }: { akta: unknown; line: number }): JrwaClassDraft {
  const fields = asRecord(akta);
  return {
    symbol: readText(fields['symbol']) ?? '',
    title: readText(fields['haslo']) ?? '',
    category: blankToNull(readText(fields['kategoriaMerytoryczna'])),
    categoryOther: blankToNull(readText(fields['kategoriaInna'])),
    remarks: null,
    line,
  };
}

export function parseJrwaXml(text: string): JrwaParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '')
    return fileIssue({ line: 1, code: 'jrwa.file.empty', message: 'The file is empty.' });

  const doctype = /<!DOCTYPE/i.exec(source);
  if (doctype) {
    const line = lineAt({ text: source, index: doctype.index });
    return fileIssue({
      line,
      code: 'jrwa.file.doctype_forbidden',
      message: `The document declares a DOCTYPE on line ${line}; DOCTYPE and entity declarations are not accepted.`,
    });
  }

  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    const { line, col, msg, code } = validation.err;
    return fileIssue({
      line,
      code: 'jrwa.file.malformed',
      message: `The XML is not well-formed on line ${line}: ${msg}`,
      params: { column: col, reason: code, detail: msg },
    });
  }

  const document = asRecord(parser.parse(source));
  const [rootName, ...otherRoots] = Object.keys(document);
  if (rootName !== 'wykaz' || otherRoots.length > 0) {
    const root = rootName ?? '';
    return fileIssue({
      line: 1,
      code: 'jrwa.file.header_unknown',
      message: `The root element is "${root}", expected "wykaz" (NDAP WykazAkt).`,
      params: { root },
    });
  }

  const akta: unknown = asRecord(document['wykaz'])['akta'];
  const list: unknown[] = Array.isArray(akta) ? akta : akta === undefined ? [] : [akta];
  if (list.length === 0) {
    return fileIssue({ line: 1, code: 'jrwa.file.empty', message: 'The "wykaz" element has no "akta".' });
  }
  const lines = findAktaLines(source);
  return { drafts: list.map((item, index) => toDraft({ akta: item, line: lines[index] ?? 1 })), errors: [] };
}

const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXmlText(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const element = ({ name, value }: { name: string; value: string | null }): string[] =>
  value === null ? [] : [`    <${name}>${escapeXmlText(value)}</${name}>`];

export function exportJrwaXml(classes: JrwaClass[]): string {
  const body = classes.flatMap((jrwaClass) => [
    '  <akta>',
    ...element({ name: 'symbol', value: jrwaClass.symbol }),
    ...element({ name: 'haslo', value: jrwaClass.title }),
    ...element({ name: 'kategoriaMerytoryczna', value: jrwaClass.category }),
    ...element({ name: 'kategoriaInna', value: jrwaClass.categoryOther }),
    '  </akta>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<wykaz xmlns="${NDAP_NAMESPACE}">`,
    ...body,
    '</wykaz>',
    '',
  ].join('\n');
}
