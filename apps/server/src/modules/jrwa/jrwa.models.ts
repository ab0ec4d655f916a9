// Pure JRWA model: archival categories, the class tree and its validation (DOMAIN.md §2.12, §3.1–3.2).

export type ArchivalCategory =
  { kind: 'A' } | { kind: 'B'; years: number } | { kind: 'BE'; years: number } | { kind: 'Bc' };

/** A row as read from an import file; `line` is the 1-based line where the row starts. */
export type JrwaClassDraft = {
  symbol: string;
  title: string;
  category: string | null;
  categoryOther: string | null;
  remarks: string | null;
  line: number;
};

export type JrwaClass = {
  symbol: string;
  title: string;
  /** Normalised (`A`, `B10`, `BE5`, `Bc`); present only on end classes. */
  category: string | null;
  /** Normalised; defaults to `Bc` on end classes. */
  categoryOther: string | null;
  remarks: string | null;
  level: number;
  parentSymbol: string | null;
  final: boolean;
};

export { JRWA_ISSUE_CODES as jrwaIssueCodes, type JrwaIssueCode } from '@obieg/contracts/jrwa';
import type { JrwaIssueCode } from '@obieg/contracts/jrwa';

export type JrwaIssue = {
  line: number;
  symbol: string | null;
  code: JrwaIssueCode;
  message: string;
  params?: Record<string, string | number>;
};

/** What a file parser returns: the rows to validate and parse errors (a file-level error comes with no rows). */
export type JrwaParseResult = { drafts: JrwaClassDraft[]; errors: JrwaIssue[] };

export type JrwaValidationResult = { classes: JrwaClass[]; errors: JrwaIssue[]; warnings: JrwaIssue[] };

export const JRWA_TITLE_MAX_LENGTH = 1000;
export const JRWA_MIN_CHILDREN = 2;
export const JRWA_MAX_CHILDREN = 10;
export const JRWA_DEFAULT_CATEGORY_OTHER = 'Bc';

const SYMBOL_PATTERN = /^\d{1,10}$/;
const CATEGORY_PATTERN = /^(?:(A)|(BC)|(BE|B)\s*-?\s*([1-9]\d{0,2}))$/i;

export function parseArchivalCategory(text: string): ArchivalCategory | null {
  const match = CATEGORY_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, permanent, copies, kind, years] = match;
  if (permanent) return { kind: 'A' };
  if (copies) return { kind: 'Bc' };
  return { kind: kind?.toUpperCase() === 'BE' ? 'BE' : 'B', years: Number(years) };
}

export function formatArchivalCategory(category: ArchivalCategory): string {
  switch (category.kind) {
    case 'A':
    case 'Bc':
      return category.kind;
    case 'B':
    case 'BE':
      return `${category.kind}${category.years}`;
  }
}

