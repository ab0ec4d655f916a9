// English, complete: each part is typed against its Polish part, so a missing key fails to compile.
import { apiTokensEn } from './en/api-tokens.en';
import { auditActionsEn, auditEn, auditSubjectsEn } from './en/audit.en';
import { authEn } from './en/auth.en';
import { caseDetailsEn } from './en/case-details.en';
import { caseReportsEn } from './en/case-reports.en';
import { caseRemindersEn } from './en/case-reminders.en';
import { casesEn } from './en/cases.en';
import { contactsEn } from './en/contacts.en';
import { correspondenceEn } from './en/correspondence.en';
import { dispatchEn } from './en/dispatch.en';
import { distributionEn } from './en/distribution.en';
import { documentsEn } from './en/documents.en';
import { commonEn } from './en/common.en';
import { errorsEn } from './en/errors.en';
import { filesEn } from './en/files.en';
import { integrationsEn } from './en/integrations.en';
import { jrwaEn, jrwaIssuesEn } from './en/jrwa.en';
import { organizationEn } from './en/organization.en';
import { permissionsEn } from './en/permissions.en';
import { searchEn } from './en/search.en';
import { signaturesEn } from './en/signatures.en';
import { tenantsEn } from './en/tenants.en';
import type { pl } from './pl';

export const en: Record<keyof typeof pl, string> = {
  ...commonEn,
  ...errorsEn,
  ...permissionsEn,
  ...authEn,
  ...tenantsEn,
  ...organizationEn,
  ...jrwaEn,
  ...jrwaIssuesEn,
  ...auditEn,
  ...auditActionsEn,
  ...auditSubjectsEn,
  ...apiTokensEn,
  ...contactsEn,
  ...filesEn,
  ...correspondenceEn,
  ...distributionEn,
  ...casesEn,
  ...caseRemindersEn,
  ...caseDetailsEn,
  ...caseReportsEn,
  ...searchEn,
  ...documentsEn,
  ...signaturesEn,
  ...dispatchEn,
  ...integrationsEn,
};
