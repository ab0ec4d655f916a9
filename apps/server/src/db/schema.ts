// Every table of the application, for drizzle-kit and for the typed Database.
export * from '../modules/tenants/tenants.table.js';
export * from '../modules/organization/organization.table.js';
export * from '../modules/auth/auth.table.js';
export * from '../modules/audit/audit.table.js';
export * from '../modules/jrwa/jrwa.table.js';
export * from '../modules/files/files.table.js';
export * from '../modules/contacts/contacts.table.js';
export * from '../modules/correspondence/correspondence.table.js';
export * from '../modules/correspondence/incoming.table.js';
export * from '../modules/distribution/distribution.table.js';
export * from '../modules/cases/cases.table.js';
export * from '../modules/jobs/jobs.table.js';
export * from '../modules/files/files-text.table.js';
export * from '../modules/documents/documents.table.js';
export * from '../modules/signatures/signatures.table.js';
export * from '../modules/integrations/integrations.table.js';
export * from '../modules/dispatch/dispatch.table.js';