/** Lower-case, Polish diacritics removed, whitespace collapsed: "Zażółć  gęślą" → "zazolc gesla". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function getParentSymbol(symbol: string): string | null {
  return symbol.length > 1 ? symbol.slice(0, -1) : null;
}

const blankToNull = (value: string | null): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const compareSymbols = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type RowCheck = { draft: JrwaClassDraft; symbol: string };

function checkSymbols(drafts: JrwaClassDraft[]): { unique: RowCheck[]; errors: JrwaIssue[] } {
  const firstLineBySymbol = new Map<string, number>();
  const unique: RowCheck[] = [];
  const errors: JrwaIssue[] = [];
  for (const draft of drafts) {
    const symbol = draft.symbol.trim();
    const firstLine = firstLineBySymbol.get(symbol);
    if (!SYMBOL_PATTERN.test(symbol)) {
      errors.push({
        line: draft.line,
        symbol: symbol === '' ? null : symbol,
        code: 'jrwa.row.symbol_invalid',
        message: `Symbol "${symbol}" is not 1 to 10 digits.`,
        params: { symbol },
      });
    } else if (firstLine !== undefined) {
      errors.push({
        line: draft.line,
        symbol,
        code: 'jrwa.row.symbol_duplicate',
        message: `Symbol "${symbol}" is already used on line ${firstLine}.`,
        params: { symbol, firstLine },
      });
    } else {
      firstLineBySymbol.set(symbol, draft.line);
      unique.push({ draft, symbol });
    }
  }
  return { unique, errors };
}

function checkRowContent({ draft, symbol }: RowCheck): JrwaIssue[] {
  const issues: JrwaIssue[] = [];
  const title = draft.title.trim();
  const at = { line: draft.line, symbol: SYMBOL_PATTERN.test(symbol) ? symbol : null };
  if (title === '') {
    issues.push({
      ...at,
      code: 'jrwa.row.title_missing',
      message: `Class "${symbol}" has no title.`,
      params: { symbol },
    });
  } else if (title.length > JRWA_TITLE_MAX_LENGTH) {
    issues.push({
      ...at,
      code: 'jrwa.row.title_too_long',
      message: `Title of class "${symbol}" has ${title.length} characters, more than ${JRWA_TITLE_MAX_LENGTH}.`,
      params: { symbol, length: title.length, maxLength: JRWA_TITLE_MAX_LENGTH },
    });
  }
  const category = blankToNull(draft.category);
  if (category !== null && !parseArchivalCategory(category)) {
    issues.push({
      ...at,
      code: 'jrwa.row.category_invalid',
      message: `Category "${category}" of class "${symbol}" is not an archival category.`,
      params: { symbol, category },
    });
  }
  const categoryOther = blankToNull(draft.categoryOther);
  if (categoryOther !== null && !parseArchivalCategory(categoryOther)) {
    issues.push({
      ...at,
      code: 'jrwa.row.category_other_invalid',
      message: `Category for other units "${categoryOther}" of class "${symbol}" is not an archival category.`,
      params: { symbol, category: categoryOther },
    });
  }
  return issues;
}

function checkTreePosition({
  draft,
  symbol,
  childCount,
  parentExists,
}: RowCheck & { childCount: number; parentExists: boolean }): { errors: JrwaIssue[]; warnings: JrwaIssue[] } {
  const errors: JrwaIssue[] = [];
  const warnings: JrwaIssue[] = [];
  const at = { line: draft.line, symbol };
  const parentSymbol = getParentSymbol(symbol);
  if (parentSymbol !== null && !parentExists) {
    errors.push({
      ...at,
      code: 'jrwa.row.parent_missing',
      message: `Class "${symbol}" has no parent class "${parentSymbol}" in the file.`,
      params: { symbol, parentSymbol },
    });
  }
  const category = blankToNull(draft.category);
  const categoryOther = blankToNull(draft.categoryOther);
  if (childCount === 0 && category === null) {
    errors.push({
      ...at,
      code: 'jrwa.row.end_class_without_category',
      message: `End class "${symbol}" has no archival category.`,
      params: { symbol },
    });
  }
  if (childCount > 0 && (category !== null || categoryOther !== null)) {
    errors.push({
      ...at,
      code: 'jrwa.row.category_on_non_end_class',
      message: `Class "${symbol}" has subclasses (${childCount}), so it must not have an archival category.`,
      params: { symbol, childCount, category: category ?? '', categoryOther: categoryOther ?? '' },
    });
  }
  if (childCount === 1) {
    warnings.push({
      ...at,
      code: 'jrwa.row.single_child',
      message: `Class "${symbol}" has a single subclass; the regulation asks for ${JRWA_MIN_CHILDREN} to ${JRWA_MAX_CHILDREN}.`,
      params: { symbol, childCount },
    });
  } else if (childCount > JRWA_MAX_CHILDREN) {
    warnings.push({
      ...at,
      code: 'jrwa.row.too_many_children',
      message: `Class "${symbol}" has ${childCount} subclasses; the regulation asks for ${JRWA_MIN_CHILDREN} to ${JRWA_MAX_CHILDREN}.`,
      params: { symbol, childCount },
    });
  }
  return { errors, warnings };
}

const normaliseCategory = (value: string | null): string | null => {
  const category = value === null ? null : parseArchivalCategory(value);
  return category ? formatArchivalCategory(category) : null;
};

function toJrwaClass({ draft, symbol, childCount }: RowCheck & { childCount: number }): JrwaClass {
  const final = childCount === 0;
  const category = normaliseCategory(blankToNull(draft.category));
  const categoryOther = normaliseCategory(blankToNull(draft.categoryOther));
  return {
    symbol,
    title: draft.title.trim(),
    category: final ? category : null,
    categoryOther: final ? (categoryOther ?? (category ? JRWA_DEFAULT_CATEGORY_OTHER : null)) : null,
    remarks: blankToNull(draft.remarks),
    level: symbol.length,
    parentSymbol: getParentSymbol(symbol),
    final,
  };
}

const byLine = (a: JrwaIssue, b: JrwaIssue): number => a.line - b.line;

/** Validates a whole file at once and reports every bad row (DOMAIN.md §3.1–3.2). */
export function validateJrwa(drafts: JrwaClassDraft[]): JrwaValidationResult {
  const { unique, errors } = checkSymbols(drafts);
  const warnings: JrwaIssue[] = [];
  for (const draft of drafts) errors.push(...checkRowContent({ draft, symbol: draft.symbol.trim() }));

  const childCounts = new Map<string, number>();
  for (const { symbol } of unique) {
    const parent = getParentSymbol(symbol);
    if (parent !== null) childCounts.set(parent, (childCounts.get(parent) ?? 0) + 1);
  }
  const known = new Set(unique.map(({ symbol }) => symbol));
  const classes: JrwaClass[] = [];
  for (const row of unique) {
    const childCount = childCounts.get(row.symbol) ?? 0;
    const parentSymbol = getParentSymbol(row.symbol);
    const parentExists = parentSymbol === null || known.has(parentSymbol);
    const tree = checkTreePosition({ ...row, childCount, parentExists });
    errors.push(...tree.errors);
    warnings.push(...tree.warnings);
    classes.push(toJrwaClass({ ...row, childCount }));
  }
  classes.sort((a, b) => compareSymbols(a.symbol, b.symbol));
  return { classes, errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
}
