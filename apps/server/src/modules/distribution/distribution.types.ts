import type {
  decreesTable,
  distributionRulesTable,
  incomingDistributionsTable,
} from './distribution.table.js';

export type DistributionRow = typeof incomingDistributionsTable.$inferSelect;
export type NewDistributionRow = typeof incomingDistributionsTable.$inferInsert;
export type DecreeRow = typeof decreesTable.$inferSelect;
export type NewDecreeRow = typeof decreesTable.$inferInsert;
export type DistributionRuleRow = typeof distributionRulesTable.$inferSelect;
export type NewDistributionRuleRow = typeof distributionRulesTable.$inferInsert;

export type UnitRefRow = { id: string; symbol: string; name: string };

/** A decree with the names it is shown with (assignee, author, their positions, the unit). */
export type DecreeView = DecreeRow & {
  unitSymbol: string;
  unitName: string;
  assigneeName: string;
  assigneePositionTitle: string | null;
  authorName: string | null;
  authorPositionTitle: string | null;
  actingForName: string | null;
};

/** The fields of an incoming item the rules look at. */
export type RoutableItem = {
  senderContactIds: string[];
  documentKind: string | null;
  organId: string | null;
  deliveryMethod: string;
};

/** The locked item a distribution or decree works on. */
export type LockedItem = {
  id: string;
  status: 'registered' | 'cancelled';
  documentId: string;
  rpwNumber: string;
};
