-- New permissions (files, contacts) for the system roles of offices created before them;
-- the same grants as SYSTEM_ROLES in organization.constants.ts gives to new offices.
INSERT INTO "role_grants" ("tenant_id", "role_id", "permission", "scope")
SELECT r."tenant_id", r."id", g.permission, 'office'
FROM "roles" r
JOIN (VALUES
  ('kancelaria', 'files:upload'), ('kancelaria', 'files:read'), ('kancelaria', 'contacts:read'), ('kancelaria', 'contacts:manage'),
  ('referent', 'files:upload'), ('referent', 'files:read'), ('referent', 'contacts:read'), ('referent', 'contacts:manage'),
  ('kierownik', 'files:upload'), ('kierownik', 'files:read'), ('kierownik', 'contacts:read'), ('kierownik', 'contacts:manage'),
  ('sekretarz', 'files:upload'), ('sekretarz', 'files:read'), ('sekretarz', 'contacts:read'), ('sekretarz', 'contacts:manage'),
  ('archiwista', 'files:read'), ('archiwista', 'contacts:read'),
  ('koordynator', 'files:read'), ('koordynator', 'contacts:read')
) AS g(code, permission) ON r."code" = g.code AND r."system"
ON CONFLICT DO NOTHING;
