// A small RFC 4180 reader that remembers the line on which every record starts.

export type CsvRecord = { line: number; fields: string[] };
export type CsvReadResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; error: { line: number; reason: 'unterminated_quote' | 'text_after_closing_quote' } };

export type CsvDelimiter = ';' | ',';

export function stripByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Picks `;` or `,`, whichever occurs more often outside quotes in the first line (`;` on a tie). */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

const isBlankRecord = (fields: string[], quotedAny: boolean): boolean =>
  !quotedAny && fields.length === 1 && fields[0] === '';

/** Reads records from text with LF line endings (see `normaliseLineEndings`). */
export function readCsvRecords({
  text,
  delimiter,
}: {
  text: string;
  delimiter: CsvDelimiter;
}): CsvReadResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quotedAny = false;
  let line = 1;
  let recordLine = 1;
  let index = 0;

  const endRecord = () => {
    fields.push(field);
    if (!isBlankRecord(fields, quotedAny)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quotedAny = false;
  };

  while (index < text.length) {
    const char = text[index];
    if (char === '"' && field === '') {
      const fieldLine = line;
      quotedAny = true;
      index += 1;
      let closed = false;
      while (index < text.length) {
        const inner = text[index];
        if (inner === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (inner === '"') {
          closed = true;
          index += 1;
          break;
        } else {
          if (inner === '\n') line += 1;
          field += inner;
          index += 1;
        }
      }
      if (!closed) return { ok: false, error: { line: fieldLine, reason: 'unterminated_quote' } };
      const next = text[index];
      if (next !== undefined && next !== delimiter && next !== '\n') {
        return { ok: false, error: { line, reason: 'text_after_closing_quote' } };
      }
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      index += 1;
    } else if (char === '\n') {
      endRecord();
      line += 1;
      recordLine = line;
      index += 1;
    } else {
      field += char;
      index += 1;
    }
  }
  if (field !== '' || fields.length > 0 || quotedAny) endRecord();
  return { ok: true, records };
}
