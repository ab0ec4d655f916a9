/**
 * Codes of problems the server reports for a JRWA import file (`issues[].code` of `jrwa.import_invalid`,
 * `warnings[].code` of a successful import). Not in the contracts package yet, so listed here.
 */
export const JRWA_ISSUE_CODES = [
  'jrwa.row.symbol_invalid',
  'jrwa.row.symbol_duplicate',
  'jrwa.row.parent_missing',
  'jrwa.row.title_missing',
  'jrwa.row.title_too_long',
  'jrwa.row.category_invalid',
  'jrwa.row.category_other_invalid',
  'jrwa.row.end_class_without_category',
  'jrwa.row.category_on_non_end_class',
  'jrwa.row.too_many_fields',
  'jrwa.row.single_child',
  'jrwa.row.too_many_children',
  'jrwa.file.empty',
  'jrwa.file.header_unknown',
  'jrwa.file.malformed',
  'jrwa.file.doctype_forbidden',
] as const;
export type JrwaIssueCode = (typeof JRWA_ISSUE_CODES)[number];
