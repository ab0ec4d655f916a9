-- The metryka is append-only for the application: it may read and add events, never change or
-- remove them. The chain head may be advanced (UPDATE) but not removed.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM obieg_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "audit_chain_heads" FROM obieg_app;
--> statement-breakpoint
-- Login throttling is platform-level (keyed by address across offices): system transactions only.
REVOKE ALL ON "login_throttle" FROM obieg_app;
--> statement-breakpoint
-- Offices are created by the platform operator, never by an office's own users.
REVOKE INSERT, DELETE, TRUNCATE ON "tenants" FROM obieg_app;
