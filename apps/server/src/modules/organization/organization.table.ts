import { boolean, date, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, tenantIdColumn, tenantIsolationPolicy, timestamptz } from '../../db/columns.js';
import { tenantsTable } from '../tenants/tenants.table.js';

const tenantRef = () => tenantIdColumn().references(() => tenantsTable.id);

export const organsTable = pgTable(
  'organs',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantRef(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['executive', 'council', 'council_chair', 'board', 'other'] }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('organs_tenant_name_uq').on(t.tenantId, t.name), tenantIsolationPolicy('organs')],
).enableRLS();

export const orgUnitsTable = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantRef(),
    symbol: text('symbol').notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    headPositionId: uuid('head_position_id'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAtColumn(),
  },
  (t) => [index('org_units_tenant_symbol_idx').on(t.tenantId, t.symbol), tenantIsolationPolicy('org_units')],
).enableRLS();

export const usersTable = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantRef(),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    kind: text('kind', { enum: ['person', 'service'] })
      .notNull()
      .default('person'),
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamptz('password_changed_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('users_tenant_login_uq').on(t.tenantId, t.login), tenantIsolationPolicy('users')],
).enableRLS();

export const rolesTable = pgTable(
  'roles',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    system: boolean('system').notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('roles_tenant_code_uq').on(t.tenantId, t.code), tenantIsolationPolicy('roles')],
).enableRLS();

export const roleGrantsTable = pgTable(
  'role_grants',
  {
    tenantId: tenantRef(),
    roleId: uuid('role_id')
      .notNull()
      .references(() => rolesTable.id, { onDelete: 'cascade' }),
    permission: text('permission').notNull(),
    scope: text('scope', { enum: ['own', 'unit', 'office'] }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'role_grants_pk', columns: [t.roleId, t.permission] }),
    tenantIsolationPolicy('role_grants'),
  ],
).enableRLS();

export const positionsTable = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    title: text('title').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('positions_tenant_user_idx').on(t.tenantId, t.userId),
    index('positions_tenant_unit_idx').on(t.tenantId, t.orgUnitId),
    tenantIsolationPolicy('positions'),
  ],
).enableRLS();

export const positionRolesTable = pgTable(
  'position_roles',
  {
    tenantId: tenantRef(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positionsTable.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => rolesTable.id),
  },
  (t) => [
    primaryKey({ name: 'position_roles_pk', columns: [t.positionId, t.roleId] }),
    tenantIsolationPolicy('position_roles'),
  ],
).enableRLS();

export const substitutionsTable = pgTable(
  'substitutions',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantRef(),
    absentUserId: uuid('absent_user_id')
      .notNull()
      .references(() => usersTable.id),
    substituteUserId: uuid('substitute_user_id')
      .notNull()
      .references(() => usersTable.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    reason: text('reason'),
    createdAt: createdAtColumn(),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    index('substitutions_tenant_substitute_idx').on(t.tenantId, t.substituteUserId),
    tenantIsolationPolicy('substitutions'),
  ],
).enableRLS();
