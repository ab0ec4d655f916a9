-- Delivery methods and document kinds for offices created before the correspondence module;
-- the same lists as DEFAULT_DELIVERY_METHODS / DEFAULT_DOCUMENT_KINDS in correspondence.constants.ts,
-- which the office bootstrap gives to new offices.
INSERT INTO "delivery_methods" ("tenant_id", "code", "name", "sort")
SELECT t."id", d.code, d.name, d.sort
FROM "tenants" t
CROSS JOIN (VALUES
  ('list_zwykly', 'list zwykły', 1), ('list_polecony', 'list polecony', 2),
  ('list_polecony_zpo', 'list polecony ZPO', 3), ('kurier', 'kurier', 4), ('osobiscie', 'osobiście', 5),
  ('epuap', 'ePUAP', 6), ('e_doreczenia', 'e-Doręczenia', 7), ('e_mail', 'e-mail', 8), ('fax', 'fax', 9),
  ('nosnik', 'nośnik danych', 10)
) AS d(code, name, sort)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "document_kinds" ("tenant_id", "code", "name", "sort")
SELECT t."id", k.code, k.name, k.sort
FROM "tenants" t
CROSS JOIN (VALUES
  ('pismo', 'pismo', 1), ('wniosek', 'wniosek', 2), ('faktura', 'faktura', 3), ('skarga', 'skarga', 4),
  ('notatka', 'notatka', 5), ('umowa', 'umowa', 6), ('opinia', 'opinia', 7)
) AS k(code, name, sort)
ON CONFLICT DO NOTHING;
