import type { jrwaIssuesPl, jrwaPl } from '../pl/jrwa.pl';

export const jrwaIssuesEn: Record<keyof typeof jrwaIssuesPl, string> = {
  'jrwa.issue.unknown': 'Problem in the file:',
  'jrwa.issue.jrwa.row.symbol_invalid': 'Symbol “{symbol}” is invalid: a symbol is 1 to 10 digits.',
  'jrwa.issue.jrwa.row.symbol_duplicate':
    'Symbol {symbol} is repeated — it was already used on line {firstLine}.',
  'jrwa.issue.jrwa.row.parent_missing':
    'Parent class {parent} of class {symbol} is missing. Add it to the file or correct the symbol.',
  'jrwa.issue.jrwa.row.title_missing': 'Class {symbol} has no title.',
  'jrwa.issue.jrwa.row.title_too_long':
    'The title of class {symbol} is too long (at most {maxLength} characters).',
  'jrwa.issue.jrwa.row.category_invalid':
    'Archival category “{value}” is invalid. Allowed: A, Bc, and B or BE with a number of years, e.g. B5, BE10.',
  'jrwa.issue.jrwa.row.category_other_invalid':
    'Category for other units “{value}” is invalid. Allowed: A, Bc, and B or BE with a number of years, e.g. B5, BE10.',
  'jrwa.issue.jrwa.row.end_class_without_category': 'End class {symbol} has no archival category.',
  'jrwa.issue.jrwa.row.category_on_non_end_class':
    'Class {symbol} has subclasses, so it must not have an archival category — only end classes have one.',
  'jrwa.issue.jrwa.row.too_many_fields':
    'The row has more fields than the header. Is a semicolon in a title or remark missing its quotes?',
  'jrwa.issue.jrwa.row.single_child':
    'Class {symbol} has a single subclass; the regulation asks for 2 to 10.',
  'jrwa.issue.jrwa.row.too_many_children':
    'Class {symbol} has too many subclasses ({childCount}); the regulation asks for 2 to 10.',
  'jrwa.issue.jrwa.file.empty': 'The file is empty or has only a header.',
  'jrwa.issue.jrwa.file.header_unknown':
    'Unknown file header. The first line must be: symbol;haslo;kategoria;kategoria_inna;uwagi.',
  'jrwa.issue.jrwa.file.malformed': 'The file is damaged or has a wrong format (e.g. an unclosed quote).',
  'jrwa.issue.jrwa.file.doctype_forbidden':
    'The XML file has a DOCTYPE declaration, which is refused for security reasons. Remove it from the file.',
};

