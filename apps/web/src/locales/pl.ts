// Polish is the source language: every user-facing text of the staff app, flat dotted keys
// `<module>.<screen>.<element>`, plus `errors.<code>` for every API error code.
import { apiTokensPl } from './pl/api-tokens.pl';
import { auditActionsPl, auditPl, auditSubjectsPl } from './pl/audit.pl';
import { authPl } from './pl/auth.pl';
import { caseDetailsPl } from './pl/case-details.pl';
import { caseReportsPl } from './pl/case-reports.pl';
import { caseRemindersPl } from './pl/case-reminders.pl';
import { casesPl } from './pl/cases.pl';
import { contactsPl } from './pl/contacts.pl';
import { correspondencePl } from './pl/correspondence.pl';
import { dispatchPl } from './pl/dispatch.pl';
import { distributionPl } from './pl/distribution.pl';
import { documentsPl } from './pl/documents.pl';
import { commonPl } from './pl/common.pl';
import { errorsPl } from './pl/errors.pl';
import { filesPl } from './pl/files.pl';
import { integrationsPl } from './pl/integrations.pl';
import { jrwaIssuesPl, jrwaPl } from './pl/jrwa.pl';
import { organizationPl } from './pl/organization.pl';
import { permissionsPl } from './pl/permissions.pl';
import { searchPl } from './pl/search.pl';
import { signaturesPl } from './pl/signatures.pl';
import { tenantsPl } from './pl/tenants.pl';

export const pl = {
  ...commonPl,
  ...errorsPl,
  ...permissionsPl,
  ...authPl,
  ...tenantsPl,
  ...organizationPl,
  ...jrwaPl,
  ...jrwaIssuesPl,
  ...auditPl,
  ...auditActionsPl,
  ...auditSubjectsPl,
  ...apiTokensPl,
  ...contactsPl,
  ...filesPl,
  ...correspondencePl,
  ...distributionPl,
  ...casesPl,
  ...caseRemindersPl,
  ...caseDetailsPl,
  ...caseReportsPl,
  ...searchPl,
  ...documentsPl,
  ...signaturesPl,
  ...dispatchPl,
  ...integrationsPl,
};
