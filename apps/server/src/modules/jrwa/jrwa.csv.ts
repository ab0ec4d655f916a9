// JRWA import/export as CSV: our documented format and the legacy `I;II;III;IV;V;Hasła klasyfikacyjne;KA km;KA ki;Uwagi`.
import {
  detectCsvDelimiter,
  normaliseLineEndings,
  readCsvRecords,
  stripByteOrderMark,
  type CsvRecord,
} from './jrwa.csv-reader.js';
import {
  foldForSearch,
  type JrwaClass,
  type JrwaClassDraft,
  type JrwaIssue,
  type JrwaParseResult,
} from './jrwa.models.js';

type Field = 'symbol' | 'title' | 'category' | 'categoryOther' | 'remarks';

const FIELD_BY_HEADER = new Map<string, Field>(
  Object.entries({
    symbol: 'symbol',
    haslo: 'title',
    title: 'title',
    hasla_klasyfikacyjne: 'title',
    haslo_klasyfikacyjne: 'title',
    kategoria: 'category',
    category: 'category',
    ka_km: 'category',
    kategoria_inna: 'categoryOther',
    category_other: 'categoryOther',
    ka_ki: 'categoryOther',
    uwagi: 'remarks',
    remarks: 'remarks',
  } satisfies Record<string, Field>),
);
const LEVEL_HEADERS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** Where each field lives; `levels` (legacy format) lists the I, II, III… columns in order. */
type ColumnMap = { fields: Partial<Record<Field, number>>; levels: number[]; width: number };

export const JRWA_CSV_HEADER = ['symbol', 'haslo', 'kategoria', 'kategoria_inna', 'uwagi'] as const;

const headerKey = (cell: string): string => foldForSearch(cell).replace(/[\s_-]+/g, '_');

const headerError = ({
  line,
  message,
  params,
}: {
  line: number;
  message: string;
  params: Record<string, string>;
}): JrwaIssue => ({
  line,
  symbol: null,
  code: 'jrwa.file.header_unknown',
  message,
  params,
});

function mapHeader(record: CsvRecord): { columns: ColumnMap } | { error: JrwaIssue } {
  const fields: Partial<Record<Field, number>> = {};
  const levels: number[] = [];
  const cells = record.fields.map(headerKey);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  for (const [index, key] of cells.entries()) {
    const field = FIELD_BY_HEADER.get(key);
    const levelIndex = LEVEL_HEADERS.indexOf(key);
    if (levelIndex === levels.length) {
      levels.push(index);
    } else if (field !== undefined && fields[field] === undefined) {
      fields[field] = index;
    } else {
      const column = record.fields[index]?.trim() ?? '';
      return {
        error: headerError({
          line: record.line,
          message: `Unknown or repeated column "${column}".`,
          params: { column },
        }),
      };
    }
  }
  const hasSymbolColumn = fields.symbol !== undefined;
  const hasLevelColumns = levels.length > 0;
  if (hasSymbolColumn === hasLevelColumns || fields.title === undefined || fields.category === undefined) {
    const header = record.fields.join(';');
    return {
      error: headerError({
        line: record.line,
        message: `Header "${header}" is neither "${JRWA_CSV_HEADER.join(';')}" nor the legacy I;II;III;IV;V layout.`,
        params: { header },
      }),
    };
  }
  return { columns: { fields, levels, width: cells.length } };
}

type CellAt = { fields: string[]; index: number | undefined };

const cell = ({ fields, index }: CellAt): string => (index === undefined ? '' : (fields[index] ?? '').trim());

const optionalCell = ({ fields, index }: CellAt): string | null => {
  const value = cell({ fields, index });
  return value === '' ? null : value;
};

function readSymbol({ fields, columns }: { fields: string[]; columns: ColumnMap }): string {
  if (columns.fields.symbol !== undefined) return cell({ fields, index: columns.fields.symbol });
  const levels = columns.levels.map((index) => cell({ fields, index })).filter((value) => value !== '');
  return levels[levels.length - 1] ?? '';
}

function toDraft({ record, columns }: { record: CsvRecord; columns: ColumnMap }): JrwaClassDraft {
  const { fields } = record;
  return {
    symbol: readSymbol({ fields, columns }),
    title: cell({ fields, index: columns.fields.title }),
    category: optionalCell({ fields, index: columns.fields.category }),
    categoryOther: optionalCell({ fields, index: columns.fields.categoryOther }),
    remarks: optionalCell({ fields, index: columns.fields.remarks }),
    line: record.line,
  };
}

function checkFieldCount({ record, columns }: { record: CsvRecord; columns: ColumnMap }): JrwaIssue | null {
  const extra = record.fields.slice(columns.width).filter((value) => value.trim() !== '');
  if (extra.length === 0) return null;
  const symbol = readSymbol({ fields: record.fields, columns });
  return {
    line: record.line,
    symbol: symbol === '' ? null : symbol,
    code: 'jrwa.row.too_many_fields',
    message: `Row has ${record.fields.length} fields but the header has ${columns.width}; is a delimiter unquoted?`,
    params: { fields: record.fields.length, columns: columns.width },
  };
}

const isEmptyRow = (record: CsvRecord): boolean => record.fields.every((value) => value.trim() === '');

export function parseJrwaCsv(text: string): JrwaParseResult {
  const normalised = normaliseLineEndings(stripByteOrderMark(text));
  const read = readCsvRecords({ text: normalised, delimiter: detectCsvDelimiter(normalised) });
  if (!read.ok) {
    const { line, reason } = read.error;
    const message =
      reason === 'unterminated_quote'
        ? `A quoted field starting on line ${line} is never closed.`
        : `Unexpected text after a closing quote on line ${line}.`;
    return {
      drafts: [],
      errors: [{ line, symbol: null, code: 'jrwa.file.malformed', message, params: { reason } }],
    };
  }
  const [header, ...rows] = read.records.filter((record) => !isEmptyRow(record));
  if (header === undefined) {
    return {
      drafts: [],
      errors: [{ line: 1, symbol: null, code: 'jrwa.file.empty', message: 'The file is empty.' }],
    };
  }
  const mapped = mapHeader(header);
  if ('error' in mapped) return { drafts: [], errors: [mapped.error] };
  if (rows.length === 0) {
    const message = 'The file has a header but no classes.';
    return { drafts: [], errors: [{ line: header.line, symbol: null, code: 'jrwa.file.empty', message }] };
  }
  const errors = rows.flatMap((record) => checkFieldCount({ record, columns: mapped.columns }) ?? []);
  return { drafts: rows.map((record) => toDraft({ record, columns: mapped.columns })), errors };
}

const quoteCsvField = (value: string): string =>
  /[;",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function exportJrwaCsv(classes: JrwaClass[]): string {
  const rows = classes.map((jrwaClass) =>
    [jrwaClass.symbol, jrwaClass.title, jrwaClass.category, jrwaClass.categoryOther, jrwaClass.remarks]
      .map((value) => quoteCsvField(value ?? ''))
      .join(';'),
  );
  return [JRWA_CSV_HEADER.join(';'), ...rows].map((row) => `${row}\n`).join('');
}
