import type {
  organsTable,
  orgUnitsTable,
  positionsTable,
  rolesTable,
  substitutionsTable,
  usersTable,
} from './organization.table.js';

export type OrgUnitRow = typeof orgUnitsTable.$inferSelect;
export type OrganRow = typeof organsTable.$inferSelect;
export type UserRow = typeof usersTable.$inferSelect;
export type RoleRow = typeof rolesTable.$inferSelect;
export type PositionRow = typeof positionsTable.$inferSelect;
export type SubstitutionRow = typeof substitutionsTable.$inferSelect;
