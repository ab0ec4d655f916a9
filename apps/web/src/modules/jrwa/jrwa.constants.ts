export { JRWA_ISSUE_CODES, type JrwaIssueCode } from '@obieg/contracts/jrwa';
