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

/** A position a user may act in today, with the grants of its roles (unmerged); see `activeAccessSql`. */
export type AccessRow = {
  id: string;
  title: string;
  orgUnitId: string;
  orgUnitSymbol: string;
  orgUnitName: string;
  userId: string;
  userDisplayName: string;
  grants: { permission: string; scope: 'own' | 'unit' | 'office' }[];
};
