import type { FastifyInstance } from 'fastify';
import { registerAuditRoutes } from '../modules/audit/audit.routes.js';
import { registerApiTokenRoutes } from '../modules/auth/api-tokens.routes.js';
import { registerAuthRoutes } from '../modules/auth/auth.routes.js';
import { registerCalendarRoutes } from '../modules/calendar/calendar.routes.js';
import { registerCaseRegisterRoutes } from '../modules/cases/case-register.routes.js';
import { registerCasesRoutes } from '../modules/cases/cases.routes.js';
import { registerContactsRoutes } from '../modules/contacts/contacts.routes.js';
import { registerCorrespondenceRoutes } from '../modules/correspondence/correspondence.routes.js';
import { registerDispatchRoutes } from '../modules/dispatch/dispatch.routes.js';
import { registerDistributionRoutes } from '../modules/distribution/distribution.routes.js';
import { registerDocumentsRoutes } from '../modules/documents/documents.routes.js';
import { registerFilesRoutes } from '../modules/files/files.routes.js';
import { registerIntegrationsRoutes } from '../modules/integrations/integrations.routes.js';
import { registerJrwaRoutes } from '../modules/jrwa/jrwa.routes.js';
import { registerOrganizationRoutes } from '../modules/organization/organization.routes.js';
import { registerPeopleRoutes } from '../modules/organization/people.routes.js';
import { registerSearchRoutes } from '../modules/search/search.routes.js';
import { registerSignaturesRoutes } from '../modules/signatures/signatures.routes.js';
import { registerTenantRoutes } from '../modules/tenants/tenants.routes.js';
import { registerHealthRoutes } from './health.routes.js';
import type { AppDependencies } from './server.types.js';

/** Each module registers its own routes; this file only lists the modules. */
export async function registerRoutes(app: FastifyInstance, deps: AppDependencies) {
  for (const register of [
    registerHealthRoutes,
    registerAuthRoutes,
    registerApiTokenRoutes,
    registerTenantRoutes,
    registerOrganizationRoutes,
    registerPeopleRoutes,
    registerJrwaRoutes,
    registerAuditRoutes,
    registerFilesRoutes,
    registerContactsRoutes,
    registerCorrespondenceRoutes,
    registerDistributionRoutes,
    registerCalendarRoutes,
    registerCasesRoutes,
    registerSearchRoutes,
    registerCaseRegisterRoutes,
    registerDocumentsRoutes,
    registerSignaturesRoutes,
    registerDispatchRoutes,
    registerIntegrationsRoutes,
  ]) {
    await app.register(async (scope) => register(scope, deps));
  }
}