export const jrwaEn: Record<keyof typeof jrwaPl, string> = {
  'jrwa.browser.title': 'Uniform subject-matter file list (JRWA)',
  'jrwa.browser.version.label': 'JRWA version',
  'jrwa.browser.version.current': 'In force today',
  'jrwa.browser.version.summary': '{name}, in force from {validFrom}, classes: {count}',
  'jrwa.browser.no_version.title': 'No file list',
  'jrwa.demo.title': "This is a demonstration fragment, not the office's file list",
  'jrwa.demo.text':
    "The list shown is for demonstration and training only. The official 2011 JRWA for municipalities is not available as data, so the administrator must import the office's own file list (from its ordinance or records-management instruction).",
  'jrwa.demo.import_link': "Import the office's JRWA",
  'jrwa.search.label': 'Search classes',
  'jrwa.search.description': 'A symbol (e.g. 01) or words of the title; Polish diacritics are optional.',
  'jrwa.search.results': 'Search results',
  'jrwa.search.count': 'Classes found: {count}',
  'jrwa.search.none': 'No classes found.',
  'jrwa.tree.label': 'JRWA classes',
  'jrwa.tree.keyboard_hint':
    'Keyboard: up and down arrows move between classes, right expands, left collapses, Home and End jump to the first and last.',
  'jrwa.details.hint': 'Choose a class in the tree or in the search results to see its details.',
  'jrwa.details.symbol': 'Symbol',
  'jrwa.details.title': 'Title',
  'jrwa.details.level': 'Level',
  'jrwa.details.parent': 'Parent class',
  'jrwa.details.parent.none': '(first-level class)',
  'jrwa.details.final': 'End class',
  'jrwa.details.final.yes': 'Yes — cases are opened in this class',
  'jrwa.details.final.no': 'No — the class has subclasses',
  'jrwa.details.category': 'Archival category in the leading unit',
  'jrwa.details.category_other': 'Archival category in other units',
  'jrwa.details.remarks': 'Remarks',
  'jrwa.category.A': 'archival records, kept permanently',
  'jrwa.category.Bc': 'non-archival records of short-term practical value',
  'jrwa.category.B': 'non-archival records, kept for {years} years',
  'jrwa.category.BE': 'non-archival records; reviewed by the state archive after {years} years',
  'jrwa.category.none': 'none',
  'jrwa.export.csv': 'Download CSV',
  'jrwa.export.xml': 'Download XML',

  'jrwa.import.button': 'Import JRWA',
  'jrwa.import.title': 'Import a file list (JRWA)',
  'jrwa.import.back': '← Back to JRWA',
  'jrwa.import.file.label': 'CSV or XML file',
  'jrwa.import.file.description':
    'The whole file list; the file is checked in full before anything is saved.',
  'jrwa.import.file.required': 'Choose a file to import.',
  'jrwa.import.name.label': 'Version name',
  'jrwa.import.name.description': 'E.g. “JRWA — ordinance no. 12/2025”. Empty — the file name.',
  'jrwa.import.valid_from.label': 'In force from',
  'jrwa.import.valid_from.description': 'Empty — from today.',
  'jrwa.import.submit': 'Import',
  'jrwa.import.result.label': 'Import result',
  'jrwa.import.success.title': 'File list imported',
  'jrwa.import.success.text': 'Classes imported: {count}. Version “{name}” is in force from {validFrom}.',
  'jrwa.import.success.browse': 'Browse JRWA',
  'jrwa.import.warnings.caption': 'Warnings (the file was accepted): {count}',
  'jrwa.import.issues.caption': 'Errors in the file: {count}',
  'jrwa.import.issues.missing': 'The server did not send the list of errors.',
  'jrwa.issues.line': 'Line',
  'jrwa.issues.symbol': 'Symbol',
  'jrwa.issues.problem': 'Problem',
  'jrwa.import.help.heading': 'CSV file format',
  'jrwa.import.help.intro': 'Each line is one class. Columns: symbol;haslo;kategoria;kategoria_inna;uwagi.',
  'jrwa.import.help.encoding': 'UTF-8 encoding, semicolon (;) as the separator.',
  'jrwa.import.help.header':
    'The first line is the header: symbol;haslo;kategoria;kategoria_inna;uwagi (the I;II;III;IV;V column layout is accepted too).',
  'jrwa.import.help.symbol':
    'A symbol is 1 to 10 digits; each level appends one digit to the parent class symbol.',
  'jrwa.import.help.category':
    'The archival category (A, B5, BE10, Bc…) is given only for end classes, i.e. classes without subclasses.',
  'jrwa.import.help.category_other': 'The category in other units is optional; it defaults to Bc.',
  'jrwa.import.help.children': 'A class with subclasses should have 2 to 10 of them.',
  'jrwa.import.help.quotes': 'Put text containing a semicolon or a quote in double quotes "…".',
  'jrwa.import.help.xml': 'An XML file exported from Obieg can be imported too.',
  'jrwa.import.help.example': 'Example:',

  'jrwa.extracts.button': 'Unit extracts',
  'jrwa.extracts.title': 'JRWA extracts for units',
  'jrwa.extracts.intro':
    'An extract is the set of end classes an organisational unit uses. When opening cases, the unit sees only these classes.',
  'jrwa.extracts.unit.label': 'Organisational unit',
  'jrwa.extracts.filter.label': 'Narrow the list (symbol or words)',
  'jrwa.extracts.legend': 'End classes in the extract',
  'jrwa.extracts.chosen': 'Classes chosen: {count} of {total}',
  'jrwa.extracts.save': 'Save extract',
  'jrwa.extracts.saved': 'Extract saved (classes: {count}).',
};
